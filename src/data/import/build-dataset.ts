/**
 * Parsed files → one valid Dataset (format v1): one Source per file (`file:<name>`), entities of
 * all files, ids unique per list (a file whose ids clash with an earlier file's gets all its ids
 * prefixed with its slug, references included), months = the span of all entities' periods.
 */
import { addMonths, monthIndex, monthKey } from '../../domain/month';
import { mapStrings, stringAt, type IncidentColumns, type StringColumn } from '../../domain/incident-columns';
import type { Dataset, Period, Source } from '../../domain/types';
import { DATA_PERIOD } from '../../domain/data-period';
import { t } from '../../domain/i18n';
import { fileSlug } from './records';
import type { ImportedEntities, ParsedFile } from './types';

type ListName = keyof ImportedEntities;
const LISTS: ListName[] = ['corridors', 'segments', 'crossings', 'hubs', 'safeHouses', 'incidents', 'events', 'flows', 'areas'];
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/;

function unique(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base} (${n})`)) n += 1;
  return `${base} (${n})`;
}

/**
 * The file's entities with ids renamed by `rename` (null: ids kept) and sources set to `[sourceKey]`.
 * Incidents and hubs that keep their id and already cite just `sourceKey` are taken as they are
 * (a large points file is not copied row by row).
 */
function rewrite(e: ImportedEntities, renameOrNull: ((id: string) => string) | null, sourceKey: string): ImportedEntities {
  const sources = [sourceKey];
  const rename = renameOrNull ?? ((id: string) => id);
  // A FlowmapBlue flows file's segments end at the places of its locations file: only this file's
  // own places are renamed with it.
  const ownPlaces = renameOrNull ? new Set([...e.hubs, ...e.crossings].map((p) => p.id)) : null;
  const place = ownPlaces ? (id: string) => (ownPlaces.has(id) ? rename(id) : id) : rename;
  const citesOnly = (keys: readonly string[]) => renameOrNull === null && keys.length === 1 && keys[0] === sourceKey;
  return {
    corridors: e.corridors.map((c) => ({ ...c, id: rename(c.id), placeIds: c.placeIds.map(place), sources })),
    segments: e.segments.map((s) => ({
      ...s,
      id: rename(s.id),
      corridorId: rename(s.corridorId),
      fromPlaceId: place(s.fromPlaceId),
      toPlaceId: place(s.toPlaceId),
      sources,
      ...(s.volume ? { volume: { ...s.volume, seriesId: rename(s.volume.seriesId) } } : {}),
    })),
    crossings: e.crossings.map((c) => ({
      ...c,
      id: rename(c.id),
      sources,
      statusPeriods: c.statusPeriods.map((p) => ({ ...p, sources: p.sources.length ? sources : [], ...(p.eventId ? { eventId: rename(p.eventId) } : {}) })),
    })),
    hubs: e.hubs.map((h) => (citesOnly(h.sources) ? h : { ...h, id: rename(h.id), sources })),
    safeHouses: e.safeHouses.map((h) => ({ ...h, id: rename(h.id), hubId: rename(h.hubId), sources })),
    incidents: e.incidents.map((i) => (citesOnly(i.sources) ? i : { ...i, id: rename(i.id), sources })),
    events: e.events.map((v) => ({ ...v, id: rename(v.id), placeIds: v.placeIds.map(rename), sources })),
    flows: e.flows.map((f) => ({ ...f, id: rename(f.id), sources })),
    areas: (e.areas ?? []).map((a) => ({ ...a, id: rename(a.id), sources })),
  };
}

/**
 * Widens `span` ([first, last] month index) to every period of the entities, without making a
 * period object per row (a points file may have a million); month keys are read once each.
 */
function widenSpan(e: ImportedEntities, span: [number, number]): void {
  const indexOf = new Map<string, number>();
  const index = (key: string) => {
    let i = indexOf.get(key);
    if (i === undefined) {
      i = monthIndex(key);
      indexOf.set(key, i);
    }
    return i;
  };
  const add = (from: string, to: string) => {
    const a = index(from);
    const b = from === to ? a : index(to);
    if (a < span[0]) span[0] = a;
    if (b > span[1]) span[1] = b;
  };
  for (const c of e.corridors) add(c.active.from, c.active.to);
  for (const s of e.segments) add(s.active.from, s.active.to);
  for (const h of e.safeHouses) add(h.active.from, h.active.to);
  for (const a of e.areas ?? []) if (a.active) add(a.active.from, a.active.to);
  for (const i of e.incidents) add(i.month, i.month);
  for (const v of e.events) add(v.month, v.month);
  for (const f of e.flows) add(f.start, addMonths(f.start, Math.max(0, f.values.length - 1)));
  for (const c of e.crossings) for (const p of c.statusPeriods) add(p.from, p.to);
}

/** Every id of a column part (read only when files are several and may clash). */
function columnIds(part: IncidentColumns | undefined): string[] {
  return part ? Array.from({ length: part.length }, (_, i) => stringAt(part.ids, i) ?? '') : [];
}

/** A file's incident columns citing `sourceKey`, ids renamed like its other entities. */
function rewriteColumns(part: IncidentColumns, rename: ((id: string) => string) | null, sourceKey: string): IncidentColumns {
  // Every row cites the file, as its object rows do: one dictionary value.
  const codes = part.sources.kind === 'dict' && part.sources.values.length === 1 ? part.sources.codes : new Uint16Array(part.length);
  const sources: StringColumn = { kind: 'dict', values: [sourceKey], codes };
  return { ...part, ids: rename ? mapStrings(part.ids, rename) : part.ids, sources };
}

/** Widens `span` to the months of a column part (one pass over a typed array). */
function widenSpanByColumns(part: IncidentColumns, span: [number, number]): void {
  for (const month of part.months) {
    if (month < span[0]) span[0] = month;
    if (month > span[1]) span[1] = month;
  }
}

export function buildImportedDataset(files: ParsedFile[], meta: { name: string; loadedAt: string }): Dataset {
  const dataDate = DAY.exec(meta.loadedAt)?.[0] ?? new Date().toISOString().slice(0, 10);
  const sources: Source[] = [];
  const sourceKeys = new Set<string>();
  const slugs = new Set<string>();
  const used = Object.fromEntries(LISTS.map((list) => [list, new Set<string>()])) as Record<ListName, Set<string>>;
  const lists = Object.fromEntries(LISTS.map((list) => [list, []])) as unknown as ImportedEntities;
  const span: [number, number] = [Infinity, -Infinity];
  const incidentParts: IncidentColumns[] = [];
  const withData = files.filter((file) => file.project === undefined);

  for (const [f, file] of withData.entries()) {
    const name = file.report.file;
    const key = unique(`file:${name}`, (k) => sourceKeys.has(k));
    sourceKeys.add(key);
    sources.push({ key, title: t('importNotes.sourceTitle', { file: name }), date: dataDate, licence: t('importNotes.sourceLicence') });
    const slug = unique(fileSlug(name), (s) => slugs.has(s));
    slugs.add(slug);

    const entities = file.entities;
    const clash =
      f > 0 &&
      (LISTS.some((list) => used[list].size > 0 && (entities[list] ?? []).some((entity) => used[list].has(entity.id))) ||
        (used.incidents.size > 0 && columnIds(file.columns).some((id) => used.incidents.has(id))));
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
      : null;
    const rewritten = rewrite(entities, rename, key);
    // Only later files can clash with this one's ids: the last file's are not recorded.
    const later = f < withData.length - 1;
    for (const list of LISTS) {
      const taken = used[list];
      const added = (rewritten[list] ?? []) as { id: string }[];
      if (later) for (const entity of added) taken.add(entity.id);
      const target = lists[list] as { id: string }[];
      if (target.length === 0) (lists[list] as { id: string }[]) = added;
      else for (const entity of added) target.push(entity);
    }
    widenSpan(rewritten, span);
    if (file.columns && file.columns.length > 0) {
      const part = rewriteColumns(file.columns, rename, key);
      if (later) for (const id of columnIds(part)) used.incidents.add(id);
      widenSpanByColumns(part, span);
      incidentParts.push(part);
    }
  }

  const [first, last] = span;
  const months: Period = Number.isFinite(first) ? { from: monthKey(first), to: monthKey(last) } : { ...DATA_PERIOD };
  return {
    format: 'routeshift-dataset',
    version: 1,
    name: meta.name.trim() || t('importNotes.datasetName'),
    dataDate,
    months,
    sources,
    ...lists,
    prices: [],
    ...(incidentParts.length > 0 ? { incidentParts } : {}),
  };
}
