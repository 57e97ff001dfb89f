import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, exportFileName, exportGeoJson, exportGeoJsonText, type VisibleFeatureCollection } from '../../src/data/export/export-visible';
import type { Dataset } from '../../src/domain/types';
import { DEFAULT_LAYERS, type LayerVisibility } from '../../src/domain/layers';
import { demoDataset } from '../fixtures/demo-fixture';

const AT = '2026-11-29T10:30:00.000Z';
const OCT = { from: '2015-10', to: '2015-10' };
const ALL: LayerVisibility = DEFAULT_LAYERS;

function geo(dataset: Dataset, months = OCT, layers = ALL): VisibleFeatureCollection {
  // Through the text, so every test also checks that the file is valid JSON and matches the object.
  const collection = JSON.parse(exportGeoJsonText(dataset, months, layers, AT)) as VisibleFeatureCollection;
  expect(collection).toEqual(exportGeoJson(dataset, months, layers, AT));
  return collection;
}

function csvRows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, comments: '# ', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const ofKind = (fc: VisibleFeatureCollection, kind: string) => fc.features.filter((f) => f.properties.kind === kind);

describe('exportGeoJson', () => {
  it('October 2015: segments of C1 present, of A absent', () => {
    const segments = ofKind(geo(demoDataset()), 'segment');
    const corridors = new Set(segments.map((f) => f.properties.corridor));
    expect(corridors.has('C1')).toBe(true);
    expect(corridors.has('A')).toBe(false);
    expect(segments.find((f) => f.properties.id === 'C1-1')?.geometry?.type).toBe('LineString');
  });

  it('a Western Balkan segment carries the month’s figure with its series and unit', () => {
    const c1 = ofKind(geo(demoDataset()), 'segment').find((f) => f.properties.id === 'C1-1');
    expect(c1?.properties).toMatchObject({
      volume: 205703,
      volumeSeries: 'Western Balkan Route, land borders',
      volumeSeriesId: 'frontex:western-balkan-route:land',
      volumeUnit: 'detections of illegal border-crossing',
      volumeScope: 'route-total',
      volumeMonths: '2015-10',
      activeFrom: '2015-10',
      activeTo: '2015-11',
      mode: expect.any(String),
      confidence: expect.any(String),
    });
    expect(String(c1?.properties.sources)).toContain('FRONTEX');
  });

  it('a hidden layer exports none of its kind', () => {
    for (const [layer, kind] of [
      ['segments', 'segment'],
      ['crossings', 'crossing'],
      ['hubs', 'hub'],
      ['incidents', 'incident'],
    ] as const) {
      const fc = geo(demoDataset(), OCT, { ...ALL, [layer]: false });
      // Schematic route-level flows are segments of their own layer (routeFlows).
      expect(ofKind(fc, kind).filter((f) => f.properties.schematic !== true), layer).toHaveLength(0);
      expect(fc.metadata.layers).not.toContain(layer);
      expect(fc.features.length).toBeGreaterThan(0);
    }
    const noIncidents = geo(demoDataset(), OCT, { ...ALL, incidents: false });
    expect(noIncidents.metadata.sources.map((s) => s.key)).not.toContain('IOM-MMP');
  });

  it('metadata cites exactly the sources the features cite', () => {
    const fc = geo(demoDataset(), { from: '2015-09', to: '2015-11' });
    const cited = new Set(fc.features.flatMap((f) => String(f.properties.sources).split('; ')));
    const listed = fc.metadata.sources.map((s) => s.key);
    expect(new Set(listed)).toEqual(cited);
    expect(fc.metadata).toMatchObject({ app: 'RouteShift', generatedAt: AT, months: { from: '2015-09', to: '2015-11' }, dataDate: '2025-06-04' });
    const frontex = fc.metadata.sources.find((s) => s.key === 'FRONTEX');
    expect(frontex?.licence).toMatch(/reproduction authorised/);
    expect(frontex?.url).toMatch(/^https:\/\/www\.frontex/);
  });

  it('a range includes entities active in any of its months', () => {
    const fc = geo(demoDataset(), { from: '2015-09', to: '2015-11' });
    const corridors = new Set(ofKind(fc, 'segment').map((f) => f.properties.corridor));
    for (const id of ['A', 'B', 'C1', 'C2']) expect(corridors.has(id), id).toBe(true);
    // A is active in September only: its figure covers that month.
    const a = ofKind(fc, 'segment').find((f) => f.properties.corridor === 'A');
    expect(a?.properties.volumeMonths).toBe('2015-09');
    const c1 = ofKind(fc, 'segment').find((f) => f.properties.id === 'C1-1');
    expect(c1?.properties.volumeMonths).toBe('2015-10 to 2015-11');
    expect(Number(c1?.properties.volume)).toBeGreaterThan(205703);
    const months = new Set(ofKind(fc, 'incident').map((f) => String(f.properties.date).slice(0, 7)));
    expect([...months].sort()).toEqual(['2015-09', '2015-10', '2015-11']);
  });

  it('crossings give their status in the last month of the range', () => {
    const fc = geo(demoDataset(), { from: '2015-09', to: '2015-11' });
    const crossings = ofKind(fc, 'crossing');
    expect(crossings.length).toBeGreaterThan(0);
    for (const c of crossings) expect(c.properties.statusMonth).toBe('2015-11');
    expect(crossings.some((c) => String(c.properties.statusHistory).includes(';'))).toBe(true);
  });

  it('safe houses are illustrative', () => {
    const houses = ofKind(geo(demoDataset(), { from: '2018-06', to: '2018-06' }), 'safeHouse');
    expect(houses.length).toBeGreaterThan(0);
    for (const h of houses) expect(h.properties.illustrative).toBe(true);
    expect(ofKind(geo(demoDataset()), 'safeHouse')).toHaveLength(0);
  });

  it('events in the range, at their first place or with null geometry', () => {
    const events = ofKind(geo(demoDataset(), OCT, { ...ALL, segments: false, crossings: false, hubs: false, safeHouses: false, incidents: false }), 'event');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => String(e.properties.month) === '2015-10')).toBe(true);
    expect(events.some((e) => e.geometry === null)).toBe(true);
    expect(events.find((e) => e.properties.id === 'ev-2015-10-19-1')?.geometry?.type).toBe('Point');
  });

  it('keeps markup and quotes in text verbatim', () => {
    const evil = '<script>alert("x")</script>, \'quoted\'\nnext line';
    const dataset = structuredClone(demoDataset());
    const hub = dataset.hubs[0];
    if (!hub) throw new Error('demo has hubs');
    hub.name = evil;
    const fc = geo(dataset);
    expect(fc.features.find((f) => f.properties.kind === 'hub' && f.properties.id === hub.id)?.properties.name).toBe(evil);
    const row = csvRows(exportCsv(dataset, OCT, ALL, AT)).find((r) => r.kind === 'hub' && r.id === hub.id);
    expect(row?.name).toBe(evil);
  });

  it('writes an empty collection when nothing is visible', () => {
    const empty = geo(demoDataset(), { from: '2009-01', to: '2009-01' }, { ...ALL, segments: false, crossings: false, hubs: false, safeHouses: false, incidents: false, routeFlows: false });
    expect(empty.features).toEqual([]);
    expect(empty.metadata.sources).toEqual([]);
    expect(exportGeoJsonText(demoDataset(), { from: '2009-01', to: '2009-01' }, { ...ALL, hubs: false, crossings: false, routeFlows: false }, AT)).toMatch(/"features":\[\]\}\n$/);
  });
});

describe('exportCsv', () => {
  const text = () => exportCsv(demoDataset(), OCT, ALL, AT);

  it('opens with comment lines naming the app, time, months, data date and sources with licences', () => {
    const comments = text().split('\r\n').filter((l) => l.startsWith('# '));
    expect(comments[0]).toContain('RouteShift');
    expect(comments).toContain(`# Generated: ${AT}`);
    expect(comments).toContain('# Months: 2015-10');
    expect(comments).toContain('# Data date: 2025-06-04');
    expect(comments.find((l) => l.startsWith('# Source FRONTEX: Frontex'))).toMatch(/— licence: No open licence stated; reproduction authorised/);
    expect(comments.find((l) => l.startsWith('# Source IOM-MMP: '))).toMatch(/— licence: CC BY 4\.0$/);
    expect(comments.find((l) => l.startsWith('# Source R07: '))).toMatch(/— licence: not stated$/);
    expect(comments).toContain('# Layers: Route segments, Border crossings, Hubs, camps and landings, Safe houses (illustrative), Incidents (IOM Missing Migrants), Route-level flows (schematic), Areas');
  });

  it('has the columns and the same entities as the GeoJSON', () => {
    const t = text();
    const headerLine = t.split('\r\n').find((l) => !l.startsWith('# '));
    expect(headerLine).toBe(CSV_COLUMNS.join(','));
    const rows = csvRows(t);
    expect(rows.map((r) => `${r.kind}:${r.id}`)).toEqual(geo(demoDataset()).features.map((f) => f.id));
  });

  it('gives points lat/lon and segments WKT, with the figure and its unit', () => {
    const rows = csvRows(text());
    const segment = rows.find((r) => r.id === 'C1-1');
    expect(segment?.wkt).toMatch(/^LINESTRING \(-?\d+(\.\d+)? -?\d+(\.\d+)?(, -?\d+(\.\d+)? -?\d+(\.\d+)?)+\)$/);
    expect(segment?.lat).toBe('');
    expect(segment?.value).toBe('205703');
    expect(segment?.unit).toContain('Western Balkan Route, land borders');
    const incident = rows.find((r) => r.kind === 'incident');
    expect(Number(incident?.lat)).toBeGreaterThan(-90);
    expect(Number(incident?.lon)).toBeGreaterThan(-180);
    expect(incident?.wkt).toBe('');
    expect(incident?.unit).toBe('dead and missing');
  });

  it('stops text from running as a spreadsheet formula', () => {
    const dataset = structuredClone(demoDataset());
    const hub = dataset.hubs[0];
    if (!hub) throw new Error('demo has hubs');
    hub.name = '=HYPERLINK("http://x")';
    const row = csvRows(exportCsv(dataset, OCT, ALL, AT)).find((r) => r.kind === 'hub' && r.id === hub.id);
    expect(row?.name).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('exportFileName', () => {
  it('says what the file is', () => {
    expect(exportFileName('geojson', OCT, AT)).toBe('routeshift-2015-10-visible-20261129.geojson');
    expect(exportFileName('csv', { from: '2015-09', to: '2015-11' }, AT)).toBe('routeshift-2015-09-to-2015-11-visible-20261129.csv');
  });
});
