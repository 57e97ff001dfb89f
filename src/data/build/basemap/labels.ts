/**
 * Populated-place labels from Natural Earth 50m + 10m "populated places simple", merged and
 * given a MapLibre minZoom. Pure.
 */
import type { FeatureCollection } from 'geojson';
import type { PlaceLabel } from '../../../domain/place-label';
import { TILE_ZOOM_OFFSET } from './countries';
import { round, type Box } from './geometry';
import { labelNamesInAllLocales } from '../../../domain/label-names';

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
      // invisible format characters (NE has a left-to-right mark in "Granada") would be glyphs
      const name = String(p.name ?? '').replace(/\p{Cf}/gu, '').trim();
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

// ---------------------------------------------------------------------------------------------
// Build-time decluttering. MapLibre draws no text here and deck.gl's TextLayer has no cheap
// runtime collision (CollisionFilterExtension misbehaves in interleaved MapLibre mode), so each
// label's minZoom is raised until its estimated box no longer overlaps a more important label
// that is visible at that zoom. Screen distances double with every zoom level while label boxes
// keep their pixel size, so two labels that overlap stop overlapping from some zoom on.

/** Text sizes in px; must equal LABEL_SIZES in src/map/layers/place-labels.ts (a unit test checks). */
export const LABEL_SIZE_PX: Record<PlaceLabel['kind'], number> = { country: 12.5, capital: 14, city: 13, town: 12 };
/** Must equal PLACE_LABEL_LIFT in src/map/layers/place-labels.ts. */
export const PLACE_LABEL_LIFT_PX = 3;
/** Average advance per character in em: mixed case, and uppercase + hair space for countries. */
const EM_PER_CHAR = { place: 0.58, country: 0.78 };
/** Extra clearance around every box, px. */
const LABEL_PADDING_PX = 3;
/** Labels that would need a higher zoom than this are dropped. */
export const MAX_LABEL_ZOOM = 10;

interface Box2 {
  x: number; // world px at zoom 0 (512-px tiles)
  y: number;
  cx: number; // box centre offset from the anchor, screen px
  cy: number;
  hw: number; // half width / height incl. padding, screen px
  hh: number;
}

function labelBox(l: PlaceLabel): Box2 {
  const size = LABEL_SIZE_PX[l.kind];
  const country = l.kind === 'country';
  // the longest of its names in any interface language, so that no language's labels overlap
  const chars = Math.max(...labelNamesInAllLocales(l).map((n) => Array.from(n).length));
  const width = chars * size * (country ? EM_PER_CHAR.country : EM_PER_CHAR.place);
  const height = size * 1.2;
  const sin = Math.sin((l.lat * Math.PI) / 180);
  return {
    x: ((l.lon + 180) / 360) * 512,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 512,
    cx: 0,
    cy: country ? 0 : -PLACE_LABEL_LIFT_PX - height / 2,
    hw: width / 2 + LABEL_PADDING_PX,
    hh: height / 2 + LABEL_PADDING_PX,
  };
}

/**
 * The scale range (2^zoom) over which two boxes overlap, as [from, to) — empty when from >= to.
 * Along each axis the centre distance is d0·s + c, and the boxes overlap while |d0·s + c| < h.
 */
function overlapScales(a: Box2, b: Box2): [number, number] {
  const axis = (d0: number, c: number, h: number): [number, number] => {
    if (d0 === 0) return Math.abs(c) < h ? [0, Infinity] : [0, 0];
    const s1 = (-h - c) / d0;
    const s2 = (h - c) / d0;
    return [Math.max(0, Math.min(s1, s2)), Math.max(s1, s2)];
  };
  const [x0, x1] = axis(a.x - b.x, a.cx - b.cx, a.hw + b.hw);
  const [y0, y1] = axis(a.y - b.y, a.cy - b.cy, a.hh + b.hh);
  return [Math.max(x0, y0), Math.min(x1, y1)];
}

/** Decluttering order: countries and capitals first, then cities and towns; each by minZoom. */
function declutterRank(l: PlaceLabel): number {
  return l.kind === 'country' || l.kind === 'capital' ? 0 : 1;
}

/** Capitals and country names may overlap each other (a country label is a light area label). */
function collides(a: PlaceLabel, b: PlaceLabel): boolean {
  return !((a.kind === 'country' && b.kind === 'capital') || (a.kind === 'capital' && b.kind === 'country'));
}

/**
 * Raises minZoom (to 0.1) so that no label overlaps a more important visible one; drops labels
 * that would need more than MAX_LABEL_ZOOM. Returns new label objects.
 */
export function declutterLabels(labels: PlaceLabel[]): PlaceLabel[] {
  const order = [...labels].sort(
    (a, b) => declutterRank(a) - declutterRank(b) || a.minZoom - b.minZoom || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name),
  );
  const placed: Array<{ label: PlaceLabel; box: Box2 }> = [];
  for (const l of order) {
    const box = labelBox(l);
    const blockers: Array<{ from: number; to: number }> = [];
    for (const p of placed) {
      if (!collides(p.label, l)) continue;
      const [s0, s1] = overlapScales(p.box, box);
      if (s0 >= s1) continue;
      // p blocks l at zoom z when p is shown (z >= p.minZoom) and 2^z lies in [s0, s1)
      const from = Math.max(p.label.minZoom, s0 > 0 ? Math.log2(s0) : -Infinity);
      const to = Math.log2(s1);
      if (from < to) blockers.push({ from, to });
    }
    let z = l.minZoom;
    for (let moved = true; moved && z <= MAX_LABEL_ZOOM; ) {
      moved = false;
      for (const b of blockers) {
        if (z >= b.from && z < b.to) {
          z = Math.ceil(b.to * 10 + 1e-9) / 10;
          moved = true;
        }
      }
    }
    if (z > MAX_LABEL_ZOOM) continue;
    const out = { ...l, minZoom: Math.round(z * 10) / 10 };
    placed.push({ label: out, box });
  }
  return placed.map((p) => p.label);
}
