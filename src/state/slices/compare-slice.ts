import type { StateCreator } from 'zustand';
import { addMonths, clampMonth, type MonthKey } from '../../domain/month';
import type { AppState } from '../store';

/** Compare the shown month with the month before, or with a chosen month. */
export type CompareAgainst = 'previous' | MonthKey;

export interface CompareSlice {
  compare: CompareAgainst | null;
  setCompare: (against: CompareAgainst | null) => void;
  toggleCompare: () => void;
}

/** The earlier month of a comparison. */
export function compareFromMonth(against: CompareAgainst, month: MonthKey, first: MonthKey, last: MonthKey): MonthKey {
  return against === 'previous' ? clampMonth(addMonths(month, -1), first, last) : clampMonth(against, first, last);
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get) => ({
  compare: null,
  setCompare: (compare) => set({ compare }),
  toggleCompare: () => set({ compare: get().compare ? null : 'previous' }),
});
