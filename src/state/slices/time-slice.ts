import type { StateCreator } from 'zustand';
import { addMonths, clampMonth, type MonthKey } from '../../domain/month';
import type { AppState } from '../store';

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
export const DEFAULT_MONTH: MonthKey = '2015-09';

export interface TimeSlice {
  month: MonthKey;
  playing: boolean;
  /** Months per second while playing. */
  speed: PlaySpeed;
  setMonth: (month: MonthKey) => void;
  stepMonth: (delta: number) => void;
  goToEdge: (edge: 'first' | 'last') => void;
  setPlaying: (playing: boolean) => void;
  togglePlay: () => void;
  setSpeed: (speed: PlaySpeed) => void;
}

export const createTimeSlice: StateCreator<AppState, [], [], TimeSlice> = (set, get) => {
  const bounds = () => get().dataset?.months ?? { from: '2009-01', to: '2025-04' };
  return {
    month: DEFAULT_MONTH,
    playing: false,
    speed: 1,
    setMonth: (month) => set({ month: clampMonth(month, bounds().from, bounds().to) }),
    stepMonth: (delta) => set({ month: clampMonth(addMonths(get().month, delta), bounds().from, bounds().to) }),
    goToEdge: (edge) => set({ month: edge === 'first' ? bounds().from : bounds().to, playing: false }),
    setPlaying: (playing) => {
      // Playing from the last month restarts at the first, as media players do.
      if (playing && get().month === bounds().to) set({ month: bounds().from });
      set({ playing });
    },
    togglePlay: () => get().setPlaying(!get().playing),
    setSpeed: (speed) => set({ speed }),
  };
};
