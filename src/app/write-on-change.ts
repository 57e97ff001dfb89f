/**
 * Keeping a copy of part of the store somewhere slow (the URL, IndexedDB): the one debounce-and-flush
 * both use. A change to one of `keys` schedules a write once changes have been quiet for `delayMs`
 * (a trailing debounce: quick steps, a slider drag or playback write once, when they stop). Changes
 * to other keys, hover above all, neither write nor postpone one, and nothing is serialized until a
 * write is due. A write equal to the last one is skipped. A pending write is flushed when the page is
 * hidden or left (tab switch, close, navigation); a reload is not covered: Chromium takes the reload's
 * URL before pagehide.
 */
import type { AppState, AppStore } from '../state/store';

export interface WriteOnChangeOptions {
  /** The state the copy is made of: only their changes schedule a write. */
  keys: readonly (keyof AppState)[];
  serialize: (state: AppState) => string;
  write: (serialized: string) => void;
  delayMs: number;
  /** 'now': write the current state at once (a link); 'soon': after the first delay (settings). */
  first: 'now' | 'soon';
}

/** Starts writing; returns a stop function, which flushes a pending write. */
export function writeOnChange(store: AppStore, { keys, serialize, write, delayMs, first }: WriteOnChangeOptions): () => void {
  let last: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const serialized = serialize(store.getState());
    if (serialized === last) return;
    last = serialized;
    write(serialized);
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  const flushPending = () => {
    if (timer !== undefined) flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushPending();
  };
  if (first === 'now') flush();
  else schedule();
  const unsubscribe = store.subscribe((state, previous) => {
    if (keys.some((k) => state[k] !== previous[k])) schedule();
  });
  window.addEventListener('pagehide', flushPending);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flushPending);
    document.removeEventListener('visibilitychange', onVisibility);
    flushPending();
  };
}
