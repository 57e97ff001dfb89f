import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  borderCrossingsAlong,
  candidateCrossings,
  corridorCountries,
  corridorLengthKm,
  corridorLengthSeries,
  countriesAlong,
  pathLengthKm,
  type CountryFeatures,
} from '../../src/domain/geometry-analytics';
import { monthSpan } from '../../src/domain/month';
import type { Corridor, Crossing, Dataset, LonLat, RouteSegment } from '../../src/domain/types';
import { demoDataset } from '../fixtures/demo-fixture';

const box = (code: string, x0: number, y0: number, x1: number, y1: number): CountryFeatures['features'][number] => ({
  type: 'Feature',
  properties: { iso_a2: code, name: code },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
});
const collection = (...features: CountryFeatures['features']): CountryFeatures => ({ type: 'FeatureCollection', features });
/** A: lon 0..1, B: lon 1..2, lat 0..1. */
const squares = collection(box('AA', 0, 0, 1, 1), box('BB', 1, 0, 2, 1));
const across: LonLat[] = [[0.5, 0.5], [1.5, 0.5]];

const base = { sources: ['S'], confidence: 'high' as const };
const segment = (id: string, path: LonLat[], from = '2020-01', to = '2020-12', corridorId = 'X'): RouteSegment => ({
  ...base, id, corridorId, fromPlaceId: `${id}-a`, toPlaceId: `${id}-b`, path, mode: 'road', active: { from, to }, approximate: false,
});
const crossing = (id: string, countries: [string, string], coord: LonLat): Crossing => ({
  ...base, id, name: id, countries, coord, coordStatus: 'confirmed', statusPeriods: [],
});
const corridor = (id: string, from: string, to: string): Corridor => ({
  ...base, id, name: id, region: 'Western Balkans', active: { from, to }, placeIds: [],
});
const dataset = (parts: Partial<Dataset>): Dataset => ({
  format: 'routeshift-dataset', version: 1, name: 'test', dataDate: '2020-12-31', months: { from: '2020-01', to: '2020-12' },
  sources: [], corridors: [], segments: [], crossings: [], hubs: [], safeHouses: [], events: [], flows: [], incidents: [], prices: [],
  ...parts,
});

describe('lengths', () => {
  it('measures a path along the great circle', () => {
    expect(pathLengthKm([[0, 0], [1, 0]])).toBeCloseTo(111.19, 1);
    expect(Math.abs(pathLengthKm([[0, 0], [1, 0]]) - 111.19)).toBeLessThan(0.1);
    expect(pathLengthKm([[0, 0], [1, 0], [1, 1]])).toBeCloseTo(2 * 111.19, 0);
    expect(pathLengthKm([[0, 0]])).toBe(0);
    expect(pathLengthKm([])).toBe(0);
  });

  it('sums the segments active in a month, 0 when none', () => {
    const data = dataset({
      corridors: [corridor('X', '2020-01', '2020-04')],
      segments: [segment('S1', [[0, 0], [1, 0]], '2020-01', '2020-04'), segment('S2', [[1, 0], [2, 0]], '2020-03', '2020-04')],
    });
    expect(corridorLengthKm(data, 'X', '2019-12')).toBe(0);
    expect(corridorLengthKm(data, 'X', '2020-05')).toBe(0);
    expect(corridorLengthKm(data, 'nope', '2020-01')).toBe(0);
    expect(corridorLengthKm(data, 'X', '2020-01')).toBeCloseTo(111.19, 1);
    expect(corridorLengthKm(data, 'X', '2020-03')).toBeCloseTo(222.39, 1);
  });

  it('shows a detour as growth from the first month', () => {
    const data = dataset({
      corridors: [corridor('X', '2020-01', '2020-04')],
      segments: [
        segment('direct', [[0, 0], [2, 0]], '2020-01', '2020-02'),
        segment('detour', [[0, 0], [1, 1], [2, 0]], '2020-03', '2020-04'),
      ],
    });
    const series = corridorLengthSeries(data, 'X');
    expect(series.map((e) => e.month)).toEqual(['2020-01', '2020-02', '2020-03', '2020-04']);
    expect(series[0]?.changeKm).toBe(0);
    expect(series[1]?.changeKm).toBe(0);
    const growth = pathLengthKm([[0, 0], [1, 1], [2, 0]]) - pathLengthKm([[0, 0], [2, 0]]);
    expect(growth).toBeGreaterThan(50);
    expect(series[2]?.changeKm).toBeCloseTo(growth, 6);
    expect(series[3]?.km).toBeCloseTo(series[0]!.km + growth, 6);
    expect(corridorLengthSeries(data, 'nope')).toEqual([]);
  });

  it('has one entry per active month of every demo corridor', () => {
    const demo = demoDataset();
    for (const c of demo.corridors) {
      const series = corridorLengthSeries(demo, c.id);
      expect(series).toHaveLength(monthSpan(c.active.from, c.active.to));
      expect(series[0]?.month).toBe(c.active.from);
      expect(series.at(-1)?.month).toBe(c.active.to);
    }
    const e1 = demo.segments.filter((s) => s.corridorId === 'E1');
    expect(corridorLengthKm(demo, 'E1', '2018-06')).toBeCloseTo(e1.reduce((sum, s) => sum + pathLengthKm(s.path), 0), 6);
    expect(corridorLengthKm(demo, 'E1', '2017-12')).toBe(0);
  });
});

describe('countries and borders on hand-made squares', () => {
  it('lists the countries in travel order', () => {
    expect(countriesAlong(across, squares)).toEqual(['AA', 'BB']);
    expect(countriesAlong([...across].reverse(), squares)).toEqual(['BB', 'AA']);
    expect(countriesAlong([[0.2, 0.5], [0.8, 0.5]], squares)).toEqual(['AA']);
    expect(countriesAlong([[0.5, 0.5], [1.5, 0.5], [0.5, 0.6]], squares)).toEqual(['AA', 'BB', 'AA']);
    expect(countriesAlong([], squares)).toEqual([]);
  });

  it('puts the border point on the border, refined well below 100 m', () => {
    const points = borderCrossingsAlong(across, squares);
    expect(points).toHaveLength(1);
    expect(points[0]?.countries).toEqual(['AA', 'BB']);
    const [lon, lat] = points[0]!.coord;
    expect(Math.abs(lon - 1)).toBeLessThan(0.001);
    expect(Math.abs(lat - 0.5)).toBeLessThan(0.01);
    expect(borderCrossingsAlong([...across].reverse(), squares)[0]?.countries).toEqual(['BB', 'AA']);
  });

  it('finds a country narrower than the sampling step, and no border point across a sea gap', () => {
    const thin = collection(box('AA', 0, 0, 1, 1), box('CC', 1, 0, 1.02, 1), box('BB', 1.02, 0, 2, 1));
    expect(countriesAlong(across, thin)).toEqual(['AA', 'CC', 'BB']);
    expect(borderCrossingsAlong(across, thin).map((p) => p.countries)).toEqual([['AA', 'CC'], ['CC', 'BB']]);
    const sea = collection(box('AA', 0, 0, 1, 1), box('BB', 2, 0, 3, 1));
    expect(countriesAlong([[0.5, 0.5], [2.5, 0.5]], sea)).toEqual(['AA', 'BB']);
    expect(borderCrossingsAlong([[0.5, 0.5], [2.5, 0.5]], sea)).toEqual([]);
  });

  it('lets an enclave win over a surrounding country drawn without a hole', () => {
    const enclave = collection(box('BIG', 0, 0, 4, 4), box('EN', 1.5, 1.5, 2.5, 2.5));
    expect(countriesAlong([[0.5, 2], [3.5, 2]], enclave)).toEqual(['BIG', 'EN', 'BIG']);
  });
});

describe('candidate crossings on hand-made squares', () => {
  it('offers a border point when the data has no crossing there', () => {
    const candidates = candidateCrossings(dataset({ segments: [segment('S1', across)] }), squares);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.countries).toEqual(['AA', 'BB']);
    expect(candidates[0]?.segmentIds).toEqual(['S1']);
    expect(Math.abs(candidates[0]!.coord[0] - 1)).toBeLessThan(0.01);
  });

  it('merges candidates within 2 km and lists every segment', () => {
    const data = dataset({
      segments: [segment('S1', across), segment('S2', [[0.5, 0.51], [1.5, 0.51]]), segment('S3', [[0.5, 0.9], [1.5, 0.9]])],
    });
    const candidates = candidateCrossings(data, squares);
    expect(candidates.map((c) => c.segmentIds)).toEqual([['S1', 'S2'], ['S3']]);
  });

  it('skips border points near an existing crossing of the same two countries (either order)', () => {
    const segs = [segment('S1', across)];
    expect(candidateCrossings(dataset({ segments: segs, crossings: [crossing('c', ['AA', 'BB'], [1, 0.6])] }), squares)).toEqual([]);
    expect(candidateCrossings(dataset({ segments: segs, crossings: [crossing('c', ['BB', 'AA'], [1.1, 0.5])] }), squares)).toEqual([]);
    // Another pair nearby, or the same pair beyond the radius, does not hide it.
    expect(candidateCrossings(dataset({ segments: segs, crossings: [crossing('c', ['AA', 'CC'], [1, 0.5])] }), squares)).toHaveLength(1);
    const far = dataset({ segments: segs, crossings: [crossing('c', ['AA', 'BB'], [1, 0.9])] });
    expect(candidateCrossings(far, squares)).toHaveLength(1);
    expect(candidateCrossings(far, squares, 50)).toEqual([]);
  });
});

describe('on the real basemap and demo data', () => {
  const countries = JSON.parse(readFileSync(resolve(process.cwd(), 'public/basemap/countries.json'), 'utf8')) as CountryFeatures;
  const demo = demoDataset();
  const seg = (id: string): RouteSegment => {
    const found = demo.segments.find((s) => s.id === id);
    if (!found) throw new Error(`no segment ${id}`);
    return found;
  };

  // Timings never gate CI: this checks that every demo segment has a country list, not how fast.
  it('walks every demo segment', () => {
    const lists = demo.segments.map((s) => countriesAlong(s.path, countries));
    expect(lists.filter((l) => l.length > 0).length).toBeGreaterThan(demo.segments.length * 0.9);
  });

  it('C2-3 (Harmica–Rigonce to Dobova) goes from Croatia into Slovenia', () => {
    expect(countriesAlong(seg('C2-3').path, countries)).toEqual(['HR', 'SI']);
    expect(borderCrossingsAlong(seg('C2-3').path, countries).map((p) => p.countries)).toEqual([['HR', 'SI']]);
    expect(corridorCountries(demo, 'C2', '2016-01', countries).slice(0, 3)).toEqual(['RS', 'HR', 'SI']);
  });

  it('E1 in June 2018 runs Albania – Montenegro – Bosnia – Croatia – Slovenia – Italy', () => {
    // Kakavia's point lies just on the Greek side of the basemap border, and the straight
    // Črnomelj–Trieste line cuts the Croatian bulge at Čabar (SI → HR → SI).
    const seq = corridorCountries(demo, 'E1', '2018-06', countries);
    expect(seq).toEqual(['GR', 'AL', 'ME', 'BA', 'HR', 'SI', 'HR', 'SI', 'IT']);
    const order = ['AL', 'ME', 'BA', 'HR', 'SI', 'IT'].map((code) => seq.indexOf(code));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(corridorCountries(demo, 'E1', '2017-12', countries)).toEqual([]);
  });

  it('reads Kosovo as XK', () => {
    expect(countriesAlong(seg('H-1').path, countries)[0]).toBe('XK');
  });

  it('A-11 (Subotica → Röszke) crosses from Serbia into Hungary at the real border', () => {
    const points = borderCrossingsAlong(seg('A-11').path, countries);
    expect(points).toHaveLength(1);
    expect(points[0]?.countries).toEqual(['RS', 'HU']);
    const [lon, lat] = points[0]!.coord;
    expect(lat).toBeGreaterThan(46.1);
    expect(lat).toBeLessThan(46.2);
    expect(lon).toBeGreaterThan(19.667);
    expect(lon).toBeLessThan(20.034);
  });

  it('offers candidates only where the demo has no crossing of the same countries nearby', () => {
    const candidates = candidateCrossings(demo, countries);
    expect(candidates.length).toBeGreaterThan(0);
    // Serbia–Hungary has four crossings in the data, so A-11, D3 and F1-6 give no candidate.
    expect(candidates.some((c) => c.countries.includes('RS') && c.countries.includes('HU'))).toBe(false);
    // Slovenia–Italy has none: the Trieste legs of E1 and E2 share one candidate.
    const siIt = candidates.filter((c) => c.countries[0] === 'SI' && c.countries[1] === 'IT');
    expect(siIt).toHaveLength(1);
    expect(siIt[0]?.segmentIds).toEqual(['E1-10', 'E2-8']);
    expect(siIt[0]!.coord[0]).toBeGreaterThan(13.777);
    expect(siIt[0]!.coord[0]).toBeLessThan(14.2);
    for (const c of candidates) {
      expect(c.segmentIds.length).toBeGreaterThan(0);
      const clash = demo.crossings.some((x) => [...x.countries].sort().join() === [...c.countries].sort().join()
        && Math.hypot(x.coord[0] - c.coord[0], x.coord[1] - c.coord[1]) < 0.2);
      expect(clash).toBe(false);
    }
  });
});
