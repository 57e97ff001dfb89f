/**
 * Country polygons for the basemap: Natural Earth 50m admin-0 (the bbox subset in
 * data/sources/natural-earth), filled with world-atlas countries-50m (Natural Earth 4.1 via
 * TopoJSON) for countries that lie in the map box but outside that subset. Pure: inputs in,
 * features and country labels out.
 */
import { featureCollection, union } from '@turf/turf';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlaceLabel } from '../../../domain/place-label';
import { approxAreaKm2, boxesIntersect, bboxOfPositions, clipToBox, poleOfInaccessibility, polygonsOf, positionsOf, round, type Box } from './geometry';

export interface CountryProps {
  iso_a2: string;
  name: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

/** Where NE gives ISO_A2 = -99 (and this NE edition has no ISO_A2_EH column). */
export const ADM0_A3_TO_ISO2: Readonly<Record<string, string>> = {
  FRA: 'FR',
  NOR: 'NO',
  KOS: 'XK', // Kosovo: user-assigned code XK, as used by the EU and Frontex
  CYN: 'CY', // "N. Cyprus": shown as part of Cyprus (de jure); the Green Line stays as a disputed line
  SOL: 'SO', // Somaliland: shown as part of Somalia (de jure)
};

/**
 * ISO 3166-1 numeric (world-atlas feature id) → alpha-2, for the countries world-atlas fills in.
 * A fill country missing here makes the build fail, so nothing is silently left without a code.
 */
export const ISO_N3_TO_ISO2: Readonly<Record<string, string>> = {
  '012': 'DZ', '031': 'AZ', '120': 'CM', '132': 'CV', '140': 'CF', '148': 'TD', '204': 'BJ', '231': 'ET',
  '232': 'ER', '233': 'EE', '234': 'FO', '246': 'FI', '248': 'AX', '262': 'DJ', '270': 'GM', '288': 'GH',
  '304': 'GL', '324': 'GN', '384': 'CI', '398': 'KZ', '414': 'KW', '428': 'LV', '466': 'ML', '562': 'NE',
  '566': 'NG', '578': 'NO', '624': 'GW', '686': 'SN', '706': 'SO', '728': 'SS', '729': 'SD', '752': 'SE',
  '768': 'TG', '854': 'BF', '887': 'YE', '694': 'SL', '430': 'LR', '800': 'UG', '404': 'KE', '795': 'TM',
  '048': 'BH', '634': 'QA', '784': 'AE', '512': 'OM', '352': 'IS',
};

/** world-atlas features without an id. */
const WORLD_NAME_TO_ISO2: Readonly<Record<string, string>> = { Somaliland: 'SO', Kosovo: 'XK', 'N. Cyprus': 'CY' };

/** Display names that changed after this Natural Earth edition. */
export const NAME_OVERRIDES: Readonly<Record<string, string>> = { MK: 'North Macedonia' };

type NeProps = Record<string, unknown>;

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' && v !== '-99' ? v : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v !== -99 ? v : null;
}

export function neIsoA2(p: NeProps): string | null {
  return str(p.ISO_A2) ?? str(p.ISO_A2_EH) ?? ADM0_A3_TO_ISO2[String(p.ADM0_A3)] ?? null;
}

interface Candidate {
  iso: string;
  name: string;
  labelName: string;
  /** Natural Earth MIN_LABEL (zoom for 256-px tiles); null for world-atlas fills */
  minLabel: number | null;
  tiny: boolean;
  geometry: Polygon | MultiPolygon;
  source: 'ne' | 'world-atlas';
  /** 0: NE with its own ISO_A2, 1: NE with a mapped code, 2: world-atlas; lowest names a merged feature */
  rank: number;
}

export interface CountriesResult {
  features: CountryFeature[];
  labels: PlaceLabel[];
  /** names of the countries taken from world-atlas */
  filled: string[];
  /** countries merged into another feature with the same iso_a2 */
  merged: string[];
}

/**
 * NE MIN_LABEL is a zoom for 256-px web-mercator tiles; MapLibre zooms are for 512-px tiles, i.e.
 * one level lower for the same scale.
 */
export const TILE_ZOOM_OFFSET = 1;

/** A country only partly in the box gets a label if this share of it, or this much area, is inside. */
export const MIN_LABEL_SHARE = 0.2;
export const MIN_LABEL_AREA_KM2 = 150_000;
/** Below this area a country flagged TINY by NE is labelled by its capital only (AD, LI, LU, MC, SM, VA). */
export const MICROSTATE_KM2 = 3_000;

/** For world-atlas fills (no NE label attributes): a MIN_LABEL-like zoom from the country's area. */
export function minLabelFromArea(km2: number): number {
  if (km2 >= 1_000_000) return 2;
  if (km2 >= 300_000) return 3;
  if (km2 >= 100_000) return 4.6;
  return 5;
}

function mergeGeometries(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): Polygon | MultiPolygon {
  try {
    const u = union(featureCollection([{ type: 'Feature', properties: {}, geometry: a }, { type: 'Feature', properties: {}, geometry: b }]));
    if (u) return u.geometry;
  } catch {
    // fall through to a plain multipolygon
  }
  return { type: 'MultiPolygon', coordinates: [...polygonsOf(a), ...polygonsOf(b)] };
}

export function buildCountries(ne: FeatureCollection, world: Topology, box: Box): CountriesResult {
  const candidates: Candidate[] = [];
  const neN3 = new Set<string>();
  const neNames = new Set<string>();
  for (const f of ne.features) {
    const p = (f.properties ?? {}) as NeProps;
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const iso = neIsoA2(p);
    if (!iso) throw new Error(`No ISO code for Natural Earth country ${String(p.NAME)} (${String(p.ADM0_A3)})`);
    if (str(p.ISO_N3)) neN3.add(String(p.ISO_N3));
    neNames.add(String(p.NAME));
    candidates.push({
      iso,
      name: NAME_OVERRIDES[iso] ?? str(p.NAME_LONG) ?? String(p.NAME),
      labelName: NAME_OVERRIDES[iso] ?? String(p.NAME),
      minLabel: num(p.MIN_LABEL),
      // NE TINY flags small countries; only the micro-states among them go without a country
      // label (their capital labels them); Malta and Lebanon keep theirs
      tiny: (num(p.TINY) ?? -1) >= 4 && approxAreaKm2(g) < MICROSTATE_KM2,
      geometry: g,
      source: 'ne',
      rank: str(p.ISO_A2) ? 0 : 1,
    });
  }

  const worldObj = world.objects.countries as GeometryCollection<{ name: string }>;
  const worldFc = topoFeature(world, worldObj) as FeatureCollection<Polygon | MultiPolygon | null, { name: string }>;
  for (const f of worldFc.features) {
    if (!f.geometry) continue;
    const name = f.properties.name;
    const id = f.id === undefined ? undefined : String(f.id);
    if ((id && neN3.has(id)) || neNames.has(name)) continue;
    if (!boxesIntersect(bboxOfPositions(positionsOf(f.geometry)), box)) continue;
    const iso = (id ? ISO_N3_TO_ISO2[id] : undefined) ?? WORLD_NAME_TO_ISO2[name];
    if (!iso) throw new Error(`world-atlas country ${name} (id ${id}) lies in the map box but has no ISO mapping`);
    candidates.push({ iso, name, labelName: name, minLabel: null, tiny: false, geometry: f.geometry, source: 'world-atlas', rank: 2 });
  }

  // one feature per iso_a2: the best-ranked candidate gives name and label attributes
  const byIso = new Map<string, Candidate>();
  const merged: string[] = [];
  for (const c of [...candidates].sort((a, b) => a.rank - b.rank)) {
    const prev = byIso.get(c.iso);
    if (!prev) {
      byIso.set(c.iso, { ...c });
      continue;
    }
    merged.push(`${c.name} → ${prev.name} (${c.iso})`);
    prev.geometry = mergeGeometries(prev.geometry, c.geometry);
  }

  const features: CountryFeature[] = [];
  const labels: PlaceLabel[] = [];
  const filled: string[] = [];
  for (const c of [...byIso.values()].sort((a, b) => a.iso.localeCompare(b.iso))) {
    const clipped = clipToBox(c.geometry, box);
    if (!clipped || (clipped.type !== 'Polygon' && clipped.type !== 'MultiPolygon')) continue;
    features.push({ type: 'Feature', properties: { iso_a2: c.iso, name: c.name }, geometry: clipped });
    if (c.source === 'world-atlas') filled.push(c.name);

    const fullArea = approxAreaKm2(c.geometry);
    const polys = polygonsOf(clipped);
    const areas = polys.map((rings) => approxAreaKm2({ type: 'Polygon', coordinates: rings }));
    const clippedArea = areas.reduce((s, a) => s + a, 0);
    // no country label for micro-states (their capital labels them) or for countries that only
    // clip the edge of the box (e.g. Ghana, Cameroon south of 10°N)
    if (c.tiny || (clippedArea < MIN_LABEL_SHARE * fullArea && clippedArea < MIN_LABEL_AREA_KM2)) continue;
    const largest = polys[areas.indexOf(Math.max(...areas))]!;
    const [lon, lat] = poleOfInaccessibility(largest);
    const minLabel = c.minLabel ?? minLabelFromArea(fullArea);
    labels.push({
      name: c.labelName,
      lon: round(lon),
      lat: round(lat),
      minZoom: Math.max(0, Math.round((minLabel - TILE_ZOOM_OFFSET) * 10) / 10),
      kind: 'country',
      iso2: c.iso,
    });
  }
  return { features, labels, filled, merged };
}
