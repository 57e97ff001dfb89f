/**
 * Every time-bound layer carries a [monthFrom, monthTo] filter value per row and is filtered on the
 * GPU: a row is drawn when it overlaps the time window. Changing the month or window changes only
 * these uniform ranges, never a data array.
 */
import { DataFilterExtension } from '@deck.gl/extensions';
import { windowFilterProps, type TimeWindow } from '../../domain/time-window';

export const MONTH_FILTER = new DataFilterExtension({ filterSize: 2 });

/** The filter range of a single month: monthFrom <= m and monthTo >= m. */
export function monthFilterRange(month: number): [[number, number], [number, number]] {
  return [
    [0, month],
    [month, 1e6],
  ];
}

export function monthFilterProps(timeWindow: TimeWindow) {
  const { filterRange, filterSoftRange } = windowFilterProps(timeWindow);
  return { filterRange, filterSoftRange, filterTransformSize: true, filterTransformColor: true };
}
