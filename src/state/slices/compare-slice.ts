import type { StateCreator } from 'zustand';
import { addMonths, clampMonth, type MonthKey } from '../../domain/month';
import { DATA_PERIOD } from '../../domain/data-period';
import type { AppState } from '../store';

/** Compare the shown month with the month before, or with a chosen month. */
export type CompareAgainst = 'previous' | MonthKey;

export interface CompareSlice {
  compare: CompareAgainst | null;
  setCompare: (against: CompareAgainst | null) => void;
  toggleCompare: () => void;
  /** Two periods side by side: the left side's last month (the right side is the time window). */
  swipeMonth: MonthKey | null;
  /** Where the divider is, as a fraction of the map's width. */
  swipeSplit: number;
  setSwipeMonth: (month: MonthKey | null) => void;
  setSwipeSplit: (split: number) => void;
  toggleSwipe: () => void;
}

/** The earlier month of a comparison. */
export function compareFromMonth(against: CompareAgainst, month: MonthKey, first: MonthKey, last: MonthKey): MonthKey {
  return against === 'previous' ? clampMonth(addMonths(month, -1), first, last) : clampMonth(against, first, last);
}

/** The data's months (the fallback period before data loads). */
const dataMonths = (get: () => AppState) => get().dataset?.months ?? DATA_PERIOD;
const inData = (get: () => AppState, month: MonthKey) => clampMonth(month, dataMonths(get).from, dataMonths(get).to);

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get) => ({
  compare: null,
  setCompare: (compare) => set({ compare: compare && compare !== 'previous' ? inData(get, compare) : compare }),
  toggleCompare: () => set({ compare: get().compare ? null : 'previous' }),
  swipeMonth: null,
  swipeSplit: 0.5,
  setSwipeMonth: (swipeMonth) => set({ swipeMonth: swipeMonth && inData(get, swipeMonth) }),
  setSwipeSplit: (split) => set({ swipeSplit: Math.min(0.95, Math.max(0.05, split)) }),
  // The left side starts a year before the shown month.
  toggleSwipe: () => set({ swipeMonth: get().swipeMonth ? null : clampMonth(addMonths(get().month, -12), dataMonths(get).from, get().month) }),
});
