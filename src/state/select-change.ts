/**
 * The change view's comparison of two months, memoised: its own module, apart from selectors.ts,
 * so that the comparison's code (domain/change.ts) loads with the change view, not at start-up.
 */
import { compareMonths, type ChangeResult } from '../domain/change';
import type { Dataset } from '../domain/types';
import type { MonthKey } from '../domain/month';

const changeCache = new WeakMap<Dataset, Map<string, ChangeResult>>();

/** The change between two months, memoised per dataset and pair of months. */
export function selectChange(dataset: Dataset, from: MonthKey, to: MonthKey): ChangeResult {
  let byPair = changeCache.get(dataset);
  if (!byPair) changeCache.set(dataset, (byPair = new Map()));
  const key = `${from}|${to}`;
  let result = byPair.get(key);
  if (!result) byPair.set(key, (result = compareMonths(dataset, from, to)));
  return result;
}
