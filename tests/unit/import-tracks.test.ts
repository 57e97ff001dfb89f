/**
 * Times in tracks and places (GPX, KML, TCX) and the format decided by the content: a .tcx
 * imports as a dated track, a track crossing months is split by month, KML TimeSpan / TimeStamp
 * date places, and a misnamed file is read as what it is with a note saying so.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/domain/types';
import { importFile } from '../../src/data/import/import-file';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';

const OPTIONS: ImportOptions = { pointKind: 'hub' };
const encode = (text: string) => new TextEncoder().encode(text);
const bytesOf = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const fixture = (name: string, as: string = name, options: ImportOptions = OPTIONS): ParsedFile => importFile(as, bytesOf(name), options);

/** The positions of a fixture's track points, as written in the file, [lon, lat]. */
function positionsIn(name: string, pattern: RegExp, lonFirst: boolean): LonLat[] {
  return [...readFileSync(`tests/fixtures/import/${name}`, 'utf8').matchAll(pattern)].map((m) => (lonFirst ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])]));
}

/** The pieces' paths joined, each piece after the first without its first point (shared with the one before). */
const joinedPaths = (paths: LonLat[][]) => paths.flatMap((path, k) => (k === 0 ? path : path.slice(1)));

describe('TCX', () => {
  it('imports track.tcx as a dated track: one segment active in the month of its times', () => {
    const { report, entities } = fixture('track.tcx');
    expect(report).toMatchObject({ format: 'tcx', rejected: [], repaired: [], fileErrors: [] });
    expect(report.notes).toBeUndefined();
    const trackpoints = positionsIn('track.tcx', /<LatitudeDegrees>([\d.]+)<\/LatitudeDegrees><LongitudeDegrees>([\d.]+)</g, false);
    expect(trackpoints).toHaveLength(3);
    expect(entities.segments.map((s) => [s.path, s.active])).toEqual([[trackpoints, { from: '2015-10', to: '2015-10' }]]);
  });

  it('splits a TCX lap that crosses midnight at the end of a month', () => {
    const point = (time: string, lat: number, lon: number) => `<Trackpoint><Time>${time}</Time><Position><LatitudeDegrees>${lat}</LatitudeDegrees><LongitudeDegrees>${lon}</LongitudeDegrees></Position></Trackpoint>`;
    const tcx = `<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Other"><Id>2015-12-31T22:00:00Z</Id><Lap StartTime="2015-12-31T22:00:00Z"><Track>${point('2015-12-31T22:00:00Z', 46.16, 19.97)}${point('2015-12-31T23:30:00Z', 46.17, 19.95)}${point('2016-01-01T01:00:00Z', 46.18, 19.93)}</Track></Lap></Activity></Activities></TrainingCenterDatabase>`;
    const { report, entities } = importFile('horgos.tcx', encode(tcx), OPTIONS);
    expect(report.format).toBe('tcx');
    expect(entities.segments.map((s) => [s.active.from, s.active.to, s.path.length])).toEqual([
      ['2015-12', '2015-12', 2],
      ['2016-01', '2016-01', 2],
    ]);
  });
});

describe('times in tracks', () => {
  it('splits track-times.gpx (30 October – 2 November 2015) into an October and a November segment', () => {
    const { report, entities } = fixture('track-times.gpx');
    expect(report).toMatchObject({ format: 'gpx', rejected: [], repaired: [], fileErrors: [] });
    const segments = entities.segments;
    expect(segments.map((s) => s.active)).toEqual([
      { from: '2015-10', to: '2015-10' },
      { from: '2015-11', to: '2015-11' },
    ]);
    // Multi-part ids, and one continuous line: November starts where October ends.
    expect(segments[0]!.id.replace(/-1$/, '-2')).toBe(segments[1]!.id);
    expect(segments[1]!.path[0]).toEqual(segments[0]!.path.at(-1));
    expect(segments[0]!.toPlaceId).toBe(segments[1]!.fromPlaceId);
    const trackpoints = positionsIn('track-times.gpx', /<trkpt lat="([\d.]+)" lon="([\d.]+)"/g, false);
    expect(joinedPaths(segments.map((s) => s.path))).toEqual(trackpoints);
    // Two segments from one track, one waypoint: three entities read.
    expect(report.accepted).toBe(3);
    expect(entities.hubs.find((h) => h.name === 'Preševo reception centre')!.notes).toContain('Dated in the file: 2015-10');
  });

  it('splits a gx:Track by the months of its <when>s', () => {
    const { report, entities } = fixture('gx-track.kml');
    expect(report).toMatchObject({ format: 'kml', rejected: [], repaired: [], fileErrors: [] });
    expect(entities.segments.map((s) => s.active.from)).toEqual(['2016-02', '2016-03']);
    const coords = positionsIn('gx-track.kml', /<gx:coord>([\d.]+) ([\d.]+)/g, true);
    expect(joinedPaths(entities.segments.map((s) => s.path))).toEqual(coords);
  });

  it('names the feature and field of a track time that cannot be read, and keeps the track', () => {
    const gpx = (times: string[]) =>
      `<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>${times.map((t, i) => `<trkpt lat="${45 + i / 100}" lon="19.2">${t ? `<time>${t}</time>` : ''}</trkpt>`).join('')}</trkseg></trk></gpx>`;
    const oneBad = importFile('bad.gpx', encode(gpx(['2015-10-31T20:00:00Z', 'soon', '2015-11-01T02:00:00Z'])), OPTIONS);
    expect(oneBad.report.repaired).toEqual([expect.objectContaining({ row: 1, field: 'track time', reason: expect.stringContaining("point 2: unknown month format 'soon'") })]);
    expect(oneBad.entities.segments.map((s) => [s.active.from, s.path.length])).toEqual([
      ['2015-10', 2],
      ['2015-11', 2],
    ]);
    // A point without a time: togeojson's times no longer match the points, so the track is not split.
    const missing = importFile('gap.gpx', encode(gpx(['2015-10-31T20:00:00Z', '', '2015-12-01T02:00:00Z'])), OPTIONS);
    expect(missing.entities.segments.map((s) => s.active)).toEqual([{ from: '2015-10', to: '2015-12' }]);
    expect(missing.report.repaired[0]).toMatchObject({ row: 1, field: 'track time', repair: 'not split by month: shown from 2015-10 to 2015-12' });
  });

  it('splits each <trkseg> of a GPX track by its own times, numbering the pieces of the track in order', () => {
    const seg = (points: [number, string][]) => `<trkseg>${points.map(([lat, t]) => `<trkpt lat="${lat}" lon="19.2"><time>${t}</time></trkpt>`).join('')}</trkseg>`;
    const gpx = `<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Two days</name>${seg([[45.1, '2015-10-31T08:00:00Z'], [45.2, '2015-10-31T12:00:00Z']])}${seg([[45.3, '2015-10-31T20:00:00Z'], [45.35, '2015-10-31T22:00:00Z'], [45.4, '2015-11-01T02:00:00Z'], [45.5, '2015-11-01T06:00:00Z']])}</trk></gpx>`;
    const { report, entities } = importFile('segs.gpx', encode(gpx), OPTIONS);
    expect(report).toMatchObject({ rejected: [], repaired: [], fileErrors: [] });
    expect(entities.segments.map((s) => [s.id.slice(-2), s.active.from, s.path.map((c) => c[1])])).toEqual([
      ['-1', '2015-10', [45.1, 45.2]],
      ['-2', '2015-10', [45.3, 45.35]],
      ['-3', '2015-11', [45.35, 45.4, 45.5]],
    ]);
  });

  it('splits GeoJSON lines with togeojson times too, ids <id>-1, <id>-2', () => {
    const feature = {
      type: 'Feature',
      id: 'walk',
      properties: { coordinateProperties: { times: ['2015-09-29T10:00:00Z', '2015-09-30T10:00:00Z', '2015-10-01T10:00:00Z', '2015-10-02T10:00:00Z'] } },
      geometry: { type: 'LineString', coordinates: [[19.2, 45.1], [19.3, 45.2], [19.4, 45.3], [19.5, 45.4]] },
    };
    const { entities } = importFile('walk.geojson', encode(JSON.stringify(feature)), OPTIONS);
    expect(entities.segments.map((s) => [s.id, s.active.from, s.path.length])).toEqual([
      ['walk-1', '2015-09', 2],
      ['walk-2', '2015-10', 3],
    ]);
  });

  it('property: every segment of a random timed GPX track is in the month of its points, and together they are the track', () => {
    const trackArb = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: 25 })
      .map((steps) => {
        let hours = 0;
        return steps.map(([step, lat], i) => {
          hours += step * 24;
          return { time: new Date(Date.UTC(2015, 8, 1, hours)).toISOString(), coord: [19 + i / 50, 44 + lat / 10] as LonLat };
        });
      })
      .filter((points) => new Set(points.map((p) => p.coord.join())).size === points.length);
    fc.assert(
      fc.property(trackArb, (points) => {
        const gpx = `<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>${points.map((p) => `<trkpt lat="${p.coord[1]}" lon="${p.coord[0]}"><time>${p.time}</time></trkpt>`).join('')}</trkseg></trk></gpx>`;
        const { report, entities } = importFile('random.gpx', encode(gpx), OPTIONS);
        expect(report.rejected).toEqual([]);
        const monthAt = new Map(points.map((p) => [p.coord.join(), p.time.slice(0, 7)]));
        for (const segment of entities.segments) {
          expect(segment.active.from).toBe(segment.active.to);
          expect(new Set(segment.path.slice(1).map((c) => monthAt.get(c.join())))).toEqual(new Set([segment.active.from]));
        }
        expect(joinedPaths(entities.segments.map((s) => s.path))).toEqual(points.map((p) => p.coord));
        const months = new Set(points.slice(1).map((p) => p.time.slice(0, 7)));
        expect(new Set(entities.segments.map((s) => s.active.from))).toEqual(months);
      }),
      { numRuns: 200 },
    );
  });
});

describe('KML TimeSpan and TimeStamp', () => {
  it('dates timespan.kml: periods for lines and safe houses, days for incidents, notes for places', () => {
    const { report, entities } = fixture('timespan.kml');
    expect(report).toMatchObject({ format: 'kml', rejected: [], fileErrors: [] });
    expect(entities.segments[0]!.active).toEqual({ from: '2015-09', to: '2016-03' });
    expect(entities.safeHouses[0]).toMatchObject({ locality: 'Berkasovo camp', active: { from: '2015-10', to: '2015-12' } });
    expect(entities.incidents[0]).toMatchObject({ location: 'Boat capsized off Farmakonisi', date: '2016-01-22', month: '2016-01' });
    expect(entities.hubs.find((h) => h.name === 'Tovarnik station')!.notes).toContain('Dated in the file: 2015-09');
  });

  it('leaves out a TimeSpan end that cannot be read, naming feature and field, and keeps the line', () => {
    const { report, entities } = fixture('timespan.kml');
    expect(report.repaired).toEqual([
      { file: 'timespan.kml', row: 5, field: 'TimeSpan end', reason: expect.stringContaining("'sometime in spring'"), repair: 'the time was left out' },
    ]);
    expect(entities.segments[1]!.active).toEqual({ from: '2015-11', to: '2015-11' });
  });

  it('rejects an incident whose TimeStamp cannot be read, and keeps a place without it', () => {
    const placemark = (kind: string) => `<Placemark><name>${kind}</name><TimeStamp><when>nope</when></TimeStamp><ExtendedData><Data name="kind"><value>${kind}</value></Data></ExtendedData><Point><coordinates>19.2,45.1</coordinates></Point></Placemark>`;
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemark('incident')}${placemark('hub')}</Document></kml>`;
    const { report, entities } = importFile('stamps.kml', encode(kml), OPTIONS);
    expect(report.rejected).toEqual([expect.objectContaining({ row: 1, field: 'TimeStamp', reason: expect.stringContaining("'nope'") })]);
    expect(report.repaired).toEqual([expect.objectContaining({ row: 2, field: 'TimeStamp', repair: 'the time was left out' })]);
    expect(entities.hubs.map((h) => [h.name, h.notes])).toEqual([['hub', undefined]]);
  });
});

describe('the content decides the format', () => {
  const noteOf = (parsed: ParsedFile) => parsed.report.notes?.map((n) => [n.row, n.field, n.reason]);

  it('reads a GPX named .kml as GPX, with a note', () => {
    const parsed = fixture('gpx-named.kml');
    expect(parsed.report).toMatchObject({ format: 'gpx', fileErrors: [] });
    expect(noteOf(parsed)).toEqual([[null, null, 'read as GPX: the name says .kml, but the content is GPX (it starts with <gpx>)']]);
    expect(parsed.entities.segments.map((s) => s.active.from)).toEqual(['2015-10', '2015-11']);
  });

  it('reads a KML named .txt (or .xml) as KML, with a note', () => {
    for (const name of ['kml-named.txt', 'places.xml']) {
      const parsed = fixture('kml-named.txt', name);
      const asKml = fixture('kml-named.txt', name.replace(/\.\w+$/, '.kml'));
      expect(parsed.report).toMatchObject({ format: 'kml', accepted: asKml.report.accepted, fileErrors: [] });
      expect(noteOf(parsed)).toEqual([[null, null, `read as KML: the name ends in ${name.slice(name.lastIndexOf('.'))}, but the content is KML (it starts with <kml>)`]]);
      expect(parsed.entities).toEqual(JSON.parse(JSON.stringify(asKml.entities).replaceAll(asKml.report.file, name)));
    }
  });

  it('reads a TCX named .gpx as TCX, GeoJSON named .txt as GeoJSON, and a zipped KML named .zip as KMZ', () => {
    const tcx = fixture('track.tcx', 'run.gpx');
    expect(tcx.report.format).toBe('tcx');
    expect(noteOf(tcx)).toEqual([[null, null, 'read as TCX: the name says .gpx, but the content is TCX (it starts with <TrainingCenterDatabase>)']]);
    expect(tcx.entities.segments).toHaveLength(1);
    const geojson = importFile('points.txt', encode('{"type":"Point","coordinates":[20,44]}'), OPTIONS);
    expect(geojson.report).toMatchObject({ format: 'geojson', accepted: 1 });
    expect(noteOf(geojson)?.[0]?.[2]).toMatch(/^read as GeoJSON: the name ends in \.txt/);
    const kmz = importFile('places.zip', zipSync({ 'doc.kml': bytesOf('places.kml') }), OPTIONS);
    expect(kmz.report).toMatchObject({ format: 'kmz', fileErrors: [] });
    expect(noteOf(kmz)?.[0]?.[2]).toMatch(/^read as KMZ: the name ends in \.zip/);
  });

  it('says what XML of another kind looks like, and keeps refusing spreadsheets and binary files', () => {
    const page = importFile('export.xml', encode('<!DOCTYPE html><html><body>Sorry</body></html>'), OPTIONS);
    expect(page.report.fileErrors.map((e) => e.reason)).toEqual([expect.stringMatching(/^not a format RouteShift reads: this \.xml file is XML or HTML starting with <html> \(a web page\?\)/)]);
    const osm = importFile('map.kml', encode('<osm version="0.6"><node id="1" lat="44" lon="20"/></osm>'), OPTIONS);
    expect(osm.report.fileErrors[0]!.reason).toMatch(/^not the format its name claims: this \.kml file is XML or HTML starting with <osm>.*TCX \(<TrainingCenterDatabase>\)/);
    const xlsx = importFile('sheet.csv', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }), OPTIONS);
    expect(xlsx.report.fileErrors[0]!.reason).toContain('an Excel .xlsx file?');
    const binary = importFile('track.gpx', new Uint8Array([0, 1, 0, 2, 0, 3, 0, 4]), OPTIONS);
    expect(binary.report.fileErrors[0]!.reason).toContain('wrong encoding');
    for (const parsed of [page, osm, xlsx, binary]) expect(parsed.report.notes).toBeUndefined();
  });

  it('reads JSON or XML under an unknown extension by its content, and refuses text there', () => {
    const kml = fixture('places.kml', 'places.download');
    expect(kml.report).toMatchObject({ format: 'kml', fileErrors: [] });
    expect(noteOf(kml)?.[0]?.[2]).toBe('read as KML: the name ends in .download, but the content is KML (it starts with <kml>)');
    expect(importFile('doc.pdf', encode('%PDF-1.4'), OPTIONS).report.fileErrors[0]!.reason).toContain("unsupported file type '.pdf'");
    expect(importFile('list.xml', encode('id,name\n1,Šid\n'), OPTIONS).report.fileErrors[0]!.reason).toBe("not valid XML: it starts with 'id,name' where XML starts with '<'");
  });

  it('gives no note when the name says what the file is', () => {
    for (const name of ['track.tcx', 'track-times.gpx', 'places.kml', 'good.geojson', 'points.csv']) expect(fixture(name).report.notes, name).toBeUndefined();
  });
});
