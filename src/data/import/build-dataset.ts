/**
 * Parsed files → one valid Dataset (format v1): one Source per file (`file:<name>`), entities of
 * all files, ids unique per list (a file whose ids clash with an earlier file's gets all its ids
 * prefixed with its slug, references included), months = the span of all entities' periods.
 */
import { addMonths, monthIndex, monthKey } from '../../domain/month';
import type { Dataset, Period, Source } from '../../domain/types';
import { DEFAULT_PERIOD } from './drafts';
import { fileSlug } from './records';
import type { ImportedEntities, ParsedFile } from './types';

type ListName = keyof ImportedEntities;
const LISTS: ListName[] = ['corridors', 'segments', 'crossings', 'hubs', 'safeHouses', 'incidents', 'events', 'flows'];
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/;

function unique(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base} (${n})`)) n += 1;
  return `${base} (${n})`;
}

/** The file's entities with ids renamed by `rename` and sources set to `[sourceKey]`. */
function rewrite(e: ImportedEntities, rename: (id: string) => string, sourceKey: string): ImportedEntities {
  const sources = [sourceKey];
  return {
    corridors: e.corridors.map((c) => ({ ...c, id: rename(c.id), placeIds: c.placeIds.map(rename), sources })),
    segments: e.segments.map((s) => ({
      ...s,
      id: rename(s.id),
      corridorId: rename(s.corridorId),
      fromPlaceId: rename(s.fromPlaceId),
      toPlaceId: rename(s.toPlaceId),
      sources,
      ...(s.volume ? { volume: { ...s.volume, seriesId: rename(s.volume.seriesId) } } : {}),
    })),
    crossings: e.crossings.map((c) => ({
      ...c,
      id: rename(c.id),
      sources,
      statusPeriods: c.statusPeriods.map((p) => ({ ...p, sources: p.sources.length ? sources : [], ...(p.eventId ? { eventId: rename(p.eventId) } : {}) })),
    })),
    hubs: e.hubs.map((h) => ({ ...h, id: rename(h.id), sources })),
    safeHouses: e.safeHouses.map((h) => ({ ...h, id: rename(h.id), hubId: rename(h.hubId), sources })),
    incidents: e.incidents.map((i) => ({ ...i, id: rename(i.id), sources })),
    events: e.events.map((v) => ({ ...v, id: rename(v.id), placeIds: v.placeIds.map(rename), sources })),
    flows: e.flows.map((f) => ({ ...f, id: rename(f.id), sources })),
  };
}

function periodsOf(e: ImportedEntities): Period[] {
  return [
    ...e.corridors.map((c) => c.active),
    ...e.segments.map((s) => s.active),
    ...e.safeHouses.map((h) => h.active),
    ...e.incidents.map((i) => ({ from: i.month, to: i.month })),
    ...e.events.map((v) => ({ from: v.month, to: v.month })),
    ...e.flows.map((f) => ({ from: f.start, to: addMonths(f.start, Math.max(0, f.values.length - 1)) })),
    ...e.crossings.flatMap((c) => c.statusPeriods),
  ];
}

export function buildImportedDataset(files: ParsedFile[], meta: { name: string; loadedAt: string }): Dataset {
  const dataDate = DAY.exec(meta.loadedAt)?.[0] ?? new Date().toISOString().slice(0, 10);
  const sources: Source[] = [];
  const sourceKeys = new Set<string>();
  const slugs = new Set<string>();
  const used = Object.fromEntries(LISTS.map((list) => [list, new Set<string>()])) as Record<ListName, Set<string>>;
  const lists = Object.fromEntries(LISTS.map((list) => [list, []])) as unknown as ImportedEntities;
  let first = Infinity;
  let last = -Infinity;

  for (const file of files) {
    if (file.project !== undefined) continue;
    const name = file.report.file;
    const key = unique(`file:${name}`, (k) => sourceKeys.has(k));
    sourceKeys.add(key);
    sources.push({ key, title: `User file ${name}`, date: dataDate, licence: 'User data (stays in this browser)' });
    const slug = unique(fileSlug(name), (s) => slugs.has(s));
    slugs.add(slug);

    const entities = file.entities;
    const clash = LISTS.some((list) => (entities[list] as { id: string }[]).some((entity) => used[list].has(entity.id)));
    const renamed = new Map<string, string>();
    const renamedTo = new Set<string>();
    const takenAnywhere = (id: string) => LISTS.some((list) => used[list].has(id)) || renamedTo.has(id);
    const rename = clash
      ? (id: string) => {
          let next = renamed.get(id);
          if (next === undefined) {
            next = unique(`${slug}:${id}`, takenAnywhere);
            renamed.set(id, next);
            renamedTo.add(next);
          }
          return next;
        }
      : (id: string) => id;
    const rewritten = rewrite(entities, rename, key);
    for (const list of LISTS) {
      const target = lists[list] as { id: string }[];
      for (const entity of rewritten[list] as { id: string }[]) {
        used[list].add(entity.id);
        target.push(entity);
      }
    }
    for (const period of periodsOf(rewritten)) {
      first = Math.min(first, monthIndex(period.from));
      last = Math.max(last, monthIndex(period.to));
    }
  }

  const months: Period = Number.isFinite(first) ? { from: monthKey(first), to: monthKey(last) } : { ...DEFAULT_PERIOD };
  return {
    format: 'routeshift-dataset',
    version: 1,
    name: meta.name.trim() || 'Imported data',
    dataDate,
    months,
    sources,
    ...lists,
    prices: [],
  };
}
