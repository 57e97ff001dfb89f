import { monthIndex, type MonthKey } from './month';
import type { FlowSeries } from './types';

type SeriesValues = Pick<FlowSeries, 'start' | 'values'>;

/** A series' value at a month index; null where the source has none or the month is outside it. */
export function flowValueAtIndex(series: SeriesValues, index: number): number | null {
  const offset = index - monthIndex(series.start);
  return offset >= 0 && offset < series.values.length ? (series.values[offset] ?? null) : null;
}

/** A series' value in a month; null where the source has none or the month is outside it. */
export function flowValueAt(series: SeriesValues, month: MonthKey): number | null {
  return flowValueAtIndex(series, monthIndex(month));
}
