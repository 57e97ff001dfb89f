import { describe, expect, it } from 'vitest';
import { combineDatasets, prefixDatasetIds } from '../../src/data/combine-datasets';
import { validateDataset } from '../../src/data/validate-dataset';
import { buildMapTables } from '../../src/data/tables';
import type { Dataset } from '../../src/domain/types';
import { createAppStore } from '../../src/state/store';
import type { LoadedDataset } from '../../src/domain/workspace';
import { demoDataset } from '../fixtures/demo-fixture';

const demo = demoDataset();

function userDataset(name: string): Dataset {
  return {
    format: 'routeshift-dataset',
    version: 1,
    name,
    dataDate: '2026-11-29',
    months: { from: '2015-01', to: '2016-12' },
    sources: [{ key: 'file:x.csv', title: 'User file x.csv' }],
    corridors: [{ id: 'c', name: 'Mine', region: 'Other', active: { from: '2015-01', to: '2016-12' }, placeIds: [], sources: ['file:x.csv'], confidence: 'medium' }],
    segments: [{ id: 's1', corridorId: 'c', fromPlaceId: 'h1', toPlaceId: 'h2', path: [[19, 45], [20, 46]], mode: 'road', active: { from: '2015-01', to: '2015-06' }, approximate: false, sources: ['file:x.csv'], confidence: 'medium' }],
    crossings: [],
    hubs: [
      { id: 'h1', name: 'Hub', kind: 'hub', countries: ['RS'], coord: [19, 45], coordStatus: 'confirmed', sources: ['file:x.csv'], confidence: 'medium' },
      { id: 'h2', name: 'Hub 2', kind: 'hub', countries: ['RS'], coord: [20, 46], coordStatus: 'confirmed', sources: ['file:x.csv'], confidence: 'medium' },
    ],
    safeHouses: [],
    events: [],
    flows: [],
    incidents: [],
    prices: [],
  };
}

const loaded = (id: string, name = id): LoadedDataset => ({ id, name, sourceFiles: ['x.csv'], loadedAt: '2026-11-29T06:00:00Z', visible: true, dataset: prefixDatasetIds(userDataset(name), id) });

describe('combining datasets', () => {
  it('keeps the demo as it is when alone', () => {
    expect(combineDatasets([demo])).toBe(demo);
  });
  it('with user ids prefixed at import, two copies of one file never clash, and the whole stays valid', () => {
    const combined = combineDatasets([demo, prefixDatasetIds(userDataset('a'), 'ds-1'), prefixDatasetIds(userDataset('b'), 'ds-2')]);
    expect(combined.segments.filter((s) => s.id.endsWith('/s1')).map((s) => [s.id, s.corridorId, s.sources[0]])).toEqual([
      ['ds-1/s1', 'ds-1/c', 'ds-1/file:x.csv'],
      ['ds-2/s1', 'ds-2/c', 'ds-2/file:x.csv'],
    ]);
    expect(combined.segments.find((s) => s.id === 'C2-1')).toBeDefined();
    const result = validateDataset(combined);
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
    expect(combined.months).toEqual(demo.months);
  });
  it('keeps the tables of lists only one dataset has when another dataset adds other things', () => {
    const points: Dataset = { ...userDataset('p'), corridors: [], segments: [], hubs: [], incidents: [{ id: 'i1', date: '2015-02-03', month: '2015-02', coord: [19, 45], deadAndMissing: 1, survivors: null, sources: ['file:x.csv'], confidence: 'high' }] };
    const demoTables = buildMapTables(demo);
    const combined = combineDatasets([demo, prefixDatasetIds(points, 'ds-9')]);
    expect(combined.segments).toBe(demo.segments);
    const tables = buildMapTables(combined);
    expect(tables.segments).toBe(demoTables.segments);
    expect(tables.hubs).toBe(demoTables.hubs);
    expect(tables.incidents.length).toBe(demoTables.incidents.length + 1);
    // a dataset with segments of its own: the segment table is built again, with both
    const withSegments = buildMapTables(combineDatasets([demo, prefixDatasetIds(userDataset('a'), 'ds-1')]));
    expect(withSegments.segments).not.toBe(demoTables.segments);
    expect(withSegments.segments.segments.some((s) => s.id === 'ds-1/s1')).toBe(true);
  });
  it('spans the months of what is shown', () => {
    expect(combineDatasets([prefixDatasetIds(userDataset('a'), 'ds-1')]).months).toEqual({ from: '2015-01', to: '2016-12' });
  });
});

describe('dataset list in the store', () => {
  const setup = () => {
    const store = createAppStore();
    store.getState().setDataset(demo);
    return store;
  };
  it('adds, hides and shows a dataset, and its entities join the map tables', () => {
    const store = setup();
    const before = store.getState().tables!.hubs.length;
    store.getState().addDataset(loaded('ds-1'));
    expect(store.getState().tables!.hubs.length).toBe(before + 2);
    store.getState().setDatasetVisible('ds-1', false);
    expect(store.getState().tables!.hubs.length).toBe(before);
    store.getState().setDatasetVisible('demo', false);
    expect(store.getState().tables!.hubs.length).toBe(0);
  });
  it('removes with undo back at the same place, and renames without rebuilding tables', () => {
    const store = setup();
    store.getState().addDataset(loaded('ds-1', 'one'));
    store.getState().addDataset(loaded('ds-2', 'two'));
    const removed = store.getState().removeDataset('ds-1');
    expect(store.getState().datasets.map((d) => d.id)).toEqual(['demo', 'ds-2']);
    store.getState().restoreDataset(removed!, 1);
    expect(store.getState().datasets.map((d) => d.id)).toEqual(['demo', 'ds-1', 'ds-2']);
    const tables = store.getState().tables;
    store.getState().renameDataset('ds-2', 'renamed');
    expect(store.getState().datasets[2]?.name).toBe('renamed');
    expect(store.getState().tables).toBe(tables);
  });
  it('replaces user datasets but keeps the demo', () => {
    const store = setup();
    store.getState().addDataset(loaded('ds-1'));
    store.getState().replaceUserDatasets([loaded('ds-9')]);
    expect(store.getState().datasets.map((d) => d.id)).toEqual(['demo', 'ds-9']);
  });
});

describe('files too large for the browser', () => {
  it('are refused up front with the limit stated', async () => {
    const { oversizedFiles } = await import('../../src/data/import/import-client');
    const { MAX_IMPORT_BYTES } = await import('../../src/data/import/types');
    const big = { name: 'huge.csv', size: MAX_IMPORT_BYTES + 1 } as File;
    const small = { name: 'small.csv', size: 10 } as File;
    const refused = oversizedFiles([big, small]);
    expect(refused.map((r) => r.file.name)).toEqual(['huge.csv']);
    expect(refused[0]?.reason).toMatch(/huge\.csv is 300 MB; RouteShift imports files up to 300 MB/);
  });
});
