import { useEffect } from 'react';
import type { AppStore } from '../state/store';
import { applyLink, serializeUrlState } from '../state/url-state';

/**
 * Quiet time before a change reaches the URL. Chromium's replaceState is a synchronous IPC of 1–28 ms:
 * paid on every month step it was the largest cost of a step beyond the redraw.
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
};
const linkKeys = Object.keys(LINK_KEYS) as (keyof typeof LINK_KEYS)[];

/**
 * Writes the store's state into the URL: at once, then after each burst of changes has been quiet for
 * `delayMs` (a trailing debounce: quick steps, a slider drag or fast playback write once, when they
 * stop). A pending write is flushed when the page is hidden or left (tab switch, close, navigation).
 * A reload is not covered by that: Chromium takes the reload's URL before pagehide, so a reload within
 * `delayMs` of a change reloads the state before it. Returns a stop function, which also flushes.
 */
export function writeUrlOnChange(store: AppStore, delayMs = URL_WRITE_DELAY_MS): () => void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const search = serializeUrlState(store.getState());
    if (search === last) return;
    last = search;
    window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  };
  // Serializing waits for the flush too.
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  flush();
  const unsubscribe = store.subscribe((state, previous) => {
    if (linkKeys.some((k) => state[k] !== previous[k])) schedule();
  });
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
    if (timer !== undefined) flush();
  };
}

/** Reads the URL once the data's month range is known, then writes changes back to it (coalesced). */
export function useUrlSync(store: AppStore, ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const problems = applyLink(store.getState, window.location.search);
    if (problems.length) store.getState().pushNotice('warning', `Part of the link could not be used as it was (${problems.join('; ')}); the rest of the link is shown.`);
    return writeUrlOnChange(store);
  }, [store, ready]);
}
