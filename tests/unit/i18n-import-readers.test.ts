/**
 * The format readers and the geometry and flow checks report in the user's language (issue 16):
 * bad files of each format imported with German (and Serbian Cyrillic) active give the catalogue's
 * sentences, still naming the file, the row and the field, with the file's own values, format
 * keywords and the libraries' messages kept as they are; no English sentence of the importFormats,
 * importGeometry or importFlows areas is left in them. English stays as it was.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../../src/domain/i18n';
import { importAnyFile } from '../../src/data/import/import-any-file';
import { importDrop, type DroppedFile } from '../../src/data/import/import-drop';
import type { ImportProblem, ParsedFile } from '../../src/data/import/types';
import { applyJobLocale } from '../../src/data/import/worker-locale';
import { importFlows } from '../../src/domain/i18n/messages/en/import-flows';
import { importFormats } from '../../src/domain/i18n/messages/en/import-formats';
import { importGeometry } from '../../src/domain/i18n/messages/en/import-geometry';
import { IntlMessageFormat } from 'intl-messageformat';

const enc = (text: string) => new TextEncoder().encode(text);
const read = (name: string, bytes: Uint8Array) => importAnyFile(name, bytes, { pointKind: 'hub' });
const rows = (problems: ImportProblem[]) => problems.map((p) => [p.file, p.row, p.field, p.reason]);
const fileErrors = (parsed: ParsedFile) => parsed.report.fileErrors.map((p) => p.reason);

const GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [20.4, 44.8] } },
    { type: 'Feature', properties: { name: 'B' }, geometry: { type: 'LineString', coordinates: [[20.4, 44.8], ['x', 45]] } },
    { type: 'Feature', properties: { name: 'C' }, geometry: { type: 'Polygon', coordinates: [[[20, 44], [21, 44], [21, 45]]] } },
    { type: 'Feature', properties: { name: 'D' }, geometry: { type: 'Hexagon', coordinates: [] } },
  ],
});
const KML =
  '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>' +
  '<Placemark><name>A</name><Point><coordinates>20.4,44.8</coordinates></Point></Placemark>' +
  '<Placemark><name>B</name><LineString><coordinates>20.4,44.8 20.4,44.8</coordinates></LineString></Placemark>' +
  '</Document></kml>';
const GPX =
  '<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>T</name><trkseg>' +
  '<trkpt lat="44.8" lon="20.4"><time>2015-10-01T10:00:00Z</time></trkpt>' +
  '<trkpt lat="45.0" lon="19.9"><time>gestern</time></trkpt>' +
  '<trkpt lat="45.1" lon="19.7"><time>2015-10-02T10:00:00Z</time></trkpt>' +
  '</trkseg></trk></gpx>';
const WKT_CSV = 'id,name,wkt\n1,A,"LINESTRING (20 44, 21 45)"\n2,B,"LINESTRING (20 44, 21"\n3,C,SRID=3857;POINT (1 2)\n';
const LOCATIONS = 'id,name,lat,lon\nBEG,Belgrade,44.8,20.46\nSUB,Subotica,46.1,19.66\n';
const FLOWS = 'origin,dest,count,time\nBEG,SUB,10,2015-10\nBEG,XYZ,5,2015-10\nBEG,SUB,7,2015-10\nSUB,SUB,3,2015-11\n';
const CUT_PARQUET = new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
const UTF16 = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x62, 0]);
const fgbFixture = () => new Uint8Array(readFileSync('tests/fixtures/import/places.fgb'));

function dropped(name: string, text: string): DroppedFile {
  const bytes = enc(text);
  return { name, head: () => Promise.resolve(bytes.subarray(0, 4096)), bytes: () => Promise.resolve(bytes) };
}
const flowsDrop = async () => {
  const parsed = await importDrop([dropped('ströme.csv', FLOWS), dropped('orte.csv', LOCATIONS)], { pointKind: 'hub' }, () => () => undefined);
  return parsed.find((p) => p.report.file === 'ströme.csv')!;
};

/** Every reason and repair a set of reports holds. */
const texts = (parsed: ParsedFile[]) =>
  parsed.flatMap((p) => [...p.report.fileErrors.map((e) => e.reason), ...p.report.rejected.map((r) => r.reason), ...p.report.repaired.flatMap((r) => [r.reason, r.repair])]);

type AstNode = { type: number; value?: unknown; options?: Record<string, { value: AstNode[] }> };
/** The English words of the three areas: each message's literal runs of two or more words (arguments, format keywords and punctuation aside). */
function englishRuns(): string[] {
  const runs = new Set<string>();
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      if (node.type === 0 && typeof node.value === 'string') {
        for (const run of node.value.split(/[:;(),'"{}<>.?]|\bGeoJSON\b|\bRouteShift\b/)) if (/[a-z]{2,} [a-z]{2,}/.test(run.trim())) runs.add(run.trim());
      }
      if (node.options) for (const option of Object.values(node.options)) walk(option.value);
    }
  };
  for (const message of [...Object.values(importFormats), ...Object.values(importGeometry), ...Object.values(importFlows)]) walk(new IntlMessageFormat(message, 'en').getAst() as unknown as AstNode[]);
  // WKT's coordinate order is syntax, not English.
  runs.delete('lon lat');
  return [...runs];
}
const ENGLISH = englishRuns();
const englishIn = (all: string[]) => all.flatMap((text) => ENGLISH.filter((run) => text.includes(run)).map((run) => `${run} ← ${text}`));

afterEach(() => setActiveLocale('en'));

it('has English sentences to look for', () => {
  expect(ENGLISH.length).toBeGreaterThan(150);
  expect(ENGLISH).toContain('the FlatGeobuf file is cut short');
});

describe('format readers, geometry and flows in German', () => {
  it('a GeoJSON file with bad geometries: rejected and repaired in German, naming file, feature and field', async () => {
    await applyJobLocale('de');
    const parsed = await read('routen.geojson', enc(GEOJSON));
    expect(rows(parsed.report.rejected)).toEqual([
      ['routen.geojson', 2, 'geometry', 'Koordinaten, Punkt 2: Längen- und Breitengrad müssen Zahlen sein, gefunden ["x",45]'],
      ['routen.geojson', 4, 'geometry', "unbekannter Geometrietyp 'Hexagon'"],
    ]);
    expect(parsed.report.repaired.map((r) => [r.file, r.row, r.field, r.reason, r.repair])).toEqual([
      ['routen.geojson', 3, 'geometry', 'Außenring: der Ring ist nicht geschlossen', 'Außenring: Ring geschlossen (sein erster Punkt am Ende angefügt)'],
    ]);
    expect(englishIn(texts([parsed]))).toEqual([]);
  });

  it('a KML line whose points are one place, and a GPX track with an unreadable time', async () => {
    await applyJobLocale('de');
    const kml = await read('orte.kml', enc(KML));
    expect(rows(kml.report.rejected)).toEqual([['orte.kml', 2, 'geometry', 'Koordinaten: alle Punkte der Linie liegen an derselben Stelle']]);
    const gpx = await read('spur.gpx', enc(GPX));
    expect(gpx.report.repaired.map((r) => [r.file, r.row, r.field, r.reason, r.repair])).toEqual([
      [
        'spur.gpx',
        1,
        'track time',
        "1 von 3 Punktzeiten des Tracks konnten nicht gelesen werden (Punkt 2: unbekanntes Monatsformat 'gestern'; verwenden Sie JJJJ-MM, TT.MM.JJJJ, MM/JJJJ oder 'Oct 2015')",
        'diese Punkte gehören zum Monat der letzten lesbaren Zeit davor (am Anfang: zu dem der ersten)',
      ],
    ]);
    expect(englishIn(texts([kml, gpx]))).toEqual([]);
  });

  it('bad WKT in a CSV cell: the parser\u2019s own message kept inside the German sentence', async () => {
    await applyJobLocale('de');
    const parsed = await read('linien.csv', enc(WKT_CSV));
    expect(rows(parsed.report.rejected)).toEqual([
      ['linien.csv', 3, 'wkt', "kein WKT: 'LINESTRING (20 44, 21' (Expecting 'DOUBLE_TOK', got 'EOF'); erwartet z. B. POINT (lon lat), LINESTRING (lon lat, lon lat, …) oder POLYGON ((lon lat, …))"],
      ['linien.csv', 4, 'wkt', 'SRID 3857 wird nicht unterstützt: die Koordinaten müssen WGS84-Längen-/Breitengrade sein (SRID 4326)'],
    ]);
    expect(englishIn(texts([parsed]))).toEqual([]);
  });

  it('a swapped point outside the data region: the position repair refused in German', async () => {
    await applyJobLocale('de');
    const parsed = await read('allein.csv', enc('name,lat,lon\nBelgrade,44.8176,20.4569\nSwapped,95,19\n'));
    expect(rows(parsed.report.rejected)).toEqual([
      [
        'allein.csv',
        3,
        'lat, lon',
        'Breitengrad 95 liegt außerhalb des Bereichs (−90 bis 90); vertauscht, läge der Punkt (19° N, 95° E) außerhalb der Datenregion von RouteShift (Europa, Mittelmeerraum und Naher Osten: 0° N bis 72° N, 32° W bis 75° E), und die Datei hat zu wenige andere Punkte (1), um ihr Gebiet zu bestimmen: abgelehnt',
      ],
    ]);
    expect(englishIn(texts([parsed]))).toEqual([]);
  });

  it('a FlowmapBlue flows sheet with bad rows', async () => {
    await applyJobLocale('de');
    const flows = await flowsDrop();
    expect(rows(flows.report.rejected)).toEqual([
      ['ströme.csv', 3, 'dest', "Ziel 'XYZ' ist nicht unter den Orten in orte.csv"],
      ['ströme.csv', 4, 'time', 'ein zweiter Wert im Okt. 2015 für BEG → SUB (zuerst in Zeile 2); Werte werden nie addiert'],
      ['ströme.csv', 5, 'dest', "Ursprung und Ziel sind derselbe Ort 'SUB': ein Strom innerhalb eines Ortes hat keine Linie zum Zeichnen"],
    ]);
    expect(englishIn(texts([flows]))).toEqual([]);
  });

  it('file errors of the binary readers and the encoding check', async () => {
    await applyJobLocale('de');
    const fgb = fgbFixture();
    const parsed = [
      await read('teil.shp', enc('xx')),
      await read('daten.parquet', CUT_PARQUET),
      await read('daten.parquet', enc('id,name\n1,A\n')),
      await read('orte.fgb', fgb.subarray(0, fgb.length - 20)),
      await read('utf16.csv', UTF16),
    ];
    expect(parsed.map(fileErrors)).toEqual([
      ['ein Shapefile wird als eine .zip-Datei mit seinen .shp-, .dbf-, .prj- und .cpg-Dateien importiert (RouteShift liest jede abgelegte Datei einzeln): packen Sie sie zusammen in ein Zip und legen Sie die .zip-Datei ab'],
      ["die Parquet-Datei ist unvollständig: sie endet nicht mit 'PAR1' (war der Download oder die Kopie vollständig?)"],
      ["nicht das Format, das der Name angibt: diese .parquet-Datei ist keine (Parquet-Dateien beginnen mit 'PAR1'); sie sieht wie einfacher Text aus (CSV?) (beginnt mit 'id,name')"],
      ['die FlatGeobuf-Datei ist unvollständig: sie endet innerhalb von Objekt 4 (war der Download oder die Kopie vollständig?)'],
      ['falsche Kodierung: die Datei ist UTF-16 (Little-Endian, sie beginnt mit einer UTF-16-Bytereihenfolge-Markierung); speichern Sie sie als UTF-8 (in einer Tabellenkalkulation: „CSV UTF-8“; in einem Texteditor: Kodierung UTF-8)'],
    ]);
    expect(parsed.map((p) => p.report.file)).toEqual(['teil.shp', 'daten.parquet', 'daten.parquet', 'orte.fgb', 'utf16.csv']);
    expect(englishIn(texts(parsed))).toEqual([]);
  });
});

describe('in Serbian Cyrillic', () => {
  it('says a bad geometry, a bad flow row and a cut file in Cyrillic, values from the file as written', async () => {
    await applyJobLocale('sr-Cyrl');
    const geojson = await read('routen.geojson', enc(GEOJSON));
    expect(rows(geojson.report.rejected)).toEqual([
      ['routen.geojson', 2, 'geometry', 'координате, тачка 2: географска дужина и ширина морају бити бројеви, пронађено ["x",45]'],
      ['routen.geojson', 4, 'geometry', "непознат тип геометрије 'Hexagon'"],
    ]);
    const flows = await flowsDrop();
    expect(rows(flows.report.rejected)[0]).toEqual(['ströme.csv', 3, 'dest', "одредиште 'XYZ' није међу локацијама у orte.csv"]);
    const fgb = fgbFixture();
    const cut = await read('orte.fgb', fgb.subarray(0, fgb.length - 20));
    expect(fileErrors(cut)).toEqual(['FlatGeobuf датотека је непотпуна: завршава унутар објекта 4 (да ли је преузимање или копирање завршено?)']);
    const all = texts([geojson, flows, cut]);
    expect(englishIn(all)).toEqual([]);
    expect(all.filter((text) => /[čćžšđČĆŽŠĐ]/.test(text))).toEqual([]);
  });
});

describe('in English', () => {
  it('reads as before', async () => {
    await applyJobLocale('en');
    const geojson = await read('routes.geojson', enc(GEOJSON));
    expect(rows(geojson.report.rejected).map((r) => r[3])).toEqual([
      'coordinates point 2: longitude and latitude must be numbers, found ["x",45]',
      "unknown geometry type 'Hexagon'",
    ]);
    expect(geojson.report.repaired.map((r) => [r.reason, r.repair])).toEqual([['outer ring is not closed', 'outer ring closed (its first point added at the end)']]);
    // The check the other languages pass finds these English sentences.
    expect(englishIn(texts([geojson])).length).toBeGreaterThanOrEqual(3);
    const wkt = await read('lines.csv', enc(WKT_CSV));
    expect(rows(wkt.report.rejected).map((r) => r[3])).toEqual([
      "not WKT: 'LINESTRING (20 44, 21' (Expecting 'DOUBLE_TOK', got 'EOF'); expected e.g. POINT (lon lat), LINESTRING (lon lat, lon lat, …) or POLYGON ((lon lat, …))",
      'SRID 3857 is not supported: coordinates must be WGS84 longitude/latitude (SRID 4326)',
    ]);
    expect(fileErrors(await read('data.parquet', enc('id,name\n1,A\n')))).toEqual([
      "not the format its name claims: this .parquet file is not one (Parquet files start with 'PAR1'); it looks like plain text (CSV?) (it starts with 'id,name')",
    ]);
    expect(fileErrors(await read('utf16.csv', UTF16))).toEqual([
      'wrong encoding: the file is UTF-16 (little-endian, it starts with a UTF-16 byte order mark); save it as UTF-8 (in a spreadsheet: "CSV UTF-8"; in a text editor: encoding UTF-8)',
    ]);
  });
});
