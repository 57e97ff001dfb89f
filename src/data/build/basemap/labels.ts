/**
 * Populated-place labels from Natural Earth 50m + 10m "populated places simple", merged and
 * given a MapLibre minZoom. Pure.
 */
import type { FeatureCollection } from 'geojson';
import type { PlaceLabel } from '../../../map/layers/place-labels';
import { TILE_ZOOM_OFFSET } from './countries';
import { round, type Box } from './geometry';

/** Same name and closer than this (degrees) = the same place. */
export const SAME_PLACE_TOLERANCE = 0.05;

/** Population from which a non-capital place is a 'city' rather than a 'town'. */
export const CITY_POPULATION = 250_000;

const KIND_ORDER: Record<PlaceLabel['kind'], number> = { country: 0, capital: 1, city: 2, town: 3 };

interface Place extends PlaceLabel {
  key: string;
}

function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * MapLibre minZoom of a NE place: NE min_zoom (a zoom for 256-px tiles) minus one; when min_zoom is
 * missing, NE scalerank (0 = most important … 10) stands in for it.
 */
export function placeMinZoom(p: Record<string, unknown>): number {
  const minZoom = finite(p.min_zoom) ?? (finite(p.scalerank) ?? 10) + 1;
  return Math.max(0, Math.round((minZoom - TILE_ZOOM_OFFSET) * 10) / 10);
}

export function placeKind(p: Record<string, unknown>): PlaceLabel['kind'] {
  const cla = String(p.featurecla ?? '');
  if (p.adm0cap === 1 || cla === 'Admin-0 capital') return 'capital';
  if ((finite(p.pop_max) ?? 0) >= CITY_POPULATION || cla.startsWith('Admin-0')) return 'city';
  return 'town';
}

function inBox(lon: number, lat: number, box: Box): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

/** Merges the place collections (earlier ones win ties), drops places outside the box. */
export function buildPlaceLabels(collections: FeatureCollection[], box: Box): PlaceLabel[] {
  const byName = new Map<string, Place[]>();
  for (const fc of collections) {
    for (const f of fc.features) {
      if (f.geometry?.type !== 'Point') continue;
      const p = (f.properties ?? {}) as Record<string, unknown>;
      const name = String(p.name ?? '').trim();
      const [lon, lat] = f.geometry.coordinates as [number, number];
      if (!name || !inBox(lon, lat, box)) continue;
      const key = name.toLowerCase();
      const place: Place = { key, name, lon: round(lon), lat: round(lat), minZoom: placeMinZoom(p), kind: placeKind(p) };
      const same = byName.get(key) ?? [];
      const dup = same.find((q) => Math.hypot(q.lon - place.lon, q.lat - place.lat) < SAME_PLACE_TOLERANCE);
      if (dup) {
        dup.minZoom = Math.min(dup.minZoom, place.minZoom);
        if (KIND_ORDER[place.kind] < KIND_ORDER[dup.kind]) dup.kind = place.kind;
        continue;
      }
      same.push(place);
      byName.set(key, same);
    }
  }
  return [...byName.values()].flat().map(({ name, lon, lat, minZoom, kind }) => ({ name, lon, lat, minZoom, kind }));
}

/** Stable order: by minZoom, then kind (country, capital, city, town), then name. */
export function sortLabels(labels: PlaceLabel[]): PlaceLabel[] {
  return [...labels].sort(
    (a, b) => a.minZoom - b.minZoom || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name) || a.lon - b.lon,
  );
}

/** How many labels show at each zoom (for the build report). */
export function labelCountsByZoom(labels: PlaceLabel[], zooms: number[]): Record<string, number> {
  return Object.fromEntries(zooms.map((z) => [String(z), labels.filter((l) => l.minZoom <= z).length]));
}
