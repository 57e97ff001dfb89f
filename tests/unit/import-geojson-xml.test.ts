import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/import/import-file';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';

const OPTIONS: ImportOptions = { pointKind: 'hub' };

function fixture(name: string, options: ImportOptions = OPTIONS): ParsedFile {
  return importFile(name, new Uint8Array(readFileSync(`tests/fixtures/import/${name}`)), options);
}

function json(name: string, value: unknown, options: ImportOptions = OPTIONS): ParsedFile {
  return importFile(name, new TextEncoder().encode(JSON.stringify(value)), options);
}

function rejectedAt(parsed: ParsedFile, row: number) {
  const found = parsed.report.rejected.filter((r) => r.row === row);
  expect(found, `rejected features at ${row}: ${JSON.stringify(parsed.report.rejected)}`).toHaveLength(1);
  return found[0]!;
}

describe('GeoJSON', () => {
  it('reads good.geojson: kinds from properties, periods, multi-points, events without geometry', () => {
    const { report, entities } = fixture('good.geojson');
    expect(report).toMatchObject({ format: 'geojson', accepted: 7, rejected: [], repaired: [], fileErrors: [] });
    expect(entities.hubs.find((h) => h.id === 'gev')).toMatchObject({ name: 'Gevgelija', countries: ['MK'], confidence: 'high' });
    expect(entities.crossings[0]).toMatchObject({ id: 'idomeni-x', countries: ['GR', 'MK'] });
    expect(entities.crossings[0]!.notes).toContain('2015-06 to 2016-03');
    expect(entities.segments[0]).toMatchObject({ id: 'leg-1', mode: 'rail', active: { from: '2015-06', to: '2016-03' }, region: 'Western Balkans', fromPlaceId: 'gev' });
    expect(entities.segments[0]!.notes).toContain('Source given in the file: Field notes');
    expect(entities.hubs.filter((h) => h.id.startsWith('camps-')).map((h) => [h.id, h.kind])).toEqual([['camps-1', 'camp'], ['camps-2', 'camp']]);
    expect(entities.events[0]).toMatchObject({ title: 'Balkan route closed', date: '2016-03-09', kind: 'border-closure' });
    expect(entities.incidents[0]).toMatchObject({ date: '2015-10-28', deadAndMissing: 5, survivors: 20, location: 'Off Lesbos', confidence: 'medium' });
  });

  it('reports every broken feature of broken.geojson with its number, field and reason', () => {
    const parsed = fixture('broken.geojson');
    const cases: [number, string | null, string][] = [
      [2, 'geometry', 'a line needs at least two points'],
      [4, 'geometry', 'longitude 200 is out of range'],
      // Too few other points to say what the file covers: the swap is held to the data region.
      [5, 'geometry', "swapped, the point (44.8° N, 120.5° E) would lie outside RouteShift's data region"],
      [6, 'properties', 'properties must be an object'],
      [7, null, 'not a GeoJSON Feature'],
      [9, 'date', 'an incident needs a date'],
      [10, 'geometry', 'must be numbers'],
    ];
    for (const [row, field, reason] of cases) {
      const rejected = rejectedAt(parsed, row);
      expect(rejected).toMatchObject({ file: 'broken.geojson', field });
      expect(rejected.reason).toContain(reason);
      expect(rejected.raw.length).toBeGreaterThan(0);
    }
    expect(parsed.report.rejected).toHaveLength(cases.length);
    expect(parsed.report.repaired.find((r) => r.row === 8)).toMatchObject({ field: 'countries', repair: 'imported as a hub' });
    // Feature 3, a polygon, is an area (without dates: no period is made up, so no repair).
    expect(parsed.report.accepted).toBe(2);
    expect(parsed.entities.areas?.map((a) => [a.name, a.active])).toEqual([['An area', undefined]]);
    expect(parsed.entities.hubs.map((h) => h.name)).toEqual(['Fine', 'One country']);
  });

  it('accepts a single Feature, a bare geometry and a bare GeometryCollection', () => {
    expect(json('f.geojson', { type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [20, 44] } }).entities.hubs).toHaveLength(1);
    expect(json('g.geojson', { type: 'LineString', coordinates: [[20, 44], [21, 45]] }).entities.segments).toHaveLength(1);
    const collection = json('gc.geojson', {
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: [20, 44] }, { type: 'Polygon', coordinates: [] }, { type: 'LineString', coordinates: [[20, 44], [21, 45]] }],
    });
    expect(collection.entities.hubs.filter((h) => !h.notes?.startsWith('Made by the import'))).toHaveLength(1);
    expect(collection.entities.segments).toHaveLength(1);
    expect(rejectedAt(collection, 2).reason).toContain('a polygon needs at least an outer ring');
  });

  it('uses the point kind option and reads kinds case-insensitively', () => {
    const parsed = json('k.geojson', {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { date: '2015-10-01' }, geometry: { type: 'Point', coordinates: [26, 39] } },
        { type: 'Feature', properties: { kind: 'Safe_House', name: 'Subotica', from: '2016-01', to: '2016-06' }, geometry: { type: 'Point', coordinates: [19.66, 46.1] } },
        { type: 'Feature', properties: { kind: 'restaurant' }, geometry: { type: 'Point', coordinates: [20, 44] } },
      ],
    }, { pointKind: 'incident' });
    expect(parsed.entities.incidents).toHaveLength(1);
    expect(parsed.entities.safeHouses[0]).toMatchObject({ locality: 'Subotica', active: { from: '2016-01', to: '2016-06' } });
    expect(rejectedAt(parsed, 3)).toMatchObject({ field: 'date' });
    expect(parsed.report.repaired.find((r) => r.row === 3)).toBeUndefined();
  });

  it('rejects a file that is not GeoJSON or not JSON', () => {
    const notJson = fixture('not-json.geojson');
    expect(notJson.report.fileErrors).toEqual([{ file: 'not-json.geojson', row: null, field: null, reason: expect.stringContaining('not valid JSON') }]);
    const truncated = importFile('t.geojson', new TextEncoder().encode('{"type": "FeatureCollection",\n "features": [\n'), OPTIONS);
    expect(truncated.report.fileErrors[0]!.reason).toContain('not valid JSON');
    const array = json('a.json', [1, 2, 3]);
    expect(array.report.fileErrors[0]!.reason).toContain('not GeoJSON');
    const noType = json('n.json', { features: [] });
    expect(noType.report.fileErrors[0]!.reason).toContain('no "type"');
  });
});

describe('KML, KMZ and GPX', () => {
  it('reads places.kml: ExtendedData kinds and countries, TimeSpan and TimeStamp periods', () => {
    const parsed = fixture('places.kml');
    const { report, entities } = parsed;
    expect(report.format).toBe('kml');
    expect(report.accepted).toBe(5);
    expect(entities.hubs.find((h) => h.name === 'Tabanovce')).toMatchObject({ kind: 'camp', countries: ['MK'], description: 'Transit camp' });
    expect(entities.crossings[0]).toMatchObject({ name: 'Bapska–Berkasovo', countries: ['HR', 'RS'] });
    expect(entities.segments[0]!.active).toEqual({ from: '2015-06', to: '2016-03' });
    expect(entities.hubs.find((h) => h.name === 'Spielfeld')!.notes).toContain('2015-10');
    // Placemark 5 is a KML Polygon: an area.
    expect(entities.areas?.[0]).toMatchObject({ id: 'area-5', name: 'An area', polygons: [[[[20, 44], [21, 44], [21, 45], [20, 44]]]] });
    expect(report.rejected).toEqual([]);
  });

  it('reads a KMZ made from places.kml (doc.kml inside a zip)', () => {
    const kml = readFileSync('tests/fixtures/import/places.kml');
    const kmz = zipSync({ 'images/readme.txt': strToU8('not kml'), 'doc.kml': new Uint8Array(kml) });
    const parsed = importFile('places.kmz', kmz, OPTIONS);
    expect(parsed.report.format).toBe('kmz');
    expect(parsed.report.accepted).toBe(5);
    expect(parsed.entities.crossings).toHaveLength(1);
  });

  it('refuses a .kmz that is not a zip, and a zip without KML', () => {
    const notZip = fixture('not-a-zip.kmz');
    expect(notZip.report.fileErrors[0]).toMatchObject({ file: 'not-a-zip.kmz', row: null, field: null });
    expect(notZip.report.fileErrors[0]!.reason).toContain('not the format its name claims');
    const empty = importFile('e.kmz', zipSync({ 'a.txt': strToU8('x') }), OPTIONS);
    expect(empty.report.fileErrors[0]!.reason).toContain('no .kml');
  });

  it('reads track.gpx: tracks and routes as segments, waypoints as points, in togeojson order', () => {
    const parsed = fixture('track.gpx');
    const { report, entities } = parsed;
    expect(report.format).toBe('gpx');
    expect(report.accepted + report.repaired.length).toBe(4);
    expect(entities.segments.map((s) => [s.mode, s.active])).toEqual([
      ['unknown', { from: '2015-10', to: '2015-10' }],
      ['unknown', { from: '2009-01', to: '2025-04' }],
    ]);
    expect(report.repaired).toEqual([expect.objectContaining({ file: 'track.gpx', row: 2, repair: 'shown in every month' })]);
    const belgrade = entities.hubs.find((h) => h.name === 'Belgrade')!;
    expect(belgrade.notes).toContain('2015-09');
    // The route starts at the Belgrade waypoint: the segment uses it.
    expect(entities.segments[1]!.fromPlaceId).toBe(belgrade.id);
  });

  it('refuses truncated XML and text under an XML name; reads KML or JSON under another name as what it is', () => {
    const broken = fixture('broken.gpx');
    expect(broken.report.fileErrors).toEqual([{ file: 'broken.gpx', row: null, field: null, reason: expect.stringContaining('not valid GPX XML') }]);
    const swapped = importFile('x.gpx', readFileSync('tests/fixtures/import/places.kml'), OPTIONS);
    expect(swapped.report).toMatchObject({ format: 'kml', accepted: 5, fileErrors: [], notes: [{ file: 'x.gpx', row: null, field: null, reason: expect.stringContaining('read as KML: the name says .gpx') }] });
    const jsonInKml = importFile('x.kml', new TextEncoder().encode('{"type":"Point","coordinates":[20,44]}'), OPTIONS);
    expect(jsonInKml.report).toMatchObject({ format: 'geojson', accepted: 1, notes: [{ reason: expect.stringContaining('read as GeoJSON: the name says .kml') }] });
    const textInKml = importFile('x.kml', new TextEncoder().encode('name,lat,lon\nA,44,20\n'), OPTIONS);
    expect(textInKml.report.fileErrors[0]!.reason).toContain('not valid KML XML');
    expect(textInKml.report.fileErrors[0]!.reason).toContain('plain text');
  });
});

describe('references', () => {
  it('gives a safe house a hub for its town, never a crossing of the same name', () => {
    const parsed = json('sh.geojson', {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { kind: 'crossing', name: 'Horgos', countries: 'RS|HU' }, geometry: { type: 'Point', coordinates: [19.97, 46.15] } },
        { type: 'Feature', properties: { kind: 'safeHouse', name: 'Horgos' }, geometry: { type: 'Point', coordinates: [19.97, 46.15] } },
      ],
    });
    const house = parsed.entities.safeHouses[0]!;
    expect(parsed.entities.hubs.map((h) => h.id)).toContain(house.hubId);
  });
});
