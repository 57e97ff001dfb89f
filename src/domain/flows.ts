import { monthIndex, type MonthKey } from './month';
import type { FlowSeries } from './types';

/** A series' value in a month; null where the source has none or the month is outside it. */
export function flowValueAt(series: FlowSeries, month: MonthKey): number | null {
  const offset = monthIndex(month) - monthIndex(series.start);
  return offset >= 0 && offset < series.values.length ? (series.values[offset] ?? null) : null;
}
