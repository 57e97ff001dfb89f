/**
 * Whether the user is still moving things: a pointer held down (a slider drag, even paused), a key
 * held (an arrow key's auto-repeat steps the month ~30 times a second) or playback running. Slow
 * copies of the state (the link, the workspace settings) wait for the rest that follows: each write
 * costs the main thread milliseconds (Chromium's replaceState ~2–4 ms), which a month step should
 * not pay while the user is still stepping.
 */
import type { AppStore } from '../state/store';

export interface InputRest {
  /** True while a pointer or key is held down or playback runs. */
  busy: () => boolean;
  /** Calls back each time the input comes to rest; returns the unsubscribe function. */
  onRest: (callback: () => void) => () => void;
}

/** Starts watching the window's pointers and keys and the store's playback; `stop` removes the listeners. */
export function watchInputRest(store: AppStore): InputRest & { stop: () => void } {
  let pointerDown = false;
  const keysDown = new Set<string>();
  const callbacks = new Set<() => void>();
  const busy = () => pointerDown || keysDown.size > 0 || store.getState().playing;
  const restedIfIdle = () => {
    if (!busy()) for (const callback of [...callbacks]) callback();
  };
  const onPointerDown = () => {
    pointerDown = true;
  };
  const onPointerUp = () => {
    pointerDown = false;
    restedIfIdle();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    keysDown.add(event.code || event.key);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    keysDown.delete(event.code || event.key);
    restedIfIdle();
  };
  // A key or button released outside the page sends no up event: leaving the page ends the gesture.
  const onLeave = () => {
    pointerDown = false;
    keysDown.clear();
    restedIfIdle();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (previous.playing && !state.playing) restedIfIdle();
  });
  const listeners: [string, EventListener][] = [
    ['pointerdown', onPointerDown as EventListener],
    ['pointerup', onPointerUp as EventListener],
    ['pointercancel', onPointerUp as EventListener],
    ['keydown', onKeyDown as EventListener],
    ['keyup', onKeyUp as EventListener],
    ['blur', onLeave],
  ];
  // Capture: a component that stops propagation must not hide a gesture's end.
  for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
  return {
    busy,
    onRest: (callback) => {
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
    stop: () => {
      unsubscribe();
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
      callbacks.clear();
    },
  };
}
