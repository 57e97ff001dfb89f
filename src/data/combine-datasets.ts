/**
 * Several loaded datasets as the one dataset the map, timeline and panels read. User datasets get
 * their entity ids and source keys prefixed with `${datasetId}/` once, when they are imported
 * (references included), so that combining is a plain concatenation and two files never clash; the
 * demo keeps its ids, so links keep working.
 */
import { monthIndex, monthKey } from '../domain/month';
import { prefixIncidentColumns } from '../domain/incident-columns';
import type { Dataset, Period } from '../domain/types';
import { DATA_PERIOD } from '../domain/data-period';


/** The dataset with every id, reference and source key prefixed `${prefix}/`. */
export function prefixDatasetIds(d: Dataset, prefix: string): Dataset {
  const p = (id: string) => `${prefix}/${id}`;
  const src = (keys: string[]) => keys.map(p);
  return {
    ...d,
    sources: d.sources.map((s) => ({ ...s, key: p(s.key) })),
    corridors: d.corridors.map((c) => ({ ...c, id: p(c.id), sources: src(c.sources), placeIds: c.placeIds.map(p) })),
    segments: d.segments.map((s) => ({
      ...s,
      id: p(s.id),
      corridorId: p(s.corridorId),
      fromPlaceId: p(s.fromPlaceId),
      toPlaceId: p(s.toPlaceId),
      sources: src(s.sources),
      ...(s.volume ? { volume: { ...s.volume, seriesId: p(s.volume.seriesId) } } : {}),
    })),
    crossings: d.crossings.map((c) => ({
      ...c,
      id: p(c.id),
      sources: src(c.sources),
      statusPeriods: c.statusPeriods.map((sp) => ({ ...sp, sources: src(sp.sources), ...(sp.eventId ? { eventId: p(sp.eventId) } : {}) })),
    })),
    hubs: d.hubs.map((h) => ({ ...h, id: p(h.id), sources: src(h.sources) })),
    safeHouses: d.safeHouses.map((s) => ({ ...s, id: p(s.id), hubId: p(s.hubId), sources: src(s.sources) })),
    events: d.events.map((e) => ({ ...e, id: p(e.id), placeIds: e.placeIds.map(p), sources: src(e.sources) })),
    flows: d.flows.map((f) => ({ ...f, id: p(f.id), sources: src(f.sources) })),
    incidents: d.incidents.map((i) => ({ ...i, id: p(i.id), sources: src(i.sources) })),
    ...(d.incidentParts ? { incidentParts: d.incidentParts.map((part) => prefixIncidentColumns(part, p)) } : {}),
    prices: d.prices.map((pr) => ({
      ...pr,
      id: p(pr.id),
      sources: src(pr.sources),
      ...(pr.fromPlaceId ? { fromPlaceId: p(pr.fromPlaceId) } : {}),
      ...(pr.toPlaceId ? { toPlaceId: p(pr.toPlaceId) } : {}),
    })),
  };
}

function spanOf(periods: Period[]): Period {
  if (periods.length === 0) return { ...DATA_PERIOD };
  const from = Math.min(...periods.map((p) => monthIndex(p.from)));
  const to = Math.max(...periods.map((p) => monthIndex(p.to)));
  return { from: monthKey(from), to: monthKey(to) };
}

export function combineDatasets(parts: Dataset[]): Dataset {
  if (parts.length === 1 && parts[0]) return parts[0];
  const prefixed = parts;
  // A list only one dataset has is passed on as it is: tables built from it are then kept (tables/index.ts).
  const all = <K extends keyof Dataset>(key: K) => {
    const lists = prefixed.map((d) => d[key] as unknown[]).filter((list) => list.length > 0);
    return (lists.length === 1 ? lists[0] : lists.flat()) as Dataset[K];
  };
  const seen = new Set<string>();
  const sources = all('sources').filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)));
  return {
    format: 'routeshift-dataset',
    version: 1,
    name: parts.map((p) => p.name).join(' + ') || 'No data',
    dataDate: prefixed.map((d) => d.dataDate).sort().at(-1) ?? '',
    months: spanOf(prefixed.map((d) => d.months)),
    sources,
    corridors: all('corridors'),
    segments: all('segments'),
    crossings: all('crossings'),
    hubs: all('hubs'),
    safeHouses: all('safeHouses'),
    events: all('events'),
    flows: all('flows'),
    incidents: all('incidents'),
    incidentParts: prefixed.flatMap((d) => d.incidentParts ?? []),
    prices: all('prices'),
  };
}
