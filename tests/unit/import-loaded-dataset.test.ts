import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prefixDatasetIds } from '../../src/data/combine-datasets';
import { buildImportedDataset } from '../../src/data/import/assemble';
import { importFile } from '../../src/data/import/import-file';
import { loadedDatasetOf } from '../../src/data/import/loaded-dataset';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';
import { incidentAt, type IncidentColumns } from '../../src/domain/incident-columns';

const OPTIONS: ImportOptions = { pointKind: 'incident', knownPlaces: { belgrade: [20.4569, 44.8176], subotica: [19.6658, 46.1003] } };
const META = { id: 'ds-test-1', loadedAt: '2025-07-01T10:00:00.000Z' };

function csv(name: string, text: string): ParsedFile {
  return importFile(name, new TextEncoder().encode(text), OPTIONS);
}

function fixture(name: string): ParsedFile {
  return importFile(name, new Uint8Array(readFileSync(`tests/fixtures/import/${name}`)), OPTIONS);
}

const rows = (columns: IncidentColumns | undefined) => (columns ? Array.from({ length: columns.length }, (_, i) => incidentAt(columns, i)) : []);

/** The dataset as the worker made it before: every incident object prefixed, then turned into columns. */
function objectPath(files: ParsedFile[]) {
  const name = files.map((f) => f.report.file).join(', ');
  return prefixDatasetIds(buildImportedDataset(files, { name, loadedAt: META.loadedAt }), META.id);
}

const POINTS = [
  'id,lat,lon,date,kind,dead,name,notes,confidence',
  'p1,44.1,20.5,2016-03-04,incident,3,Somewhere,first,high',
  'p2,44.2,20.6,2016-04-05,incident,,Elsewhere,,low',
  'p10,44.3,20.7,2017-01-31,incident,0,,third,',
  ',44.4,20.8,2017-02-01,incident,1,No id,,',
  'p2,44.5,20.9,2017-02-02,incident,2,Duplicate id,,',
].join('\n');

describe('loadedDatasetOf', () => {
  it('gives the same incidents, ids and sources prefixed, as prefixing every incident object first', () => {
    const files = [csv('points.csv', POINTS), csv('more.csv', POINTS)];
    const loaded = loadedDatasetOf(files, META);
    const expected = objectPath(files);
    expect(loaded?.dataset.incidents).toEqual([]);
    expect(loaded?.dataset.incidentParts).toHaveLength(1);
    const got = rows(loaded?.dataset.incidentParts?.[0]);
    expect(got).toEqual(expected.incidents);
    expect(got.map((i) => i.id)).toContain('ds-test-1/more:p1');
    expect(got[0]?.sources).toEqual(['ds-test-1/file:points.csv']);
    const { incidents: _a, incidentParts: _b, ...rest } = loaded?.dataset ?? {};
    const { incidents: _c, incidentParts: _d, ...restExpected } = expected;
    expect(rest).toEqual(restExpected);
    expect(loaded).toMatchObject({ id: META.id, name: 'points.csv, more.csv', sourceFiles: ['points.csv', 'more.csv'], visible: true });
  });

  it('brings the bins and drawing attributes the map needs', () => {
    const columns = loadedDatasetOf([csv('points.csv', POINTS)], META)?.dataset.incidentParts?.[0];
    expect(columns?.bins?.counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(columns?.drawing?.radii).toHaveLength(5);
    expect(columns?.drawing?.filterValues).toHaveLength(10);
  });

  it('matches the object path for every fixture', () => {
    let compared = 0;
    let refused = 0;
    for (const name of readdirSync('tests/fixtures/import')) {
      const files = [fixture(name)];
      const loaded = loadedDatasetOf(files, META);
      const expected = files.some((f) => f.project === undefined && Object.values(f.entities).some((l) => l.length > 0)) ? objectPath(files) : null;
      if (!expected) {
        expect(loaded).toBeNull();
        refused += 1;
        continue;
      }
      compared += 1;
      expect(rows(loaded?.dataset.incidentParts?.[0])).toEqual(expected.incidents);
      expect(loaded?.dataset.hubs).toEqual(expected.hubs);
      expect(loaded?.dataset.segments).toEqual(expected.segments);
      expect(loaded?.dataset.months).toEqual(expected.months);
    }
    // Both branches ran: most fixtures hold data, the empty and broken ones do not.
    expect(compared).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(0);
  });

  it('is null when no file has data', () => {
    expect(loadedDatasetOf([csv('empty.csv', 'id,lat,lon\n')], META)).toBeNull();
  });
});
