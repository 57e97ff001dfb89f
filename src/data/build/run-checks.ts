/**
 * Runs every consistency check on a built dataset and throws one error listing all problems, so
 * that `npm run build:data` (and the committed-data test) fail with a message naming what to fix.
 */
import type { Dataset } from '../../domain/types';
import type { CorridorDates } from './build-routes';
import {
  checkEventDates,
  checkLegFigures,
  checkLegsConnect,
  checkLegsThroughClosedCrossings,
  checkSafeHouseDates,
  checkStatusSources,
} from './consistency-checks';
import type { StatusRow } from './crossing-status';
import type { CountedBorder, LegSpan } from './leg-figures';

export interface CheckInput {
  dataset: Dataset;
  statusTable: readonly StatusRow[];
  statusRows: ReadonlyMap<string, readonly StatusRow[]>;
  dates: ReadonlyMap<string, CorridorDates>;
  spans: ReadonlyMap<string, LegSpan>;
  borders: readonly CountedBorder[];
  interruptions?: ReadonlySet<string>;
}

export class DataBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`The data build found ${problems.length} contradiction(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DataBuildError';
  }
}

export function findProblems(input: CheckInput): string[] {
  const { dataset } = input;
  return [
    ...checkLegsThroughClosedCrossings(dataset.segments, input.statusRows, input.dates, dataset.months.to, input.interruptions),
    ...checkStatusSources(input.statusTable),
    ...checkLegsConnect(dataset.segments),
    ...checkEventDates(dataset.events),
    ...checkSafeHouseDates(dataset.safeHouses),
    ...checkLegFigures(dataset.segments, input.spans, input.borders),
  ];
}

export function runChecks(input: CheckInput): void {
  const problems = findProblems(input);
  if (problems.length > 0) throw new DataBuildError(problems);
}
