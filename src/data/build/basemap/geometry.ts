/**
 * Pure geometry helpers for the basemap build (no fs, no DOM): clipping to the map box, coordinate
 * rounding, polygon outlines as lines, "is this line already drawn?" tests and a label point
 * (pole of inaccessibility) for polygons.
 */
import { bboxClip } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

export const COORD_DECIMALS = 4;

const FACTOR = 10 ** COORD_DECIMALS;

export function round(n: number): number {
  const r = Math.round(n * FACTOR) / FACTOR;
  return Object.is(r, -0) ? 0 : r;
}

/** Round a line (or ring) and drop points that became equal to their predecessor. */
function roundPath(path: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const q: Position = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** A ring needs 4 positions (first = last) and some area. */
function cleanRing(ring: Position[]): Position[] | null {
  const r = roundPath(ring);
  if (r.length < 4) return null;
  const first = r[0]!;
  const last = r[r.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) r.push([first[0]!, first[1]!]);
  return Math.abs(ringArea(r)) > 0 ? r : null;
}

function cleanPolygon(rings: Position[][]): Position[][] | null {
  const outer = rings[0] ? cleanRing(rings[0]) : null;
  if (!outer) return null;
  const holes = rings.slice(1).map(cleanRing).filter((r): r is Position[] => r !== null);
  return [outer, ...holes];
}

/**
 * Rounds coordinates to COORD_DECIMALS and removes what became degenerate. Returns null when
 * nothing is left. Polygons come out as Polygon or MultiPolygon, lines as LineString or
 * MultiLineString.
 */
export function roundGeometry(geom: Geometry | null): Polygon | MultiPolygon | LineString | MultiLineString | null {
  if (!geom) return null;
  switch (geom.type) {
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = (geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates)
        .map(cleanPolygon)
        .filter((p): p is Position[][] => p !== null);
      if (polys.length === 0) return null;
      return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = (geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates)
        .map(roundPath)
        .filter((l) => l.length >= 2);
      if (lines.length === 0) return null;
      return lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
    }
    default:
      return null;
  }
}

export function bboxOfPositions(positions: Iterable<Position>): Box {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const p of positions) {
    const x = p[0]!;
    const y = p[1]!;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

export function* positionsOf(geom: Geometry): Generator<Position> {
  switch (geom.type) {
    case 'Point':
      yield geom.coordinates;
      break;
    case 'MultiPoint':
    case 'LineString':
      yield* geom.coordinates;
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const l of geom.coordinates) yield* l;
      break;
    case 'MultiPolygon':
      for (const p of geom.coordinates) for (const l of p) yield* l;
      break;
    case 'GeometryCollection':
      for (const g of geom.geometries) yield* positionsOf(g);
      break;
  }
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * Clips a polygon or line geometry to the box (turf bboxClip: Sutherland–Hodgman for polygons,
 * line splitting for lines), then rounds. Geometries whose bbox misses the box are dropped early.
 */
export function clipToBox<G extends Polygon | MultiPolygon | LineString | MultiLineString>(
  geom: G,
  box: Box,
): Polygon | MultiPolygon | LineString | MultiLineString | null {
  if (!boxesIntersect(bboxOfPositions(positionsOf(geom)), box)) return null;
  const feature: Feature<G> = { type: 'Feature', properties: {}, geometry: geom };
  const clipped = bboxClip(feature, box).geometry as Geometry;
  return roundGeometry(clipped);
}

/** Signed planar area of a ring in square degrees (positive = counter-clockwise). */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += (a[0]! * b[1]! - b[0]! * a[1]!) / 2;
  }
  return sum;
}

/** Approximate area in km² of a polygon (equirectangular per ring, good enough for ranking). */
export function approxAreaKm2(geom: Polygon | MultiPolygon): number {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  let total = 0;
  for (const rings of polys) {
    rings.forEach((ring, i) => {
      const lat = ring.reduce((s, p) => s + p[1]!, 0) / Math.max(1, ring.length);
      const km2 = Math.abs(ringArea(ring)) * 111.32 * 111.32 * Math.cos((lat * Math.PI) / 180);
      total += i === 0 ? km2 : -km2;
    });
  }
  return total;
}

export function polygonsOf(geom: Polygon | MultiPolygon): Position[][][] {
  return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
}

export function linesOf(geom: LineString | MultiLineString): Position[][] {
  return geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
}

/** Every ring of the polygons as an open-or-closed line. */
export function polygonOutlines(geom: Polygon | MultiPolygon): MultiLineString {
  return { type: 'MultiLineString', coordinates: polygonsOf(geom).flat() };
}

// ---------------------------------------------------------------------------------------------
// "Is this point already on a drawn line?" — a grid of segments for distance queries.

function distToSegment(p: Position, a: Position, b: Position): number {
  const px = p[0]!;
  const py = p[1]!;
  const ax = a[0]!;
  const ay = a[1]!;
  const dx = b[0]! - ax;
  const dy = b[1]! - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export class SegmentIndex {
  private readonly cells = new Map<string, Array<[Position, Position]>>();

  constructor(
    lines: Position[][],
    private readonly cellSize = 0.1,
  ) {
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1]!;
        const b = line[i]!;
        const [w, s, e, n] = bboxOfPositions([a, b]);
        for (let cx = Math.floor(w / cellSize); cx <= Math.floor(e / cellSize); cx++) {
          for (let cy = Math.floor(s / cellSize); cy <= Math.floor(n / cellSize); cy++) {
            const key = `${cx}:${cy}`;
            let cell = this.cells.get(key);
            if (!cell) this.cells.set(key, (cell = []));
            cell.push([a, b]);
          }
        }
      }
    }
  }

  /** Distance (degrees) to the nearest indexed segment, or Infinity beyond one cell. */
  distance(p: Position): number {
    const cx = Math.floor(p[0]! / this.cellSize);
    const cy = Math.floor(p[1]! / this.cellSize);
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const [a, b] of this.cells.get(`${cx + dx}:${cy + dy}`) ?? []) {
          const d = distToSegment(p, a, b);
          if (d < best) best = d;
        }
      }
    }
    return best;
  }
}

/**
 * Splits a line into the stretches that are NOT within `tolerance` of an indexed line. Each kept
 * stretch also keeps its neighbouring covered vertex so it joins the existing line without a gap.
 */
export function uncoveredStretches(line: Position[], index: SegmentIndex, tolerance: number): Position[][] {
  const covered = line.map((p) => index.distance(p) <= tolerance);
  // a segment is uncovered if either end is, or if its midpoint is far from everything
  const out: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const mid: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
    const segUncovered = !covered[i - 1] || !covered[i] || index.distance(mid) > tolerance;
    if (segUncovered) {
      if (current.length === 0) current.push(a);
      current.push(b);
    } else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pole of inaccessibility (after Mapbox's polylabel algorithm, ISC): the interior point farthest
// from the outline, a better label anchor than a centroid for concave or clipped shapes.

interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

function pointToPolygonDist(x: number, y: number, rings: Position[][]): number {
  let inside = false;
  let minDist = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
      const d = distToSegment([x, y], a, b);
      if (d < minDist) minDist = d;
    }
  }
  return (inside ? 1 : -1) * minDist;
}

function makeCell(x: number, y: number, h: number, rings: Position[][]): Cell {
  const d = pointToPolygonDist(x, y, rings);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/**
 * Pole of inaccessibility of one polygon (outer ring + holes), in lon/lat with the longitude
 * scaled by cos(latitude) so distances are roughly isotropic. Returns [lon, lat, radiusDeg].
 */
export function poleOfInaccessibility(rings: Position[][], precision = 0.05): [number, number, number] {
  const outer = rings[0]!;
  const [w, s, e, n] = bboxOfPositions(outer);
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180) || 1;
  const scaled = rings.map((r) => r.map((p) => [p[0]! * k, p[1]!] as Position));
  const minX = w * k;
  const maxX = e * k;
  const width = maxX - minX;
  const height = n - s;
  const cellSize = Math.min(width, height);
  if (cellSize === 0) return [w, s, 0];
  const queue: Cell[] = [];
  const h = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = s; y < n; y += cellSize) queue.push(makeCell(x + h, y + h, h, scaled));
  }
  // start from the area centroid
  let cx = 0;
  let cy = 0;
  let area = 0;
  const ring = scaled[0]!;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    const f = a[0]! * b[1]! - b[0]! * a[1]!;
    cx += (a[0]! + b[0]!) * f;
    cy += (a[1]! + b[1]!) * f;
    area += f * 3;
  }
  let best = area === 0 ? makeCell(ring[0]![0]!, ring[0]![1]!, 0, scaled) : makeCell(cx / area, cy / area, 0, scaled);
  const bboxCell = makeCell(minX + width / 2, s + height / 2, 0, scaled);
  if (bboxCell.d > best.d) best = bboxCell;
  let iterations = 0;
  while (queue.length > 0 && iterations++ < 20000) {
    // take the most promising cell (small queues: a linear scan is fine)
    let bi = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.max > queue[bi]!.max) bi = i;
    const cell = queue.splice(bi, 1)[0]!;
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const ch = cell.h / 2;
    queue.push(makeCell(cell.x - ch, cell.y - ch, ch, scaled));
    queue.push(makeCell(cell.x + ch, cell.y - ch, ch, scaled));
    queue.push(makeCell(cell.x - ch, cell.y + ch, ch, scaled));
    queue.push(makeCell(cell.x + ch, cell.y + ch, ch, scaled));
  }
  return [best.x / k, best.y, best.d];
}
