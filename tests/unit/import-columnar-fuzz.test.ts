/**
 * Property: random point tables written as Parquet and as Arrow IPC read back as the same
 * incidents, the same other entities and the same report (rows, columns, reasons, repairs) as the
 * same rows written as CSV. CSV rows are numbered by line (header = line 1), columnar rows from 1.
 */
import { DateDay, Float64, Table, TimestampMillisecond, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import fc from 'fast-check';
import { parquetWriteBuffer } from 'hyparquet-writer';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importAnyFile } from '../../src/data/import/import-any-file';
import { importFile } from '../../src/data/import/import-file';
import type { ImportOptions, ParsedFile, PointKind } from '../../src/data/import/types';
import { incidentAt } from '../../src/domain/incident-columns';
import type { Incident } from '../../src/domain/types';

const TEXT_COLUMNS = ['id', 'date', 'kind', 'name', 'source', 'confidence', 'country', 'dead'] as const;
type Row = { lat: number; lon: number } & Record<(typeof TEXT_COLUMNS)[number], string>;

/** -0 prints as '0' in CSV: the same number both ways. */
const plusZero = (n: number) => n + 0;

const row: fc.Arbitrary<Row> = fc.record({
  lat: fc.oneof(fc.double({ min: -89.9, max: 89.9, noNaN: true }), fc.constantFrom(95, -120, 44.8, 0)).map(plusZero),
  lon: fc.oneof(fc.double({ min: -179.9, max: 179.9, noNaN: true }), fc.constantFrom(20.4, 200, -181)).map(plusZero),
  id: fc.constantFrom('', '', 'a', 'b', 'r1'),
  date: fc.constantFrom('2015-10-17', '17.10.2015', '10/17/2015', '2015-10', '31.02.2015', 'Oct 2015', '', 'soon', '1899-01-01', '2016-02-29T10:00:00Z'),
  kind: fc.constantFrom('incident', 'incident', '', 'hub', 'restaurant', 'Incident', 'segment', 'event'),
  name: fc.constantFrom('', 'Idomeni', 'Šid, Serbia', 'a "quoted" name'),
  source: fc.constantFrom('', 'IOM'),
  confidence: fc.constantFrom('', 'high', 'LOW', 'maybe'),
  country: fc.constantFrom('', 'RS', 'Serbia', 'XX', 'GR|MK'),
  dead: fc.constantFrom('', '0', '3', '-1', 'many'),
});

/** The columns a table has: lat and lon always, a random choice of the others. */
const table = fc.record({
  columns: fc.subarray([...TEXT_COLUMNS], { minLength: 0 }),
  rows: fc.array(row, { minLength: 1, maxLength: 30 }),
  pointKind: fc.constantFrom<PointKind>('incident', 'incident', 'hub'),
});

type Table_ = { columns: string[]; rows: Row[]; pointKind: PointKind };

function csvOf({ columns, rows }: Table_): Uint8Array {
  const header = ['lat', 'lon', ...columns];
  const cells = rows.map((r) => header.map((c) => String(r[c as keyof Row])));
  return new TextEncoder().encode(Papa.unparse([header, ...cells]));
}

/** Empty text cells are nulls in a columnar file. */
const texts = (rows: Row[], c: string) => rows.map((r) => (r[c as keyof Row] === '' ? null : String(r[c as keyof Row])));

function parquetOf({ columns, rows }: Table_): Uint8Array {
  const columnData = [
    { name: 'lat', data: rows.map((r) => r.lat), type: 'DOUBLE' as const },
    { name: 'lon', data: rows.map((r) => r.lon), type: 'DOUBLE' as const },
    ...columns.map((c) => ({ name: c, data: texts(rows, c), type: 'STRING' as const })),
  ];
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}

function arrowOf({ columns, rows }: Table_): Uint8Array {
  const vectors: Record<string, Vector> = {
    lat: vectorFromArray(rows.map((r) => r.lat), new Float64()),
    lon: vectorFromArray(rows.map((r) => r.lon), new Float64()),
  };
  for (const c of columns) vectors[c] = vectorFromArray(texts(rows, c), new Utf8());
  return tableToIPC(new Table(vectors), 'file');
}

/** Generated ids carry the row number: CSV's is the line (one more than the data row). */
const dataRowId = (id: string) => id.replace(/^(incident|hub|crossing|safe-house|event)-(\d+)$/, (_, kind: string, n: string) => `${kind}-${Number(n) - 1}`);

/** Incidents (columns and objects) by id, without the file's source key. */
function incidents(parsed: ParsedFile, fromCsv: boolean): Omit<Incident, 'sources'>[] {
  const columns = parsed.columns;
  const rows = columns ? Array.from({ length: columns.length }, (_, i) => incidentAt(columns, i)) : [];
  return [...rows, ...parsed.entities.incidents]
    .map(({ sources: _s, ...rest }) => ({ ...rest, id: fromCsv ? dataRowId(rest.id) : rest.id }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function report(parsed: ParsedFile, fromCsv: boolean) {
  const shift = (row: number | null) => (row === null || !fromCsv ? row : row - 1);
  const rowWords = (text: string) => (fromCsv ? text.replace(/\bline (\d+)/g, (_, n: string) => `row ${Number(n) - 1}`) : text);
  const { accepted, rejected, repaired, fileErrors } = parsed.report;
  return {
    accepted,
    rejected: rejected.map((r) => ({ row: shift(r.row), field: r.field, reason: rowWords(r.reason) })),
    repaired: repaired.map((r) => ({ row: shift(r.row), field: r.field, reason: rowWords(r.reason), repair: rowWords(r.repair) })),
    fileErrors: fileErrors.map((e) => e.reason),
  };
}

const others = (parsed: ParsedFile, fromCsv: boolean) => parsed.entities.hubs.map((h) => ({ id: fromCsv ? dataRowId(h.id) : h.id, name: h.name, coord: h.coord, notes: h.notes }));

/** FUZZ_SCALE=10 for a deeper run. */
const NUM_RUNS = 80 * (Number(process.env.FUZZ_SCALE ?? 1) || 1);

describe('columnar files read as the same rows in CSV', () => {
  for (const [format, write, name] of [['Parquet', parquetOf, 't.parquet'], ['Arrow IPC', arrowOf, 't.arrow']] as const) {
    it(`${format}: same incidents, places and report as CSV`, async () => {
      await fc.assert(
        fc.asyncProperty(table, async (t) => {
          const options: ImportOptions = { pointKind: t.pointKind };
          const csv = importFile('t.csv', csvOf(t), options);
          const columnar = await importAnyFile(name, write(t), options);
          expect(report(columnar, false)).toEqual(report(csv, true));
          expect(incidents(columnar, false)).toEqual(incidents(csv, true));
          expect(others(columnar, false)).toEqual(others(csv, true));
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }
});

/** Days from 1800 to 2200 (outside 1900–2100 is rejected, as the same date in CSV is), times of day included. */
const dated = fc.array(
  fc.record({
    lat: fc.double({ min: -89.9, max: 89.9, noNaN: true }).map(plusZero),
    lon: fc.double({ min: -179.9, max: 179.9, noNaN: true }).map(plusZero),
    ms: fc.option(fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 0, 1) }), { nil: null, freq: 8 }),
  }),
  { minLength: 1, maxLength: 30 },
);

const csvWithDates = (rows: { lat: number; lon: number; ms: number | null }[], withTime: boolean) =>
  new TextEncoder().encode(Papa.unparse([['lat', 'lon', 'date'], ...rows.map((r) => [r.lat, r.lon, r.ms === null ? '' : new Date(r.ms).toISOString().slice(0, withTime ? 19 : 10) + (withTime ? 'Z' : '')])]));

describe('date and timestamp columns read as the same days as ISO dates in CSV', () => {
  const DAY = 86_400_000;
  const cases = [
    ['Parquet DATE', false, (rows: { lat: number; lon: number; ms: number | null }[]) =>
      parquetWriteBuffer({
        columnData: [{ name: 'lat', data: rows.map((r) => r.lat) }, { name: 'lon', data: rows.map((r) => r.lon) }, { name: 'date', data: rows.map((r) => (r.ms === null ? null : new Date(Math.floor(r.ms / DAY) * DAY))) }],
        schema: [{ name: 'root', num_children: 3 }, { name: 'lat', type: 'DOUBLE', repetition_type: 'REQUIRED' }, { name: 'lon', type: 'DOUBLE', repetition_type: 'REQUIRED' }, { name: 'date', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' }],
      })],
    ['Parquet TIMESTAMP', true, (rows: { lat: number; lon: number; ms: number | null }[]) =>
      parquetWriteBuffer({ columnData: [{ name: 'lat', data: rows.map((r) => r.lat), type: 'DOUBLE' }, { name: 'lon', data: rows.map((r) => r.lon), type: 'DOUBLE' }, { name: 'date', data: rows.map((r) => (r.ms === null ? null : new Date(r.ms))), type: 'TIMESTAMP' }] })],
    ['Arrow DateDay', false, (rows: { lat: number; lon: number; ms: number | null }[]) =>
      tableToIPC(new Table({ lat: vectorFromArray(rows.map((r) => r.lat), new Float64()), lon: vectorFromArray(rows.map((r) => r.lon), new Float64()), date: vectorFromArray(rows.map((r) => (r.ms === null ? null : new Date(r.ms))), new DateDay()) }), 'file')],
    ['Arrow Timestamp', true, (rows: { lat: number; lon: number; ms: number | null }[]) =>
      tableToIPC(new Table({ lat: vectorFromArray(rows.map((r) => r.lat), new Float64()), lon: vectorFromArray(rows.map((r) => r.lon), new Float64()), date: vectorFromArray(rows.map((r) => (r.ms === null ? null : new Date(r.ms))), new TimestampMillisecond()) }), 'file')],
  ] as const;
  for (const [label, withTime, write] of cases) {
    it(label, async () => {
      await fc.assert(
        fc.asyncProperty(dated, async (rows) => {
          const options: ImportOptions = { pointKind: 'incident' };
          // Seconds only in CSV: drop the milliseconds the columns would carry but the text does not.
          const whole = rows.map((r) => ({ ...r, ms: r.ms === null ? null : Math.floor(r.ms / 1000) * 1000 }));
          const csv = importFile('t.csv', csvWithDates(whole, withTime), options);
          const columnar = await importAnyFile(label.startsWith('Parquet') ? 't.parquet' : 't.arrow', new Uint8Array(write(whole)), options);
          // A rejected timestamp is quoted as its day (the value the row gives), CSV's as written.
          const days = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/T\d\d:\d\d:\d\dZ/g, '')) as unknown;
          expect(report(columnar, false)).toEqual(days(report(csv, true)));
          expect(incidents(columnar, false)).toEqual(incidents(csv, true));
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }
});
