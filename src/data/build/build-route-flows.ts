/**
 * Route-level flows (derived/route-flows.csv): one schematic corridor per Frontex route, from the
 * route's usual departure area to its arrival area, every month of the data, its width the month's
 * Frontex figure for the route (or its land or sea part). The geometry is a drawn arc, not a path.
 */
import type { Corridor, LonLat, Period, Region, RouteSegment } from '../../domain/types';
import { cell, optionalText, parseCsv, splitList } from './csv';
import { frontexBorderSeriesId, frontexSeriesId } from './build-flows';
import { isLocated, type PlaceRecord } from './places';

export const ROUTE_FLOWS_TABLE = 'derived/route-flows.csv';
const REGIONS: Record<string, Region> = {
  'Western Balkan Route': 'Western Balkans',
  'Eastern Mediterranean Route': 'Eastern Mediterranean',
  'Central Mediterranean Route': 'Central Mediterranean',
  'Western Mediterranean Route': 'Western Mediterranean',
};

/** A quadratic arc from a to b bowed sideways by `bend` × its length (positive: to the left). */
export function arc(a: LonLat, b: LonLat, bend: number, points = 13): LonLat[] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const control: LonLat = [(a[0] + b[0]) / 2 - dy * bend, (a[1] + b[1]) / 2 + dx * bend];
  return Array.from({ length: points }, (_, i) => {
    const t = i / (points - 1);
    const u = 1 - t;
    const lon = u * u * a[0] + 2 * u * t * control[0] + t * t * b[0];
    const lat = u * u * a[1] + 2 * u * t * control[1] + t * t * b[1];
    return [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4] as LonLat;
  });
}

export function buildRouteFlows(text: string, places: Map<string, PlaceRecord>, months: Period, borderSeries: ReadonlySet<string>, routes: ReadonlySet<string>): { corridors: Corridor[]; segments: RouteSegment[] } {
  const corridors: Corridor[] = [];
  const segments: RouteSegment[] = [];
  parseCsv(text, ROUTE_FLOWS_TABLE, ['id', 'route', 'border_type', 'from_place', 'to_place', 'bend', 'source', 'note']).forEach((row, i) => {
    const where = `${ROUTE_FLOWS_TABLE} row ${i + 1}`;
    const id = cell(row, 'id');
    const route = cell(row, 'route');
    if (!routes.has(route)) throw new Error(`${where}, route: '${route}' is not a Frontex route of the data`);
    const type = cell(row, 'border_type');
    if (type !== '' && type !== 'land' && type !== 'sea') throw new Error(`${where}, border_type: expected land, sea or empty`);
    const seriesId = type === '' ? frontexSeriesId(route) : frontexBorderSeriesId(route, type);
    if (type !== '' && !borderSeries.has(seriesId)) throw new Error(`${where}: Frontex has no ${type} part of ${route}`);
    const from = places.get(cell(row, 'from_place'));
    const to = places.get(cell(row, 'to_place'));
    if (!isLocated(from) || !isLocated(to)) throw new Error(`${where}: from_place and to_place must be located places`);
    const sources = splitList(cell(row, 'source'));
    const note = optionalText(cell(row, 'note')) ?? '';
    const region = REGIONS[route] ?? 'Other';
    const name = `${route}${type ? `, ${type} borders` : ''} (route-level flow)`;
    const notes = `Schematic: an arc from the route's usual departure area (${from.name}) to its arrival area (${to.name}), not a path. Width: Frontex detections on the route${type ? `'s ${type} borders` : ''} that month. ${note}`.trim();
    corridors.push({ id, name, region, frontexRoute: route, schematic: true, active: { ...months }, placeIds: [from.id, to.id], sources, confidence: 'medium', notes });
    segments.push({
      id: `${id}-1`,
      corridorId: id,
      region,
      fromPlaceId: from.id,
      toPlaceId: to.id,
      path: arc(from.coord, to.coord, Number(cell(row, 'bend') || '0.2')),
      mode: type === 'sea' ? 'boat' : 'unknown',
      active: { ...months },
      approximate: true,
      volume: { seriesId, scope: 'route-total' },
      schematic: true,
      sources: [...sources],
      confidence: 'medium',
      notes,
    });
  });
  return { corridors, segments };
}
