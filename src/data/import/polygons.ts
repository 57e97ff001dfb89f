/**
 * GeoJSON polygon coordinates from user files → checked rings (areas). Positions are never swapped
 * for polygons (a swapped ring is a different shape, not a typo). A ring needs four positions (three
 * corners and the first again) with at least three different corners; an unclosed ring is closed (a repair). A
 * hole wholly outside its outer ring is dropped (a repair: the area drawn is the same without it); a
 * hole that crosses its outer ring rejects the feature (the shape is ambiguous: fix it in a GIS).
 */
import { t } from '../../domain/i18n';
import { booleanPointInPolygon } from '@turf/turf';
import type { LonLat } from '../../domain/types';
import { pointOf, readPosition } from './coords';
import type { Repair } from './records';

type Problem = { ok: false; field: string; reason: string };
export type PolygonResult = { ok: true; polygon: LonLat[][]; repairs: Repair[] } | Problem;

const problem = (reason: string): Problem => ({ ok: false, field: 'geometry', reason });

function samePosition(a: LonLat, b: LonLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** One ring's positions, closed; `repairs` gets the closing. */
function readRing(value: unknown, where: string, repairs: Repair[]): { ok: true; ring: LonLat[] } | Problem {
  if (!Array.isArray(value)) return problem(t('importGeometry.ringNotList', { where }));
  const ring: LonLat[] = [];
  for (const [i, position] of value.entries()) {
    const checked = readPosition(position, false, pointOf(where, i + 1));
    if (!checked.ok) return checked;
    ring.push(checked.coord);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && !samePosition(first, last)) {
    ring.push([first[0], first[1]]);
    repairs.push({ field: 'geometry', reason: t('importGeometry.ringNotClosed', { where }), repair: t('importGeometry.ringClosed', { where }) });
  }
  if (ring.length < 4) return problem(t('importGeometry.ringTooFew', { where, count: String(value.length) }));
  if (first && ring.every((p) => samePosition(p, first))) return problem(t('importGeometry.ringStill', { where }));
  const corners = new Set(ring.map(([lon, lat]) => `${lon} ${lat}`)).size;
  if (corners < 3) return problem(t('importGeometry.ringCorners', { where, count: String(corners) }));
  return { ok: true, ring };
}

/** [west, south, east, north] of a ring. */
function boundsOf(ring: LonLat[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ring) {
    if (lon < b[0]) b[0] = lon;
    if (lat < b[1]) b[1] = lat;
    if (lon > b[2]) b[2] = lon;
    if (lat > b[3]) b[3] = lat;
  }
  return b;
}

/** Where `hole` lies against `outer`: a point on the outer ring's edge counts as inside. */
function holePlace(hole: LonLat[], outer: LonLat[]): 'inside' | 'outside' | 'crossing' {
  const [w, s, e, n] = boundsOf(outer);
  const [hw, hs, he, hn] = boundsOf(hole);
  // Disjoint boxes: outside without a test per point (each test walks the outer ring).
  if (he < w || hw > e || hn < s || hs > n) return 'outside';
  const shape = { type: 'Polygon' as const, coordinates: [outer] };
  const inside = hole.map((p) => booleanPointInPolygon(p, shape));
  if (inside.every(Boolean)) return 'inside';
  return inside.some(Boolean) ? 'crossing' : 'outside';
}

/**
 * A GeoJSON Polygon's coordinates (outer ring, then holes). `where` names the polygon in messages
 * ('polygon 2' of a MultiPolygon), or is '' for a lone polygon.
 */
export function readPolygon(value: unknown, where = ''): PolygonResult {
  const label = (text: string) => (where ? t('importGeometry.whereIn', { where, part: text }) : text);
  if (!Array.isArray(value) || value.length === 0) return problem(t('importGeometry.polygonNoRing', { where: where || t('importGeometry.whereThePolygon') }));
  const repairs: Repair[] = [];
  const rings: LonLat[][] = [];
  for (const [i, ringValue] of value.entries()) {
    const ringLabel = label(i === 0 ? t('importGeometry.whereOuterRing') : t('importGeometry.whereHole', { n: String(i) }));
    const read = readRing(ringValue, ringLabel, repairs);
    if (!read.ok) return read;
    if (i > 0) {
      const place = holePlace(read.ring, rings[0] as LonLat[]);
      if (place === 'crossing') return problem(t('importGeometry.holeCrosses', { where: ringLabel }));
      if (place === 'outside') {
        repairs.push({ field: 'geometry', reason: t('importGeometry.holeOutside', { where: ringLabel }), repair: t('importGeometry.holeDropped', { where: ringLabel }) });
        continue;
      }
    }
    rings.push(read.ring);
  }
  return { ok: true, polygon: rings, repairs };
}

/** A GeoJSON MultiPolygon's coordinates: its polygons, each checked as above. */
export function readMultiPolygon(value: unknown): { ok: true; polygons: LonLat[][][]; repairs: Repair[] } | Problem {
  if (!Array.isArray(value) || value.length === 0) return problem(t('importGeometry.multiPolygonEmpty'));
  const polygons: LonLat[][][] = [];
  const repairs: Repair[] = [];
  for (const [i, polygonValue] of value.entries()) {
    const read = readPolygon(polygonValue, value.length > 1 ? t('importGeometry.wherePolygon', { n: String(i + 1) }) : '');
    if (!read.ok) return read;
    polygons.push(read.polygon);
    repairs.push(...read.repairs);
  }
  return { ok: true, polygons, repairs };
}
