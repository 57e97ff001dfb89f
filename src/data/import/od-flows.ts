/**
 * A FlowmapBlue flows sheet's rows (origin, dest, count, optional time) → one segment per
 * origin→dest pair, drawn as a straight line between the two locations (hubs of the locations sheet,
 * referenced by id, not copied), with its figures:
 * - with a time column, a FlowSeries per pair (one value per month, null gaps) as the segment's
 *   volume (scope 'segment'); a second value for the same pair and month is rejected, never summed;
 * - without one, the count is a total for an unknown period: never spread over months nor given a
 *   month. It goes into the segment's notes ("total, no dates given"); the segment is shown in every
 *   month (reported, as for any undated segment). A second total for the same pair is rejected.
 * Rows whose origin or dest is not among the locations are rejected naming the field and value.
 */
import { t } from '../../domain/i18n';
import { DATA_PERIOD } from '../../domain/data-period';
import { formatNumber } from '../../domain/format-number';
import { formatMonthShort, monthIndex, monthKey } from '../../domain/month';
import type { Corridor, FlowSeries, Period, RouteSegment } from '../../domain/types';
import { clip } from './dates';
import { fail, readCount, requireDate, RowProblem, textOf } from './fields';
import { slugify, type FileContext, type IdAllocator, type RawRecord, type Repair, type Reporter } from './records';
import type { FlowmapLocation, FlowmapLocations, ImportedEntities, ImportOptions } from './types';

interface Pair {
  origin: FlowmapLocation;
  dest: FlowmapLocation;
  firstRow: number | null;
  /** Month index → value and row (time column), or the one total under key -1 (none). */
  values: Map<number, { value: number; row: number | null }>;
  repairs: Repair[];
}

const TOTAL = -1;

type OdEntities = Pick<ImportedEntities, 'corridors' | 'segments' | 'flows'>;

export function assembleOdFlows(records: RawRecord[], ctx: FileContext, ids: IdAllocator, reporter: Reporter, options: ImportOptions, countHeader: string | undefined, locations: FlowmapLocations): OdEntities {
  const pairs = new Map<string, Pair>();
  const where = locations.files.join(', ');
  for (const record of records) {
    try {
      addRow(record, pairs, locations, where);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      reporter.reject(record.row, error.field, error.reason, record.raw());
    }
  }
  if (pairs.size === 0) return { corridors: [], segments: [], flows: [] };
  const unit = countHeader?.trim() || 'count';
  const corridor = fileCorridor(ctx, ids, where);
  const out: OdEntities = { corridors: [corridor], segments: [], flows: [] };
  const range = options.defaultPeriod ?? DATA_PERIOD;
  for (const pair of pairs.values()) {
    const segment = pairSegment(pair, ctx, corridor, ids.generated(`${corridor.id}-${out.segments.length + 1}`));
    const total = pair.values.get(TOTAL);
    if (total) {
      segment.active = { ...range };
      segment.notes = `${t('importNotes.flowTotal', { file: ctx.file, total: formatNumber(total.value), unit })} ${segment.notes ?? ''}`.trim();
      pair.repairs.push({ field: unit, reason: t('importFlows.totalOnly'), repair: t('importFlows.totalShown') });
    } else {
      const flow = pairSeries(pair, ctx, ids, unit);
      out.flows.push(flow);
      segment.active = seriesPeriod(flow);
      segment.volume = { seriesId: flow.id, scope: 'segment' };
    }
    for (const id of [pair.origin.id, pair.dest.id]) if (!corridor.placeIds.includes(id)) corridor.placeIds.push(id);
    reporter.keep(pair.firstRow, pair.repairs);
    out.segments.push(segment);
  }
  corridor.active = span(out.segments.map((s) => s.active));
  return out;
}

function resolve(record: RawRecord, role: 'from' | 'to', locations: FlowmapLocations, where: string): FlowmapLocation {
  const field = record.fields[role]?.name ?? (role === 'from' ? 'origin' : 'dest');
  const label = role === 'from' ? 'origin' : 'dest';
  const key = textOf(record.fields, role);
  if (key === undefined) return fail(field, t('importFlows.endEmpty', { role: label }));
  const found = locations.byKey.get(key) ?? locations.byKey.get(key.toLowerCase());
  return found ?? fail(field, t('importFlows.unknownLocation', { role: label, key: clip(key), files: where }));
}

function addRow(record: RawRecord, pairs: Map<string, Pair>, locations: FlowmapLocations, where: string): void {
  const fields = record.fields;
  const origin = resolve(record, 'from', locations, where);
  const dest = resolve(record, 'to', locations, where);
  if (origin.id === dest.id) fail(fields.to?.name ?? 'dest', t('importFlows.samePlace', { id: clip(origin.id) }));
  const countField = fields.count?.name ?? 'count';
  const value = readCount(fields.count, 'count');
  if (value === null) fail(countField, t('importFlows.countEmpty'));
  const repairs: Repair[] = [];
  let month = TOTAL;
  if (fields.date !== undefined) {
    const date = requireDate(fields, repairs, 'timedFlow');
    if (date.precision === 'year') fail(fields.date.name, t('importFlows.needsMonth', { year: clip(String(fields.date.value)) }));
    month = monthIndex(date.month);
  }
  const key = `${origin.id}\u0000${dest.id}`;
  const pair = pairs.get(key);
  const earlier = pair?.values.get(month);
  if (earlier) {
    const about = { origin: clip(origin.id), dest: clip(dest.id), line: String(earlier.row ?? '?') };
    if (month === TOTAL) fail(countField, t('importFlows.secondCount', about));
    fail(fields.date?.name ?? 'time', t('importFlows.secondMonth', { ...about, month: formatMonthShort(monthKey(month)) }));
  }
  const entry: Pair = pair ?? { origin, dest, firstRow: record.row, values: new Map(), repairs: [] };
  if (!pair) pairs.set(key, entry);
  entry.values.set(month, { value, row: record.row });
  entry.repairs.push(...repairs);
}

function fileCorridor(ctx: FileContext, ids: IdAllocator, where: string): Corridor {
  return {
    id: ids.generated(`file-${ctx.slug}`),
    name: ctx.file,
    region: 'Other',
    active: { ...DATA_PERIOD },
    placeIds: [],
    sources: ctx.sources,
    confidence: 'medium',
    notes: t('importNotes.madeFlowCorridor', { file: ctx.file, where }),
  };
}

function pairSegment(pair: Pair, ctx: FileContext, corridor: Corridor, id: string): RouteSegment {
  return {
    id,
    sources: ctx.sources,
    confidence: 'medium',
    corridorId: corridor.id,
    region: corridor.region,
    fromPlaceId: pair.origin.id,
    toPlaceId: pair.dest.id,
    path: [pair.origin.coord, pair.dest.coord],
    mode: 'unknown',
    active: { ...DATA_PERIOD },
    approximate: false,
    straightLine: true,
    notes: t('importNotes.flowPair', { origin: pair.origin.name, dest: pair.dest.name }),
  };
}

function pairSeries(pair: Pair, ctx: FileContext, ids: IdAllocator, unit: string): FlowSeries {
  const months = [...pair.values.keys()];
  const first = Math.min(...months);
  const last = Math.max(...months);
  return {
    id: ids.generated(`flow-${slugify(pair.origin.id) || 'origin'}-${slugify(pair.dest.id) || 'dest'}`),
    name: `${pair.origin.name} → ${pair.dest.name}`,
    region: 'Other',
    measure: /arriv/i.test(unit) ? 'arrivals' : 'detections',
    unit,
    start: monthKey(first),
    values: Array.from({ length: last - first + 1 }, (_, i) => pair.values.get(first + i)?.value ?? null),
    sources: ctx.sources,
    confidence: 'medium',
  };
}

function seriesPeriod(flow: FlowSeries): Period {
  return { from: flow.start, to: monthKey(monthIndex(flow.start) + flow.values.length - 1) };
}

function span(periods: Period[]): Period {
  const from = Math.min(...periods.map((p) => monthIndex(p.from)));
  const to = Math.max(...periods.map((p) => monthIndex(p.to)));
  return { from: monthKey(from), to: monthKey(to) };
}
