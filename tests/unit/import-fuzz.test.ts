/**
 * Property-based tests of the import parsers: malformed input of every kind must never throw,
 * must explain every problem, must count consistently, and what is kept must make a valid dataset.
 */
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildImportedDataset } from '../../src/data/import/assemble';
import { importFile } from '../../src/data/import/import-file';
import type { ColumnMapping, CsvContent, ImportOptions, PointKind } from '../../src/data/import/types';
import { validateDataset } from '../../src/data/validate-dataset';
import { check, countedEntities } from '../import-check';

const encode = (text: string) => new TextEncoder().encode(text);

const pointKind = fc.constantFrom<PointKind>('hub', 'incident', 'crossing', 'safeHouse');

// ---------- CSV ----------
const HEADERS = ['constructor', '__proto__', 'id', 'name', 'lat', 'latitude', 'lon', 'lng', 'x', 'y', 'wkt', 'from', 'to', 'date', 'month', 'end', 'route', 'corridor', 'count', 'detections', 'arrivals', 'title', 'description', 'kind', 'type', 'country', 'iso2', 'mode', 'source', 'confidence', 'dead', 'survivors'];
const CELLS = [
  '', ' ', '44.8', '-20.5', '95', '-181', '44,8', 'abc', 'NaN', 'Infinity', '1e3', '2015-10', '2015-10-17', '17.10.2015', '10/17/2015', '31.02.2015', 'Oct 2015', '2015', 'Sept-ish 2015',
  '2015-10/2016-03', 'RS', 'RS-HU', 'XX', 'el', 'Serbia', 'hub', 'crossing', 'safe_house', 'incident', 'event', 'segment', 'camp', 'restaurant', 'high', 'LOW', 'maybe', 'bus', 'boat/foot', 'teleport',
  'LINESTRING (20 44, 21 45)', 'LINESTRING (20 44)', 'MULTILINESTRING ((20 44, 21 45), (22 46, 23 47))', 'POINT (20 44)', 'LINESTRING (20 95, 21 45)', 'SRID=3857;LINESTRING(1 2, 3 4)', 'POLYGON ((20 44, 21 44, 21 45, 20 44))', 'POLYGON ((20 44, 21 44))',
  'MULTIPOLYGON (((20 44, 21 44, 21 45, 20 44)), ((22 44, 23 44, 23 45)))', 'GEOMETRYCOLLECTION (POINT (20 44), POLYGON ((20 44, 21 44, 21 45, 20 44)))', 'POLYGON EMPTY', 'belgrade', 'Subotica', '-5', '12',
  'Western Balkan Route', '"', '""', 'a,b', 'line\nbreak', '\r', '\t', '\uFEFF', '\u0000', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
];
const garbage = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 12 }), fc.double().map(String));
const num = (min: number, max: number) =>
  fc.oneof(fc.double({ min, max, noNaN: true }).map((n) => n.toFixed(4)), fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map(String));
const wktLine = fc.array(fc.tuple(num(-185, 185), num(-95, 95)), { minLength: 1, maxLength: 4 }).map((pts) => `LINESTRING (${pts.map(([x, y]) => `${x} ${y}`).join(', ')})`);
const DATES = ['2015-10', '2015-10-17', '17.10.2015', '10/17/2015', '31.02.2015', 'Oct 2015', '2015', 'Sept-ish 2015', '2015-10/2016-03', '2016-03', '1899', ''];
/** Cells that mostly fit their column (so rows get far enough to be checked), sometimes garbage. */
const CELL_FOR: Record<string, fc.Arbitrary<string>> = {
  lat: num(-95, 95), latitude: num(-95, 95), y: num(-95, 95), lon: num(-185, 185), lng: num(-185, 185), x: num(-185, 185),
  wkt: fc.oneof(wktLine, fc.constantFrom(...CELLS.filter((c) => /STRING|POINT|POLYGON|COLLECTION/.test(c)))),
  date: fc.constantFrom(...DATES), month: fc.constantFrom(...DATES), end: fc.constantFrom(...DATES),
  count: fc.oneof(fc.integer({ min: -3, max: 1000 }).map(String), fc.constant('')), detections: fc.integer({ min: -3, max: 1000 }).map(String), arrivals: fc.integer({ min: 0, max: 99 }).map(String),
  country: fc.constantFrom('RS', 'HU', 'RS-HU', 'GR|MK', 'XX', 'el', 'Serbia', ''), iso2: fc.constantFrom('RS', 'HR RS', 'ZZ'),
  kind: fc.constantFrom('hub', 'crossing', 'safe_house', 'incident', 'event', 'segment', 'camp', 'restaurant', '', 'constructor', 'valueOf'), type: fc.constantFrom('hub', 'incident', 'x'),
  from: fc.constantFrom('belgrade', 'Subotica', 'Atlantis', '2015-10', '', 'constructor'), to: fc.constantFrom('belgrade', 'subotica', 'Atlantis', '2016-01', '__proto__'),
  route: fc.constantFrom('Western Balkan Route', 'A', 'a', ''), corridor: fc.constantFrom('Western Balkan Route', 'Aegean', ''),
  id: fc.constantFrom('a', 'b', 'a-2', '1', '', 'x'), confidence: fc.constantFrom('high', 'LOW', 'maybe', ''), mode: fc.constantFrom('bus', 'boat/foot', 'teleport', '', 'constructor'),
  dead: fc.constantFrom('0', '3', '-1', 'many', ''), survivors: fc.constantFrom('2', '', 'x'), title: fc.constantFrom('Closure', '', 'T'),
};
const cellFor = (header: string) => fc.oneof({ weight: 4, arbitrary: (Object.hasOwn(CELL_FOR, header) ? CELL_FOR[header] : undefined) ?? fc.string({ maxLength: 10 }) }, { weight: 1, arbitrary: garbage });
const quoteCell = (value: string, delimiter: string) => (/[",\n\r;\t]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value);
const TEMPLATES = [['name', 'lat', 'lon'], ['id', 'lat', 'lon', 'kind', 'country', 'date', 'dead'], ['wkt', 'corridor', 'date', 'end', 'mode', 'id'], ['from', 'to', 'mode'], ['route', 'month', 'count'], ['date', 'title', 'kind', 'country'], ['x', 'y'], []];

const csvFile = fc
  .record({
    template: fc.constantFrom(...TEMPLATES),
    extra: fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 8 })), { maxLength: 3 }),
    rowCount: fc.nat({ max: 25 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    quoting: fc.constantFrom('proper', 'proper', 'raw'),
    extension: fc.constantFrom('.csv', '.tsv', '.txt'),
    extraFirst: fc.boolean(),
  })
  .chain(({ template, extra, rowCount, delimiter, newline, quoting, extension, extraFirst }) => {
    const headers = extraFirst ? [...extra, ...template] : [...template, ...extra];
    const row = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(...headers.map(cellFor)) as fc.Arbitrary<string[]> },
      { weight: 1, arbitrary: fc.array(garbage, { maxLength: headers.length + 2 }) },
    );
    return fc.array(row, { minLength: rowCount, maxLength: rowCount }).map((rows) => {
      const line = (cells: string[]) => cells.map((c) => (quoting === 'proper' ? quoteCell(c, delimiter) : c)).join(delimiter);
      return { name: `fuzz${extension}`, headers, text: [line(headers), ...rows.map(line)].join(newline) };
    });
  });

const ROLES = ['constructor', 'id', 'name', 'lat', 'lon', 'wkt', 'from', 'to', 'date', 'dateTo', 'route', 'count', 'title', 'kind', 'country', 'dead'];
const mapping = (headers: string[]) => {
  const header = headers.length > 0 ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...headers) }, { weight: 1, arbitrary: fc.constantFrom(...HEADERS) }) : fc.constantFrom(...HEADERS);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.record({
        content: fc.constantFrom('points', 'segments', 'flows', 'events', 'constructor') as fc.Arbitrary<CsvContent>,
        columns: fc.dictionary(fc.constantFrom(...ROLES), header) as fc.Arbitrary<ColumnMapping>,
      }),
    },
  );
};

const options = (file: string, headers: string[]) =>
  fc.record({ pointKind, mapping: mapping(headers), known: fc.boolean() }).map(({ pointKind, mapping, known }): ImportOptions => ({
    pointKind,
    ...(mapping ? { mappings: { [file]: mapping } } : {}),
    ...(known ? { knownPlaces: { belgrade: [20.4569, 44.8176], subotica: [19.6658, 46.1003] } } : {}),
  }));

// ---------- GeoJSON ----------
const loose = fc.oneof(fc.constantFrom(...CELLS), fc.jsonValue({ maxDepth: 2 }), fc.integer(), fc.double(), fc.constant(null));
const PROPERTY_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.oneof(fc.constantFrom('a', 'b', 'a-1', ''), fc.integer({ min: 0, max: 3 })),
  name: fc.constantFrom('Šid', 'Belgrade', '', 'x'),
  title: fc.constantFrom('Closure', ''),
  kind: fc.constantFrom('hub', 'Crossing', 'safe_house', 'safeHouse', 'incident', 'event', 'segment', 'camp', 'restaurant', ''),
  type: fc.constantFrom('hub', 'Hiking', 'incident'),
  date: fc.constantFrom(...DATES), month: fc.constantFrom(...DATES), start: fc.constantFrom(...DATES), end: fc.constantFrom(...DATES),
  from: fc.constantFrom('2015-10', 'Belgrade', '', '2015'), to: fc.constantFrom('2014-01', '2016-03', 'Subotica'),
  countries: fc.oneof(fc.constantFrom('RS|HU', 'RS', 'XX', 'HR RS'), fc.array(fc.constantFrom('RS', 'HU', 'XK', 'zz', ''), { maxLength: 3 })),
  confidence: fc.constantFrom('high', 'Medium', 'unsure'), mode: fc.constantFrom('train', 'boat', 'rocket'),
  deadAndMissing: fc.oneof(fc.integer({ min: -2, max: 50 }), fc.constant('7'), fc.constant(null)), survivors: fc.oneof(fc.nat(9), fc.constant('none')),
  timespan: fc.record({ begin: fc.constantFrom(...DATES), end: fc.constantFrom(...DATES) }),
  coordinateProperties: fc.record({ times: fc.array(fc.constantFrom('2015-10-17T08:00:00Z', 'bad'), { maxLength: 3 }) }),
  corridor: fc.constantFrom('Western Balkan Route', 'Aegean', ''),
};
const PROPERTY_KEYS = [...Object.keys(PROPERTY_VALUES), 'country', 'source', 'dead', 'description', 'eventKind'];
const propertyValue = (key: string) => fc.oneof({ weight: 4, arbitrary: (Object.hasOwn(PROPERTY_VALUES, key) ? PROPERTY_VALUES[key] : undefined) ?? fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: loose });
const properties = fc
  .uniqueArray(fc.constantFrom(...PROPERTY_KEYS), { maxLength: 6 })
  .chain((keys) => (fc.tuple(...keys.map(propertyValue)) as fc.Arbitrary<unknown[]>).map((values) => Object.fromEntries(keys.map((k, i) => [k, values[i]]))));
const coordinate = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })) },
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: -200, max: 200, noNaN: true }), fc.double({ min: -130, max: 130, noNaN: true })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -10, max: 10 }), fc.integer({ min: -10, max: 10 }), fc.integer()) },
  { weight: 1, arbitrary: loose },
);
const line = fc.array(coordinate, { maxLength: 4 });
const geometry = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('Point'), coordinates: coordinate }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('LineString'), coordinates: line }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('MultiPoint'), coordinates: fc.array(coordinate, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('MultiLineString'), coordinates: fc.array(line, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom<unknown>('Polygon', 'Circle', 7), coordinates: fc.array(line, { maxLength: 2 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('GeometryCollection'), geometries: fc.array(fc.record({ type: fc.constantFrom('Point', 'LineString', 'GeometryCollection'), coordinates: fc.oneof(coordinate, line) }), { maxLength: 3 }) }),
  },
  { weight: 1, arbitrary: loose },
);
const feature = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        type: fc.constant('Feature'),
        id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
        properties: fc.oneof({ weight: 6, arbitrary: properties }, { weight: 1, arbitrary: loose }),
        geometry: fc.oneof({ weight: 6, arbitrary: geometry }, { weight: 1, arbitrary: fc.constant(null) }),
      },
      { requiredKeys: ['type'] },
    ),
  },
  { weight: 1, arbitrary: loose },
);
const geojson = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('FeatureCollection'), features: fc.oneof({ weight: 8, arbitrary: fc.array(feature, { maxLength: 12 }) }, { weight: 1, arbitrary: loose }) }) },
  { weight: 1, arbitrary: feature },
  { weight: 1, arbitrary: geometry },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

// ---------- KML / GPX ----------
const XML_TOKENS = [
  '<?xml version="1.0"?>', '<kml xmlns="http://www.opengis.net/kml/2.2">', '</kml>', '<gpx version="1.1">', '</gpx>', '<Document>', '</Document>', '<Placemark>', '</Placemark>', '<name>', '</name>', 'Šid',
  '<Point><coordinates>', '</coordinates></Point>', '<LineString><coordinates>', '</coordinates></LineString>', '20.4,44.8', '21,45,0 22,46,0', '999,999', 'x,y', '<TimeSpan><begin>2015-10</begin><end>2015-01</end></TimeSpan>',
  '<TimeStamp><when>nope</when></TimeStamp>', '<ExtendedData><Data name="kind"><value>crossing</value></Data></ExtendedData>', '<wpt lat="44.8" lon="20.4">', '<wpt lat="x" lon="200">', '</wpt>', '<trk><trkseg>',
  '<trkpt lat="45" lon="19"><time>2015-10-17T08:00:00Z</time></trkpt>', '</trkseg></trk>', '<rte><rtept lat="1" lon="2"/></rte>', '<![CDATA[<b>', ']]>', '&amp;', '&bogus;', '<', '>', '"', '<!-- c -->', '<Polygon/>',
];
/** Tag soup: mostly not well-formed. */
const xmlSoup = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...XML_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 30 }).map((tokens) => tokens.join(''));
const xmlCoord = fc.oneof(fc.tuple(num(-185, 185), num(-95, 95)).map(([x, y]) => `${x},${y}`), fc.constantFrom('x,y', '20', '', '1,2,3,4'));
const placemark = fc
  .record({
    name: fc.constantFrom('<name>Šid</name>', '<name>A &amp; B</name>', '', '<name><![CDATA[<b>x</b>]]></name>'),
    time: fc.constantFrom(
      '',
      '<TimeSpan><begin>2015-10</begin><end>2016-01</end></TimeSpan>',
      '<TimeSpan><begin>2016-10</begin><end>2015-01</end></TimeSpan>',
      '<TimeStamp><when>nope</when></TimeStamp>',
      '<TimeStamp><when>2015-10-17T10:00:00Z</when></TimeStamp>',
    ),
    data: fc.constantFrom(
      '',
      '<ExtendedData><Data name="kind"><value>crossing</value></Data><Data name="countries"><value>RS HU</value></Data></ExtendedData>',
      '<ExtendedData><Data name="kind"><value>incident</value></Data></ExtendedData>',
      '<ExtendedData><Data name="country"><value>QQ</value></Data></ExtendedData>',
    ),
    geometry: fc.oneof(
      xmlCoord.map((c) => `<Point><coordinates>${c}</coordinates></Point>`),
      fc.array(xmlCoord, { maxLength: 4 }).map((cs) => `<LineString><coordinates>${cs.join(' ')}</coordinates></LineString>`),
      fc.constantFrom(
        '',
        '<Polygon><outerBoundaryIs><LinearRing><coordinates>20,44 21,44 21,45 20,44</coordinates></LinearRing></outerBoundaryIs></Polygon>',
        '<MultiGeometry><Point><coordinates>20,44</coordinates></Point><LineString><coordinates>20,44 21,45</coordinates></LineString></MultiGeometry>',
      ),
    ),
  })
  .map((p) => `<Placemark>${p.name}${p.time}${p.data}${p.geometry}</Placemark>`);
const gpxPoint = (tag: string) =>
  fc
    .tuple(num(-95, 95), num(-185, 185), fc.constantFrom('', '<time>2015-10-17T08:00:00Z</time>', '<time>2015-11-01T01:00:00Z</time>', '<time>2015</time>', '<time>never</time>', '<name>W</name>'))
    .map(([lat, lon, inner]) => `<${tag} lat="${lat}" lon="${lon}">${inner}</${tag}>`);
const gpxPart = fc.oneof(
  gpxPoint('wpt'),
  fc.array(gpxPoint('trkpt'), { maxLength: 4 }).map((pts) => `<trk><name>T</name><trkseg>${pts.join('')}</trkseg></trk>`),
  fc.array(gpxPoint('rtept'), { maxLength: 3 }).map((pts) => `<rte>${pts.join('')}</rte>`),
);
/** Well-formed most of the time; sometimes cut short or with a stray token. */
const corrupt = (doc: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(doc) },
    { weight: 1, arbitrary: fc.nat(doc.length).map((n) => doc.slice(0, n)) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(doc.length), fc.constantFrom(...XML_TOKENS)).map(([n, t]) => doc.slice(0, n) + t + doc.slice(n)) },
  );
const tcxPoint = fc
  .tuple(num(-95, 95), num(-185, 185), fc.constantFrom('2015-10-31T23:00:00Z', '2015-11-01T01:00:00Z', 'never', ''))
  .map(([lat, lon, time]) => `<Trackpoint>${time ? `<Time>${time}</Time>` : ''}<Position><LatitudeDegrees>${lat}</LatitudeDegrees><LongitudeDegrees>${lon}</LongitudeDegrees></Position></Trackpoint>`);
const tcxText = fc
  .array(fc.array(tcxPoint, { maxLength: 5 }), { maxLength: 3 })
  .map((laps) => `<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Other">${laps.map((pts) => `<Lap><Track>${pts.join('')}</Track></Lap>`).join('')}</Activity></Activities></TrainingCenterDatabase>`)
  .chain((doc) => fc.oneof({ weight: 4, arbitrary: fc.constant(doc) }, { weight: 1, arbitrary: fc.nat(doc.length).map((n) => doc.slice(0, n)) }));
const kmlText = fc.array(placemark, { maxLength: 6 }).map((ps) => `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${ps.join('')}</Document></kml>`).chain(corrupt);
const gpxText = fc.array(gpxPart, { maxLength: 6 }).map((ps) => `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">${ps.join('')}</gpx>`).chain(corrupt);

interface Input {
  name: string;
  bytes: Uint8Array;
  options: ImportOptions;
}
const input = (name: string, bytes: Uint8Array, options: ImportOptions = { pointKind: 'hub' }): Input => ({ name, bytes, options });
const withKind = (arb: fc.Arbitrary<Input>) => fc.tuple(arb, pointKind).map(([i, kind]) => ({ ...i, options: { ...i.options, pointKind: kind } }));

const INPUTS: Record<string, [fc.Arbitrary<Input>, number]> = {
  'random bytes under every extension': [
    withKind(fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.csv', 'a.tsv', 'a.geojson', 'a.json', 'a.kml', 'a.kmz', 'a.gpx', 'a.routeshift.json', 'a.bin', 'noext')).map(([b, n]) => input(n, b))),
    1500,
  ],
  'random CSV with random headers, cells, separators, line breaks and mappings': [csvFile.chain((f) => options(f.name, f.headers).map((o) => input(f.name, encode(f.text), o))), 2500],
  'random JSON values and broken JSON text': [withKind(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'), fc.string({ maxLength: 40 })).map((t) => input('fuzz.geojson', encode(t)))), 1500],
  'GeoJSON-shaped objects with wrong types': [withKind(geojson.map((v) => input('shapes.geojson', encode(JSON.stringify(v) ?? 'null')))), 2500],
  'XML-ish text as KML and GPX': [
    withKind(fc.oneof(kmlText.map((t) => input('fuzz.kml', encode(t))), gpxText.map((t) => input('fuzz.gpx', encode(t))), xmlSoup.map((t) => input('soup.kml', encode(t))))),
    1500,
  ],
  'KML, GPX, TCX and JSON under any name (the content decides)': [
    withKind(
      fc
        .tuple(fc.oneof(kmlText, gpxText, tcxText, fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null')), fc.constantFrom('a.kml', 'a.gpx', 'a.tcx', 'a.txt', 'a.xml', 'a.csv', 'a.json', 'a.routeshift.json', 'noext'))
        .map(([text, name]) => input(name, encode(text))),
    ),
    1000,
  ],
  'KMZ archives with odd entries': [
    fc
      .dictionary(fc.constantFrom('doc.kml', 'other.kml', 'a.txt', 'dir/doc.kml'), fc.oneof(kmlText.map(strToU8), xmlSoup.map(strToU8), fc.uint8Array({ maxLength: 50 })), { maxKeys: 3 })
      .map((entries) => input('fuzz.kmz', zipSync(entries))),
    400,
  ],
};

/** FUZZ_SCALE=10 npx vitest run tests/unit/import-fuzz.test.ts for a deeper run (the default stays well under 20 s). */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1) || 1;

describe('import fuzzing', () => {
  for (const [label, [arbitrary, numRuns]] of Object.entries(INPUTS)) {
    it(`survives ${label}`, () => {
      fc.assert(fc.property(arbitrary, ({ name, bytes, options }) => check(importFile(name, bytes, options), name)), { numRuns: numRuns * SCALE });
    });
  }

  it('merges the files that were accepted into one valid dataset', () => {
    let merged = 0;
    const file = fc.oneof(csvFile.map((f) => input(f.name, encode(f.text))), geojson.map((v) => input('g.geojson', encode(JSON.stringify(v) ?? 'null'))), kmlText.map((t) => input('k.kml', encode(t))));
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 4 }), (files) => {
        const parsed = files.map((f, i) => importFile(i % 2 ? `same-${f.name}` : `f${i}-${f.name}`, f.bytes, f.options));
        if (parsed.some((p) => countedEntities(p) > 0)) {
          const result = validateDataset(buildImportedDataset(parsed, { name: 'many', loadedAt: '2025-07-01T00:00:00Z' }));
          expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
          merged += 1;
        }
      }),
      { numRuns: 400 * SCALE },
    );
    // The property means something only if the generators make files with data often enough.
    expect(merged).toBeGreaterThan(100);
  });
});
