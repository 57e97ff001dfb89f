import { useEffect } from 'react';
import type { AppStore } from '../state/store';
import { applyLink, serializeUrlState } from '../state/url-state';
import { browserLanguage } from '../state/browser-language';
import { languageSettled } from '../state/slices/language-slice';
import { writeOnChange } from './write-on-change';
import { watchInputRest } from './input-rest';
import { t } from '../domain/i18n';

/**
 * Quiet time before a change reaches the URL, once the input rests (see input-rest.ts). Chromium's
 * replaceState is a synchronous IPC of 1–28 ms: paid on every month step it was the largest cost of
 * a step beyond the redraw.
 */
export const URL_WRITE_DELAY_MS = 300;

/**
 * What the link is made of: every field serializeUrlState reads (the type makes a new one a compile
 * error here). Other changes, hover above all, neither write nor postpone a write.
 */
const LINK_KEYS: Record<keyof Parameters<typeof serializeUrlState>[0], true> = {
  month: true,
  layers: true,
  selected: true,
  camera: true,
  windowMode: true,
  windowStart: true,
  trail: true,
  compare: true,
  filters: true,
  swipeMonth: true,
  overlay: true,
  chartTab: true,
  language: true,
};
const linkKeys = Object.keys(LINK_KEYS) as (keyof typeof LINK_KEYS)[];

/**
 * Writes the store's state into the URL: at once, then after each burst of link changes, when the
 * slider, keys and playback rest (see writeOnChange).
 */
export function writeUrlOnChange(store: AppStore, delayMs = URL_WRITE_DELAY_MS): () => void {
  const rest = watchInputRest(store);
  const stop = writeOnChange(store, {
    keys: linkKeys,
    serialize: (state) => serializeUrlState(state, browserLanguage()),
    write: (search) => window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`),
    delayMs,
    first: 'now',
    rest,
  });
  return () => {
    stop();
    rest.stop();
  };
}

/**
 * Reads the link into the store, once the data's month range is known (it checks months against
 * it) and after the stored workspace: the link wins. App calls it in its start-up sequence, before
 * the map is handed any layer, so the first frame with routes shows the link's month and layers.
 */
export function applyPageLink(store: AppStore): void {
  const problems = applyLink(store.getState, window.location.search);
  if (problems.length) store.getState().pushNotice('warning', t('app.linkProblems', { problems: problems.join('; ') }));
}

/** Once the link has been read (applyPageLink), writes the store's changes back to it (coalesced). */
export function useUrlSync(store: AppStore, ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    // The link's language is active once its catalogue has loaded: the first write waits for it, or
    // it would drop the link's lang= for a moment.
    let stop: (() => void) | undefined;
    let stopped = false;
    void languageSettled().then(() => {
      if (!stopped) stop = writeUrlOnChange(store);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [store, ready]);
}
