import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMonths } from '../../src/domain/change';
import { candidateCrossings, type CountryFeatures } from '../../src/domain/geometry-analytics';
import type { Layer } from '@deck.gl/core';
import { DataFilterExtension } from '@deck.gl/extensions';
import { buildMapTables } from '../../src/data/tables';
import { arrivalAngle, buildRouteFlowTable, declutter, pathMidpoint, routeFlowIdsInWindow, routeLabelName } from '../../src/data/tables/route-flow-table';
import { buildSegmentTable, segmentIdsInMonth, volumeToWidth } from '../../src/data/tables/segment-table';
import { monthIndex } from '../../src/domain/month';
import type { FlowSeries, LonLat, RouteSegment } from '../../src/domain/types';
import { buildLayers } from '../../src/map/layers/build-layers';
import { monthFilterRange } from '../../src/map/layers/month-filter';
import { pickedEntity } from '../../src/map/layers/pick';
import { isTimeBound } from '../../src/map/layers/retime';
import { ROUTE_FLOW_ARROWS_LAYER_ID, ROUTE_FLOW_LABELS_LAYER_ID, ROUTE_FLOW_LINES_LAYER_ID, ROUTE_FLOWS_LAYER_ID } from '../../src/map/layers/route-flows-layer';
import { validateDataset } from '../../src/data/validate-dataset';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import type { TimeWindow } from '../../src/domain/time-window';
import type { EntityFilters } from '../../src/domain/filters';
import { entityDetails } from '../../src/features/details/entity-details';
import { exportCsv, exportGeoJson } from '../../src/data/export/export-visible';
import { legendEntries } from '../../src/features/media-export/legend-content';
import { routeFlowLegend } from '../../src/domain/route-flow-palette';
import { resolveEntity } from '../../src/state/selectors';
import { withoutRouteFlows, withRouteFlows } from '../fixtures/route-flows/route-flows';
import { demoDataset } from '../fixtures/demo-fixture';

const series = (id: string, values: (number | null)[]): FlowSeries => ({
  id, name: id, region: 'Western Mediterranean', measure: 'detections', unit: 'detections', start: '2015-01', values, sources: ['S'], confidence: 'high',
});
const segment = (id: string, extra: Partial<RouteSegment> = {}): RouteSegment => ({
  id, corridorId: id.split('-1')[0] ?? id, fromPlaceId: 'a', toPlaceId: 'b', path: [[19, 45], [20, 46], [21, 46]], mode: 'boat',
  active: { from: '2015-01', to: '2015-03' }, approximate: false, sources: ['S'], confidence: 'high', ...extra,
});

describe('route-flow table (small)', () => {
  const flows = [series('corridor-figure', [100, 100, 50]), series('route-figure', [400, 300, 300])];
  const regular = segment('A-1', { volume: { seriesId: 'corridor-figure', scope: 'route-total' } });
  const flow = segment('FX-1', { schematic: true, volume: { seriesId: 'route-figure', scope: 'route-total' } });
  const segments = buildSegmentTable({ flows, segments: [regular, flow] });
  const table = buildRouteFlowTable(segments, { flows, corridors: [] });

  it('leaves schematic segments out of the corridor segments and draws them on their own', () => {
    expect(segmentIdsInMonth(segments, monthIndex('2015-01'))).toEqual(['A-1']);
    expect(routeFlowIdsInWindow(table, monthIndex('2015-01'), monthIndex('2015-01'))).toEqual(['FX-1']);
    // Still listed (details, filters, export read the segment list).
    expect(segments.segments.map((s) => s.id)).toEqual(['A-1', 'FX-1']);
  });

  it('shares one width scale: the maximum is over both, and equal figures are equally wide', () => {
    expect(segments.maxVolume).toBe(400);
    expect(table.maxVolume).toBe(400);
    expect(segments.widths[0]).toBeCloseTo(volumeToWidth(100, 400));
    expect(table.widths[0]).toBeCloseTo(volumeToWidth(400, 400));
    expect(table.widths[0]).toBeGreaterThan(segments.widths[0] ?? Infinity);
  });

  it('has a row per run of months with the same figure, filtered on the GPU by [from, to]', () => {
    expect(table.length).toBe(2);
    expect([...table.rowMonth]).toEqual([monthIndex('2015-01'), monthIndex('2015-02')]);
    expect([...table.rowMonthTo]).toEqual([monthIndex('2015-01'), monthIndex('2015-03')]);
    expect([...table.startIndices]).toEqual([0, 3, 6]);
    // Every vertex of row 1 carries [Feb, Mar]; its arrow head too.
    expect([...table.filterValues.slice(6, 12)]).toEqual([0, 1, 2].flatMap(() => [monthIndex('2015-02'), monthIndex('2015-03')]));
    expect([...table.arrowFilterValues.slice(2, 4)]).toEqual([monthIndex('2015-02'), monthIndex('2015-03')]);
    expect(routeFlowIdsInWindow(table, monthIndex('2015-04'), monthIndex('2015-06'))).toEqual([]);
  });

  it('moves a label pair that would cover another at the region\'s zoom, and leaves lone ones where they are', () => {
    const label = (text: string, position: [number, number]) => ({ kind: 'name' as const, text, position, months: [0, 1] as [number, number], filterClass: 0, offset: [0, 0] as [number, number] });
    const labels = [label('W. Med, sea', [-3.1, 36.0]), label('W. Med, land', [-5.3, 35.9]), label('Black Sea', [31, 43])];
    declutter(labels);
    expect(labels[0]?.offset).toEqual([0, 0]);
    expect(labels[1]?.offset).not.toEqual([0, 0]);
    expect(labels[2]?.offset).toEqual([0, 0]);
  });

  it('puts the arrow head on the arrival end, pointing along the last leg, and the labels halfway', () => {
    expect([...table.arrowPositions.slice(0, 2)]).toEqual([21, 46]);
    expect(table.arrowAngles[0]).toBeCloseTo(0); // due east
    expect(arrivalAngle([[0, 0], [0, 1]])).toBeCloseTo(90);
    expect(pathMidpoint([[0, 0], [2, 0]])).toEqual([1, 0]);
    expect(table.labels.map((l) => [l.kind, l.text])).toEqual([['name', 'FX'], ['figure', '400 detections'], ['figure', '300 detections']]);
  });
});

describe('route-flow layers with the demo', () => {
  const dataset = withRouteFlows(demoDataset());
  const tables = buildMapTables(dataset);
  const single = (month: string): TimeWindow => ({ mode: 'month', start: month, month, trail: false });
  const build = (month: string, options: { layers?: typeof DEFAULT_LAYERS; zoom?: number; filters?: EntityFilters } = {}) =>
    buildLayers({ tables, timeWindow: single(month), layers: options.layers ?? DEFAULT_LAYERS, selected: null, labels: [], zoom: options.zoom ?? 5, theme: 'light', ...(options.filters ? { filters: options.filters } : {}) });
  const byId = (layers: Layer[]) => new Map(layers.map((l) => [l.id, l]));
  const widthIn = (month: string, corridorId: string) => {
    const t = tables.routeFlows;
    for (let row = 0; row < t.length; row++) {
      const s = t.segments[t.rowSegment[row] ?? -1];
      if (s?.corridorId === corridorId && (t.rowMonth[row] ?? 0) <= monthIndex(month) && (t.rowMonthTo[row] ?? 0) >= monthIndex(month)) return t.widths[t.startIndices[row] ?? 0] ?? 0;
    }
    return 0;
  };

  it('the fixture is a valid dataset', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
  });

  it('October 2015: the Eastern Mediterranean flow dwarfs the Western; October 2018: the Western is the widest', () => {
    expect(widthIn('2015-10', 'FX-EMED-SEA')).toBeGreaterThan(3 * widthIn('2015-10', 'FX-WMED-SEA'));
    expect(widthIn('2018-10', 'FX-WMED-SEA')).toBeGreaterThan(widthIn('2018-10', 'FX-EMED-SEA'));
    // The same figure as the Aegean sea leg of corridor A in the same month: the same width.
    const aegean = tables.segments;
    const row = Array.from(aegean.rowSegment).findIndex((i, r) => aegean.segments[i]?.volume?.seriesId === 'frontex:eastern-mediterranean-route:sea' && aegean.rowMonth[r] === monthIndex('2015-09'));
    expect(row).toBeGreaterThanOrEqual(0);
    expect(widthIn('2015-09', 'FX-EMED-SEA')).toBeCloseTo(aegean.widths[aegean.startIndices[row] ?? 0] ?? 0);
    expect(tables.routeFlows.maxVolume).toBe(tables.segments.maxVolume);
  });

  it('are their own layers, below the segments, toggled by their own switch, time-bound like the segments', () => {
    const layers = build('2018-10');
    const ids = layers.map((l) => l.id);
    for (const id of [ROUTE_FLOWS_LAYER_ID, ROUTE_FLOW_LINES_LAYER_ID, ROUTE_FLOW_ARROWS_LAYER_ID, ROUTE_FLOW_LABELS_LAYER_ID]) {
      const layer = byId(layers).get(id);
      expect(layer?.props.visible, id).toBe(true);
      expect(isTimeBound(layer as Layer), id).toBe(true);
      expect((layer?.props as { filterRange?: unknown }).filterRange, id).toEqual(monthFilterRange(monthIndex('2018-10')));
      expect(layer?.props.extensions.some((e: unknown) => e instanceof DataFilterExtension), id).toBe(true);
    }
    expect(ids.indexOf(ROUTE_FLOWS_LAYER_ID)).toBeLessThan(ids.indexOf('segments'));
    const hidden = byId(build('2018-10', { layers: { ...DEFAULT_LAYERS, routeFlows: false } }));
    expect(hidden.get(ROUTE_FLOWS_LAYER_ID)?.props.visible).toBe(false);
    expect(hidden.get(ROUTE_FLOW_ARROWS_LAYER_ID)?.props.visible).toBe(false);
    expect(hidden.get('segments')?.props.visible).toBe(true);
    const noSegments = byId(build('2018-10', { layers: { ...DEFAULT_LAYERS, segments: false } }));
    expect(noSegments.get(ROUTE_FLOWS_LAYER_ID)?.props.visible).toBe(true);
  });

  it('change only the filter range between months, never the data', () => {
    const a = byId(build('2015-10'));
    const b = byId(build('2018-10'));
    for (const id of [ROUTE_FLOWS_LAYER_ID, ROUTE_FLOW_LINES_LAYER_ID, ROUTE_FLOW_ARROWS_LAYER_ID, ROUTE_FLOW_LABELS_LAYER_ID]) expect(b.get(id)?.props.data, id).toBe(a.get(id)?.props.data);
    const data = a.get(ROUTE_FLOWS_LAYER_ID)?.props.data as { attributes: { getPath: { value: Float32Array }; getWidth: { value: Float32Array } } };
    expect(data.attributes.getPath.value).toBe(tables.routeFlows.positions);
    expect(data.attributes.getWidth.value).toBe(tables.routeFlows.widths);
  });

  it('label the route and its figure when zoomed out only', () => {
    expect(byId(build('2015-10', { zoom: 4 })).get(ROUTE_FLOW_LABELS_LAYER_ID)?.props.visible).toBe(true);
    expect(byId(build('2015-10', { zoom: 6 })).get(ROUTE_FLOW_LABELS_LAYER_ID)?.props.visible).toBe(false);
    const labels = tables.routeFlows.labels;
    expect(labels.filter((l) => l.kind === 'name').map((l) => l.text)).toEqual(['E. Med, sea', 'W. Med, sea']);
    expect(
      ['Western Balkan Route, land borders (route-level flow)', 'Eastern land borders (schematic)', 'Circular route Albania–Greece', 'Circular Route from Albania to Greece (route-level flow)', 'Western African Route', 'Central Mediterranean Route, sea borders'].map(routeLabelName),
    ).toEqual(['W. Balkans, land', 'E. land borders', 'Albania–Greece', 'Albania–Greece', 'W. Africa', 'C. Med, sea']);
    const october = labels.find((l) => l.kind === 'figure' && l.months[0] <= monthIndex('2015-10') && l.months[1] >= monthIndex('2015-10'));
    expect(october?.text).toBe('214,811 detections');
  });

  it('apply the filters through the segments\' filter classes', () => {
    const passing = (filters: EntityFilters) => {
      const layer = byId(build('2018-10', { filters })).get(ROUTE_FLOWS_LAYER_ID);
      const classes = new Set((layer?.props as unknown as { filterCategories: number[] }).filterCategories);
      const t = tables.routeFlows;
      return [...new Set(Array.from(t.rowSegment, (i, row) => (classes.has(t.filter.classes[row] ?? -1) ? t.segments[i]?.corridorId : null)).filter(Boolean))];
    };
    expect(passing({}).sort()).toEqual(['FX-EMED-SEA', 'FX-WMED-SEA']);
    expect(passing({ corridors: ['FX-WMED-SEA'] })).toEqual(['FX-WMED-SEA']);
    expect(passing({ corridors: ['A'] })).toEqual([]);
    expect(passing({ countries: ['ES'] })).toEqual(['FX-WMED-SEA']);
  });

  it('are picked as their segment, from the band or the arrow head', () => {
    const t = tables.routeFlows;
    const row = Array.from(t.rowSegment).findIndex((i) => t.segments[i]?.id === 'FX-WMED-SEA-1');
    expect(pickedEntity(tables, ROUTE_FLOWS_LAYER_ID, row, null)?.ref).toEqual({ kind: 'segment', id: 'FX-WMED-SEA-1' });
    expect(pickedEntity(tables, ROUTE_FLOW_ARROWS_LAYER_ID, row, null)?.ref).toEqual({ kind: 'segment', id: 'FX-WMED-SEA-1' });
  });

  it('say in tooltip and panel that they are schematic, with the route figure of the month', () => {
    const d = entityDetails(dataset, resolveEntity(dataset, { kind: 'segment', id: 'FX-WMED-SEA-1' })!, '2018-10');
    expect(d.kindLabel).toBe('Route-level flow (schematic)');
    expect(d.title).toBe('Western Mediterranean Route, sea (schematic)');
    // The tooltip shows the first caveat and the key figure.
    expect(d.caveats[0]).toBe('Schematic route-level flow: geometry shows departure and arrival areas, not a path.');
    expect(d.rows.find((r) => r.label === d.keyLabel)?.value).toBe('9,301 detections of illegal border-crossing (Frontex, whole route)');
    expect(d.rows.some((r) => r.label === 'Length as drawn')).toBe(false);
    expect(d.sources).toContain('FRONTEX');
  });

  it('are not created at all while the data has none', () => {
    const plain = buildMapTables(withoutRouteFlows(demoDataset()));
    expect(plain.routeFlows.length).toBe(0);
    const layer = buildLayers({ tables: plain, timeWindow: single('2018-10'), layers: DEFAULT_LAYERS, selected: null, labels: [], zoom: 5, theme: 'light' }).find((l) => l.id === ROUTE_FLOWS_LAYER_ID);
    expect(layer?.props.visible).toBe(false);
  });
});

describe('route-level flows in exports and legends', () => {
  const dataset = withRouteFlows(demoDataset());
  const OCT_2018 = { from: '2018-10', to: '2018-10' };

  it('export with their own layer, marked schematic, and the file says what that means', () => {
    const collection = exportGeoJson(dataset, OCT_2018, DEFAULT_LAYERS, '2026-12-05T10:00:00.000Z');
    const flow = collection.features.find((f) => f.properties.id === 'FX-WMED-SEA-1');
    expect(flow?.properties).toMatchObject({ kind: 'segment', schematic: true, volume: 9301, corridor: 'FX-WMED-SEA', name: 'Route-level flow (schematic): Nador coast → Almería coast' });
    expect(collection.metadata.layers).toContain('routeFlows');
    expect(collection.metadata.notes.join(' ')).toMatch(/schematic are route-level flows/);
    const without = exportGeoJson(dataset, OCT_2018, { ...DEFAULT_LAYERS, routeFlows: false }, '2026-12-05T10:00:00.000Z');
    expect(without.features.some((f) => f.properties.schematic === true)).toBe(false);
    expect(without.metadata.notes.join(' ')).not.toMatch(/schematic/);
    expect(without.features.some((f) => f.properties.kind === 'segment')).toBe(true);
    const onlyFlows = exportGeoJson(dataset, OCT_2018, { ...DEFAULT_LAYERS, segments: false }, '2026-12-05T10:00:00.000Z');
    const onlyFlowSegments = onlyFlows.features.filter((f) => f.properties.kind === 'segment');
    expect(onlyFlowSegments.length).toBeGreaterThan(0);
    expect(onlyFlowSegments.every((f) => f.properties.schematic === true)).toBe(true);
    expect(exportCsv(dataset, OCT_2018, DEFAULT_LAYERS, '2026-12-05T10:00:00.000Z')).toContain('Route-level flow (schematic): Nador coast → Almería coast');
  });

  it('have their own legend entry, and are not listed as a corridor colour', () => {
    const labels = legendEntries(dataset, DEFAULT_LAYERS, 1000).map((e) => e.label);
    expect(labels).toContain(routeFlowLegend());
    expect(labels).toContain('Route-level flow: Western Mediterranean');
    expect(labels.some((l) => l.startsWith('FX'))).toBe(false);
    expect(legendEntries(dataset, { ...DEFAULT_LAYERS, routeFlows: false }, 1000).map((e) => e.label)).not.toContain(routeFlowLegend());
    // A picture's legend explains what is in it.
    expect(legendEntries(dataset, DEFAULT_LAYERS, 1000, { corridors: new Set(['FX-WMED-SEA']) }).filter((e) => e.mark.kind === 'flow').map((e) => e.label)).toEqual([routeFlowLegend(), 'Route-level flow: Western Mediterranean']);
  });
});

describe('route-level flows are no route legs', () => {
  const dataset = withRouteFlows(demoDataset());
  it('the change view leaves them out (they keep their own layer)', () => {
    const result = compareMonths(dataset, '2015-10', '2018-10');
    expect(result.segments.some((c) => c.segmentId.startsWith('FX-'))).toBe(false);
    expect(result.byCorridor.some((line) => line.key.startsWith('FX-'))).toBe(false);
  });
  it('candidate crossings are not looked for along them', () => {
    const countries = JSON.parse(readFileSync(resolve(process.cwd(), 'public/basemap/countries.json'), 'utf8')) as CountryFeatures;
    // A land flow across North Macedonia and Serbia to Hungary: as a path it would cross borders.
    const land = { ...dataset.segments.find((s) => s.id === 'FX-EMED-SEA-1')!, id: 'FX-WB-1', path: [[22.94, 40.64], [21.4, 42.0], [20.5, 44.8], [19.04, 47.5]] as LonLat[] };
    const asPath = candidateCrossings({ ...dataset, segments: [...dataset.segments, { ...land, schematic: false }] }, countries);
    expect(asPath.some((c) => c.segmentIds.includes('FX-WB-1'))).toBe(true);
    const asFlow = candidateCrossings({ ...dataset, segments: [...dataset.segments, land] }, countries);
    expect(asFlow.some((c) => c.segmentIds.some((id) => id.startsWith('FX-')))).toBe(false);
  });
});

describe.skipIf(!demoDataset().segments.some((s) => s.schematic))('the demo\'s own route-level flows', () => {
  const dataset = demoDataset();
  const tables = buildMapTables(dataset);
  const t = tables.routeFlows;
  const widthOf = (seriesId: string, month: string) => {
    for (let row = 0; row < t.length; row++) {
      const s = t.segments[t.rowSegment[row] ?? -1];
      if (s?.volume?.seriesId === seriesId && (t.rowMonth[row] ?? 0) <= monthIndex(month) && (t.rowMonthTo[row] ?? 0) >= monthIndex(month)) return t.widths[t.startIndices[row] ?? 0] ?? 0;
    }
    return Number.NaN;
  };
  const widest = (month: string) => {
    let best = { id: '', width: -1 };
    for (let row = 0; row < t.length; row++) {
      if ((t.rowMonth[row] ?? 0) > monthIndex(month) || (t.rowMonthTo[row] ?? 0) < monthIndex(month)) continue;
      const width = t.widths[t.startIndices[row] ?? 0] ?? 0;
      if (width > best.width) best = { id: t.segments[t.rowSegment[row] ?? -1]?.volume?.seriesId ?? '', width };
    }
    return best.id;
  };

  it('are drawn by their own layer only, on the corridors\' scale', () => {
    const schematic = new Set(dataset.segments.filter((s) => s.schematic).map((s) => s.id));
    expect(segmentIdsInMonth(tables.segments, monthIndex('2018-10')).filter((id) => schematic.has(id))).toEqual([]);
    expect(routeFlowIdsInWindow(t, monthIndex('2018-10'), monthIndex('2018-10')).length).toBeGreaterThan(0);
    expect(t.maxVolume).toBe(tables.segments.maxVolume);
  });

  it('October 2015: the Eastern Mediterranean and the Western Balkans dwarf the Western Mediterranean; October 2018: the Western Mediterranean is widest', () => {
    const wmed = widthOf('frontex:western-mediterranean-route:sea', '2015-10');
    expect(widthOf('frontex:eastern-mediterranean-route:sea', '2015-10')).toBeGreaterThan(2 * wmed);
    expect(widthOf('frontex:western-balkan-route:land', '2015-10')).toBeGreaterThan(2 * wmed);
    expect(widest('2018-10')).toMatch(/^frontex:western-mediterranean-route/);
  });
});
