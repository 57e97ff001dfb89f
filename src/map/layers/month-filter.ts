/**
 * Every time-bound layer carries a [monthFrom, monthTo] filter value per row and is filtered on the
 * GPU: a row is drawn in month m when monthFrom <= m <= monthTo. Changing the month changes only
 * this uniform range.
 */
import { DataFilterExtension } from '@deck.gl/extensions';

export const MONTH_FILTER = new DataFilterExtension({ filterSize: 2 });
const FAR_FUTURE = 1e6;

export function monthFilterRange(month: number): [[number, number], [number, number]] {
  return [
    [0, month],
    [month, FAR_FUTURE],
  ];
}
