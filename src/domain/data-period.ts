/**
 * The months the app covers when no data says otherwise: the embedded demo's span. Used as the
 * slider's bounds before data loads, as an empty workspace's span, and as the period of an imported
 * place that gives no date.
 */
import type { MonthKey } from './month';
import type { Period } from './types';

export const DATA_PERIOD: Readonly<Period> = Object.freeze({ from: '2009-01', to: '2025-04' });

/** The month the map opens on: the peak of the 2015 Balkan route. */
export const DEFAULT_MONTH: MonthKey = '2015-09';
