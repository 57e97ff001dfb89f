import { monthIndex, type MonthKey } from './month';
import type { FlowSeries } from './types';
import { t } from './i18n';

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

/**
 * What a series' figures count, for people: a 'reported' series (persons a named source reports,
 * e.g. an investigation's monthly average) is "reported persons", never "detections".
 */
export function seriesUnit(series: Pick<FlowSeries, 'measure' | 'unit'>): string {
  return series.measure === 'reported' ? t('screenText.reportedPersons') : series.unit;
}
