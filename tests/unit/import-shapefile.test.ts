/**
 * Zipped Shapefiles (issue 14, item 4), read by importAnyFile through SHAPEFILE_READER. The zips
 * were made with ogr2ogr from tests/fixtures/shapefile-src (see its README).
 */
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importAnyFile } from '../../src/data/import/import-any-file';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';

const OPTIONS: ImportOptions = { pointKind: 'hub' };
const bytesOf = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const read = (name: string, bytes: Uint8Array = bytesOf(name)): Promise<ParsedFile> => importAnyFile(name, bytes, OPTIONS);
const source = (name: string) => JSON.parse(readFileSync(`tests/fixtures/shapefile-src/${name}`, 'utf8')) as { features: { properties: Record<string, string>; geometry: { coordinates: number[] } }[] };
/** The zip's entries with some left out or replaced. */
const rezip = (name: string, change: Record<string, Uint8Array | null>) => {
  const entries: Record<string, Uint8Array> = { ...unzipSync(bytesOf(name)) };
  for (const [entry, data] of Object.entries(change)) {
    if (data === null) delete entries[entry];
    else entries[entry] = data;
  }
  return zipSync(entries);
};

describe('zipped Shapefile', () => {
  it('reads points with their attributes, names with diacritics in the .cpg’s UTF-8', async () => {
    const parsed = await read('shapefile-places.zip');
    expect(parsed.report).toMatchObject({ format: 'shapefile', fileErrors: [], rejected: [], repaired: [], accepted: 3 });
    const written = source('places.geojson').features;
    expect(parsed.entities.hubs.map((h) => h.name)).toEqual(written.map((f) => f.properties.name));
    expect(parsed.entities.hubs.map((h) => h.coord)).toEqual(written.map((f) => f.geometry.coordinates));
    const vk = parsed.entities.hubs.find((h) => h.id === 'vk')!;
    expect(vk).toMatchObject({ name: 'Velika Kladuša', kind: 'hub', countries: ['BA'], sources: ['file:shapefile-places.zip'] });
    expect(vk.notes).toContain('2018-06');
    expect(parsed.entities.hubs.find((h) => h.id === 'bihac')?.kind).toBe('camp');
  });

  it('claims a zip holding a .shp whatever its name', async () => {
    const parsed = await read('export', bytesOf('shapefile-places.zip'));
    expect(parsed.report.format).toBe('shapefile');
    expect(parsed.entities.hubs).toHaveLength(3);
  });

  it('reprojects a layer whose .prj gives UTM zone 34N to WGS84', async () => {
    const parsed = await read('shapefile-utm.zip');
    expect(parsed.report.fileErrors).toEqual([]);
    const written = source('places.geojson').features;
    expect(parsed.entities.hubs).toHaveLength(written.length);
    for (const [i, hub] of parsed.entities.hubs.entries()) {
      const [lon, lat] = written[i]!.geometry.coordinates as [number, number];
      expect(hub.coord[0]).toBeCloseTo(lon, 6);
      expect(hub.coord[1]).toBeCloseTo(lat, 6);
    }
  });

  it('reads every layer of a zip, lines as segments, and names the layer of a rejected feature', async () => {
    const parsed = await read('shapefile-layers.zip');
    expect(parsed.entities.hubs.filter((h) => !h.notes?.startsWith('Made by the import')).map((h) => h.id)).toEqual(['vk', 'bihac', 'subotica']);
    expect(parsed.entities.segments.map((s) => [s.id, s.mode])).toEqual([['bg-sub', 'road'], ['bih-vk', 'foot']]);
    expect(parsed.entities.corridors.map((c) => c.frontexRoute)).toEqual(['Western Balkan Route']);
    // Features are numbered on through the layers (places 1–3, roads 4–6); the reason names both.
    expect(parsed.report.rejected).toHaveLength(1);
    expect(parsed.report.rejected[0]).toMatchObject({ row: 6, field: 'date' });
    expect(parsed.report.rejected[0]!.reason).toContain("unknown month format 'sometime in 2016'");
    expect(parsed.report.rejected[0]!.reason).toContain('(layer roads, its feature 3)');
  });

  it('names the missing .dbf of an incomplete set', async () => {
    const parsed = await read('shapefile-no-dbf.zip');
    expect(parsed.report.fileErrors.map((e) => e.reason)).toEqual([
      'roads.shp has no roads.dbf in the zip: a Shapefile needs the .shp and .dbf (and .prj for its coordinate system); this layer was not read',
    ]);
    expect(parsed.entities.segments).toEqual([]);
  });

  it('still reads the complete layers of a zip with an incomplete one', async () => {
    const parsed = await read('mixed.zip', rezip('shapefile-layers.zip', { 'roads.dbf': null }));
    expect(parsed.report.fileErrors).toHaveLength(1);
    expect(parsed.report.fileErrors[0]!.reason).toContain('roads.shp has no roads.dbf');
    expect(parsed.entities.hubs).toHaveLength(3);
  });

  it('refuses projected coordinates without a .prj, and a .prj it cannot read', async () => {
    const noPrj = await read('shapefile-utm-no-prj.zip');
    expect(noPrj.report.fileErrors).toHaveLength(1);
    expect(noPrj.report.fileErrors[0]!.reason).toContain('they look projected, and places_utm.prj (the coordinate system) is missing from the zip');
    expect(noPrj.entities.hubs).toEqual([]);
    const badPrj = await read('bad-prj.zip', rezip('shapefile-places.zip', { 'places.prj': strToU8('not a coordinate system') }));
    expect(badPrj.report.fileErrors[0]!.reason).toContain('places.prj: RouteShift does not understand the coordinate system');
    expect(badPrj.entities.hubs).toEqual([]);
  });

  it('reads a layer without .prj or .cpg as WGS84 and UTF-8 when its coordinates are degrees', async () => {
    const parsed = await read('bare.zip', rezip('shapefile-places.zip', { 'places.prj': null, 'places.cpg': null }));
    expect(parsed.report.fileErrors).toEqual([]);
    expect(parsed.entities.hubs.map((h) => h.name)).toContain('Velika Kladuša');
  });

  // Until the AREAS work lands polygons are rejected as in GeoJSON; after it, this feature becomes an area.
  it('reads a polygon layer as areas, attributes kept', async () => {
    const parsed = await read('shapefile-area.zip');
    expect(parsed.report.rejected).toEqual([]);
    expect(parsed.report.fileErrors).toEqual([]);
    const areas = parsed.entities.areas ?? [];
    expect(areas.map((a) => a.name)).toEqual(['Una-Sana Canton']);
    const rings = areas[0]!.polygons;
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveLength(1);
    const ring = rings[0]![0]!;
    expect(ring).toHaveLength(5);
    for (const [lon, lat] of ring) {
      expect(lon).toBeGreaterThanOrEqual(15.7 - 1e-9);
      expect(lon).toBeLessThanOrEqual(16.4 + 1e-9);
      expect(lat).toBeGreaterThanOrEqual(44.6 - 1e-9);
      expect(lat).toBeLessThanOrEqual(45.25 + 1e-9);
    }
  });

  it('leaves a zip with KML to the KMZ reader, and explains loose parts and zips without a .shp', async () => {
    const kml = '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>A</name><Point><coordinates>20,44</coordinates></Point></Placemark></kml>';
    const kmz = await read('places.kmz', rezip('shapefile-places.zip', { 'doc.kml': strToU8(kml) }));
    expect(kmz.report.format).toBe('kmz');
    expect(kmz.entities.hubs.map((h) => h.name)).toEqual(['A']);
    const loose = await read('places.shp', unzipSync(bytesOf('shapefile-places.zip'))['places.shp']);
    expect(loose.report.fileErrors[0]!.reason).toContain('a Shapefile is imported as one .zip');
    const empty = await read('notes.zip', zipSync({ 'readme.txt': strToU8('hello') }));
    expect(empty.report.fileErrors[0]!.reason).toContain('the zip holds no Shapefile (.shp) and no KML');
  });
});
