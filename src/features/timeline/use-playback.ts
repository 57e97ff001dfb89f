import { useEffect } from 'react';
import type { AppStore } from '../../state/store';

/** While playing, advance one month per 1/speed seconds; stop at the last month. */
export function usePlayback(store: AppStore) {
  const playing = store((s) => s.playing);
  const speed = store((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const state = store.getState();
      const last = state.dataset?.months.to;
      if (!last || state.month === last) state.setPlaying(false);
      else state.stepMonth(1);
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [store, playing, speed]);
}
