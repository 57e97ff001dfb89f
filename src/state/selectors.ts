/** Derived data: pure functions of the dataset (memoised by dataset identity where costly). */
import type { Dataset, EntityRef } from '../domain/types';
import { flowValueAt } from '../domain/flows';
import { ENTITY_KINDS, type KindDescriptions, type ResolvedEntity } from '../domain/entity-kinds';
import { monthsBetween, type MonthKey } from '../domain/month';

export type { ResolvedEntity };

/** The entity a reference names, found as its kind's description says (undefined kinds find nothing). */
export function resolveEntity(dataset: Dataset | null, ref: EntityRef | null, kinds: KindDescriptions = ENTITY_KINDS): ResolvedEntity | null {
  if (!dataset || !ref) return null;
  const entity = kinds[ref.kind]?.find(dataset, ref.id);
  // Found by the description of ref.kind, so it is of that kind.
  return entity ? ({ kind: ref.kind, entity } as ResolvedEntity) : null;
}

export interface MonthTotal {
  month: MonthKey;
  total: number;
}

const totalsCache = new WeakMap<Dataset, MonthTotal[]>();

/** Sum of all Frontex routes' detections per month of the data: the histogram behind the slider. */
export function monthlyDetectionTotals(dataset: Dataset): MonthTotal[] {
  const cached = totalsCache.get(dataset);
  if (cached) return cached;
  const frontex = dataset.flows.filter((f) => f.measure === 'detections' && f.sources.includes('FRONTEX') && !f.borderType);
  const totals = monthsBetween(dataset.months.from, dataset.months.to).map((month) => ({
    month,
    total: frontex.reduce((sum, f) => sum + (flowValueAt(f, month) ?? 0), 0),
  }));
  totalsCache.set(dataset, totals);
  return totals;
}

export function sourcesByKey(dataset: Dataset) {
  return new Map(dataset.sources.map((s) => [s.key, s]));
}
