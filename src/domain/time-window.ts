/**
 * Time windows: what the map shows for the slider's position. A single month; a range between two
 * handles that slides as a whole; or everything since a fixed start. With `trail`, the months just
 * before the window fade out instead of vanishing, so a shift reads as movement.
 */
import { t } from './i18n/translate';
import { formatMonthShort, formatMonthLong, monthIndex, monthKey, type MonthKey } from './month';

export type WindowMode = 'month' | 'range' | 'since';
export const TRAIL_MONTHS = 6;

export interface TimeWindow {
  mode: WindowMode;
  /** First month of a range or of "since"; ignored for a single month. */
  start: MonthKey;
  /** The slider's month: the window's last month. */
  month: MonthKey;
  trail: boolean;
}

/** Inclusive month indices of the window. */
export function windowBounds(w: TimeWindow): { from: number; to: number } {
  const to = monthIndex(w.month);
  if (w.mode === 'month') return { from: to, to };
  return { from: Math.min(monthIndex(w.start), to), to };
}

/** Moves the window by `delta` months: a range slides as a whole, a single month or "since" moves its end. */
export function stepWindow(w: TimeWindow, delta: number, first: MonthKey, last: MonthKey): Pick<TimeWindow, 'start' | 'month'> {
  const lo = monthIndex(first);
  const hi = monthIndex(last);
  const { from, to } = windowBounds(w);
  if (w.mode !== 'range') {
    const month = Math.min(hi, Math.max(lo, to + delta));
    return { start: monthKey(Math.min(from, month)), month: monthKey(month) };
  }
  const width = to - from;
  const end = Math.min(hi, Math.max(lo + width, to + delta));
  return { start: monthKey(end - width), month: monthKey(end) };
}

/**
 * DataFilterExtension props for rows that carry [monthFrom, monthTo]: a row is drawn when it
 * overlaps the window; with a trail, rows that ended up to TRAIL_MONTHS before it are drawn faded.
 */
export function windowFilterProps(w: TimeWindow): {
  filterRange: [[number, number], [number, number]];
  filterSoftRange: [[number, number], [number, number]] | null;
} {
  const { from, to } = windowBounds(w);
  const FAR = 1e6;
  if (!w.trail) return { filterRange: [[0, to], [from, FAR]], filterSoftRange: null };
  return {
    filterRange: [[0, to], [from - TRAIL_MONTHS, FAR]],
    filterSoftRange: [[0, to], [from, FAR]],
  };
}

/** A view's window as the presenter shows it: "October 2015", "Aug 2015 – Nov 2015", "Since Jan 2015 – November 2015". */
export function formatPresentedWindow(mode: WindowMode, start: MonthKey, month: MonthKey): string {
  if (mode === 'range' && start !== month) return t('time.monthRange', { from: formatMonthShort(start), to: formatMonthShort(month) });
  if (mode === 'since') return t('time.presentedSince', { from: formatMonthShort(start), to: formatMonthLong(month) });
  return formatMonthLong(month);
}

/** "October 2015", "Aug 2015 – Nov 2015", "since Jan 2015 (to Nov 2015)". */
export function formatWindow(w: TimeWindow): string {
  const { from, to } = windowBounds(w);
  if (w.mode === 'month' || from === to) return formatMonthLong(w.month);
  const months = { from: formatMonthShort(monthKey(from)), to: formatMonthShort(monthKey(to)) };
  if (w.mode === 'range') return t('time.monthRange', months);
  return t('time.cumulativeRange', months);
}
