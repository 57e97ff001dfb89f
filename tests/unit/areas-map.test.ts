import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { buildMapTables } from '../../src/data/tables';
import { buildAreaTable, EVERY_MONTH } from '../../src/data/tables/area-table';
import { exportCsv, exportGeoJson, exportGeoJsonText } from '../../src/data/export/export-visible';
import { importFile } from '../../src/data/import/import-file';
import { monthIndex } from '../../src/domain/month';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { allowedClasses } from '../../src/domain/filter-classes';
import { applyFilters } from '../../src/domain/filters';
import { filterOptions } from '../../src/features/filters/filter-options';
import type { TimeWindow } from '../../src/domain/time-window';
import type { Area, Dataset, LonLat } from '../../src/domain/types';
import { areaDetails, areaKm2, noDatesText } from '../../src/features/details/area-details';
import { entityDetails } from '../../src/features/details/entity-details';
import { AREA_OUTLINES_LAYER_ID, AREAS_LAYER_ID, buildAreasLayers } from '../../src/map/layers/areas-layer';
import { buildLayers, selectionGeometry } from '../../src/map/layers/build-layers';
import { monthFilterRange } from '../../src/map/layers/month-filter';
import { pickedEntity } from '../../src/map/layers/pick';
import { drawnProps, retimeLayers } from '../../src/map/layers/retime';
import { legendEntries } from '../../src/features/media-export/legend-content';
import { demoDataset } from '../fixtures/demo-fixture';

const box = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const ZONE: Area = {
  id: 'zone',
  name: 'Röszke–Horgoš border zone',
  polygons: [[box(19.88, 46.13, 20.06, 46.21), box(19.955, 46.145, 19.985, 46.165)]],
  active: { from: '2015-09', to: '2016-03' },
  sources: ['frontex-wb'],
  confidence: 'medium',
};
const BORDER_ZONE: Area = { ...ZONE, id: 'border', countries: ['RS', 'HU'] };
const DISTRICT: Area = { id: 'district', name: 'North Bačka police district', polygons: [[box(19.55, 45.95, 19.8, 46.1)], [box(19.3, 45.9, 19.45, 46)]], sources: ['frontex-wb'], confidence: 'low' };

const single = (month: string): TimeWindow => ({ mode: 'month', start: month, month, trail: false });
const props = (layer: Layer | undefined) => layer?.props as unknown as Record<string, unknown>;
type Attributes = Record<string, { value: ArrayLike<number>; size: number }>;
const dataOf = (layer: Layer | undefined) => props(layer).data as { length: number; startIndices: Uint32Array; attributes: Attributes };

/** Twice the signed area of the triangles of `indices` over `positions` (planar, in degrees²). */
function triangleArea(positions: Float32Array, indices: Uint32Array): number {
  let sum = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const [ax, ay, bx, by, cx, cy] = [positions[a * 2]!, positions[a * 2 + 1]!, positions[b * 2]!, positions[b * 2 + 1]!, positions[c * 2]!, positions[c * 2 + 1]!];
    sum += Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
  }
  return sum;
}

describe('area table', () => {
  const table = buildAreaTable([ZONE, DISTRICT]);

  it('has one row per polygon and one outline row per ring, leading back to the area', () => {
    expect(table.length).toBe(3);
    expect([...table.rowArea]).toEqual([0, 1, 1]);
    expect([...table.ringArea]).toEqual([0, 0, 1, 1]);
    expect([...table.polygonStarts]).toEqual([0, 10, 15, 20]);
    expect([...table.ringStarts]).toEqual([0, 5, 10, 15, 20]);
    expect(table.positions.length).toBe(40);
  });

  it('triangulates the fills with the hole left out', () => {
    const zoneTriangles = table.indices.filter((_, i) => table.indices[i - (i % 3)]! < 10);
    const outer = 0.18 * 0.08;
    const hole = 0.03 * 0.02;
    expect(triangleArea(table.positions, Uint32Array.from(zoneTriangles))).toBeCloseTo(outer - hole, 5);
    expect(triangleArea(table.positions, table.indices)).toBeCloseTo(outer - hole + 0.25 * 0.15 + 0.15 * 0.1, 5);
    expect(Math.max(...table.indices)).toBeLessThan(20);
  });

  it("gives every vertex its area's months (every month without dates) and filter class", () => {
    expect([table.filterValues[0], table.filterValues[1]]).toEqual([monthIndex('2015-09'), monthIndex('2016-03')]);
    expect([table.filterValues[38], table.filterValues[39]]).toEqual([...EVERY_MONTH]);
    expect(table.filter.profiles.map((p) => p.confidence)).toEqual(['medium', 'low']);
    expect([...table.vertexClasses.slice(0, 10)].every((c) => c === 0)).toBe(true);
    expect([...table.vertexClasses.slice(10)].every((c) => c === 1)).toBe(true);
  });
});

describe('areas layers', () => {
  const dataset: Dataset = { ...demoDataset(), areas: [ZONE, DISTRICT] };
  const tables = buildMapTables(dataset);
  const build = (month: string, filters = {}) =>
    buildLayers({ tables, timeWindow: single(month), layers: DEFAULT_LAYERS, selected: null, labels: [], zoom: 8, theme: 'light', filters });

  it('are drawn first (below the routes) from binary data with precomputed triangles', () => {
    const layers = build('2015-11');
    expect(layers.slice(0, 2).map((l) => l.id)).toEqual([AREAS_LAYER_ID, AREA_OUTLINES_LAYER_ID]);
    const [fill, outline] = layers;
    expect(props(fill)._normalize).toBe(false);
    expect(dataOf(fill).length).toBe(3);
    expect(dataOf(fill).startIndices).toBe(tables.areas.polygonStarts);
    expect(dataOf(fill).attributes.getPolygon!.value).toBe(tables.areas.positions);
    expect(dataOf(fill).attributes.indices!.value).toBe(tables.areas.indices);
    expect(dataOf(fill).attributes.getFilterCategory!.value).toBe(tables.areas.vertexClasses);
    expect(dataOf(outline).length).toBe(4);
    expect(dataOf(outline).attributes.getPath!.value).toBe(tables.areas.positions);
    expect(props(fill).filterRange).toEqual(monthFilterRange(monthIndex('2015-11')));
  });

  it('a month step retimes them: the same layers, drawn at the new filter range', () => {
    const layers = build('2015-11');
    const retimed = retimeLayers(layers, single('2017-01'));
    for (const i of [0, 1]) {
      expect(retimed[i]).toBe(layers[i]);
      expect(drawnProps(retimed[i]!)?.filterRange).toEqual(monthFilterRange(monthIndex('2017-01')));
    }
  });

  it('the filters pass classes on the GPU: low confidence filtered out leaves the zone only', () => {
    const fill = build('2015-11', { confidence: ['medium', 'high'] })[0];
    expect(props(fill).filterCategories).toEqual([0]);
    expect([...allowedClasses(tables.areas.filter.profiles, { confidence: ['low'] })]).toEqual([0, 1]);
  });

  it('the country filter tests an area only where the file named its countries', () => {
    const withCountries: Dataset = { ...demoDataset(), areas: [BORDER_ZONE, DISTRICT] };
    expect(applyFilters(withCountries, { countries: ['AT'] }).areas?.map((a) => a.id)).toEqual(['district']);
    expect(applyFilters(withCountries, { countries: ['HU'] }).areas?.map((a) => a.id)).toEqual(['border', 'district']);
    const table = buildMapTables(withCountries).areas;
    expect([...allowedClasses(table.filter.profiles, { countries: ['AT'] })]).toEqual([0, 1]);
    expect(filterOptions(withCountries, [table.filter.profiles]).countries.map((o) => o.value)).toEqual(expect.arrayContaining(['RS', 'HU']));
    expect(areaDetails(null, BORDER_ZONE).rows).toContainEqual({ label: 'Country', value: 'RS, HU' });
  });

  it('the filtered dataset (panels, export) keeps the areas the filters pass, and the options list their sources', () => {
    expect(applyFilters(dataset, { confidence: ['low'] }).areas?.map((a) => a.id)).toEqual(['district']);
    expect(applyFilters(dataset, { sources: ['nowhere'] }).areas).toEqual([]);
    const lone: Dataset = { ...demoDataset(), areas: [{ ...ZONE, sources: ['area-only-source'] }] };
    expect(filterOptions(lone, [buildMapTables(lone).areas.filter.profiles]).sources.map((o) => o.value)).toContain('area-only-source');
    // Tiled datasets' sources (from their archives' tilestats) are offered beside the data's, once each.
    const withTiles = filterOptions(lone, [buildMapTables(lone).areas.filter.profiles], ['tiles-only-source', 'area-only-source']).sources.map((o) => o.value);
    expect(withTiles).toContain('tiles-only-source');
    expect(withTiles.filter((v) => v === 'area-only-source')).toHaveLength(1);
  });

  it('a pick on a fill or an outline is the area; its selection is its outer ring', () => {
    expect(pickedEntity(tables, AREAS_LAYER_ID, 2, null)?.ref).toEqual({ kind: 'area', id: 'district' });
    expect(pickedEntity(tables, AREA_OUTLINES_LAYER_ID, 1, null)?.ref).toEqual({ kind: 'area', id: 'zone' });
    expect(selectionGeometry(tables, { kind: 'area', id: 'zone' }).path).toEqual(ZONE.polygons[0]![0]);
  });

  it('in a swipe each side shows its own months, and a pick on the left copy is the area too', () => {
    const layers = buildLayers({ tables, timeWindow: single('2017-01'), layers: DEFAULT_LAYERS, selected: null, labels: [], zoom: 8, theme: 'light', swipe: { leftMonth: '2015-11', splitLon: 19.9 } });
    const byId = new Map(layers.map((l) => [l.id, l]));
    expect(props(byId.get(`left-${AREAS_LAYER_ID}`)).filterRange).toEqual(monthFilterRange(monthIndex('2015-11')));
    expect(props(byId.get(AREAS_LAYER_ID)).filterRange).toEqual(monthFilterRange(monthIndex('2017-01')));
    expect(props(byId.get(`left-${AREA_OUTLINES_LAYER_ID}`)).data).toBe(props(byId.get(AREA_OUTLINES_LAYER_ID)).data);
    expect(pickedEntity(tables, `left-${AREAS_LAYER_ID}`, 0, null)?.ref).toEqual({ kind: 'area', id: 'zone' });
    expect(pickedEntity(tables, `left-${AREA_OUTLINES_LAYER_ID}`, 3, null)?.ref).toEqual({ kind: 'area', id: 'district' });
  });

  it('the drawn legend of an image lists areas when the data has some and their layer is on', () => {
    const label = (d: Dataset, layers = DEFAULT_LAYERS) => legendEntries(d, layers, 1000).find((e) => e.mark.kind === 'area')?.label;
    expect(label(dataset)).toBe('Area (border zone, camp, operation area, district)');
    expect(label(demoDataset())).toBeUndefined();
    expect(label(dataset, { ...DEFAULT_LAYERS, areas: false })).toBeUndefined();
  });

  it('are hidden with their switch', () => {
    const layers = buildAreasLayers({ table: tables.areas, timeWindow: single('2015-11'), visible: false });
    expect(layers.map((l) => l.props.visible)).toEqual([false, false]);
  });
});

describe('area details', () => {
  it('say the months, the size in km² (holes subtracted) and the confidence', () => {
    const details = entityDetails(demoDataset(), { kind: 'area', entity: ZONE }, '2015-11');
    expect(details.kindLabel).toBe('Area');
    expect(details.title).toBe('Röszke–Horgoš border zone');
    expect(details.rows).toEqual([
      { label: 'Shown', value: 'Sep 2015 – Mar 2016' },
      { label: 'Size', value: '118 km²' },
      { label: 'Confidence', value: 'medium' },
    ]);
    expect(areaKm2(ZONE)).toBeGreaterThan(117);
    expect(areaKm2(ZONE)).toBeLessThan(119.5);
  });

  it('say when no dates were given, and how many parts an area has', () => {
    const rows = areaDetails(null, DISTRICT).rows;
    expect(rows[0]).toEqual({ label: 'Shown', value: noDatesText() });
    expect(rows[1]!.value).toMatch(/^\d+ km² in 2 parts$/);
  });
});

describe('area export', () => {
  const dataset: Dataset = { ...demoDataset(), areas: [ZONE, DISTRICT] };
  const months = { from: '2017-01', to: '2017-01' };

  it('GeoJSON: a Polygon with its hole, a MultiPolygon; an area outside the months is left out', () => {
    const features = exportGeoJson(dataset, months, DEFAULT_LAYERS, '2026-12-05T08:00:00Z').features.filter((f) => f.properties.kind === 'area');
    expect(features.map((f) => f.id)).toEqual(['area:district']);
    expect(features[0]!.geometry).toEqual({ type: 'MultiPolygon', coordinates: DISTRICT.polygons });
    expect(features[0]!.properties).toMatchObject({ activeFrom: null, activeTo: null, datesGiven: false, confidence: 'low' });
    const autumn = exportGeoJson(dataset, { from: '2015-11', to: '2015-11' }, DEFAULT_LAYERS, '2026-12-05T08:00:00Z').features.find((f) => f.id === 'area:zone');
    expect(autumn?.geometry).toEqual({ type: 'Polygon', coordinates: ZONE.polygons[0] });
    expect(exportGeoJson(dataset, months, { ...DEFAULT_LAYERS, areas: false }, 'x').features.some((f) => f.properties.kind === 'area')).toBe(false);
  });

  it('GeoJSON: the export imports back to the same areas, months and confidence', () => {
    const text = exportGeoJsonText(dataset, { from: '2015-11', to: '2015-11' }, { ...DEFAULT_LAYERS, segments: false, crossings: false, hubs: false, safeHouses: false, incidents: false, routeFlows: false }, 'x');
    const back = importFile('export.geojson', new TextEncoder().encode(text), { pointKind: 'hub' });
    expect(back.report.rejected).toEqual([]);
    expect(back.entities.areas?.map(({ id, name, polygons, active, confidence }) => ({ id, name, polygons, active, confidence }))).toEqual(
      [ZONE, DISTRICT].map(({ id, name, polygons, active, confidence }) => ({ id, name, polygons, active, confidence })),
    );
  });

  it('CSV: the WKT column holds POLYGON and MULTIPOLYGON', () => {
    const lines = exportCsv(dataset, { from: '2015-11', to: '2015-11' }, DEFAULT_LAYERS, '2026-12-05T08:00:00Z').split('\r\n');
    const zone = lines.find((l) => l.startsWith('area,zone,'));
    expect(zone).toContain('"POLYGON ((19.88 46.13, 20.06 46.13, 20.06 46.21, 19.88 46.21, 19.88 46.13), (19.955 46.145, 19.985 46.145, 19.985 46.165, 19.955 46.165, 19.955 46.145))"');
    expect(zone).toContain(',2015-09,2016-03,');
    expect(lines.find((l) => l.startsWith('area,district,'))).toContain('"MULTIPOLYGON (((19.55 45.95, 19.8 45.95, 19.8 46.1, 19.55 46.1, 19.55 45.95)), ((19.3 45.9, 19.45 45.9, 19.45 46, 19.3 46, 19.3 45.9)))"');
  });
});
