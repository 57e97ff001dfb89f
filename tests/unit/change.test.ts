import { describe, expect, it } from 'vitest';
import {
  classifyCrossingChange,
  classifyVolumeChange,
  compareMonths,
  countryName,
  crossingStateAt,
  DEFAULT_CHANGE_THRESHOLD,
  describeCounts,
} from '../../src/domain/change';
import type { Crossing, CrossingStatusPeriod, Dataset, FlowSeries, Hub, RouteSegment } from '../../src/domain/types';
import { demoDataset } from '../fixtures/demo-fixture';

const base = { sources: ['S'], confidence: 'high' as const };
const hub = (id: string, country: string): Hub => ({ ...base, id, name: id, kind: 'hub', countries: [country], coord: [19, 45], coordStatus: 'confirmed' });
const crossing = (id: string, countries: [string, string], statusPeriods: Omit<CrossingStatusPeriod, 'sources'>[]): Crossing => ({
  ...base, id, name: `Crossing ${id}`, countries, coord: [19, 45], coordStatus: 'confirmed',
  statusPeriods: statusPeriods.map((p) => ({ ...p, sources: [] })),
});
const series = (id: string, values: (number | null)[]): FlowSeries => ({
  ...base, id, name: id, region: 'Western Balkans', measure: 'detections', unit: 'detections', start: '2020-01', values,
});
const segment = (id: string, fromPlaceId: string, toPlaceId: string, from: string, to: string, seriesId?: string): RouteSegment => ({
  ...base, id, corridorId: id.split('-')[0] ?? 'X', fromPlaceId, toPlaceId, path: [[19, 45], [20, 46]], mode: 'road',
  active: { from, to }, approximate: false, ...(seriesId ? { volume: { seriesId, scope: 'segment' as const } } : {}),
});
const dataset = (parts: Partial<Dataset>): Dataset => ({
  format: 'routeshift-dataset', version: 1, name: 'test', dataDate: '2020-12-31', months: { from: '2020-01', to: '2020-12' },
  sources: [], corridors: [], segments: [], crossings: [], hubs: [], safeHouses: [], events: [], flows: [], incidents: [], prices: [],
  ...parts,
});

describe('volume classification', () => {
  it('applies the ±20 % threshold inclusively, despite floating point', () => {
    expect(DEFAULT_CHANGE_THRESHOLD).toBe(0.2);
    expect(classifyVolumeChange(100, 120).change).toBe('grown');
    expect(classifyVolumeChange(100, 119).change).toBe('unchanged');
    expect(classifyVolumeChange(100, 80).change).toBe('shrunk');
    expect(classifyVolumeChange(100, 81).change).toBe('unchanged');
    expect(classifyVolumeChange(0, 5)).toEqual({ change: 'grown', ratio: null });
    expect(classifyVolumeChange(0, 0)).toEqual({ change: 'unchanged', ratio: null });
    expect(classifyVolumeChange(null, 5)).toEqual({ change: 'unchanged', ratio: null });
    expect(classifyVolumeChange(5, null)).toEqual({ change: 'unchanged', ratio: null });
    expect(classifyVolumeChange(100, 150).ratio).toBeCloseTo(0.5);
  });
  it('with threshold 0 any change counts, equality does not', () => {
    expect(classifyVolumeChange(100, 101, 0).change).toBe('grown');
    expect(classifyVolumeChange(100, 99, 0).change).toBe('shrunk');
    expect(classifyVolumeChange(100, 100, 0).change).toBe('unchanged');
  });
});

describe('compareMonths on a small dataset', () => {
  // Months: 2020-01 (index 0) vs 2020-02 (index 1) of every series.
  const flows = [
    series('up20', [100, 120]), series('up19', [100, 119]), series('down20', [100, 80]),
    series('zero', [0, 40]), series('gap', [null, 40]),
  ];
  const hubs = [hub('zagreb', 'HR'), hub('ljubljana', 'SI'), hub('belgrade', 'RS'), hub('sid', 'RS')];
  const crossings = [
    crossing('bregana', ['HR', 'SI'], [{ from: '2020-01', to: '2020-01', status: 'closed' }, { from: '2020-02', to: '2020-12', status: 'open' }]),
    crossing('quiet', ['RS', 'HR'], [{ from: '2020-01', to: '2020-12', status: 'unrecorded' }]),
    crossing('elsewhere', ['AL', 'ME'], [{ from: '2020-01', to: '2020-12', status: 'fenced' }]),
    crossing('lapsed', ['BA', 'ME'], [{ from: '2020-01', to: '2020-01', status: 'closed' }]),
  ];
  const segments = [
    segment('K-1', 'belgrade', 'sid', '2020-01', '2020-12', 'up20'),
    segment('K-2', 'belgrade', 'sid', '2020-01', '2020-12', 'up19'),
    segment('K-3', 'belgrade', 'sid', '2020-01', '2020-12', 'down20'),
    segment('K-4', 'belgrade', 'sid', '2020-01', '2020-12', 'zero'),
    segment('K-5', 'belgrade', 'sid', '2020-01', '2020-12', 'gap'),
    segment('K-6', 'belgrade', 'sid', '2020-01', '2020-12'),
    segment('L-1', 'zagreb', 'bregana', '2020-02', '2020-06', 'up20'),
    segment('L-2', 'bregana', 'ljubljana', '2020-02', '2020-06', 'up20'),
    segment('M-1', 'sid', 'quiet', '2020-01', '2020-01'),
    segment('M-2', 'quiet', 'zagreb', '2020-01', '2020-01'),
    segment('N-1', 'sid', 'nowhere', '2020-05', '2020-06'),
  ];
  const corridors = [{ ...base, id: 'L', name: 'Croatia – Slovenia', region: 'Western Balkans' as const, active: { from: '2020-02', to: '2020-06' }, placeIds: [] }];
  const data = dataset({ flows, hubs, crossings, segments, corridors });
  const result = compareMonths(data, '2020-01', '2020-02');
  const byId = new Map(result.segments.map((s) => [s.segmentId, s]));

  it('classifies segments by presence and by volume', () => {
    expect(result.segments.map((s) => [s.segmentId, s.change])).toEqual([
      ['K-1', 'grown'], ['K-2', 'unchanged'], ['K-3', 'shrunk'], ['K-4', 'grown'], ['K-5', 'unchanged'], ['K-6', 'unchanged'],
      ['L-1', 'new'], ['L-2', 'new'], ['M-1', 'vanished'], ['M-2', 'vanished'],
    ]);
    expect(byId.get('K-1')).toMatchObject({ before: 100, after: 120, corridorId: 'K' });
    expect(byId.get('K-1')?.ratio).toBeCloseTo(0.2);
    expect(byId.get('K-4')).toMatchObject({ before: 0, after: 40, ratio: null });
    expect(byId.get('K-5')).toMatchObject({ before: null, after: 40, ratio: null });
    expect(byId.get('L-1')).toMatchObject({ before: null, after: 120, ratio: null });
    expect(byId.get('M-1')).toMatchObject({ before: null, after: null });
    expect(byId.has('N-1')).toBe(false); // present in neither month
  });
  it('places crossing ends in the country the other end is not in', () => {
    expect(byId.get('L-1')?.countries).toEqual(['HR', 'SI']);
    expect(byId.get('L-2')?.countries).toEqual(['HR', 'SI']);
    expect(byId.get('M-1')?.countries).toEqual(['RS', 'HR']);
    expect(byId.get('M-2')?.countries).toEqual(['RS', 'HR']);
    expect(byId.get('K-1')?.countries).toEqual(['RS', 'RS']);
    const unknown = compareMonths(data, '2020-04', '2020-05').segments.find((s) => s.segmentId === 'N-1');
    expect(unknown?.countries).toEqual(['RS', '']);
  });
  it('lists changed crossings and unchanged ones on a present segment', () => {
    expect(result.crossings).toEqual([
      { crossingId: 'bregana', name: 'Crossing bregana', countries: ['HR', 'SI'], before: 'closed', after: 'open', change: 'opened' },
      { crossingId: 'quiet', name: 'Crossing quiet', countries: ['RS', 'HR'], before: 'unrecorded', after: 'unrecorded', change: 'unchanged' },
      { crossingId: 'lapsed', name: 'Crossing lapsed', countries: ['BA', 'ME'], before: 'closed', after: 'inactive', change: 'other' },
    ]);
  });
  it('summarises by corridor and by country pair, most changes first, then by label', () => {
    expect(result.byCorridor.map((l) => [l.key, l.label, l.text])).toEqual([
      ['L', 'Croatia – Slovenia', 'L Croatia – Slovenia: 2 new segments, 1 crossing opened'],
      ['K', 'K', 'K: 2 segments grown, 1 segment shrunk'],
      ['M', 'M', 'M: 2 segments vanished'],
    ]);
    expect(result.byCorridor[0]?.counts).toEqual({ new: 2, opened: 1 });
    expect(result.byCountry.map((l) => l.text)).toEqual([
      'Croatia → Slovenia: 2 new segments, 1 crossing opened',
      'Within Serbia: 2 segments grown, 1 segment shrunk',
      'Serbia → Croatia: 2 segments vanished',
      'Bosnia & Herzegovina → Montenegro: 1 crossing now of unknown status',
    ]);
  });
  it('orients a crossing pair like the matching segment pair', () => {
    const flipped = dataset({ ...data, crossings: [crossing('bregana', ['SI', 'HR'], [{ from: '2020-01', to: '2020-01', status: 'closed' }, { from: '2020-02', to: '2020-12', status: 'fenced' }])] });
    const lines = compareMonths(flipped, '2020-01', '2020-02').byCountry;
    expect(lines.find((l) => l.key === 'HR→SI')?.text).toBe('Croatia → Slovenia: 2 new segments, 1 crossing fenced');
    expect(lines.some((l) => l.key === 'SI→HR')).toBe(false);
  });
  it('rejects bad months and thresholds', () => {
    expect(() => compareMonths(data, '2020-13', '2020-02')).toThrow(RangeError);
    expect(() => compareMonths(data, '2020-01', '2020-02', -0.1)).toThrow(RangeError);
    expect(() => compareMonths(data, '2020-01', '2020-02', Number.NaN)).toThrow(RangeError);
    expect(compareMonths(data, '2020-01', '2020-02', 0.5).threshold).toBe(0.5);
  });
});

describe('summary helpers', () => {
  it('pluralises and orders counts', () => {
    expect(describeCounts({ new: 1 })).toBe('1 new segment');
    expect(describeCounts({ closed: 2, new: 3, vanished: 1, controls: 1 })).toBe('3 new segments, 1 segment vanished, 2 crossings closed for transit, 1 crossing with new controls');
    expect(describeCounts({ opened: 1, fenced: 2, other: 2 })).toBe('1 crossing opened, 2 crossings fenced, 2 crossings now of unknown status');
  });
  it('names countries, falling back to the code', () => {
    expect(countryName('HR')).toBe('Croatia');
    expect(countryName('XK')).toBe('Kosovo');
    expect(countryName('QQ')).toBe('QQ');
    expect(countryName('')).toBe('Unknown');
  });
  it('counts a crossing that becomes restricted, and says so', () => {
    expect(classifyCrossingChange('open', 'restricted')).toBe('restricted');
    expect(classifyCrossingChange('restricted', 'closed')).toBe('closed');
    const data = dataset({
      hubs: [hub('gevgelija', 'MK')],
      crossings: [crossing('idomeni', ['GR', 'MK'], [{ from: '2020-01', to: '2020-01', status: 'open' }, { from: '2020-02', to: '2020-12', status: 'restricted' }])],
    });
    const result = compareMonths(data, '2020-01', '2020-02');
    expect(result.crossings[0]).toMatchObject({ before: 'open', after: 'restricted', change: 'restricted' });
    expect(result.byCountry.map((l) => l.text)).toEqual(['Greece → North Macedonia: 1 crossing restricted']);
    expect(describeCounts({ restricted: 2 })).toBe('2 crossings restricted');
  });
  it('never grows or shrinks a route context leg: it has no figure', () => {
    const data = dataset({
      hubs: [hub('athens', 'GR'), hub('thessaloniki', 'GR')],
      flows: [series('up20', [100, 200])],
      segments: [
        { ...segment('G-1', 'athens', 'thessaloniki', '2020-01', '2020-12', 'up20'), context: true },
        segment('G-2', 'athens', 'thessaloniki', '2020-01', '2020-12', 'up20'),
      ],
    });
    const byId = new Map(compareMonths(data, '2020-01', '2020-02').segments.map((s) => [s.segmentId, s]));
    expect(byId.get('G-1')).toMatchObject({ change: 'unchanged', before: null, after: null });
    expect(byId.get('G-2')?.change).toBe('grown');
  });
  it('classifies crossing changes', () => {
    expect(classifyCrossingChange('unrecorded', 'closed')).toBe('closed');
    expect(classifyCrossingChange('closed', 'controls')).toBe('controls');
    expect(classifyCrossingChange('open', 'open')).toBe('unchanged');
    expect(classifyCrossingChange('open', 'unrecorded')).toBe('other');
    expect(classifyCrossingChange('inactive', 'open')).toBe('opened');
  });
});

describe('compareMonths on the demo dataset', () => {
  const demo = demoDataset();

  it('Sep → Nov 2015: Hungary (A) vanishes, Croatia–Slovenia (C1/C2) appears', () => {
    const result = compareMonths(demo, '2015-09', '2015-11');
    const change = new Map(result.segments.map((s) => [s.segmentId, s]));
    expect(change.get('A-11')).toMatchObject({ change: 'vanished', countries: ['RS', 'HU'] });
    expect(change.get('A-12')).toMatchObject({ change: 'vanished', countries: ['RS', 'HU'] });
    for (const id of ['C1-3', 'C2-2', 'C2-3']) expect(change.get(id)).toMatchObject({ change: 'new', countries: ['HR', 'SI'] });
    const toSlovenia = result.segments.filter((s) => s.change === 'new' && s.countries[1] === 'SI');
    expect(toSlovenia.length).toBeGreaterThanOrEqual(3);
    const atBorder = result.segments.filter((s) => {
      const seg = demo.segments.find((d) => d.id === s.segmentId);
      return seg && ['harmica-rigonce', 'dobova', 'sentilj-spielfeld'].includes(seg.toPlaceId);
    });
    expect(atBorder.length).toBeGreaterThan(0);
    expect(atBorder.every((s) => s.change === 'new')).toBe(true);
    const line = result.byCountry.find((l) => l.label === 'Croatia → Slovenia');
    expect(line?.text).toMatch(/^Croatia → Slovenia: \d+ new segments/);
    expect(line?.counts.new).toBe(3);
    expect(result.byCorridor.find((l) => l.key === 'C2')?.text).toBe('C2 Serbia – Croatia – Slovenia via the Slavonski Brod train: 6 new segments, 2 crossings opened');
    // Of A's 15 legs, the 8 up to Šid go on as corridor A0: compared by their figures, not vanished and new.
    expect(result.byCorridor.find((l) => l.key === 'A')?.counts.vanished).toBe(7);
    const a0 = result.segments.filter((s) => s.corridorId === 'A0');
    expect(a0.length).toBeGreaterThan(0);
    expect(a0.filter((s) => s.segmentId !== 'A0-9').every((s) => s.change !== 'new')).toBe(true);
    expect(result.segments.find((s) => s.segmentId === 'A-3')).toBeUndefined();
  });
  it('summary lines are sorted by number of changes, then label', () => {
    const result = compareMonths(demo, '2015-09', '2015-11');
    for (const lines of [result.byCorridor, result.byCountry]) {
      const totals = lines.map((l) => Object.values(l.counts).reduce((a, b) => a + b, 0));
      for (let i = 1; i < lines.length; i++) {
        const prev = lines[i - 1]!;
        const cur = lines[i]!;
        expect(totals[i - 1]! > totals[i]! || (totals[i - 1] === totals[i] && prev.label <= cur.label)).toBe(true);
      }
    }
  });
  it('Aug → Oct 2015: Horgoš–Röszke becomes a transit zone admitting a few (restricted)', () => {
    const result = compareMonths(demo, '2015-08', '2015-10');
    expect(result.crossings.find((c) => c.crossingId === 'horgos-roszke')).toMatchObject({ before: 'fenced', after: 'restricted', change: 'restricted' });
    expect(crossingStateAt(demo.crossings.find((c) => c.id === 'horgos-roszke')!, '2015-07')).toBe('unrecorded');
  });
  it('is fast on a large dataset', () => {
    const many = { ...demo, segments: Array.from({ length: 100_000 }, (_, i) => ({ ...demo.segments[i % demo.segments.length]!, id: `S-${i}` })) };
    const t0 = performance.now();
    const result = compareMonths(many, '2015-09', '2015-11');
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(result.segments.length).toBeGreaterThan(10_000);
  });
});
