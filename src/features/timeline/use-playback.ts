import { useEffect } from 'react';
import { useAppStore } from '../../state/store';

/** While playing, advance one month per 1/speed seconds; stop at the last month. */
export function usePlayback() {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const state = useAppStore.getState();
      const last = state.dataset?.months.to;
      if (!last || state.month === last) state.setPlaying(false);
      else state.stepMonth(1);
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed]);
}
