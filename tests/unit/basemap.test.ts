import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { BASEMAP_ATTRIBUTION, BASEMAP_FILES, MAP_BOUNDS, basemapStyle } from '../../src/map/basemap-style';
import {
  LABEL_SIZES,
  PLACE_LABEL_LIFT,
  buildPlaceLabelLayer,
  labelText,
  labelsForZoom,
  loadPlaceLabels,
  type PlaceLabel,
} from '../../src/map/layers/place-labels';
import { buildBasemap } from '../../src/data/build/basemap/index';
import { readBasemapSources } from '../../scripts/basemap-sources';
import { positionsOf } from '../../src/data/build/basemap/geometry';
import { LABEL_SIZE_PX, PLACE_LABEL_LIFT_PX, declutterLabels } from '../../src/data/build/basemap/labels';

const root = join(import.meta.dirname, '../..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const built = (name: string) => readJson<FeatureCollection>(`public/basemap/${name}`);
const labels = readJson<PlaceLabel[]>('public/basemap/labels.json');
const [W, S, E, N] = MAP_BOUNDS;

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

/** A URL or a path to a resource: no whitespace, and a scheme, a protocol-relative start or a file suffix. */
const looksLikeUrl = (s: string) =>
  !/\s/.test(s) && (/^[a-z][a-z0-9+.-]*:/i.test(s) || s.startsWith('//') || /\.(json|geojson|pbf|mvt|png|jpe?g|webp|woff2?|ttf|otf)(\?|#|$)/i.test(s));

describe('basemap style', () => {
  for (const baseUrl of ['http://127.0.0.1:4173/', 'https://example.org/routeshift/index.html']) {
    it(`only references ${new URL(baseUrl).origin} (${baseUrl})`, () => {
      const origin = new URL(baseUrl).origin;
      for (const theme of ['light', 'dark'] as const) {
        const style = basemapStyle({ baseUrl, theme });
        const urls = stringsIn(style).filter(looksLikeUrl);
        expect(urls.length).toBeGreaterThanOrEqual(BASEMAP_FILES.length);
        for (const u of urls) expect(u.startsWith(`${origin}/`), u).toBe(true);
        for (const name of BASEMAP_FILES) {
          expect(urls).toContain(new URL(`basemap/${name}.json`, baseUrl).href);
        }
      }
    });
  }

  it('has no glyphs, no sprite and no symbol layers', () => {
    for (const theme of ['light', 'dark'] as const) {
      const style = basemapStyle({ baseUrl: 'http://127.0.0.1:4173/', theme });
      expect(style.glyphs).toBeUndefined();
      expect(style.sprite).toBeUndefined();
      expect(style.layers.filter((l) => l.type === 'symbol')).toEqual([]);
      for (const src of Object.values(style.sources)) expect(src.type).toBe('geojson');
    }
  });

  it('keeps the same sources and layer ids across themes (setStyle diff) and exports the constants', () => {
    const a = basemapStyle({ baseUrl: 'http://x.test/', theme: 'light' });
    const b = basemapStyle({ baseUrl: 'http://x.test/', theme: 'dark' });
    expect(a.layers.map((l) => l.id)).toEqual(b.layers.map((l) => l.id));
    expect(Object.keys(a.sources)).toEqual(Object.keys(b.sources));
    expect(BASEMAP_ATTRIBUTION).toBe('Basemap: Natural Earth (public domain)');
    expect(MAP_BOUNDS).toEqual([-25, 10, 50, 62]);
  });
});

describe('built basemap files', () => {
  it('has the countries of the routes, Kosovo as its own feature, one feature per code', () => {
    const countries = built('countries.json');
    const codes = countries.features.map((f) => f.properties?.iso_a2 as string);
    for (const code of ['XK', 'RS', 'MK', 'BA', 'LY', 'TN', 'GR', 'TR', 'IT', 'HU', 'HR', 'AL', 'ME', 'FR', 'NO', 'NE', 'TD', 'SD', 'ML']) {
      expect(codes, code).toContain(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of countries.features) {
      expect(f.properties?.iso_a2).toMatch(/^[A-Z]{2}$/);
      expect(typeof f.properties?.name).toBe('string');
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
    expect(countries.features.find((f) => f.properties?.iso_a2 === 'XK')?.properties?.name).toBe('Kosovo');
  });

  it('keeps every coordinate inside the map box, rounded to 4 decimals', () => {
    for (const name of BASEMAP_FILES) {
      const fc = built(`${name}.json`);
      expect(fc.features.length, name).toBeGreaterThan(0);
      for (const f of fc.features) {
        for (const p of positionsOf(f.geometry as Geometry)) {
          const [x, y] = p as [number, number];
          expect(x >= W && x <= E && y >= S && y <= N, `${name}: ${x},${y}`).toBe(true);
          expect(Math.round(x * 1e4) / 1e4).toBe(x);
        }
      }
    }
    for (const l of labels) expect(l.lon >= W && l.lon <= E && l.lat >= S && l.lat <= N, l.name).toBe(true);
  });

  it('stays small', () => {
    const total = [...BASEMAP_FILES.map((n) => `${n}.json`), 'labels.json']
      .map((n) => readFileSync(join(root, 'public/basemap', n)).length)
      .reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(2.5 * 1024 * 1024);
  });

  it('is what the build script produces from data/sources (rebuild: npx tsx scripts/build-basemap.ts)', () => {
    const { files } = buildBasemap(readBasemapSources(root), MAP_BOUNDS);
    for (const [name, doc] of Object.entries(files)) {
      expect(JSON.stringify(doc) === readFileSync(join(root, 'public/basemap', name), 'utf8'), name).toBe(true);
    }
  });
});

describe('place labels', () => {
  it('are well formed, with capitals of the route countries', () => {
    expect(labels.length).toBeGreaterThan(500);
    const names = new Set(labels.map((l) => l.name));
    for (const n of ['Belgrade', 'Skopje', 'Pristina', 'Sarajevo', 'Tripoli', 'Tunis', 'Athens', 'Kosovo', 'Serbia']) expect(names, n).toContain(n);
  });

  it('thin out by zoom: more at 6 than at 4, none above the zoom, 40–80 at zoom 3.5', () => {
    const at4 = labelsForZoom(labels, 4);
    const at6 = labelsForZoom(labels, 6);
    expect(at6.length).toBeGreaterThan(at4.length);
    for (const z of [2, 3.3, 3.5, 4, 4.75, 6, 9]) {
      const shown = labelsForZoom(labels, z);
      expect(shown.every((l) => l.minZoom <= z)).toBe(true);
      expect(shown.length).toBe(labels.filter((l) => l.minZoom <= z).length);
    }
    const at35 = labelsForZoom(labels, 3.5).length;
    expect(at35).toBeGreaterThanOrEqual(40);
    expect(at35).toBeLessThanOrEqual(80);
  });

  it('reuse the same array while the zoom stays between two minZoom steps', () => {
    const steps = [...new Set(labels.map((l) => l.minZoom))].sort((a, b) => a - b);
    const lo = steps[5]!;
    const hi = steps[6]!;
    const a = labelsForZoom(labels, lo);
    expect(labelsForZoom(labels, (lo + hi) / 2)).toBe(a);
    expect(labelsForZoom(labels, hi - 1e-6)).toBe(a);
    expect(labelsForZoom(labels, hi)).not.toBe(a);
    // most important last = drawn on top
    expect(a[a.length - 1]!.minZoom).toBe(Math.min(...labels.map((l) => l.minZoom)));
  });

  it('build a TextLayer with a stable id, passing the visible flag through', () => {
    for (const visible of [true, false]) {
      for (const theme of ['light', 'dark'] as const) {
        const layer = buildPlaceLabelLayer(labels, { zoom: 5, theme, visible });
        expect(layer.id).toBe('place-labels');
        expect(layer.props.visible).toBe(visible);
        expect(layer.props.data).toBe(labelsForZoom(labels, 5));
        expect(layer.props.fontSettings.sdf).toBe(true);
        expect(layer.props.outlineWidth).toBeGreaterThan(0);
      }
    }
    expect(Object.values(LABEL_SIZES).every((s) => s >= 12)).toBe(true);
    expect(labelText({ name: 'Serbia', lon: 0, lat: 0, minZoom: 0, kind: 'country' })).toBe('S\u200aE\u200aR\u200aB\u200aI\u200aA');
    expect(labelText({ name: 'Belgrade', lon: 0, lat: 0, minZoom: 0, kind: 'capital' })).toBe('Belgrade');
  });

  it('the build estimates label boxes with the sizes the layer draws', () => {
    expect(LABEL_SIZE_PX).toEqual(LABEL_SIZES);
    expect(PLACE_LABEL_LIFT_PX).toBe(PLACE_LABEL_LIFT);
  });

  it('declutter pushes the less important of two overlapping labels to a higher zoom', () => {
    const a: PlaceLabel = { name: 'Alpha', lon: 20, lat: 44, minZoom: 3, kind: 'city' };
    const b: PlaceLabel = { name: 'Bravo', lon: 20.2, lat: 44, minZoom: 3, kind: 'town' };
    const out = declutterLabels([b, a]);
    const za = out.find((l) => l.name === 'Alpha')!.minZoom;
    const zb = out.find((l) => l.name === 'Bravo')!.minZoom;
    expect(za).toBe(3);
    expect(zb).toBeGreaterThan(3);
    // at zb the two boxes (≈ 5 chars × 13 px × 0.58 wide) are clear of each other
    const px = (0.2 / 360) * 512 * 2 ** zb;
    expect(px).toBeGreaterThanOrEqual(5 * 13 * 0.58);
  });

  it('loadPlaceLabels fetches basemap/labels.json from the page origin and drops malformed rows', async () => {
    const calls: string[] = [];
    const fakeFetch = (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return new Response(JSON.stringify([labels[0], { name: 'bad' }]), { status: 200 });
    }) as typeof fetch;
    const got = await loadPlaceLabels('http://127.0.0.1:4173/app/', fakeFetch);
    expect(calls).toEqual(['http://127.0.0.1:4173/app/basemap/labels.json']);
    expect(got).toEqual([labels[0]]);
    const failing = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    await expect(loadPlaceLabels('http://127.0.0.1:4173/', failing)).rejects.toThrow(/404/);
  });
});
