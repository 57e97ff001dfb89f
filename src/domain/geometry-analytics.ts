/**
 * Geometry analytics with turf: corridor lengths month by month (detours show as growth), the
 * countries a path passes through, and where a path crosses a land border (offered as candidate
 * crossings when the dataset has none nearby). Pure: no React, no WebGL, no I/O.
 *
 * Paths are drawn by deck.gl as straight lines in Web Mercator, so points between vertices are
 * interpolated in Mercator space (what the map shows); lengths are great-circle (turf `length`).
 */
import { booleanPointInPolygon, distance, length, lineString } from '@turf/turf';
import { inPeriod, monthsBetween } from './month';
import type { MonthKey } from './month';
import type { Dataset, LonLat, RouteSegment } from './types';

export type CountryFeatures = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { iso_a2: string; name: string }>;

export interface BorderPoint {
  coord: LonLat;
  /** Country codes in travel order: [left, entered]. */
  countries: [string, string];
}

export interface CandidateCrossing extends BorderPoint {
  segmentIds: string[];
}

/** Spacing of the samples taken along each straight piece of a path. */
const SAMPLE_STEP_KM = 5;
/** Bisection stops once the bracketing interval is shorter than this. */
const REFINE_KM = 0.1;
/** Candidate border points closer than this (same two countries) are merged. */
const MERGE_KM = 2;

type BBox = [number, number, number, number];
interface IndexedPart { bbox: BBox; polygon: GeoJSON.Polygon }
interface IndexedCountry { code: string; bbox: BBox; parts: IndexedPart[] }

const indexCache = new WeakMap<CountryFeatures, IndexedCountry[]>();

function ringsBBox(rings: GeoJSON.Position[][]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

const inBox = ([x, y]: LonLat, b: BBox): boolean => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
const boxArea = (b: BBox): number => (b[2] - b[0]) * (b[3] - b[1]);

/**
 * Per-polygon bounding boxes, computed once per FeatureCollection. Countries are tried smallest
 * box first, so an enclave wins over a surrounding country drawn without a hole for it.
 */
function countryIndex(countries: CountryFeatures): IndexedCountry[] {
  const cached = indexCache.get(countries);
  if (cached) return cached;
  const index: IndexedCountry[] = [];
  for (const feature of countries.features) {
    const code = feature.properties?.iso_a2;
    const geometry = feature.geometry;
    if (!code || !geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    const parts = polygons
      .filter((rings) => rings.length > 0)
      .map((rings): IndexedPart => ({ bbox: ringsBBox(rings.slice(0, 1)), polygon: { type: 'Polygon', coordinates: rings } }));
    if (parts.length === 0) continue;
    const bbox: BBox = [
      Math.min(...parts.map((p) => p.bbox[0])), Math.min(...parts.map((p) => p.bbox[1])),
      Math.max(...parts.map((p) => p.bbox[2])), Math.max(...parts.map((p) => p.bbox[3])),
    ];
    index.push({ code, bbox, parts });
  }
  index.sort((a, b) => boxArea(a.bbox) - boxArea(b.bbox));
  indexCache.set(countries, index);
  return index;
}

function countryAt(coord: LonLat, index: IndexedCountry[]): string | null {
  for (const country of index) {
    if (!inBox(coord, country.bbox)) continue;
    for (const part of country.parts) {
      if (inBox(coord, part.bbox) && booleanPointInPolygon(coord, part.polygon)) return country.code;
    }
  }
  return null;
}

const D2R = Math.PI / 180;
const mercY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * D2R) / 2));
const mercLat = (y: number): number => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / D2R;

/** The point at fraction t along the straight (Web Mercator) line from a to b. */
function lerp(a: LonLat, b: LonLat, t: number): LonLat {
  if (t <= 0) return a;
  if (t >= 1) return b;
  return [a[0] + (b[0] - a[0]) * t, mercLat(mercY(a[1]) + (mercY(b[1]) - mercY(a[1])) * t)];
}

const round5 = (v: number): number => Math.round(v * 1e5) / 1e5;

/**
 * Walks a path sample by sample, refining every change of country by bisection. Returns the
 * countries in travel order (sea and other uncovered areas skipped) and the land-border points:
 * a change only counts as a border crossing when the two sides of the final < 100 m interval are
 * both countries (a coast-to-coast sea or lake leg changes country without a border point).
 */
function traverse(path: LonLat[], countries: CountryFeatures): { sequence: string[]; crossings: BorderPoint[] } {
  const index = countryIndex(countries);
  const sequence: string[] = [];
  const crossings: BorderPoint[] = [];
  const enter = (code: string | null): void => {
    if (code !== null && sequence[sequence.length - 1] !== code) sequence.push(code);
  };
  const first = path[0];
  if (!first) return { sequence, crossings };
  let code = countryAt(first, index);
  enter(code);

  const refine = (a: LonLat, b: LonLat, t0: number, c0: string | null, t1: number, c1: string | null): void => {
    if (c0 === c1) return;
    const p0 = lerp(a, b, t0);
    const p1 = lerp(a, b, t1);
    if (distance(p0, p1) < REFINE_KM) {
      if (c0 !== null && c1 !== null) {
        const mid = lerp(a, b, (t0 + t1) / 2);
        crossings.push({ coord: [round5(mid[0]), round5(mid[1])], countries: [c0, c1] });
      }
      enter(c1);
      return;
    }
    const tm = (t0 + t1) / 2;
    const cm = countryAt(lerp(a, b, tm), index);
    refine(a, b, t0, c0, tm, cm);
    refine(a, b, tm, cm, t1, c1);
  };

  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as LonLat;
    const b = path[i] as LonLat;
    const steps = Math.max(1, Math.ceil(distance(a, b) / SAMPLE_STEP_KM));
    for (let j = 1; j <= steps; j++) {
      const t = j / steps;
      const next = countryAt(lerp(a, b, t), index);
      refine(a, b, (j - 1) / steps, code, t, next);
      code = next;
    }
  }
  return { sequence, crossings };
}

/** Length in km of a path (great-circle, turf length). */
export function pathLengthKm(path: [number, number][]): number {
  if (path.length < 2) return 0;
  return length(lineString(path), { units: 'kilometers' });
}

function activeSegments(dataset: Dataset, corridorId: string, month: MonthKey): RouteSegment[] {
  return dataset.segments.filter((s) => s.corridorId === corridorId && inPeriod(month, s.active));
}

/** Length in km of a corridor as drawn in a month: sum of its segments active that month (0 when none). */
export function corridorLengthKm(dataset: Dataset, corridorId: string, month: MonthKey): number {
  return activeSegments(dataset, corridorId, month).reduce((sum, s) => sum + pathLengthKm(s.path), 0);
}

/** Month-by-month length of a corridor over its active period, with the change from the first month (detours show as growth). */
export function corridorLengthSeries(dataset: Dataset, corridorId: string): { month: MonthKey; km: number; changeKm: number }[] {
  const corridor = dataset.corridors.find((c) => c.id === corridorId);
  if (!corridor) return [];
  const lengths = new Map<RouteSegment, number>();
  const series = monthsBetween(corridor.active.from, corridor.active.to).map((month) => ({
    month,
    km: activeSegments(dataset, corridorId, month).reduce((sum, s) => {
      const km = lengths.get(s) ?? pathLengthKm(s.path);
      lengths.set(s, km);
      return sum + km;
    }, 0),
  }));
  const firstKm = series[0]?.km ?? 0;
  return series.map((entry) => ({ ...entry, changeKm: entry.km - firstKm }));
}

/** ISO codes of the countries a path passes through, in travel order, without repeats in a row. */
export function countriesAlong(path: [number, number][], countries: CountryFeatures): string[] {
  return traverse(path, countries).sequence;
}

/**
 * Active segments of a corridor in travel order: by the position of each segment's start in the
 * corridor's place list when every start is listed there, otherwise in dataset order.
 */
function segmentsInTravelOrder(dataset: Dataset, corridorId: string, month: MonthKey): RouteSegment[] {
  const segments = activeSegments(dataset, corridorId, month);
  const placeIds = dataset.corridors.find((c) => c.id === corridorId)?.placeIds ?? [];
  const position = (s: RouteSegment): number => placeIds.indexOf(s.fromPlaceId);
  if (segments.some((s) => position(s) < 0)) return segments;
  return [...segments].sort((a, b) => position(a) - position(b));
}

/** For a corridor in a month: countries along all its active segments in travel order. */
export function corridorCountries(dataset: Dataset, corridorId: string, month: MonthKey, countries: CountryFeatures): string[] {
  const result: string[] = [];
  for (const segment of segmentsInTravelOrder(dataset, corridorId, month)) {
    for (const code of countriesAlong(segment.path, countries)) {
      if (result[result.length - 1] !== code) result.push(code);
    }
  }
  return result;
}

/**
 * Where a path crosses from one country into another: a point on the border (midpoint of the
 * sampled step where the country changes, refined by bisection to < 100 m), with the two country
 * codes in travel order.
 */
export function borderCrossingsAlong(path: [number, number][], countries: CountryFeatures): { coord: [number, number]; countries: [string, string] }[] {
  return traverse(path, countries).crossings;
}

const samePair = (a: [string, string], b: [string, string]): boolean =>
  (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);

/**
 * Candidate crossings: border points of the dataset's segments with no existing crossing of the
 * same two countries (either order) within `radiusKm`; candidates of the same two countries within
 * 2 km are merged (the first keeps its point and travel order), each with the segment ids that
 * cross there. In dataset segment order.
 */
export function candidateCrossings(dataset: Dataset, countries: CountryFeatures, radiusKm = 25): CandidateCrossing[] {
  const candidates: CandidateCrossing[] = [];
  for (const segment of dataset.segments) {
    // A schematic flow's line is no path: where it meets a border says nothing.
    if (segment.schematic) continue;
    for (const point of borderCrossingsAlong(segment.path, countries)) {
      const known = dataset.crossings.some((c) => samePair(c.countries, point.countries) && distance(c.coord, point.coord) <= radiusKm);
      if (known) continue;
      const near = candidates.find((c) => samePair(c.countries, point.countries) && distance(c.coord, point.coord) <= MERGE_KM);
      if (near) {
        if (!near.segmentIds.includes(segment.id)) near.segmentIds.push(segment.id);
      } else {
        candidates.push({ ...point, segmentIds: [segment.id] });
      }
    }
  }
  return candidates;
}
