/**
 * What a presentation does around the slide itself: full screen, the page's presenting class (which
 * hides the panels and the timeline), playing the months between two views, and auto-advance.
 */
import { useEffect, useRef } from 'react';
import { monthIndex } from '../../domain/month';
import { t } from '../../domain/i18n';
import type { AppStore } from '../../state/store';
import { takeExpectedFullscreenExit } from '../speaker/open-speaker-window';

export const PRESENTING_CLASS = 'presenting';

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Full screen and the page class while `active`; leaving full screen (e.g. the browser's own Esc)
 * ends the presentation, unless it was the speaker window opening (browsers leave full screen for a
 * pop-up): then the presentation goes on and F brings full screen back.
 */
export function usePresenterSession(store: AppStore, active: boolean, focusTarget: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    root.classList.add(PRESENTING_CLASS);
    focusTarget.current?.focus({ preventScroll: true });
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (takeExpectedFullscreenExit()) store.getState().pushNotice('info', t('presenter.fullscreenLeft'));
      else if (entered) store.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
    // Refused (no user gesture, headless, kiosk policy): the presentation simply stays in the window.
    root.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      root.classList.remove(PRESENTING_CLASS);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [store, active, focusTarget]);
}

/**
 * With "play the months between", a step leaves the time at the previous view (the slice's
 * keepTime) and this walks it month by month to the next view's month, then settles on its window.
 */
export function usePlayBetween(store: AppStore, index: number | null) {
  const previous = useRef<number | null>(null);
  useEffect(() => {
    const from = previous.current;
    previous.current = index;
    const s = store.getState();
    const view = index === null ? undefined : s.storyboard[index];
    if (!s.presenting?.playBetween || !view || from === null || from === index) return;
    const distance = monthIndex(view.month) - monthIndex(s.month);
    if (distance === 0 || reducedMotion()) {
      s.applyViewTime(view);
      return;
    }
    const direction = Math.sign(distance);
    // About two seconds in all, never slower than four months a second.
    const tick = Math.min(250, Math.max(60, 2000 / Math.abs(distance)));
    const timer = window.setInterval(() => {
      const before = store.getState().month;
      store.getState().stepMonth(direction);
      const now = store.getState().month;
      if (now === before || monthIndex(now) * direction >= monthIndex(view.month) * direction) {
        window.clearInterval(timer);
        store.getState().applyViewTime(view);
      }
    }, tick);
    return () => {
      window.clearInterval(timer);
      // Interrupted (another key): the view's own time, not wherever the walk had got to.
      if (store.getState().presenting?.index === index) store.getState().applyViewTime(view);
    };
  }, [store, index]);
}

/** Steps on after `seconds` on each view, stopping at the last one and while the screen is blank. */
export function useAutoAdvance(store: AppStore, index: number | null, seconds: number | null, blanked: boolean, count: number) {
  useEffect(() => {
    if (index === null || !seconds || seconds <= 0 || blanked || index >= count - 1) return;
    const timer = window.setTimeout(() => store.getState().presentStep(1), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [store, index, seconds, blanked, count]);
}
