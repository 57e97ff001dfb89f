/**
 * The columnar readers (Parquet / GeoParquet, Arrow IPC, FlatGeobuf) on the fixtures of
 * tests/fixtures/import (remade by make-columnar.mjs): incidents straight into columns with the
 * right months, other kinds and lines as entities, bad rows rejected naming row and column, broken
 * files as file errors, content before name.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Binary, Field, Schema, Table, tableToIPC, vectorFromArray } from 'apache-arrow';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { importAnyFile } from '../../src/data/import/import-any-file';
import { loadedDatasetOf } from '../../src/data/import/loaded-dataset';
import { parsedShell } from '../../src/data/import/transfer';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';
import { incidentAt, type IncidentColumns } from '../../src/domain/incident-columns';
import { monthKey } from '../../src/domain/month';

const OPTIONS: ImportOptions = { pointKind: 'incident' };
const bytesOf = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const read = (name: string, bytes = bytesOf(name), options = OPTIONS) => importAnyFile(name, bytes, options);
const rowsOf = (columns: IncidentColumns | undefined) => (columns ? Array.from({ length: columns.length }, (_, i) => incidentAt(columns, i)) : []);
const onlyFileError = (parsed: ParsedFile) => {
  expect(parsed.report.fileErrors).toHaveLength(1);
  expect(parsed.columns).toBeUndefined();
  return parsed.report.fileErrors[0]?.reason ?? '';
};

/** The five rows every fixture holds: four incidents and a hub (row 4). */
const INCIDENT_DATES = ['2016-03-17', '2015-10-02', '2015-09-15', '2015-11-20'];

describe('Parquet', () => {
  it('reads incidents straight into columns, with their months, and other kinds as entities', async () => {
    const parsed = await read('points.parquet');
    const columns = parsed.columns;
    expect(parsed.report).toMatchObject({ format: 'parquet', accepted: 5, rejected: [], repaired: [], fileErrors: [] });
    expect(columns?.length).toBe(4);
    expect(Array.from(columns?.months ?? [], monthKey)).toEqual(['2016-03', '2015-10', '2015-09', '2015-11']);
    const incidents = rowsOf(columns);
    expect(incidents.map((i) => i.date)).toEqual(INCIDENT_DATES);
    expect(incidents.map((i) => i.location)).toEqual(['Idomeni', 'Tovarnik', 'Horgos', 'Sid']);
    expect(incidents.map((i) => i.deadAndMissing)).toEqual([3, 0, null, 1]);
    expect(incidents[0]).toMatchObject({ id: 'incident-1', coord: [22.5133, 41.1231], notes: 'Source given in the file: IOM.', sources: ['file:points.parquet'] });
    expect(incidents.map((i) => i.id)).toEqual(['incident-1', 'incident-2', 'incident-3', 'incident-5']);
    expect(parsed.entities.incidents).toEqual([]);
    expect(parsed.entities.hubs.map((h) => [h.id, h.name, h.coord])).toEqual([['hub-4', 'Belgrade', [20.4569, 44.8176]]]);
  });

  it('reads GeoParquet WKB points into columns and its lines as segments', async () => {
    const parsed = await read('points-geo.parquet');
    expect(parsed.report).toMatchObject({ accepted: 3, rejected: [], fileErrors: [] });
    const incidents = rowsOf(parsed.columns);
    expect(incidents.map((i) => [i.date, i.month, i.coord])).toEqual([
      ['2016-03-17', '2016-03', [22.5133, 41.1231]],
      ['2015-10-02', '2015-10', [19.1517, 45.1647]],
    ]);
    const [segment] = parsed.entities.segments;
    expect(parsed.entities.segments).toHaveLength(1);
    expect(segment?.path).toEqual([[22.5133, 41.1231], [21.4254, 41.9981], [20.4569, 44.8176]]);
    expect(segment?.active).toEqual({ from: '2015-09', to: '2015-09' });
  });

  it('rejects bad rows naming the data row and the column, and keeps the good ones', async () => {
    const parsed = await read('broken-lat.parquet');
    expect(parsed.columns?.length).toBe(1);
    expect(parsed.report.accepted).toBe(1);
    expect(parsed.report.rejected.map((r) => [r.row, r.field])).toEqual([[2, 'latitude'], [3, 'date'], [4, 'date']]);
    const [lat, missing, month] = parsed.report.rejected;
    expect(lat?.reason).toContain('latitude 95 is out of range');
    expect(JSON.parse(lat?.raw ?? '{}')).toEqual({ latitude: 95, longitude: 120, date: '2015-10-18' });
    expect(missing?.reason).toContain('needs a date');
    expect(month?.reason).toContain('full date with the day');
  });

  it('swaps latitude and longitude only where the swapped point lies in the area the file covers, as CSV does', async () => {
    const column = (name: string, data: (number | string)[]) => ({ name, data, type: typeof data[0] === 'number' ? ('DOUBLE' as const) : ('STRING' as const) });
    const file = (lat: number[], lon: number[]) =>
      new Uint8Array(parquetWriteBuffer({ columnData: [column('lat', lat), column('lon', lon), column('date', lat.map(() => '2015-10-17'))] }));
    // Alone, the swapped point (20.4° N, 95° E) lies outside the data region: rejected, not moved.
    const alone = await read('swapped.parquet', file([95], [20.4]));
    expect(alone.report.repaired).toEqual([]);
    expect(alone.report.rejected.map((r) => [r.row, r.field])).toEqual([[1, 'lat, lon']]);
    expect(alone.report.rejected[0]!.reason).toContain('would lie outside');
    expect(alone.columns?.length ?? 0).toBe(0);
    // In a file whose other points lie around 95° E, the swap is kept as a repair (row 4).
    const inArea = await read('swapped-in-area.parquet', file([20, 21, 22, 95], [94, 95, 96, 20.4]));
    expect(inArea.report.rejected).toEqual([]);
    expect(inArea.report.repaired.map((r) => [r.row, r.repair])).toEqual([[4, 'latitude and longitude swapped']]);
    expect(inArea.entities.incidents.map((i) => i.coord)).toEqual([[95, 20.4]]);
    expect(inArea.columns?.length).toBe(3);
  });

  it('reads a gzip-compressed file (codecs from hyparquet-compressors)', async () => {
    const columnData = [{ name: 'lat', data: [44.8], type: 'DOUBLE' as const }, { name: 'lon', data: [20.4], type: 'DOUBLE' as const }, { name: 'date', data: ['2015-10-17'], type: 'STRING' as const }];
    const bytes = parquetWriteBuffer({ columnData, codec: 'GZIP', compressors: { GZIP: (input: Uint8Array) => new Uint8Array(gzipSync(input)) } });
    const parsed = await read('gzip.parquet', new Uint8Array(bytes));
    expect(parsed.report.fileErrors).toEqual([]);
    expect(rowsOf(parsed.columns).map((i) => [i.coord, i.date])).toEqual([[[20.4, 44.8], '2015-10-17']]);
  });

  it('names the columns found and the names it reads when it finds no coordinates', async () => {
    const reason = onlyFileError(await read('unknown-columns.parquet'));
    expect(reason).toContain('the columns are foo, bar');
    expect(reason).toMatch(/latitude column \(lat, latitude/);
  });

  it('follows a column mapping given for the file', async () => {
    const bytes = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'foo', data: [44.8], type: 'DOUBLE' }, { name: 'bar', data: [20.4], type: 'DOUBLE' }, { name: 'when', data: ['2015-10-17'], type: 'STRING' }] }));
    const parsed = await read('mapped.parquet', bytes, { ...OPTIONS, mappings: { 'mapped.parquet': { content: 'points', columns: { lat: 'foo', lon: 'bar', date: 'when' } } } });
    expect(rowsOf(parsed.columns).map((i) => [i.coord, i.date])).toEqual([[[20.4, 44.8], '2015-10-17']]);
  });

  it('reports a file with columns but no rows as a file error', async () => {
    const bytes = parquetWriteBuffer({ columnData: [{ name: 'lat', data: [], type: 'DOUBLE' }, { name: 'lon', data: [], type: 'DOUBLE' }] });
    expect(onlyFileError(await read('empty.parquet', new Uint8Array(bytes)))).toBe('the file has columns but no rows');
  });

  it('reports a truncated or unreadable file as a file error', async () => {
    expect(onlyFileError(await read('truncated.parquet'))).toContain('cut short');
    const garbage = new Uint8Array([...new TextEncoder().encode('PAR1'), ...new Uint8Array(40).fill(7), ...new TextEncoder().encode('PAR1')]);
    expect(onlyFileError(await read('garbage.parquet', garbage))).toContain('not a readable Parquet file');
  });

  it('tells a .parquet file that is CSV what it looks like', async () => {
    const reason = onlyFileError(await read('csv-named.parquet'));
    expect(reason).toContain('not the format its name claims');
    expect(reason).toContain("plain text (CSV?) (it starts with 'lat,lon,date')");
  });

  it('reads a Parquet file by its content whatever its name says', async () => {
    const parsed = await read('points.csv', bytesOf('points.parquet'));
    expect(parsed.report.format).toBe('parquet');
    expect(parsed.columns?.length).toBe(4);
  });

  it('reports progress from 0 to 1, never going back', async () => {
    const seen: number[] = [];
    await importAnyFile('points.parquet', bytesOf('points.parquet'), OPTIONS, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= (seen[i - 1] ?? 0))).toBe(true);
  });
});

describe('Arrow IPC', () => {
  it('reads an IPC file with Date columns into the same columns as the Parquet file', async () => {
    const arrow = await read('points.arrow');
    const parquet = await read('points.parquet');
    expect(arrow.report).toMatchObject({ format: 'arrow', accepted: 5, rejected: [], fileErrors: [] });
    const strip = (columns: IncidentColumns | undefined) => rowsOf(columns).map(({ sources: _s, notes: _n, deadAndMissing: _d, ...rest }) => rest);
    expect(strip(arrow.columns)).toEqual(strip(parquet.columns));
    expect(arrow.entities.hubs.map((h) => h.name)).toEqual(['Belgrade']);
  });

  it('reads an IPC stream with Timestamp dates: the day of the timestamp, not the next', async () => {
    const parsed = await read('points-stream.arrows');
    expect(rowsOf(parsed.columns).map((i) => i.date)).toEqual(['2016-03-17', '2015-10-02', '2015-09-15', '2015-06-01', '2015-11-20']);
  });

  it('says that a GeoArrow geometry column is not read yet, when there are no lat/lon columns', async () => {
    const wkb = vectorFromArray([new Uint8Array([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 64, 0, 0, 0, 0, 0, 0, 70, 64])], new Binary());
    const field = new Field('geometry', new Binary(), true, new Map([['ARROW:extension:name', 'geoarrow.wkb']]));
    const table = new Table(new Schema([field]), { geometry: wkb });
    const reason = onlyFileError(await read('geo.arrow', new Uint8Array(tableToIPC(table, 'file'))));
    expect(reason).toContain("the geometry column 'geometry' is not read from Arrow files yet");
  });

  it('reports a broken file or one that is not Arrow as a file error', async () => {
    const broken = new Uint8Array([...new TextEncoder().encode('ARROW1'), 0, 0, 1, 2, 3]);
    expect(onlyFileError(await read('broken.arrow', broken))).toContain('not a readable Arrow IPC file');
    expect(onlyFileError(await read('csv.feather', new TextEncoder().encode('lat,lon\n1,2\n')))).toContain('not the format its name claims');
  });
});

describe('FlatGeobuf', () => {
  it('reads points and lines as features, through the GeoJSON record checks', async () => {
    const parsed = await read('places.fgb');
    expect(parsed.report).toMatchObject({ format: 'flatgeobuf', accepted: 4, rejected: [], fileErrors: [] });
    expect(parsed.entities.hubs.map((h) => h.name)).toEqual(['Belgrade', 'Horgos']);
    expect(parsed.entities.incidents.map((i) => [i.location, i.month])).toEqual([['Idomeni', '2016-03']]);
    expect(parsed.entities.segments.map((s) => [s.path.length, s.fromPlaceId, s.toPlaceId])).toEqual([[2, 'hub-1', 'hub-2']]);
  });

  it('reports a truncated file as a file error', async () => {
    const bytes = bytesOf('places.fgb');
    expect(onlyFileError(await read('cut.fgb', bytes.slice(0, 40)))).toContain('cut short: it ends inside its header');
    expect(onlyFileError(await read('cut.fgb', bytes.slice(0, bytes.length - 10)))).toContain('cut short: it ends inside feature 4');
  });
});

describe('loadedDatasetOf with column parts', () => {
  it('keeps a columnar file as its own part, with ids and sources prefixed and the months spanned', async () => {
    const parsed = [await read('points.parquet'), await read('points.arrow')];
    const loaded = loadedDatasetOf(parsed, { id: 'ds-1', loadedAt: '2025-07-01T10:00:00.000Z' });
    const parts = loaded?.dataset.incidentParts ?? [];
    expect(parts.map((p) => p.length)).toEqual([4, 4]);
    const second = rowsOf(parts[1]);
    // The second file's ids clash with the first's: renamed with its slug, as object rows are.
    expect(second[0]?.id).toBe('ds-1/points (2):incident-1');
    expect(second[0]?.sources).toEqual(['ds-1/file:points.arrow']);
    expect(rowsOf(parts[0])[0]?.id).toBe('ds-1/incident-1');
    expect(loaded?.dataset.months).toEqual({ from: '2015-09', to: '2016-03' });
    expect(parts[0]?.bins?.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(loaded?.dataset.hubs.map((h) => h.name)).toEqual(['Belgrade', 'Belgrade']);
  });

  it('posts to the main thread as a transfer (every column buffer listed) and clones whole', async () => {
    const loaded = loadedDatasetOf([await read('points.parquet')], { id: 'ds-1', loadedAt: '2025-07-01T10:00:00.000Z' });
    if (!loaded) throw new Error('no dataset');
    const expected = rowsOf(loaded.dataset.incidentParts?.[0]);
    const { shell, transfer } = parsedShell(loaded);
    const part = shell.dataset.incidentParts?.[0];
    expect(transfer).toContain(part?.positions.buffer);
    expect(transfer).toContain(part?.months.buffer);
    const received = structuredClone(shell, { transfer });
    expect(rowsOf(received.dataset.incidentParts?.[0])).toEqual(expected);
  });
});
