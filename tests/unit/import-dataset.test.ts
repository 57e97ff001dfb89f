import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildImportedDataset } from '../../src/data/import/assemble';
import { importFile } from '../../src/data/import/import-file';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';
import { validateDataset } from '../../src/data/validate-dataset';

const OPTIONS: ImportOptions = {
  pointKind: 'hub',
  knownPlaces: { belgrade: [20.4569, 44.8176], subotica: [19.6658, 46.1003], horgos: [19.9736, 46.1547] },
};
const META = { name: 'My files', loadedAt: '2025-07-01T10:00:00.000Z' };

function fixture(name: string): ParsedFile {
  return importFile(name, new Uint8Array(readFileSync(`tests/fixtures/import/${name}`)), OPTIONS);
}

function expectValid(files: ParsedFile[]) {
  const dataset = buildImportedDataset(files, META);
  const result = validateDataset(dataset);
  expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
  return dataset;
}

describe('buildImportedDataset', () => {
  it('makes a valid dataset of each fixture alone', () => {
    for (const name of readdirSync('tests/fixtures/import')) expectValid([fixture(name)]);
  });

  it('merges all fixtures into one valid dataset with one source per file', () => {
    const files = readdirSync('tests/fixtures/import').map(fixture);
    const dataset = expectValid(files);
    expect(dataset).toMatchObject({ format: 'routeshift-dataset', version: 1, name: 'My files', dataDate: '2025-07-01' });
    expect(dataset.sources).toHaveLength(files.length);
    expect(dataset.sources[0]).toEqual({ key: `file:${files[0]!.report.file}`, title: `User file ${files[0]!.report.file}`, date: '2025-07-01', licence: 'User data (stays in this browser)' });
    expect(dataset.months.from <= '2015-01').toBe(true);
    expect(dataset.months.to >= '2016-03').toBe(true);
  });

  it('prefixes the ids of a file that clashes with an earlier one, references included', () => {
    const a = fixture('segments-wkt.csv');
    const b = importFile('copy.csv', new Uint8Array(readFileSync('tests/fixtures/import/segments-wkt.csv')), OPTIONS);
    const dataset = expectValid([a, b]);
    expect(dataset.segments.map((s) => s.id)).toEqual(['s1', 's2', 's3-1', 's3-2', 'copy:s1', 'copy:s2', 'copy:s3-1', 'copy:s3-2']);
    expect(dataset.segments[4]!.corridorId).toBe('copy:western-balkan-route');
    expect(dataset.segments[4]!.sources).toEqual(['file:copy.csv']);
  });

  it('renames clashing ids of every later file, against all earlier files', () => {
    const text = readFileSync('tests/fixtures/import/segments-wkt.csv');
    const files = ['a.csv', 'b.csv', 'c.csv'].map((name) => importFile(name, new Uint8Array(text), OPTIONS));
    const dataset = expectValid(files);
    expect(dataset.segments.map((s) => s.id).filter((id) => id.endsWith('s1'))).toEqual(['s1', 'b:s1', 'c:s1']);
    expect(dataset.segments.at(-1)!.sources).toEqual(['file:c.csv']);
    expect(new Set(dataset.segments.map((s) => s.id)).size).toBe(dataset.segments.length);
  });

  it('spans the months of every dated entity', () => {
    const points = importFile('i.csv', new TextEncoder().encode('id,lat,lon,date,kind\na,44,20,2016-03-04,incident\nb,44,20,2014-11-30,incident\n'), OPTIONS);
    const events = importFile('e.csv', new TextEncoder().encode('title,date\nx,2019-07\n'), OPTIONS);
    expect(expectValid([points, events]).months).toEqual({ from: '2014-11', to: '2019-07' });
    expect(expectValid([points]).months).toEqual({ from: '2014-11', to: '2016-03' });
  });

  it('gives two files with the same name their own source keys', () => {
    const dataset = expectValid([fixture('points.csv'), fixture('points.csv')]);
    expect(dataset.sources.map((s) => s.key)).toEqual(['file:points.csv', 'file:points.csv (2)']);
    expect(dataset.hubs.at(-1)!.sources).toEqual(['file:points.csv (2)']);
  });

  it('falls back to the whole data range when nothing is dated', () => {
    const dataset = expectValid([fixture('points.tsv')]);
    expect(dataset.months).toEqual({ from: '2009-01', to: '2025-04' });
  });
});
