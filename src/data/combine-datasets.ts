/**
 * Several loaded datasets as the one dataset the map, timeline and panels read. User datasets get
 * their entity ids and source keys prefixed with `${datasetId}/` once, when they are imported
 * (references included), so that combining is a plain concatenation and two files never clash; the
 * demo keeps its ids, so links keep working.
 */
import { monthIndex, monthKey } from '../domain/month';
import { prefixIncidentColumns } from '../domain/incident-columns';
import type { Dataset, Period } from '../domain/types';
import { ENTITY_KINDS, entityList, type KindDescriptions } from '../domain/entity-kinds';
import { DATA_PERIOD } from '../domain/data-period';
import { t } from '../domain/i18n';


/** The dataset with every id, reference and source key prefixed `${prefix}/`. */
export function prefixDatasetIds(d: Dataset, prefix: string, kinds: KindDescriptions = ENTITY_KINDS): Dataset {
  const p = (id: string) => `${prefix}/${id}`;
  const src = (keys: string[]) => keys.map(p);
  const out: Dataset = {
    ...d,
    sources: d.sources.map((s) => ({ ...s, key: p(s.key) })),
    corridors: d.corridors.map((c) => ({ ...c, id: p(c.id), sources: src(c.sources), placeIds: c.placeIds.map(p) })),
    flows: d.flows.map((f) => ({ ...f, id: p(f.id), sources: src(f.sources) })),
    // The incidents held as columns; those held as objects are in the kinds' lists below.
    ...(d.incidentParts ? { incidentParts: d.incidentParts.map((part) => prefixIncidentColumns(part, p)) } : {}),
    prices: d.prices.map((pr) => ({
      ...pr,
      id: p(pr.id),
      sources: src(pr.sources),
      ...(pr.fromPlaceId ? { fromPlaceId: p(pr.fromPlaceId) } : {}),
      ...(pr.toPlaceId ? { toPlaceId: p(pr.toPlaceId) } : {}),
    })),
  };
  const lists = out as unknown as Record<string, unknown>;
  // An optional list the dataset does not have (areas) stays absent, so the dataset keeps its shape.
  for (const kind of Object.values(kinds)) if (lists[kind.list] !== undefined) lists[kind.list] = entityList(d, kind).map((entity) => kind.prefixIds(entity, p));
  return out;
}

function spanOf(periods: Period[]): Period {
  if (periods.length === 0) return { ...DATA_PERIOD };
  const from = Math.min(...periods.map((p) => monthIndex(p.from)));
  const to = Math.max(...periods.map((p) => monthIndex(p.to)));
  return { from: monthKey(from), to: monthKey(to) };
}

export function combineDatasets(parts: Dataset[], kinds: KindDescriptions = ENTITY_KINDS): Dataset {
  if (parts.length === 1 && parts[0]) return parts[0];
  // A list only one dataset has is passed on as it is: tables built from it are then kept (tables/index.ts).
  const concat = (partLists: readonly (readonly unknown[])[]) => {
    const lists = partLists.filter((list) => list.length > 0);
    return lists.length === 1 ? lists[0] : lists.flat();
  };
  const all = <K extends keyof Dataset>(key: K) => concat(parts.map((d) => d[key] as unknown[])) as Dataset[K];
  const seen = new Set<string>();
  const sources = all('sources').filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)));
  // Keyed by the kinds' Dataset lists (a made-up test kind's too).
  const kindLists = Object.fromEntries(Object.values(kinds).map((kind) => [kind.list, concat(parts.map((d) => entityList(d, kind)))]));
  return {
    format: 'routeshift-dataset',
    version: 1,
    name: parts.map((p) => p.name).join(' + ') || t('screenText.noData'),
    dataDate: parts.map((d) => d.dataDate).sort().at(-1) ?? '',
    months: spanOf(parts.map((d) => d.months)),
    sources,
    corridors: all('corridors'),
    ...kindLists,
    flows: all('flows'),
    incidentParts: parts.flatMap((d) => d.incidentParts ?? []),
    prices: all('prices'),
  } as Dataset;
}
