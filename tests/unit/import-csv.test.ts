import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/import/import-file';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';
import { MADE_BY_IMPORT } from '../../src/data/import/assemble';

const OPTIONS: ImportOptions = { pointKind: 'hub' };

function fixture(name: string, options: ImportOptions = OPTIONS): ParsedFile {
  return importFile(name, new Uint8Array(readFileSync(`tests/fixtures/import/${name}`)), options);
}

function text(name: string, content: string, options: ImportOptions = OPTIONS): ParsedFile {
  return importFile(name, new TextEncoder().encode(content), options);
}

function rejectedAt(parsed: ParsedFile, row: number) {
  const found = parsed.report.rejected.filter((r) => r.row === row);
  expect(found, `rejected rows at line ${row}: ${JSON.stringify(parsed.report.rejected)}`).toHaveLength(1);
  return found[0]!;
}

describe('CSV points', () => {
  it('reads points.csv: kinds, countries, dates, notes', () => {
    const { report, entities } = fixture('points.csv');
    expect(report.format).toBe('csv');
    expect(report.fileErrors).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.accepted).toBe(5);
    const belgrade = entities.hubs.find((h) => h.id === 'bg')!;
    expect(belgrade).toMatchObject({ name: 'Belgrade', kind: 'hub', countries: ['RS'], coord: [20.4569, 44.8176], confidence: 'high', sources: ['file:points.csv'] });
    expect(belgrade.notes).toContain('Source given in the file: UNHCR update 2015');
    expect(belgrade.description).toBe('Bus station park');
    expect(entities.crossings[0]).toMatchObject({ id: 'horgos', countries: ['RS', 'HU'], statusPeriods: [] });
    expect(entities.hubs.find((h) => h.id === 'tovarnik')).toMatchObject({ kind: 'camp', countries: ['HR'] });
    expect(entities.incidents[0]).toMatchObject({ id: 'inc-1', date: '2016-03-17', month: '2016-03', deadAndMissing: 3, survivors: null, location: 'Idomeni' });
    const house = entities.safeHouses[0]!;
    expect(house).toMatchObject({ id: 'sh-1', locality: 'Subotica', active: { from: '2016-01', to: '2016-01' } });
    expect(entities.hubs.find((h) => h.id === house.hubId)?.name).toBe('Subotica');
  });

  it('detects ";" as separator and reads decimal commas', () => {
    const { report, entities } = fixture('points-semicolon.csv');
    expect(report.accepted).toBe(3);
    expect(entities.hubs.map((h) => h.coord)).toEqual([[21.6494, 42.3067], [19.2264, 45.1286], [22.5025, 41.1392]]);
    expect(entities.hubs[0]!.name).toBe('Preševo');
  });

  it("follows Excel's sep=; line", () => {
    const parsed = text('excel.csv', 'sep=;\r\nname;lat;lon\r\nA;44,5;20\r\nB;x;20\r\n');
    expect(parsed.entities.hubs[0]).toMatchObject({ name: 'A', coord: [20, 44.5] });
    expect(rejectedAt(parsed, 4)).toMatchObject({ field: 'lat' });
  });

  it("skips # comment lines above the header (as RouteShift's own export writes them), says so, and counts lines from the top", () => {
    const parsed = text('export.csv', '# RouteShift: export, with commas; and semicolons; in it\r\n# Source R07: a, b, c\r\nname;lat;lon\r\nA;44,5;20\r\nB;x;20\r\n');
    expect(parsed.entities.hubs[0]).toMatchObject({ name: 'A', coord: [20, 44.5] });
    expect(rejectedAt(parsed, 5)).toMatchObject({ field: 'lat' });
    expect(parsed.report.notes?.map((n) => n.reason)).toEqual(['2 comment lines (starting with #) above the header skipped']);
  });

  it('reads TSV with lng / latitude headers', () => {
    const { report, entities } = fixture('points.tsv');
    expect(report.format).toBe('tsv');
    expect(report.accepted).toBe(2);
    expect(entities.hubs.map((h) => [h.kind, h.coord])).toEqual([['camp', [26.5067, 39.135]], ['departure', [27.1428, 38.4237]]]);
  });

  it('reports every broken row of broken-points.csv with its line, field and reason', () => {
    const parsed = fixture('broken-points.csv');
    const { report, entities } = parsed;
    expect(report.accepted).toBe(2);
    expect(rejectedAt(parsed, 3)).toMatchObject({ file: 'broken-points.csv', field: 'lat', raw: '2,Far north,95.5,120,RS,2015-10' });
    expect(rejectedAt(parsed, 3).reason).toContain('latitude 95.5 is out of range');
    expect(rejectedAt(parsed, 5)).toMatchObject({ field: 'lat' });
    expect(rejectedAt(parsed, 5).reason).toContain("'abc' is not a number");
    expect(rejectedAt(parsed, 6)).toMatchObject({ field: 'country' });
    expect(rejectedAt(parsed, 6).reason).toContain("unknown country code 'XX'");
    expect(rejectedAt(parsed, 8)).toMatchObject({ field: 'date' });
    expect(rejectedAt(parsed, 8).reason).toContain("unknown month format 'Sept-ish 2015'");
    expect(rejectedAt(parsed, 9)).toMatchObject({ field: null, raw: '' });
    expect(rejectedAt(parsed, 9).reason).toContain('empty line');
    // Swapped, Dhaka would lie far outside the area the file's other points cover: rejected, not moved.
    expect(rejectedAt(parsed, 4)).toMatchObject({ file: 'broken-points.csv', field: 'lat, lon', raw: '3,Dhaka (swapped),90.4125,23.8103,BD,2015-10' });
    expect(rejectedAt(parsed, 4).reason).toContain('latitude 90.4125 is out of range');
    expect(rejectedAt(parsed, 4).reason).toContain('swapped, the point (23.8103° N, 90.4125° E) would lie outside the area this file covers (43.1° N to 45.8° N, 19.2° E to 21.5° E)');
    expect(report.rejected).toHaveLength(6);
    expect(report.repaired.find((r) => r.row === 4)).toBeUndefined();
    expect(entities.hubs.find((h) => h.id === '3')).toBeUndefined();
    const duplicate = report.repaired.find((r) => r.row === 7)!;
    expect(duplicate).toMatchObject({ field: 'id', reason: "duplicate id '1' (first at line 2)" });
    expect(duplicate.repair).toContain("'1-2'");
    expect(entities.hubs.map((h) => h.id)).toEqual(['1', '1-2', '7']);
  });

  it('counts physical lines when quoted values hold line breaks (CRLF too)', () => {
    const csv = 'id,name,lat,lon\r\n1,"two\r\nlines",44,20\r\n2,"three\nline\nname",44,20\r\n3,bad,x,20\r\n';
    const parsed = text('multiline.csv', csv);
    expect(rejectedAt(parsed, 7)).toMatchObject({ field: 'lat', raw: '3,bad,x,20' });
    expect(parsed.entities.hubs.map((h) => h.name)).toEqual(['two lines', 'three line name']);
  });

  it('rejects rows with too many or too few cells and unclosed quotes', () => {
    const parsed = text('shape.csv', 'name,lat,lon\nA,44,20,extra\nB,44\nC,44,20\n"D,44,20\nE,44,20\n');
    expect(rejectedAt(parsed, 2).reason).toContain('4 cells but the header has 3');
    expect(rejectedAt(parsed, 3).reason).toContain('2 cells');
    expect(rejectedAt(parsed, 5).reason).toContain('quote');
    expect(parsed.entities.hubs.map((h) => h.name)).toEqual(['C']);
  });

  it('asks for a mapping when columns are x/y, and uses the mapping when given', () => {
    const asked = fixture('ambiguous-columns.csv');
    expect(asked.report.needsMapping).toEqual({ headers: ['name', 'x', 'y'], content: 'points', guess: expect.objectContaining({ lat: 'y', lon: 'x' }) });
    expect(asked.report.accepted).toBe(0);
    expect(asked.entities.hubs).toEqual([]);

    const mapped = fixture('ambiguous-columns.csv', { ...OPTIONS, mappings: { 'ambiguous-columns.csv': { content: 'points', columns: { lat: 'x', lon: 'y', name: 'name' } } } });
    expect(mapped.report.needsMapping).toBeUndefined();
    expect(mapped.entities.hubs[0]).toMatchObject({ name: 'Belgrade', coord: [44.8176, 20.4569] });
  });

  it('asks for a mapping when only one of lat/lon or nothing is recognised', () => {
    expect(text('one.csv', 'name,lat\nA,44\n').report.needsMapping?.content).toBe('points');
    expect(text('none.csv', 'foo,bar\n1,2\n').report.needsMapping).toEqual({ headers: ['foo', 'bar'], content: null, guess: {} });
  });

  it('refuses a mapping naming columns the file does not have', () => {
    const parsed = text('m.csv', 'a,b\n1,2\n', { ...OPTIONS, mappings: { 'm.csv': { content: 'points', columns: { lat: 'lat', lon: 'b' } } } });
    expect(parsed.report.fileErrors[0]).toMatchObject({ file: 'm.csv', row: null });
    expect(parsed.report.fileErrors[0]!.reason).toContain("'lat'");
  });

  it('uses the point kind option, and rejects incidents without a full date', () => {
    const parsed = text('inc.csv', 'name,lat,lon,date,dead\nA,36,27,2015-10-28,4\nB,36,27,2015-10,1\n', { pointKind: 'incident' });
    expect(parsed.entities.incidents).toHaveLength(1);
    expect(parsed.entities.incidents[0]).toMatchObject({ date: '2015-10-28', deadAndMissing: 4 });
    expect(rejectedAt(parsed, 3)).toMatchObject({ field: 'date' });
    expect(rejectedAt(parsed, 3).reason).toContain('full date');
  });

  it('rejects counts that are not numbers ≥ 0', () => {
    const parsed = text('inc.csv', 'name,lat,lon,date,dead\nA,36,27,2015-10-28,-4\nB,36,27,2015-10-28,many\n', { pointKind: 'incident' });
    expect(rejectedAt(parsed, 2)).toMatchObject({ field: 'dead' });
    expect(rejectedAt(parsed, 2).reason).toContain('negative');
    expect(rejectedAt(parsed, 3).reason).toContain("'many' is not a number");
  });

  it('imports a crossing without two countries as a hub, saying so', () => {
    const parsed = text('c.csv', 'name,lat,lon,kind,country\nX,45,19,crossing,RS\n');
    expect(parsed.entities.crossings).toEqual([]);
    expect(parsed.entities.hubs[0]!.name).toBe('X');
    expect(parsed.report.repaired[0]).toMatchObject({ row: 2, field: 'country', repair: 'imported as a hub' });
  });
});

describe('CSV segments', () => {
  it('reads WKT lines, one segment per MULTILINESTRING part, corridors from the column', () => {
    const { report, entities } = fixture('segments-wkt.csv');
    expect(report.accepted).toBe(4);
    expect(entities.segments.map((s) => s.id)).toEqual(['s1', 's2', 's3-1', 's3-2']);
    expect(entities.segments[0]).toMatchObject({ corridorId: 'western-balkan-route', mode: 'bus', region: 'Western Balkans', active: { from: '2015-06', to: '2016-03' } });
    expect(entities.segments[1]!.mode).toBe('rail');
    expect(entities.segments[2]!.active).toEqual({ from: '2015-01', to: '2015-12' });
    expect(entities.corridors.find((c) => c.id === 'western-balkan-route')).toMatchObject({ frontexRoute: 'Western Balkan Route', active: { from: '2015-06', to: '2016-03' } });
    // Belgrade is the end of s1 and the start of s2: one place.
    expect(entities.segments[0]!.toPlaceId).toBe(entities.segments[1]!.fromPlaceId);
  });

  it('resolves from/to places through the workspace places (id or lower-cased name)', () => {
    const knownPlaces = { belgrade: [20.4569, 44.8176], subotica: [19.6658, 46.1003], horgos: [19.9736, 46.1547] } as Record<string, [number, number]>;
    const { report, entities } = fixture('segments-fromto.csv', { ...OPTIONS, knownPlaces });
    expect(report.accepted).toBe(2);
    expect(entities.segments[0]).toMatchObject({ path: [[20.4569, 44.8176], [19.6658, 46.1003]], approximate: true, mode: 'bus' });
    expect(entities.segments[0]!.toPlaceId).toBe(entities.segments[1]!.fromPlaceId);
    expect(entities.hubs.map((h) => h.name)).toEqual(['Belgrade', 'Subotica', 'Horgos']);
  });

  it('rejects unknown places, bad WKT and one-point lines', () => {
    const parsed = text('seg.csv', 'from,to\nBelgrade,Atlantis\n', { ...OPTIONS, knownPlaces: { belgrade: [20.4, 44.8] } });
    expect(rejectedAt(parsed, 2)).toMatchObject({ file: 'seg.csv', field: 'to' });
    expect(rejectedAt(parsed, 2).reason).toContain("unknown place 'Atlantis'");

    const wkt = text('wkt.csv', 'id,wkt\na,"LINESTRING (20 44)"\nb,POINT (20 44)\nc,"LINESTRING (20 44, 21 95)"\nd,"LINESTRING (20 44, 21 45)"\n');
    expect(rejectedAt(wkt, 2)).toMatchObject({ field: 'wkt' });
    expect(rejectedAt(wkt, 2).reason).toContain('at least two points');
    expect(rejectedAt(wkt, 4).reason).toContain('latitude 95 is out of range');
    expect(wkt.entities.segments.map((s) => s.id)).toEqual(['d']);
    // A WKT POINT is a point of the import's point kind.
    expect(wkt.entities.hubs.filter((h) => !h.notes?.startsWith(MADE_BY_IMPORT)).map((h) => [h.id, h.coord])).toEqual([['b', [20, 44]]]);
    expect(wkt.report.repaired.find((r) => r.row === 5)).toMatchObject({ repair: 'shown in every month' });
    expect(wkt.entities.segments[0]!.active).toEqual({ from: '2009-01', to: '2025-04' });
  });
});

describe('CSV flows and events', () => {
  it('groups flow rows into series with null gaps', () => {
    const { report, entities } = fixture('flows.csv');
    expect(report.accepted).toBe(2);
    expect(entities.flows[0]).toMatchObject({ name: 'Western Balkan Route', region: 'Western Balkans', measure: 'detections', unit: 'detections', start: '2015-08', values: [20000, 50000, null, 100000] });
    expect(entities.flows[1]).toMatchObject({ name: 'My local route', region: 'Other', start: '2016-01', values: [12, null, 7] });
  });

  it('rejects duplicate months and bad counts in flows; arrivals by column name', () => {
    const parsed = text('f.csv', 'route,month,arrivals\nA,2015-01,5\nA,2015-01,6\nA,2015-02,-1\nA,2015,3\n');
    expect(rejectedAt(parsed, 3).reason).toContain('a second value');
    expect(rejectedAt(parsed, 4)).toMatchObject({ field: 'arrivals' });
    expect(rejectedAt(parsed, 5)).toMatchObject({ field: 'month' });
    expect(parsed.entities.flows[0]).toMatchObject({ measure: 'arrivals', unit: 'arrivals', values: [5] });
  });

  it('reads events with their date precision', () => {
    const { report, entities } = fixture('events.csv');
    expect(report.accepted).toBe(3);
    expect(entities.events.map((e) => [e.date, e.month, e.kind, e.countries])).toEqual([
      ['2015-09-15', '2015-09', 'border-closure', ['HU']],
      ['2015-10-17', '2015-10', 'border-closure', ['HU', 'HR']],
      ['2016-03', '2016-03', 'policy', []],
    ]);
  });
});

describe('CSV values that are names of Object.prototype members', () => {
  it('treats constructor, __proto__ and toString as plain text', () => {
    const parsed = text('constructor', 'name,lat,lon,kind,mode\nA,44,20,constructor,toString\n', { ...OPTIONS, mappings: {} });
    expect(parsed.report.fileErrors).toEqual([]);
    expect(parsed.entities.hubs[0]).toMatchObject({ name: 'A', kind: 'hub' });
    expect(parsed.report.repaired[0]!.reason).toContain("unknown kind 'constructor'");
    const segments = text('s.csv', 'from,to\nconstructor,__proto__\n', { ...OPTIONS, knownPlaces: {} });
    expect(rejectedAt(segments, 2).reason).toContain("unknown place 'constructor'");
  });
});
