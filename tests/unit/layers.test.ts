import { describe, expect, it } from 'vitest';
import { DataFilterExtension, PathStyleExtension } from '@deck.gl/extensions';
import { buildMapTables } from '../../src/data/tables';
import { monthIndex } from '../../src/domain/month';
import { buildLayers, selectionGeometry } from '../../src/map/layers/build-layers';
import { pickedEntity } from '../../src/map/layers/pick';
import { monthFilterRange } from '../../src/map/layers/month-filter';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import type { TimeWindow } from '../../src/domain/time-window';
import { demoDataset } from '../fixtures/demo-fixture';

const dataset = demoDataset();
const tables = buildMapTables(dataset);
const single = (month: string): TimeWindow => ({ mode: 'month', start: month, month, trail: false });
const build = (month: string, layers = DEFAULT_LAYERS, timeWindow = single(month)) =>
  buildLayers({ tables, timeWindow, layers, selected: null, labels: [], zoom: 5, theme: 'light' });
const byId = (layers: ReturnType<typeof build>) => new Map(layers.map((l) => [l.id, l]));

describe('layer builders', () => {
  it('give stable ids whatever the month', () => {
    expect(build('2015-08').map((l) => l.id)).toEqual(build('2018-06').map((l) => l.id));
    expect([...byId(build('2015-08')).keys()]).toEqual(expect.arrayContaining(['segments', 'crossings', 'hubs', 'safeHouses', 'incidents', 'place-labels']));
  });
  it('change only the GPU filter range between months, never the data', () => {
    const a = byId(build('2015-08'));
    const b = byId(build('2015-11'));
    for (const id of ['segments', 'crossings', 'safeHouses', 'incidents']) {
      expect(b.get(id)?.props.data).toBe(a.get(id)?.props.data);
      const filterRange = (b.get(id)?.props as { filterRange?: unknown }).filterRange;
      expect(filterRange).toEqual(monthFilterRange(monthIndex('2015-11')));
      expect(b.get(id)?.props.extensions.some((e: unknown) => e instanceof DataFilterExtension)).toBe(true);
    }
    // binary data: the same typed arrays are handed over for every month
    const segA = a.get('segments')?.props.data as { attributes: { getPath: { value: Float64Array } } };
    const segB = b.get('segments')?.props.data as { attributes: { getPath: { value: Float64Array } } };
    expect(segB.attributes.getPath.value).toBe(segA.attributes.getPath.value);
  });
  it('passes the month filter as [from <= m] and [to >= m]', () => {
    expect(monthFilterRange(100)).toEqual([[0, 100], [100, 1e6]]);
  });
  it('draws sea legs dashed through PathStyleExtension and binary attributes', () => {
    const seg = byId(build('2015-08')).get('segments');
    expect(seg?.props.extensions.some((e: unknown) => e instanceof PathStyleExtension)).toBe(true);
    const data = seg?.props.data as { length: number; startIndices: Uint32Array; attributes: Record<string, { value: ArrayLike<number>; size: number }> };
    expect(data.length).toBe(tables.segments.length);
    expect(data.attributes.getFilterValue?.size).toBe(2);
    expect(data.attributes.getDashArray?.value).toBe(tables.segments.dashArrays);
    // Dotted route context legs are mostly gap: the gaps must hover too.
    expect((seg?.props as { dashGapPickable?: boolean } | undefined)?.dashGapPickable).toBe(true);
  });
  it('toggles layers with `visible`, keeping them in the list', () => {
    const layers = byId(build('2015-08', { ...DEFAULT_LAYERS, incidents: false, segments: false }));
    expect(layers.get('incidents')?.props.visible).toBe(false);
    expect(layers.get('segments')?.props.visible).toBe(false);
    expect(layers.get('crossings')?.props.visible).toBe(true);
  });
  it('halos the selection: a path for segments, a ring for points', () => {
    const segment = dataset.segments[0];
    expect(segment).toBeDefined();
    expect(selectionGeometry(tables, { kind: 'segment', id: segment!.id }).path).toEqual(segment!.path);
    const hub = dataset.hubs[0]!;
    expect(selectionGeometry(tables, { kind: 'hub', id: hub.id }).point).toEqual(hub.coord);
  });
  it('maps picked rows back to entities', () => {
    const row = 0;
    const segment = tables.segments.segments[tables.segments.rowSegment[row]!]!;
    expect(pickedEntity(tables, 'segments', row, null)?.ref).toEqual({ kind: 'segment', id: segment.id });
    expect(pickedEntity(tables, 'incidents', 3, null)?.ref).toEqual({ kind: 'incident', id: dataset.incidents[3]!.id });
    expect(pickedEntity(tables, 'crossings', 0, null)?.ref).toEqual({ kind: 'crossing', id: tables.crossings.crossings[tables.crossings.rowCrossing[0]!]!.id });
    expect(pickedEntity(tables, 'segments', -1, null)).toBeNull();
  });
});

describe('hub table', () => {
  it('holds hubs as typed arrays, hollow where the place is not exact', async () => {
    const { buildHubTable } = await import('../../src/data/tables/hub-table');
    const exact = dataset.hubs.find((h) => h.coordStatus === 'confirmed')!;
    const approx = dataset.hubs.find((h) => h.coordStatus !== 'confirmed')!;
    const table = buildHubTable([exact, approx]);
    expect(table.length).toBe(2);
    // 32-bit positions: deck.gl draws them as they are (64-bit ones it splits on the main thread).
    expect(table.positions).toBeInstanceOf(Float32Array);
    expect([...table.positions]).toEqual([...Float32Array.from([...exact.coord, ...approx.coord])]);
    expect(table.fillColors[3]).toBe(255);
    expect([...table.fillColors.slice(4, 8)]).toEqual([255, 255, 255, 230]);
    expect(pickedEntity({ ...tables, hubs: table }, 'hubs', 1, null)?.ref).toEqual({ kind: 'hub', id: approx.id });
  });
});
