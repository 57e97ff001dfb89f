/**
 * Line and water layers of the basemap: land boundaries, coastline, rivers, lakes. Pure.
 */
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { clipToBox, linesOf, SegmentIndex, uncoveredStretches, type Box } from './geometry';

export type LineFeature<P = Record<string, unknown>> = Feature<LineString | MultiLineString, P>;

/** Two boundary lines closer than this (degrees) are the same boundary drawn twice. */
export const SAME_LINE_TOLERANCE = 0.02;

function isLine(g: unknown): g is LineString | MultiLineString {
  const t = (g as { type?: string } | null)?.type;
  return t === 'LineString' || t === 'MultiLineString';
}

function isPolygon(g: unknown): g is Polygon | MultiPolygon {
  const t = (g as { type?: string } | null)?.type;
  return t === 'Polygon' || t === 'MultiPolygon';
}

function clipLine<P>(geometry: LineString | MultiLineString, properties: P, box: Box): LineFeature<P> | null {
  const clipped = clipToBox(geometry, box);
  if (!clipped || !isLine(clipped)) return null;
  return { type: 'Feature', properties, geometry: clipped };
}

export interface BoundariesResult {
  features: LineFeature<{ disputed?: true }>[];
  /** number of boundary stretches added from world-atlas */
  added: number;
}

/**
 * Natural Earth 50m land boundary lines (whole features of the subset), plus the stretches of
 * world-atlas shared country borders that the subset does not already draw (borders of the
 * filled countries, and a few NE lines whose own bbox lies outside the subset, e.g.
 * Azerbaijan–Russia). NE "Disputed" lines keep a `disputed: true` flag; the style draws them
 * like every other border.
 */
export function buildBoundaries(ne: FeatureCollection, world: Topology, box: Box): BoundariesResult {
  const neLines: Position[][] = [];
  const features: LineFeature<{ disputed?: true }>[] = [];
  for (const f of ne.features) {
    if (!isLine(f.geometry)) continue;
    neLines.push(...linesOf(f.geometry));
    const disputed = /disputed/i.test(String(f.properties?.featurecla ?? ''));
    const feat = clipLine(f.geometry, disputed ? { disputed: true as const } : {}, box);
    if (feat) features.push(feat);
  }
  const index = new SegmentIndex(neLines);
  const shared = mesh(world, world.objects.countries as GeometryCollection, (a, b) => a !== b);
  const extra: Position[][] = [];
  for (const line of shared.coordinates) extra.push(...uncoveredStretches(line, index, SAME_LINE_TOLERANCE));
  let added = 0;
  if (extra.length > 0) {
    const feat = clipLine({ type: 'MultiLineString', coordinates: extra }, {}, box);
    if (feat) {
      features.push(feat);
      added = linesOf(feat.geometry).length;
    }
  }
  return { features, added };
}

/** Outline of all land (world-atlas `land`, the merge of the same countries) as lines. */
export function buildCoastline(world: Topology, box: Box): LineFeature<Record<string, never>>[] {
  const land = mesh(world, world.objects.land as GeometryCollection);
  const feat = clipLine(land, {}, box);
  return feat ? [feat] : [];
}

export function buildRivers(ne: FeatureCollection, box: Box): LineFeature<{ scalerank: number }>[] {
  const out: LineFeature<{ scalerank: number }>[] = [];
  for (const f of ne.features) {
    if (!isLine(f.geometry)) continue;
    const scalerank = Number(f.properties?.scalerank ?? 6);
    const feat = clipLine(f.geometry, { scalerank }, box);
    if (feat) out.push(feat);
  }
  return out;
}

export function buildLakes(ne: FeatureCollection, box: Box): Feature<Polygon | MultiPolygon, { name: string }>[] {
  const out: Feature<Polygon | MultiPolygon, { name: string }>[] = [];
  for (const f of ne.features) {
    if (!isPolygon(f.geometry)) continue;
    const clipped = clipToBox(f.geometry, box);
    if (!clipped || !isPolygon(clipped)) continue;
    out.push({ type: 'Feature', properties: { name: String(f.properties?.name ?? '') }, geometry: clipped });
  }
  return out;
}
