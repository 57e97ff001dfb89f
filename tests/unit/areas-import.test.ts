import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/import/import-file';
import { readGeometry } from '../../src/data/import/geojson-import';
import { parseWkt } from '../../src/data/import/wkt';
import { buildImportedDataset } from '../../src/data/import/assemble';
import { validateDataset } from '../../src/data/validate-dataset';
import type { RecordGeometry } from '../../src/data/import/records';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';
import type { LonLat } from '../../src/domain/types';

const OPTIONS: ImportOptions = { pointKind: 'hub' };
const fixture = (name: string, options = OPTIONS) => importFile(name, readFileSync(resolve(process.cwd(), 'tests/fixtures/import', name)), options);
const csv = (text: string) => importFile('areas.csv', new TextEncoder().encode(text), OPTIONS);

function rejectedAt(parsed: ParsedFile, row: number) {
  const found = parsed.report.rejected.filter((r) => r.row === row);
  expect(found, `rejected rows at ${row}: ${JSON.stringify(parsed.report.rejected)}`).toHaveLength(1);
  return found[0]!;
}

const ZONE_OUTER: LonLat[] = [[19.88, 46.13], [20.06, 46.13], [20.06, 46.21], [19.88, 46.21], [19.88, 46.13]];
const ZONE_HOLE: LonLat[] = [[19.955, 46.145], [19.985, 46.145], [19.985, 46.165], [19.955, 46.165], [19.955, 46.145]];
const DISTRICT: LonLat[][][] = [
  [[[19.55, 45.95], [19.8, 45.95], [19.8, 46.1], [19.55, 46.1], [19.55, 45.95]]],
  [[[19.3, 45.9], [19.45, 45.9], [19.45, 46], [19.3, 46], [19.3, 45.9]]],
];

describe('areas from GeoJSON', () => {
  const parsed = fixture('areas.geojson');
  const areas = parsed.entities.areas ?? [];

  it('reads a polygon with a hole, with its months, confidence, description and source', () => {
    expect(areas[0]).toMatchObject({ id: 'roszke-zone', name: 'Röszke–Horgoš border zone', confidence: 'medium', active: { from: '2015-09', to: '2016-03' }, sources: ['file:areas.geojson'] });
    expect(areas[0]!.polygons).toEqual([[ZONE_OUTER, ZONE_HOLE]]);
    expect(areas[0]!.notes).toContain('Source given in the file: Field notes, Subotica, 2016');
    expect(areas[0]!.countries).toEqual(['RS', 'HU']);
  });

  it('reads a MultiPolygon as one area of two polygons, without dates and without a made-up period', () => {
    const district = areas.find((a) => a.id === 'north-backa-district')!;
    expect(district.polygons).toEqual(DISTRICT);
    expect(district.active).toBeUndefined();
    expect(district.countries).toBeUndefined();
    expect(parsed.report.repaired.some((r) => r.row === 3)).toBe(false);
  });

  it('closes an unclosed ring and keeps a polygon whose kind names a point kind as an area, saying so', () => {
    const camp = areas.find((a) => a.id === 'kelebija-camp')!;
    expect(camp.polygons[0]![0]).toEqual([[19.588, 46.17], [19.594, 46.17], [19.594, 46.174], [19.588, 46.174], [19.588, 46.17]]);
    expect(camp.active).toEqual({ from: '2016-02', to: '2017-12' });
    const repaired = parsed.report.repaired.find((r) => r.row === 2)!;
    expect(repaired.field).toBe('geometry, kind');
    expect(repaired.repair).toBe('outer ring closed (its first point added at the end); imported as an area');
  });

  it('rejects bad rings with the feature, field and reason, never swapping a polygon', () => {
    expect(rejectedAt(parsed, 4)).toMatchObject({ field: 'geometry', reason: 'outer ring: a ring needs at least 4 positions (3 corners and the first again), found 3' });
    expect(rejectedAt(parsed, 5)).toMatchObject({ field: 'geometry', reason: 'outer ring point 3: latitude 95 is out of range (−90 to 90)' });
    expect(rejectedAt(parsed, 6)).toMatchObject({ field: 'geometry', reason: 'hole 1 crosses the outer ring: a hole must lie inside its outer ring' });
    expect(parsed.report.rejected).toHaveLength(3);
  });

  it('drops a hole wholly outside its outer ring, as a repair', () => {
    const far = areas.find((a) => a.name === 'Hole far away')!;
    expect(far.polygons).toEqual([[[[19, 45], [19.2, 45], [19.2, 45.2], [19, 45.2], [19, 45]]]]);
    expect(parsed.report.repaired.find((r) => r.row === 7)).toMatchObject({ reason: 'hole 1 lies outside the outer ring', repair: 'hole 1 dropped (it cut nothing out)' });
    expect(parsed.report.accepted + parsed.report.repaired.length).toBe(areas.length);
  });

  it('rejects a ring whose points are all one place, and a ring of fewer than three corners', () => {
    const same = importFile('same.geojson', new TextEncoder().encode(JSON.stringify({ type: 'Polygon', coordinates: [[[20, 44], [20, 44], [20, 44], [20, 44]]] })), OPTIONS);
    expect(rejectedAt(same, 1).reason).toBe('outer ring: all points of the ring are the same place');
    const flat = importFile('flat.geojson', new TextEncoder().encode(JSON.stringify({ type: 'Polygon', coordinates: [[[20, 44], [21, 44], [20, 44], [21, 44], [20, 44]]] })), OPTIONS);
    expect(rejectedAt(flat, 1).reason).toBe('outer ring: a ring needs at least 3 different corners, found 2');
  });

  it('an area without a name or id is named after its first corner', () => {
    const bare = importFile('bare.geojson', new TextEncoder().encode(JSON.stringify({ type: 'Polygon', coordinates: [[[20, 44], [21, 44], [21, 45], [20, 44]]] })), OPTIONS);
    expect(bare.entities.areas?.map((a) => [a.id, a.name])).toEqual([['area-1', 'Area at 44.00000, 20.00000']]);
  });

  it('an area kind on a point is rejected: an area needs a polygon', () => {
    const point = importFile('p.geojson', new TextEncoder().encode(JSON.stringify({ type: 'Feature', properties: { kind: 'area' }, geometry: { type: 'Point', coordinates: [20, 44] } })), OPTIONS);
    expect(rejectedAt(point, 1)).toMatchObject({ field: 'geometry', reason: 'an area needs a polygon, not a point' });
  });

  it('builds a valid dataset with the areas, their months in the data period', () => {
    const dataset = buildImportedDataset([parsed], { name: 'areas', loadedAt: '2026-12-01T00:00:00Z' });
    expect(dataset.areas?.map((a) => a.id)).toEqual(areas.map((a) => a.id));
    expect(dataset.months).toEqual({ from: '2015-09', to: '2017-12' });
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe('areas from KML', () => {
  it('reads a Polygon with an inner boundary, a MultiGeometry of polygons as one area, TimeSpan and TimeStamp months', () => {
    const parsed = fixture('areas.kml');
    expect(parsed.report.rejected).toEqual([]);
    const [zone, district, camp] = parsed.entities.areas ?? [];
    expect(zone).toMatchObject({ name: 'Röszke–Horgoš border zone', active: { from: '2015-09', to: '2016-03' }, confidence: 'medium', polygons: [[ZONE_OUTER, ZONE_HOLE]] });
    expect(district).toMatchObject({ id: 'area-2', polygons: DISTRICT });
    expect(district!.active).toBeUndefined();
    expect(camp).toMatchObject({ name: 'Kelebija transit zone camp', active: { from: '2016-02', to: '2016-02' } });
    // togeojson closes the camp's unclosed LinearRing itself: nothing left to repair.
    expect(camp!.polygons[0]![0]!.at(-1)).toEqual([19.588, 46.17]);
    expect(parsed.report.repaired).toEqual([]);
    expect(parsed.report.accepted).toBe(3);
  });
});

describe('areas from CSV with WKT', () => {
  const parsed = fixture('areas-wkt.csv');
  const areas = parsed.entities.areas ?? [];

  it('reads POLYGON with a hole, MULTIPOLYGON and the polygon of a GEOMETRYCOLLECTION, with date columns as months', () => {
    expect(areas.map((a) => a.id)).toEqual(['roszke-zone', 'north-backa', 'kelebija-1']);
    expect(areas[0]).toMatchObject({ polygons: [[ZONE_OUTER, ZONE_HOLE]], active: { from: '2015-09', to: '2016-03' }, confidence: 'medium' });
    expect(areas[1]!.polygons).toEqual(DISTRICT);
    expect(areas[1]!.active).toBeUndefined();
    expect(areas[2]).toMatchObject({ name: 'Kelebija camp and its gate', active: { from: '2016-02', to: '2017-12' }, confidence: 'high' });
    // The collection's point is its second part: a place of the import's point kind.
    expect(parsed.entities.hubs.find((h) => h.id === 'kelebija-2')).toMatchObject({ coord: [19.591, 46.169] });
    expect(parsed.entities.segments.map((s) => s.id)).toEqual(['road']);
  });

  it('rejects bad rings naming the line and the WKT column', () => {
    expect(rejectedAt(parsed, 5)).toMatchObject({ field: 'wkt', reason: 'outer ring: a ring needs at least 4 positions (3 corners and the first again), found 3' });
    expect(rejectedAt(parsed, 6)).toMatchObject({ field: 'wkt', reason: 'outer ring point 3: latitude 96 is out of range (−90 to 90)' });
    expect(parsed.report.rejected).toHaveLength(2);
  });

  it('names what is wrong with text that is not WKT, an EMPTY geometry and another SRID', () => {
    const bad = csv('id,wkt\na,"POLYGON ((1 2, 3 4)"\nb,POLYGON EMPTY\nc,"SRID=3857;POINT (1 2)"\nd,"SRID=4326;POINT (20 44)"\n');
    expect(rejectedAt(bad, 2).reason).toMatch(/^not WKT: 'POLYGON \(\(1 2, 3 4\)' \(.*\); expected e\.g\. POINT/);
    expect(rejectedAt(bad, 3).reason).toContain('is EMPTY');
    expect(rejectedAt(bad, 4).reason).toContain('SRID 3857 is not supported');
    expect(bad.entities.hubs.map((h) => h.coord)).toEqual([[20, 44]]);
  });
});

// ---------- WKT property: random geometries written as WKT read back to the same coordinates ----------

/** A number as WKT writes it; never -0 (String(-0) is '0'). */
const coordinate = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((n) => n || 0);
const position = fc.tuple(coordinate(-180, 180), coordinate(-90, 90)) as fc.Arbitrary<LonLat>;
const line = fc.array(position, { minLength: 2, maxLength: 5 }).filter((path) => path.some((p) => p[0] !== path[0]![0] || p[1] !== path[0]![1]));
/** An axis-aligned box ring (closed), and a box hole strictly inside it. */
const polygon = fc
  .tuple(coordinate(-170, 160), coordinate(-80, 70), fc.double({ min: 1, max: 10, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), fc.boolean())
  .map(([x, y, w, h, hole]) => {
    const box = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
    const outer = box(x, y, x + w, y + h);
    return hole ? [outer, box(x + w / 4, y + h / 4, x + w / 2, y + h / 2)] : [outer];
  });

const pair = ([lon, lat]: LonLat) => `${lon} ${lat}`;
const ringsText = (rings: LonLat[][]) => `(${rings.map((r) => `(${r.map(pair).join(', ')})`).join(', ')})`;

interface Sample {
  wkt: string;
  expected: RecordGeometry[];
}

const sample = (wkt: string, expected: RecordGeometry[]): Sample => ({ wkt, expected });
const simple: fc.Arbitrary<Sample> = fc.oneof(
  position.map((p) => sample(`POINT (${pair(p)})`, [{ type: 'point', coord: p }])),
  line.map((path) => sample(`LINESTRING (${path.map(pair).join(', ')})`, [{ type: 'line', path }])),
  polygon.map((rings) => sample(`POLYGON ${ringsText(rings)}`, [{ type: 'polygon', polygons: [rings] }])),
  fc.array(position, { minLength: 1, maxLength: 3 }).map((ps) => sample(`MULTIPOINT (${ps.map((p) => `(${pair(p)})`).join(', ')})`, ps.map((coord) => ({ type: 'point', coord })))),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => sample(`MULTILINESTRING (${ls.map((l) => `(${l.map(pair).join(', ')})`).join(', ')})`, ls.map((path) => ({ type: 'line', path })))),
  fc.array(polygon, { minLength: 1, maxLength: 3 }).map((ps) => sample(`MULTIPOLYGON (${ps.map(ringsText).join(', ')})`, [{ type: 'polygon', polygons: ps }])),
);

/** A collection's parts in order, its polygons gathered into one area where the first one was. */
function collected(members: Sample[]): RecordGeometry[] {
  const out: RecordGeometry[] = [];
  let area: { type: 'polygon'; polygons: LonLat[][][] } | null = null;
  for (const g of members.flatMap((m) => m.expected)) {
    if (g.type !== 'polygon') out.push(g);
    else if (area) area.polygons.push(...g.polygons);
    else out.push((area = { type: 'polygon', polygons: [...g.polygons] }));
  }
  return out;
}

const anyGeometry: fc.Arbitrary<Sample> = fc.oneof(
  { weight: 3, arbitrary: simple },
  { weight: 1, arbitrary: fc.array(simple, { minLength: 1, maxLength: 3 }).map((ms) => sample(`GEOMETRYCOLLECTION (${ms.map((m) => m.wkt).join(', ')})`, collected(ms))) },
);

describe('WKT property', () => {
  it('every WKT geometry reads back to the coordinates it was written from', () => {
    fc.assert(
      fc.property(anyGeometry, fc.constantFrom('', 'SRID=4326;'), fc.boolean(), ({ wkt, expected }, srid, lower) => {
        const parsed = parseWkt(`${srid}${lower ? wkt.toLowerCase() : wkt}`);
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        const read = readGeometry(parsed.ok ? parsed.geometry : null);
        expect(read.ok ? read.geometries : read).toEqual(expected);
        expect(read.ok ? read.repairs : null).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a CSV row of a random polygon becomes an area with exactly its rings', () => {
    fc.assert(
      fc.property(polygon, (rings) => {
        const parsed = csv(`id,wkt\nz,"POLYGON ${ringsText(rings)}"\n`);
        expect(parsed.report.rejected).toEqual([]);
        expect(parsed.entities.areas?.map((a) => a.polygons)).toEqual([[rings]]);
      }),
      { numRuns: 100 },
    );
  });
});
