/**
 * Corridors and route segments from the corridor rows (the routes reference's, with RouteShift's
 * derived rows added or replacing them by id) and the parsed places. A segment joins each
 * consecutive pair of located places of a corridor's sequence; unlocated places are skipped and
 * their neighbours joined. Each leg's figure follows where Frontex counts it (leg-figures.ts).
 */
import { monthOfDate } from '../../domain/month';
import type { Confidence, Corridor, Period, Region, RouteSegment, TravelMode } from '../../domain/types';
import { cell, optionalText, parseCsv, splitList, type CsvRow } from './csv';
import { frontexBorderSeriesId, frontexSeriesId } from './build-flows';
import { countedBorderOf, legFigures, legSpan, type CountedBorder, type LegSpan } from './leg-figures';
import { isLocated, type PlaceRecord } from './places';

/** The routes README: an empty active_to means still active at the end of 2024. */
export const OPEN_END_MONTH = '2024-12';

const COLUMNS = ['id', 'name', 'region', 'frontex_route', 'active_from', 'active_to', 'place_sequence', 'leg_modes', 'source', 'confidence', 'notes'] as const;
const REGIONS: readonly Region[] = ['Western Balkans', 'Eastern Mediterranean', 'Central Mediterranean', 'Western Mediterranean', 'Other'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const MODES: Record<string, TravelMode> = { boat: 'boat', train: 'rail', bus: 'bus', foot: 'foot', car: 'car', taxi: 'taxi', road: 'road' };

/** One leg_modes entry → TravelMode ('train/bus' → 'mixed', '' → 'unknown'). */
export function legMode(value: string | undefined): TravelMode {
  const mode = (value ?? '').trim().toLowerCase();
  if (mode === '') return 'unknown';
  if (mode.includes('/')) return 'mixed';
  return MODES[mode] ?? 'unknown';
}

/** A leg that passes a crossing closed for transit by the green border (derived/irregular-crossings.csv). */
export interface IrregularLeg {
  corridorId: string;
  crossingId: string;
  /** 'irregular': across the green border while closed; 'interruption': a closure of a few days the corridor waited out. */
  kind: 'irregular' | 'interruption';
  sources: string[];
  note: string;
}

/** A corridor's own reported figure (derived/reported-figures.csv), by corridor id. */
export interface OwnFigure {
  seriesId: string;
  how: string;
}

export interface RouteOptions {
  borders: readonly CountedBorder[];
  /** Ids of the Frontex land/sea series (a route without a split uses its total). */
  borderSeries: ReadonlySet<string>;
  irregular: readonly IrregularLeg[];
  ownFigures: ReadonlyMap<string, OwnFigure>;
}

/** The corridor's dates as the rows give them (day precision where known), for the build checks. */
export interface CorridorDates {
  from: string;
  to: string;
}

export interface RoutesResult {
  corridors: Corridor[];
  segments: RouteSegment[];
  dates: Map<string, CorridorDates>;
  /** Each segment's span (inside a country, or across a border), for the build checks. */
  spans: Map<string, LegSpan>;
}

/** The rows of the reference, with derived rows replacing those of the same id and adding the rest. */
export function mergeCorridorRows(reference: string, derived: string): CsvRow[] {
  const rows = parseCsv(reference, 'corridors.csv', COLUMNS);
  const extra = parseCsv(derived, 'derived/corridors-derived.csv', COLUMNS);
  const byId = new Map(rows.map((row, i) => [cell(row, 'id'), i]));
  const merged = [...rows];
  for (const row of extra) {
    const at = byId.get(cell(row, 'id'));
    if (at === undefined) merged.push(row);
    else merged[at] = row;
  }
  return merged;
}

function corridorOf(row: CsvRow, sequence: string[], located: string[]): { corridor: Corridor; dates: CorridorDates } {
  const id = cell(row, 'id');
  const region = cell(row, 'region') as Region;
  if (!REGIONS.includes(region)) throw new Error(`corridors ${id}: unknown region '${region}'`);
  const confidence = cell(row, 'confidence') as Confidence;
  if (!CONFIDENCES.includes(confidence)) throw new Error(`corridors ${id}: unknown confidence '${confidence}'`);
  const activeTo = cell(row, 'active_to');
  const active: Period = { from: monthOfDate(cell(row, 'active_from'), 'start'), to: activeTo === '' ? OPEN_END_MONTH : monthOfDate(activeTo, 'end') };
  const skipped = sequence.filter((placeId) => !located.includes(placeId));
  const notes = [optionalText(cell(row, 'notes'))];
  if (skipped.length > 0) notes.push(`Not located: ${skipped.join(', ')}.`);
  if (activeTo === '') notes.push(`active_to is empty in the source (still active at the end of 2024), so the corridor is shown as active to ${OPEN_END_MONTH}.`);
  const frontexRoute = optionalText(cell(row, 'frontex_route'));
  return {
    corridor: {
      id,
      name: cell(row, 'name'),
      region,
      ...(frontexRoute ? { frontexRoute } : {}),
      active,
      placeIds: located,
      sources: splitList(cell(row, 'source')),
      confidence,
      notes: notes.filter(Boolean).join(' '),
    },
    dates: { from: cell(row, 'active_from'), to: activeTo === '' ? OPEN_END_MONTH : activeTo },
  };
}

function seriesFor(border: CountedBorder, borderSeries: ReadonlySet<string>): string {
  const part = frontexBorderSeriesId(border.route, border.borderType);
  return borderSeries.has(part) ? part : frontexSeriesId(border.route);
}

export function buildRoutes(rows: readonly CsvRow[], places: Map<string, PlaceRecord>, options: RouteOptions): RoutesResult {
  const corridors: Corridor[] = [];
  const segments: RouteSegment[] = [];
  const dates = new Map<string, CorridorDates>();
  const spans = new Map<string, LegSpan>();
  const parsed = rows.map((row) => {
    const id = cell(row, 'id');
    const sequence = splitList(cell(row, 'place_sequence'), '>');
    for (const placeId of sequence) if (!places.has(placeId)) throw new Error(`corridors ${id}: place '${placeId}' is not in the places tables`);
    const located = sequence.filter((placeId) => isLocated(places.get(placeId)));
    const legs = cell(row, 'leg_modes') === '' ? [] : cell(row, 'leg_modes').split('>');
    const modes = located.slice(1).map((toId, n) => {
      const fromIndex = sequence.indexOf(located[n] as string);
      return sequence.indexOf(toId) === fromIndex + 1 ? legMode(legs[fromIndex]) : 'unknown';
    });
    const legSpans = located.slice(1).map((toId, n) => legSpan(places.get(located[n] as string) as PlaceRecord, places.get(toId) as PlaceRecord));
    const approximatePath = cell(row, 'path') === 'approximate';
    return { row, id, sequence, located, modes, legSpans, approximatePath, ...corridorOf(row, sequence, located) };
  });
  // The first counted border of each corridor, for the corridors that lead into it.
  const firstCounted = new Map(parsed.map((p) => [p.id, p.legSpans.map((span, n) => countedBorderOf(span, p.modes[n] as TravelMode, options.borders)).find(Boolean)]));
  for (const p of parsed) {
    corridors.push(p.corridor);
    dates.set(p.id, p.dates);
    // A corridor that starts where this one ends, in the same months, continues it (A0 → B, C1, C2).
    const next = parsed.find((q) => q !== p && q.located[0] === p.located[p.located.length - 1] && q.corridor.active.from <= p.corridor.active.to && q.corridor.active.to >= p.corridor.active.from);
    const beyond = next ? firstCounted.get(next.id) : undefined;
    const figures = legFigures(p.legSpans.map((span, n) => ({ span, mode: p.modes[n] as TravelMode })), options.borders, beyond);
    const own = options.ownFigures.get(p.id);
    const irregular = options.irregular.filter((leg) => leg.corridorId === p.id);
    for (let n = 1; n < p.located.length; n += 1) {
      const fromId = p.located[n - 1] as string;
      const toId = p.located[n] as string;
      const from = places.get(fromId);
      const to = places.get(toId);
      if (!isLocated(from) || !isLocated(to)) throw new Error(`corridor ${p.id}: unlocated segment end`);
      const between = p.sequence.slice(p.sequence.indexOf(fromId) + 1, p.sequence.indexOf(toId));
      const figure = figures[n - 1];
      const listedHere = irregular.filter((leg) => leg.crossingId === fromId || leg.crossingId === toId);
      const irregularHere = listedHere.filter((leg) => leg.kind === 'irregular');
      const id = `${p.id}-${n}`;
      spans.set(id, p.legSpans[n - 1] as LegSpan);
      const volume = own
        ? { seriesId: own.seriesId, scope: 'corridor' as const }
        : figure?.kind === 'counted'
          ? { seriesId: seriesFor(figure.border, options.borderSeries), scope: 'route-total' as const }
          : undefined;
      const notes = [
        between.length > 0 ? `Joins ${fromId} and ${toId} directly: ${between.join(', ')} in between is not located.` : '',
        own ? own.how : (figure?.how ?? ''),
        ...listedHere.map((leg) => leg.note),
      ].filter(Boolean);
      segments.push({
        id,
        corridorId: p.id,
        region: p.corridor.region,
        fromPlaceId: fromId,
        toPlaceId: toId,
        path: [from.coord, to.coord],
        mode: p.modes[n - 1] as TravelMode,
        active: { ...p.corridor.active },
        // A drawn path no source gives (derived rows with path 'approximate') is approximate throughout.
        approximate: p.approximatePath || from.coordStatus !== 'confirmed' || to.coordStatus !== 'confirmed',
        ...(volume ? { volume } : {}),
        ...(!own && figure?.kind === 'context' ? { context: true } : {}),
        ...(irregularHere.length > 0 ? { irregularCrossing: true } : {}),
        sources: [...new Set([...p.corridor.sources, ...listedHere.flatMap((leg) => leg.sources)])],
        confidence: p.corridor.confidence,
        ...(notes.length > 0 ? { notes: notes.join(' ') } : {}),
      });
    }
  }
  return { corridors, segments, dates, spans };
}

/** derived/irregular-crossings.csv: corridor_id, crossing_id, kind, source, note. */
export function parseIrregularLegs(text: string): IrregularLeg[] {
  return parseCsv(text, 'derived/irregular-crossings.csv', ['corridor_id', 'crossing_id', 'kind', 'source', 'note']).map((row, i) => {
    const sources = splitList(cell(row, 'source'));
    const note = cell(row, 'note');
    const kind = cell(row, 'kind');
    if (sources.length === 0 || note === '') throw new Error(`derived/irregular-crossings.csv row ${i + 1}: source and note are required`);
    if (kind !== 'irregular' && kind !== 'interruption') throw new Error(`derived/irregular-crossings.csv row ${i + 1}, kind: expected irregular or interruption, found '${kind}'`);
    return { corridorId: cell(row, 'corridor_id'), crossingId: cell(row, 'crossing_id'), kind, sources, note };
  });
}
