/**
 * Place names in other languages from Natural Earth's full populated places (the gazetteer), joined
 * onto the place labels built from the "simple" files, which carry no name_xx fields. Pure.
 *
 * A label takes a gazetteer feature's names when the feature names the same place: one of its
 * NAME / NAMEASCII / NAME_EN equals the label's name (case-insensitive) and it lies within
 * SAME_GAZETTEER_PLACE degrees. Only names that differ from the label's own name are kept, and a
 * language without a name in any gazetteer gets none: the label then shows its own name.
 */
import type { FeatureCollection } from 'geojson';
import { GAZETTEER_LANGUAGES, type GazetteerLanguage, type PlaceLabel } from '../../../domain/place-label';

/** Editions move a place's point a little (NE 4.0 → 5.0: up to a few km). */
export const SAME_GAZETTEER_PLACE = 0.1;

const FIELD: Record<GazetteerLanguage, string> = { de: 'NAME_DE', el: 'NAME_EL', it: 'NAME_IT' };
const KEY_FIELDS = ['NAME', 'NAMEASCII', 'NAME_EN'];

interface Entry {
  lon: number;
  lat: number;
  names: Partial<Record<GazetteerLanguage, string>>;
}

function text(v: unknown): string | null {
  const clean = typeof v === 'string' ? v.replace(/\p{Cf}/gu, '').trim() : '';
  return clean || null;
}

/** The gazetteer as entries by lower-case key name; earlier collections win per language. */
function indexGazetteers(gazetteers: FeatureCollection[]): Map<string, Entry[]> {
  const byKey = new Map<string, Entry[]>();
  for (const fc of gazetteers) {
    for (const f of fc.features) {
      if (f.geometry?.type !== 'Point') continue;
      const p = (f.properties ?? {}) as Record<string, unknown>;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const names: Entry['names'] = {};
      for (const lang of GAZETTEER_LANGUAGES) {
        const name = text(p[FIELD[lang]]);
        if (name) names[lang] = name;
      }
      const entry: Entry = { lon, lat, names };
      const keys = new Set(KEY_FIELDS.map((k) => text(p[k])?.toLowerCase()).filter((k): k is string => !!k));
      for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
  }
  return byKey;
}

/** The labels with `names` added where a gazetteer names the place in another language. */
export function withPlaceNames(labels: PlaceLabel[], gazetteers: FeatureCollection[]): PlaceLabel[] {
  const byKey = indexGazetteers(gazetteers);
  return labels.map((label) => {
    if (label.kind === 'country') return label;
    const near = (byKey.get(label.name.toLowerCase()) ?? []).filter(
      (e) => Math.hypot(e.lon - label.lon, e.lat - label.lat) < SAME_GAZETTEER_PLACE,
    );
    const names: Partial<Record<GazetteerLanguage, string>> = {};
    for (const lang of GAZETTEER_LANGUAGES) {
      const name = near.map((e) => e.names[lang]).find((n) => n !== undefined);
      if (name && name !== label.name) names[lang] = name;
    }
    return Object.keys(names).length ? { ...label, names } : label;
  });
}

/**
 * Coverage per language for the build report: places whose name in that language is known
 * (a gazetteer name, different from or equal to the label's own) and places drawn in it differently.
 */
export function placeNameCoverage(labels: PlaceLabel[], gazetteers: FeatureCollection[]): Record<string, { known: number; differs: number; of: number }> {
  const byKey = indexGazetteers(gazetteers);
  const places = labels.filter((l) => l.kind !== 'country');
  const out: Record<string, { known: number; differs: number; of: number }> = {};
  for (const lang of GAZETTEER_LANGUAGES) {
    const known = places.filter((l) =>
      (byKey.get(l.name.toLowerCase()) ?? []).some((e) => e.names[lang] && Math.hypot(e.lon - l.lon, e.lat - l.lat) < SAME_GAZETTEER_PLACE),
    ).length;
    out[lang] = { known, differs: places.filter((l) => l.names?.[lang]).length, of: places.length };
  }
  return out;
}
