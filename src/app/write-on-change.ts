/**
 * Keeping a copy of part of the store somewhere slow (the URL, IndexedDB): the one debounce-and-flush
 * both use. A change to one of `keys` schedules a write once changes have been quiet for `delayMs`
 * (a trailing debounce: quick steps, a slider drag or playback write once, when they stop). Changes
 * to other keys, hover above all, neither write nor postpone one, and nothing is serialized until a
 * write is due. With `rest`, a write also waits for the input to come to rest (the pointer or key let
 * go, playback paused): a slider drag, a held arrow key or playback write once, after they end. A write equal to the last one is skipped. A pending write is flushed when the page is
 * hidden or left (tab switch, close, navigation); a reload is not covered: Chromium takes the reload's
 * URL before pagehide.
 */
import type { AppState, AppStore } from '../state/store';
import type { InputRest } from './input-rest';

export interface WriteOnChangeOptions {
  /** The state the copy is made of: only their changes schedule a write. */
  keys: readonly (keyof AppState)[];
  serialize: (state: AppState) => string;
  write: (serialized: string) => void;
  delayMs: number;
  /** 'now': write the current state at once (a link); 'soon': after the first delay (settings). */
  first: 'now' | 'soon';
  /** When given, a due write waits until the input is not busy, then the delay again. */
  rest?: InputRest;
}

/** Starts writing; returns a stop function, which flushes a pending write. */
export function writeOnChange(store: AppStore, { keys, serialize, write, delayMs, first, rest }: WriteOnChangeOptions): () => void {
  let last: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A change not written yet (its timer may have run out while the input was busy). */
  let pending = false;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = false;
    const serialized = serialize(store.getState());
    if (serialized === last) return;
    last = serialized;
    write(serialized);
  };
  const due = () => {
    timer = undefined;
    if (!rest?.busy()) flush();
  };
  const schedule = () => {
    pending = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(due, delayMs);
  };
  const flushPending = () => {
    if (pending) flush();
  };
  // At rest, a write held back while busy waits one more delay (the last step's frame comes first).
  const stopRest = rest?.onRest(() => {
    if (pending && timer === undefined) schedule();
  });
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
    stopRest?.();
    window.removeEventListener('pagehide', flushPending);
    document.removeEventListener('visibilitychange', onVisibility);
    flushPending();
  };
}
