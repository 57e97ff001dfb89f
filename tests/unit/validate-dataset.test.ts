import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/types';
import { formatPath, validateDataset } from '../../src/data/validate-dataset';

function minimalDataset(): Dataset {
  return {
    format: 'routeshift-dataset',
    version: 1,
    name: 'Test',
    dataDate: '2025-06-04',
    months: { from: '2015-01', to: '2016-12' },
    sources: [{ key: 'S1', title: 'Source one', url: 'https://example.org/', quality: 'primary' }],
    corridors: [
      { id: 'A', name: 'Corridor A', region: 'Western Balkans', active: { from: '2015-06', to: '2015-09' }, placeIds: ['x', 'y'], sources: ['S1'], confidence: 'high' },
    ],
    segments: [
      {
        id: 'A-1',
        corridorId: 'A',
        fromPlaceId: 'x',
        toPlaceId: 'y',
        path: [[20, 44], [19, 46]],
        mode: 'bus',
        active: { from: '2015-06', to: '2015-09' },
        approximate: false,
        volume: { seriesId: 'f1', scope: 'route-total' },
        sources: ['S1'],
        confidence: 'high',
      },
    ],
    crossings: [
      {
        id: 'y',
        name: 'Y',
        countries: ['RS', 'HU'],
        coord: [19, 46],
        coordStatus: 'confirmed',
        statusPeriods: [
          { from: '2015-01', to: '2015-08', status: 'unrecorded', sources: [] },
          { from: '2015-09', to: '2016-12', status: 'closed', eventId: 'ev-1', sources: ['S1'] },
        ],
        sources: ['S1'],
        confidence: 'high',
      },
    ],
    hubs: [{ id: 'x', name: 'X', kind: 'hub', countries: ['RS'], coord: [20, 44], coordStatus: 'confirmed', sources: ['S1'], confidence: 'high' }],
    safeHouses: [
      { id: 'safe-house-x', locality: 'X', hubId: 'x', coord: [20, 44], active: { from: '2016-01', to: '2016-12' }, sources: ['S1'], confidence: 'low', illustrative: true },
    ],
    events: [
      { id: 'ev-1', date: '2015-09-15', month: '2015-09', title: 'Closure', description: 'Closed.', kind: 'border-closure', placeIds: ['y'], countries: ['HU'], status: 'confirmed', sources: ['S1'], confidence: 'high' },
    ],
    flows: [
      { id: 'f1', name: 'Flow', region: 'Western Balkans', measure: 'detections', unit: 'detections', start: '2015-01', values: [1, null, 3], sources: ['S1'], confidence: 'high' },
    ],
    incidents: [
      { id: 'i1', date: '2015-10-01', month: '2015-10', coord: [20, 44], deadAndMissing: 1, survivors: null, sources: ['S1'], confidence: 'high' },
    ],
    prices: [{ id: 'p1', leg: 'X → Y', min: 100, max: null, currency: 'EUR', unit: 'per person', sources: ['S1'], confidence: 'medium' }],
  };
}

function issuesOf(json: unknown) {
  const result = validateDataset(json);
  if (result.ok) throw new Error('expected the dataset to be invalid');
  return result.issues;
}

describe('validateDataset', () => {
  it('accepts a valid minimal dataset', () => {
    const result = validateDataset(minimalDataset());
    expect(result.ok ? 'ok' : result.issues).toBe('ok');
    if (result.ok) expect(result.dataset.segments[0]?.id).toBe('A-1');
  });

  it('accepts a dataset with empty entity lists', () => {
    const empty = { ...minimalDataset(), corridors: [], segments: [], crossings: [], hubs: [], safeHouses: [], events: [], flows: [], incidents: [], prices: [] };
    expect(validateDataset(empty).ok).toBe(true);
  });

  it('reports a bad month with its path', () => {
    const dataset = minimalDataset();
    (dataset.segments[0] as { active: { from: string } }).active.from = '2015-13';
    const issues = issuesOf(dataset);
    expect(issues.map((i) => i.path)).toEqual(['segments[0].active.from']);
    expect(issues[0]?.message).toMatch(/YYYY-MM/);
  });

  it('reports every schema issue, not just the first', () => {
    const dataset = minimalDataset() as unknown as Record<string, unknown[]>;
    (dataset.hubs?.[0] as Record<string, unknown>).coord = [200, 44];
    (dataset.incidents?.[0] as Record<string, unknown>).deadAndMissing = 'many';
    delete (dataset.events?.[0] as Record<string, unknown>).title;
    const paths = issuesOf(dataset).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['hubs[0].coord[0]', 'incidents[0].deadAndMissing', 'events[0].title']));
  });

  it('reports a wrong format or version at the top level', () => {
    expect(issuesOf({ ...minimalDataset(), version: 2 }).map((i) => i.path)).toEqual(['version']);
    expect(issuesOf(null).map((i) => i.path)).toEqual(['(root)']);
  });

  it('reports a duplicate id', () => {
    const dataset = minimalDataset();
    dataset.segments.push({ ...(dataset.segments[0] as Dataset['segments'][number]) });
    const issues = issuesOf(dataset);
    expect(issues).toEqual([{ path: 'segments[1].id', message: "Duplicate segment id 'A-1' (first at segments[0])" }]);
  });

  it('reports an unknown source key', () => {
    const dataset = minimalDataset();
    dataset.crossings[0]?.sources.push('NOPE');
    (dataset.crossings[0]?.statusPeriods[1] as { sources: string[] }).sources = ['ALSO-NOPE'];
    const issues = issuesOf(dataset);
    expect(issues).toEqual([
      { path: 'crossings[0].sources[1]', message: "Unknown source key 'NOPE'" },
      { path: 'crossings[0].statusPeriods[1].sources[0]', message: "Unknown source key 'ALSO-NOPE'" },
    ]);
  });

  it('reports broken references between entities', () => {
    const dataset = minimalDataset();
    const segment = dataset.segments[0] as Dataset['segments'][number];
    segment.corridorId = 'Z';
    segment.toPlaceId = 'nowhere';
    segment.volume = { seriesId: 'no-series', scope: 'route-total' };
    (dataset.safeHouses[0] as { hubId: string }).hubId = 'y';
    (dataset.crossings[0]?.statusPeriods[1] as { eventId: string }).eventId = 'ev-9';
    expect(issuesOf(dataset).map((i) => i.path)).toEqual([
      'segments[0].corridorId',
      'segments[0].toPlaceId',
      'segments[0].volume.seriesId',
      'crossings[0].statusPeriods[1].eventId',
      'safeHouses[0].hubId',
    ]);
  });

  it('reports a period that ends before it starts, and overlapping status periods', () => {
    const dataset = minimalDataset();
    (dataset.corridors[0] as { active: { from: string; to: string } }).active = { from: '2016-01', to: '2015-01' };
    (dataset.crossings[0]?.statusPeriods[1] as { from: string }).from = '2015-08';
    const issues = issuesOf(dataset);
    expect(issues.map((i) => i.path)).toEqual(['corridors[0].active', 'crossings[0].statusPeriods[1].from']);
    expect(issues[0]?.message).toMatch(/starts after it ends/);
  });

  it('requires at least one source per entity', () => {
    const dataset = minimalDataset();
    (dataset.prices[0] as { sources: string[] }).sources = [];
    expect(issuesOf(dataset).map((i) => i.path)).toEqual(['prices[0].sources']);
  });
});

describe('formatPath', () => {
  it('writes array indexes in brackets', () => {
    expect(formatPath(['segments', 3, 'active', 'from'])).toBe('segments[3].active.from');
    expect(formatPath([])).toBe('(root)');
  });
});
