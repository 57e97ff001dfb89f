/**
 * Corridors and route segments from routes/corridors.csv and the parsed places.
 * A segment joins each consecutive pair of located places of a corridor's sequence; unlocated
 * places are skipped and their neighbours joined.
 */
import { monthOfDate } from '../../domain/month';
import type { Confidence, Corridor, Period, Region, RouteSegment, TravelMode } from '../../domain/types';
import { cell, optionalText, parseCsv, splitList } from './csv';
import { frontexBorderSeriesId, frontexSeriesId } from './build-flows';
import { isLocated, type PlaceRecord } from './places';

/** The routes README: an empty active_to means still active at the end of 2024. */
export const OPEN_END_MONTH = '2024-12';

const COLUMNS = ['id', 'name', 'region', 'frontex_route', 'active_from', 'active_to', 'place_sequence', 'leg_modes', 'source', 'confidence', 'notes'] as const;
const REGIONS: readonly Region[] = ['Western Balkans', 'Eastern Mediterranean', 'Central Mediterranean', 'Western Mediterranean', 'Other'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const MODES: Record<string, TravelMode> = { boat: 'boat', train: 'rail', bus: 'bus', foot: 'foot', car: 'car', taxi: 'taxi' };

/** One leg_modes entry → TravelMode ('train/bus' → 'mixed', '' → 'unknown'). */
export function legMode(value: string | undefined): TravelMode {
  const mode = (value ?? '').trim().toLowerCase();
  if (mode === '') return 'unknown';
  if (mode.includes('/')) return 'mixed';
  return MODES[mode] ?? 'unknown';
}

export interface RoutesResult {
  corridors: Corridor[];
  segments: RouteSegment[];
}

/** Where Frontex counts a boat leg: by the coast it leaves (the Aegean leg of corridor A counts on the Eastern Mediterranean Route). */
const SEA_ROUTE_BY_DEPARTURE_COUNTRY: Record<string, string> = {
  TR: 'Eastern Mediterranean Route',
  LY: 'Central Mediterranean Route',
  TN: 'Central Mediterranean Route',
};

/**
 * The Frontex series behind a segment's width: the land or sea part of the route it counts on where
 * Frontex splits the route by border type, else the route's total.
 */
export function segmentVolumeSeries(corridorRoute: string | undefined, mode: TravelMode, departureCountry: string | undefined, borderSeries: Set<string>): string | undefined {
  const route = mode === 'boat' ? (SEA_ROUTE_BY_DEPARTURE_COUNTRY[departureCountry ?? ''] ?? corridorRoute) : corridorRoute;
  if (!route) return undefined;
  const part = frontexBorderSeriesId(route, mode === 'boat' ? 'sea' : 'land');
  return borderSeries.has(part) ? part : frontexSeriesId(route);
}

export function buildRoutes(corridorsCsv: string, places: Map<string, PlaceRecord>, borderSeries: Set<string> = new Set()): RoutesResult {
  const corridors: Corridor[] = [];
  const segments: RouteSegment[] = [];
  for (const row of parseCsv(corridorsCsv, 'corridors.csv', COLUMNS)) {
    const id = cell(row, 'id');
    const region = cell(row, 'region') as Region;
    if (!REGIONS.includes(region)) throw new Error(`corridors.csv ${id}: unknown region '${region}'`);
    const confidence = cell(row, 'confidence') as Confidence;
    if (!CONFIDENCES.includes(confidence)) throw new Error(`corridors.csv ${id}: unknown confidence '${confidence}'`);
    const sequence = splitList(cell(row, 'place_sequence'), '>');
    for (const placeId of sequence) {
      if (!places.has(placeId)) throw new Error(`corridors.csv ${id}: place '${placeId}' is not in places.csv`);
    }
    const activeTo = cell(row, 'active_to');
    const active: Period = {
      from: monthOfDate(cell(row, 'active_from'), 'start'),
      to: activeTo === '' ? OPEN_END_MONTH : monthOfDate(activeTo, 'end'),
    };
    const located = sequence.filter((placeId) => isLocated(places.get(placeId)));
    const skipped = sequence.filter((placeId) => !located.includes(placeId));
    const notes = [optionalText(cell(row, 'notes'))];
    if (skipped.length > 0) notes.push(`Not located: ${skipped.join(', ')}.`);
    if (activeTo === '') notes.push(`active_to is empty in the source (still active at the end of 2024), so the corridor is shown as active to ${OPEN_END_MONTH}.`);
    const frontexRoute = optionalText(cell(row, 'frontex_route'));
    const sources = splitList(cell(row, 'source'));
    corridors.push({
      id,
      name: cell(row, 'name'),
      region,
      ...(frontexRoute ? { frontexRoute } : {}),
      active,
      placeIds: located,
      sources,
      confidence,
      notes: notes.filter(Boolean).join(' '),
    });
    const legs = cell(row, 'leg_modes') === '' ? [] : cell(row, 'leg_modes').split('>');
    for (let n = 1; n < located.length; n += 1) {
      const fromId = located[n - 1] as string;
      const toId = located[n] as string;
      const from = places.get(fromId);
      const to = places.get(toId);
      if (!isLocated(from) || !isLocated(to)) throw new Error(`corridor ${id}: unlocated segment end`);
      const fromIndex = sequence.indexOf(fromId);
      const adjacent = sequence.indexOf(toId) === fromIndex + 1;
      const between = sequence.slice(fromIndex + 1, sequence.indexOf(toId));
      const mode = adjacent ? legMode(legs[fromIndex]) : 'unknown';
      const seriesId = segmentVolumeSeries(frontexRoute, mode, from.countries[0], borderSeries);
      segments.push({
        id: `${id}-${n}`,
        corridorId: id,
        region,
        fromPlaceId: fromId,
        toPlaceId: toId,
        path: [from.coord, to.coord],
        mode,
        active: { ...active },
        approximate: from.coordStatus !== 'confirmed' || to.coordStatus !== 'confirmed',
        ...(seriesId ? { volume: { seriesId, scope: 'route-total' as const } } : {}),
        sources: [...sources],
        confidence,
        ...(between.length > 0 ? { notes: `Joins ${fromId} and ${toId} directly: ${between.join(', ')} in between is not located.` } : {}),
      });
    }
  }
  return { corridors, segments };
}
