/**
 * Validates unknown JSON as a format-v1 Dataset: first the schema (structure and value formats),
 * then referential integrity. Every issue comes with a readable path such as
 * `segments[3].active.from`.
 */
import { monthIndex } from '../domain/month';
import type { Dataset, EntityBase, Period } from '../domain/types';
import { datasetSchemaV1 } from './schema-v1';
import { t } from '../domain/i18n';
import { TRANSLATED } from './zod-messages';

export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: ValidationIssue[] };

/** ['segments', 3, 'active', 'from'] → 'segments[3].active.from' */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

export function validateDataset(json: unknown): ValidationResult {
  const parsed = datasetSchemaV1.safeParse(json, TRANSLATED);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  }
  const dataset: Dataset = parsed.data;
  const issues = integrityIssues(dataset);
  return issues.length === 0 ? { ok: true, dataset } : { ok: false, issues };
}

/** Cross-references the schema cannot check. */
export function integrityIssues(dataset: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const sourceKeys = uniqueIds('sources', dataset.sources.map((source) => source.key), add);
  const lists: [keyof Dataset & string, EntityBase[]][] = [
    ['corridors', dataset.corridors],
    ['segments', dataset.segments],
    ['crossings', dataset.crossings],
    ['hubs', dataset.hubs],
    ['safeHouses', dataset.safeHouses],
    ['events', dataset.events],
    ['flows', dataset.flows],
    ['incidents', dataset.incidents],
    ['prices', dataset.prices],
    ['areas', dataset.areas ?? []],
  ];
  const ids = new Map<string, Set<string>>();
  for (const [name, list] of lists) {
    ids.set(name, uniqueIds(name, list.map((entity) => entity.id), add));
    list.forEach((entity, i) => checkSources(`${name}[${i}].sources`, entity.sources, sourceKeys, add));
  }
  const corridorIds = ids.get('corridors') ?? new Set<string>();
  const hubIds = ids.get('hubs') ?? new Set<string>();
  const placeIds = new Set([...hubIds, ...(ids.get('crossings') ?? [])]);
  const flowIds = ids.get('flows') ?? new Set<string>();
  const eventIds = ids.get('events') ?? new Set<string>();

  checkPeriod('months', dataset.months, add);
  dataset.corridors.forEach((corridor, i) => {
    checkPeriod(`corridors[${i}].active`, corridor.active, add);
    corridor.placeIds.forEach((id, j) => {
      if (!placeIds.has(id)) add(`corridors[${i}].placeIds[${j}]`, t('projectChecks.unknownCorridorPlace', { id }));
    });
  });
  dataset.segments.forEach((segment, i) => {
    const path = `segments[${i}]`;
    checkPeriod(`${path}.active`, segment.active, add);
    if (!corridorIds.has(segment.corridorId)) add(`${path}.corridorId`, t('projectChecks.unknownRef', { list: 'corridor', id: segment.corridorId }));
    if (!placeIds.has(segment.fromPlaceId)) add(`${path}.fromPlaceId`, t('projectChecks.unknownRef', { list: 'place', id: segment.fromPlaceId }));
    if (!placeIds.has(segment.toPlaceId)) add(`${path}.toPlaceId`, t('projectChecks.unknownRef', { list: 'place', id: segment.toPlaceId }));
    if (segment.volume && !flowIds.has(segment.volume.seriesId)) add(`${path}.volume.seriesId`, t('projectChecks.unknownRef', { list: 'flow', id: segment.volume.seriesId }));
  });
  dataset.crossings.forEach((crossing, i) => {
    let previous: Period | undefined;
    crossing.statusPeriods.forEach((period, j) => {
      const path = `crossings[${i}].statusPeriods[${j}]`;
      checkPeriod(path, period, add);
      checkSources(`${path}.sources`, period.sources, sourceKeys, add);
      if (period.eventId !== undefined && !eventIds.has(period.eventId)) add(`${path}.eventId`, t('projectChecks.unknownRef', { list: 'event', id: period.eventId }));
      if (previous && monthIndex(period.from) <= monthIndex(previous.to)) {
        add(`${path}.from`, t('projectChecks.statusOrder', { from: period.from, to: previous.to }));
      }
      previous = period;
    });
  });
  dataset.safeHouses.forEach((house, i) => {
    checkPeriod(`safeHouses[${i}].active`, house.active, add);
    if (!hubIds.has(house.hubId)) add(`safeHouses[${i}].hubId`, t('projectChecks.unknownRef', { list: 'hub', id: house.hubId }));
  });
  dataset.areas?.forEach((area, i) => {
    if (area.active) checkPeriod(`areas[${i}].active`, area.active, add);
  });
  return issues;
}

function uniqueIds(listPath: string, values: string[], add: (path: string, message: string) => void): Set<string> {
  const firstIndex = new Map<string, number>();
  values.forEach((value, i) => {
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, i);
    else add(`${listPath}[${i}].${listPath === 'sources' ? 'key' : 'id'}`, t('projectChecks.duplicate', { list: listPath, value, first: `${listPath}[${first}]` }));
  });
  return new Set(firstIndex.keys());
}

function checkSources(path: string, keys: string[], known: Set<string>, add: (path: string, message: string) => void): void {
  keys.forEach((key, i) => {
    if (!known.has(key)) add(`${path}[${i}]`, t('projectChecks.unknownRef', { list: 'source', id: key }));
  });
}

function checkPeriod(path: string, period: Period, add: (path: string, message: string) => void): void {
  if (monthIndex(period.from) > monthIndex(period.to)) add(path, t('projectChecks.periodReversed', { from: period.from, to: period.to }));
}
