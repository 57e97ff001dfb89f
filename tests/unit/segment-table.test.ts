import { describe, expect, it } from 'vitest';
import { buildSegmentTable, segmentIdsInMonth, volumeToWidth, CONTEXT_ALPHA, CONTEXT_DASH, CONTEXT_WIDTH_PX, MAX_WIDTH_PX, MIN_WIDTH_PX, SEA_DASH } from '../../src/data/tables/segment-table';
import { monthIndex } from '../../src/domain/month';
import type { Dataset, FlowSeries, RouteSegment } from '../../src/domain/types';
import { demoDataset } from '../fixtures/demo-fixture';

const series: FlowSeries = {
  id: 'f1', name: 'Test route', region: 'Western Balkans', measure: 'detections', unit: 'detections', start: '2015-01',
  values: [100, 400, null], sources: ['S'], confidence: 'high',
};
const segment = (id: string, from: string, to: string, extra: Partial<RouteSegment> = {}): RouteSegment => ({
  id, corridorId: id[0] ?? 'X', fromPlaceId: 'a', toPlaceId: 'b', path: [[19, 45], [20, 46]], mode: 'road',
  active: { from, to }, approximate: false, sources: ['S'], confidence: 'high', ...extra,
});

describe('segment table', () => {
  it('has one row per segment-month with the month as filter value and the month volume as width', () => {
    const table = buildSegmentTable({ flows: [series], segments: [segment('A-1', '2015-01', '2015-03', { volume: { seriesId: 'f1', scope: 'route-total' } })] });
    expect(table.length).toBe(3);
    expect([...table.startIndices]).toEqual([0, 2, 4, 6]);
    expect([...table.rowMonth]).toEqual([monthIndex('2015-01'), monthIndex('2015-02'), monthIndex('2015-03')]);
    // both vertices of row 1 carry [m, m]
    expect([...table.filterValues.slice(4, 8)]).toEqual([monthIndex('2015-02'), monthIndex('2015-02'), monthIndex('2015-02'), monthIndex('2015-02')]);
    expect(table.maxVolume).toBe(400);
    expect(table.widths[2]).toBeCloseTo(MAX_WIDTH_PX); // row 1 = 400 = max
    expect(table.widths[0]).toBeCloseTo(volumeToWidth(100, 400));
    expect(table.widths[4]).toBe(MIN_WIDTH_PX); // null volume
    expect(Number.isNaN(table.rowVolume[2])).toBe(true);
  });
  it('dashes sea legs only', () => {
    const table = buildSegmentTable({ flows: [], segments: [segment('J-1', '2015-01', '2015-01', { mode: 'boat' }), segment('A-1', '2015-01', '2015-01')] });
    expect([...table.dashArrays.slice(0, 2)]).toEqual([6, 4]);
    expect([...table.dashArrays.slice(4, 6)]).toEqual([0, 0]);
  });
  it('draws route context legs thin, light and dotted, with no figure, whatever series they name', () => {
    const big: FlowSeries = { ...series, id: 'big', values: [100_000, 100_000, 100_000] };
    const table = buildSegmentTable({
      flows: [series, big],
      segments: [
        segment('G-1', '2015-01', '2015-03', { volume: { seriesId: 'big', scope: 'route-total' }, context: true }),
        segment('A-1', '2015-01', '2015-03', { volume: { seriesId: 'f1', scope: 'route-total' } }),
      ],
    });
    const rowsOf = (id: string) => [...table.rowSegment].map((i, row) => [table.segments[i]!.id, row] as const).filter(([sid]) => sid === id).map(([, row]) => row);
    const [contextRow] = rowsOf('G-1');
    expect(rowsOf('G-1')).toHaveLength(1);
    const vertex = table.startIndices[contextRow!]!;
    expect(table.widths[vertex]).toBe(CONTEXT_WIDTH_PX);
    expect(CONTEXT_WIDTH_PX).toBeLessThan(MIN_WIDTH_PX);
    expect(Number.isNaN(table.rowVolume[contextRow!])).toBe(true);
    expect(table.colors[vertex * 4 + 3]).toBe(CONTEXT_ALPHA);
    expect([...table.dashArrays.slice(vertex * 2, vertex * 2 + 2)]).toEqual(CONTEXT_DASH);
    expect(CONTEXT_DASH).not.toEqual(SEA_DASH);
    // Round caps reach one half-width into each gap: a gap of 2 or less would draw a solid line.
    expect(CONTEXT_DASH[1]).toBeGreaterThan(2);
    expect(CONTEXT_DASH[0]).toBeLessThan(CONTEXT_DASH[1]);
    // The context leg's series does not set the scale: the counted leg's 400 is the widest.
    expect(table.maxVolume).toBe(400);
  });
  it('does not draw a context leg as one with an identical counted leg', () => {
    const twin = (extra: Partial<RouteSegment>) => segment('A-1', '2015-01', '2015-03', { volume: { seriesId: 'f1', scope: 'route-total' }, ...extra });
    const table = buildSegmentTable({ flows: [series], segments: [twin({}), { ...twin({ context: true }), id: 'A-2' }] });
    expect(table.alsoDrawn.size).toBe(0);
  });
  it('merges months with the same figure into one row spanning them', () => {
    const flat: FlowSeries = { ...series, id: 'f2', values: [300, 300, 300, 50] };
    const table = buildSegmentTable({ flows: [flat], segments: [segment('A-1', '2015-01', '2015-04', { volume: { seriesId: 'f2', scope: 'route-total' } }), segment('B-1', '2015-01', '2015-12')] });
    // Jan–Mar at 300, Apr at 50; B-1 (no figure): one row for the whole year.
    expect(table.length).toBe(3);
    expect([...table.rowMonth]).toEqual([monthIndex('2015-01'), monthIndex('2015-04'), monthIndex('2015-01')]);
    expect([...table.rowMonthTo]).toEqual([monthIndex('2015-03'), monthIndex('2015-04'), monthIndex('2015-12')]);
    expect([...table.filterValues.slice(0, 2)]).toEqual([monthIndex('2015-01'), monthIndex('2015-03')]);
    expect(segmentIdsInMonth(table, monthIndex('2015-02')).sort()).toEqual(['A-1', 'B-1']);
    expect(segmentIdsInMonth(table, monthIndex('2015-06'))).toEqual(['B-1']);
  });
  it('draws identical segments once and still lists every one of them', () => {
    const table = buildSegmentTable({ flows: [], segments: [segment('A-1', '2015-01', '2015-02'), segment('A-2', '2015-01', '2015-02'), segment('A-3', '2015-01', '2015-02', { path: [[19, 45], [21, 46]] })] });
    expect(table.length).toBe(2);
    expect(segmentIdsInMonth(table, monthIndex('2015-02')).sort()).toEqual(['A-1', 'A-2', 'A-3']);
  });
  it('skips segments whose period is reversed', () => {
    const table = buildSegmentTable({ flows: [], segments: [segment('A-1', '2015-05', '2015-01')] });
    expect(table.length).toBe(0);
  });
});

describe('the demo route picture by month', () => {
  const dataset: Dataset = demoDataset();
  const table = buildSegmentTable(dataset);
  const corridorsIn = (month: string) => new Set(segmentIdsInMonth(table, monthIndex(month)).map((id) => id.split('-')[0]));

  it('summer 2015 runs through Hungary (A), not yet Croatia–Slovenia', () => {
    const c = corridorsIn('2015-08');
    expect(c.has('A')).toBe(true);
    expect(c.has('C1')).toBe(false);
    expect(c.has('C2')).toBe(false);
  });
  it('November 2015 runs via Croatia and Slovenia (C), Hungary (A) and Croatia–Hungary (B) closed', () => {
    const c = corridorsIn('2015-11');
    expect(c.has('A')).toBe(false);
    expect(c.has('B')).toBe(false);
    expect(c.has('C1') || c.has('C2')).toBe(true);
    expect(c.has('A0')).toBe(true); // the trunk through North Macedonia and southern Serbia to Šid
  });
  it('April 2016, after the closure of 9 March, the corridor through North Macedonia is gone', () => {
    const c = corridorsIn('2016-04');
    for (const id of ['A', 'A0', 'B', 'C1', 'C2']) expect(c.has(id)).toBe(false);
  });
  it('June 2018 shows the Bosnia route (E)', () => {
    const c = corridorsIn('2018-06');
    expect(c.has('E1') || c.has('E2')).toBe(true);
    expect(c.has('C2')).toBe(false);
  });
  it('widths follow the Western Balkan Route figure: October 2015 is wider than October 2017', () => {
    const a = monthIndex('2015-10');
    const b = monthIndex('2017-10');
    let w2015 = 0;
    let w2017 = 0;
    for (let row = 0; row < table.length; row++) {
      const s = table.segments[table.rowSegment[row] ?? 0];
      if (s?.volume?.seriesId !== 'frontex:western-balkan-route:land') continue;
      const w = table.widths[table.startIndices[row] ?? 0] ?? 0;
      if (table.rowMonth[row] === a) w2015 = Math.max(w2015, w);
      if (table.rowMonth[row] === b) w2017 = Math.max(w2017, w);
      if (table.rowMonth[row] === a) expect(table.rowVolume[row]).toBe(205703);
    }
    expect(w2015).toBeGreaterThan(w2017);
  });
});
