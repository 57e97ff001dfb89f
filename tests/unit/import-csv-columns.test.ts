/**
 * CSV rows of plain dated incidents read straight into columns (ImportOptions.incidentsAsColumns,
 * src/data/import/csv-incidents.ts) give the same dataset as the row path: the same incidents
 * (ids, coordinates, dates, months, counts, texts), the same other entities and the same report,
 * for random CSV files with bad rows among the good ones. And the worker posts the columns'
 * buffers in its transfer list, not as copies.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../src/data/import/import-file';
import { loadedDatasetOf } from '../../src/data/import/loaded-dataset';
import type { ImportMessage } from '../../src/data/import/import-protocol';
import type { ImportOptions, ParsedFile, PointKind } from '../../src/data/import/types';
import { incidentAt, type IncidentColumns } from '../../src/domain/incident-columns';

const COLUMNS = ['id', 'date', 'kind', 'name', 'source', 'confidence', 'country', 'dead', 'survivors', 'description', 'route'] as const;
type Column = (typeof COLUMNS)[number];
type Row = { lat: string; lon: string } & Record<Column, string>;

const number = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((n) => String(Number((n + 0).toFixed(5))));

/** A cell: mostly one of the good values, now and then one the row path repairs or rejects. */
const cell = (good: string[], bad: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 6 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });

/** Mostly good rows; bad or repaired cells now and then (each a row the row path must still read). */
const row: fc.Arbitrary<Row> = fc.record({
  lat: fc.oneof({ arbitrary: number(-89.9, 89.9), weight: 8 }, { arbitrary: fc.constantFrom('95', '-120', '44,8', '', 'north', ' 44.5 ', '1e1', '90', '-90'), weight: 1 }),
  lon: fc.oneof({ arbitrary: number(-179.9, 179.9), weight: 8 }, { arbitrary: fc.constantFrom('200', '-181', '20,4', '', '−20.5', '180'), weight: 1 }),
  id: fc.constantFrom('', 'a', 'b', 'r1', 'incident-3', 'p7', 'p8', 'p9'),
  date: cell(['2015-10-17', '2016-02-29T10:00:00Z', '2024-12-31', '17.10.2015', '05/10/2015'], ['10/17/2015', '2015-10', '31.02.2015', 'Oct 2015', '', 'soon', '1899-01-01']),
  kind: cell(['incident', 'Incident', ''], ['INCIDENT', 'hub', 'restaurant', 'segment', 'event', 'camp']),
  name: fc.constantFrom('', 'Idomeni', 'Šid, Serbia', 'a "quoted" name', '  spaced  '),
  source: fc.constantFrom('', 'IOM'),
  confidence: cell(['', 'high', 'medium', 'low'], ['LOW', 'maybe']),
  country: cell(['', 'RS', 'GR'], ['Serbia', 'XX', 'GR|MK']),
  dead: cell(['', '0', '3'], ['-1', 'many', '2.5']),
  survivors: cell(['', '12'], ['x']),
  description: fc.constantFrom('', 'boat capsized', 'line\nbreak'),
  route: fc.constantFrom('', 'Western Balkans'),
});

/** A line of the file: a row, or now and then a blank line or a row with a cell too few. */
const line = fc.oneof({ arbitrary: row.map((r) => ({ row: r })), weight: 20 }, { arbitrary: fc.constantFrom({ blank: true as const }, { short: true as const }), weight: 1 });

/** Incidents need a date: the date column is always there (its cells may be empty or bad). */
const file = fc.record({
  columns: fc.subarray(COLUMNS.filter((c) => c !== 'date'), { minLength: 0 }).map((c): Column[] => ['date', ...c]),
  /** A from/to pair instead of a date column now and then (read as the date, as the row path does). */
  fromTo: fc.boolean(),
  lines: fc.array(line, { minLength: 1, maxLength: 40 }),
  delimiter: fc.constantFrom(',', ',', ';'),
  pointKind: fc.constantFrom<PointKind>('incident', 'incident', 'incident', 'hub', 'crossing'),
});

type File_ = { columns: Column[]; fromTo: boolean; lines: ({ row: Row } | { blank: true } | { short: true })[]; delimiter: string; pointKind: PointKind };

const quote = (cell: string, delimiter: string) => (/["\n\r]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell);

function csvOf({ columns, fromTo, lines, delimiter }: File_): Uint8Array {
  const names = columns.map((c) => (c === 'date' && fromTo ? 'from' : c));
  const header = ['lat', 'lon', ...names];
  const out = [header.join(delimiter)];
  for (const l of lines) {
    if ('blank' in l) out.push('');
    else if ('short' in l) out.push('44.1');
    else out.push(['lat', 'lon', ...columns].map((c) => quote(l.row[c as keyof Row], delimiter)).join(delimiter));
  }
  return new TextEncoder().encode(out.join('\n'));
}

/** Every incident of a parsed file (columns and objects), by id. */
function incidents(parsed: ParsedFile) {
  const columns = parsed.columns;
  const fromColumns = columns ? Array.from({ length: columns.length }, (_, i) => incidentAt(columns, i)) : [];
  return [...fromColumns, ...parsed.entities.incidents].sort((a, b) => a.id.localeCompare(b.id));
}

/** Every incident of the loaded dataset (all its column parts), by id. */
function datasetIncidents(parts: readonly IncidentColumns[] | undefined) {
  return (parts ?? []).flatMap((p) => Array.from({ length: p.length }, (_, i) => incidentAt(p, i))).sort((a, b) => a.id.localeCompare(b.id));
}

/** FUZZ_SCALE=10 for a deeper run. */
const NUM_RUNS = 150 * (Number(process.env.FUZZ_SCALE ?? 1) || 1);

describe('CSV incidents as columns', () => {
  it('read as the same dataset and report as the row path, bad rows included', () => {
    let kept = 0;
    fc.assert(
      fc.property(file, (f) => {
        const bytes = csvOf(f);
        const options: ImportOptions = { pointKind: f.pointKind };
        const rows = importFile('t.csv', bytes, options);
        const columns = importFile('t.csv', bytes, { ...options, incidentsAsColumns: true });
        kept += columns.columns?.length ?? 0;
        expect(columns.report).toEqual(rows.report);
        expect(incidents(columns)).toEqual(incidents(rows));
        expect({ ...columns.entities, incidents: [] }).toEqual({ ...rows.entities, incidents: [] });
        const meta = { id: 'ds-1', loadedAt: '2026-01-01T00:00:00Z' };
        const a = loadedDatasetOf([rows], meta);
        const b = loadedDatasetOf([columns], meta);
        expect(b === null).toBe(a === null);
        if (a && b) {
          expect(b.dataset.months).toEqual(a.dataset.months);
          expect(b.dataset.sources).toEqual(a.dataset.sources);
          expect(datasetIncidents(b.dataset.incidentParts)).toEqual(datasetIncidents(a.dataset.incidentParts));
          expect(b.dataset.hubs).toEqual(a.dataset.hubs);
        }
      }),
      { numRuns: NUM_RUNS },
    );
    // The property is about the columnar path: it must have been taken, and often.
    expect(kept).toBeGreaterThan(NUM_RUNS);
  });

  it('keeps plain rows as columns and leaves the others to the row path', () => {
    const text = ['id,lat,lon,date,kind', 'a,44.1,20.4,2016-03-02,incident', 'b,95,20.4,2016-03-02,incident', 'c,44.2,20.5,2016-04-02,hub', 'd,44.3,20.6,2016-05-02,incident', 'a,44.4,20.7,2016-06-02,incident'].join('\n');
    const parsed = importFile('p.csv', new TextEncoder().encode(text), { pointKind: 'incident', incidentsAsColumns: true });
    expect(parsed.columns?.length).toBe(3);
    expect(parsed.entities.incidents).toHaveLength(0);
    expect(parsed.entities.hubs.map((h) => h.id)).toEqual(['c']);
    expect(parsed.report.rejected.map((r) => r.row)).toEqual([3]);
    // The repeated id is renamed as on the row path, naming the line of the first.
    expect(parsed.report.repaired).toEqual([expect.objectContaining({ row: 6, field: 'id', repair: expect.stringContaining('a-2') })]);
    const columns = parsed.columns as IncidentColumns;
    expect(Array.from({ length: columns.length }, (_, i) => incidentAt(columns, i).id)).toEqual(['a', 'd', 'a-2']);
    expect(Array.from(columns.positions)).toEqual([20.4, 44.1, 20.6, 44.3, 20.7, 44.4]);
  });
});

describe('the import worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('transfers the buffers of the incident columns instead of copying them', async () => {
    const posted: { message: ImportMessage; transfer: Transferable[] }[] = [];
    const scope = { postMessage: (message: ImportMessage, transfer: Transferable[] = []) => posted.push({ message, transfer }), onmessage: null as ((e: MessageEvent) => void) | null };
    vi.stubGlobal('self', scope);
    await import('../../src/data/import/import-worker');
    const lines = ['id,lat,lon,date,kind', ...Array.from({ length: 500 }, (_, i) => `p${i},${40 + (i % 50) / 10},${20 + (i % 37) / 10},2016-0${1 + (i % 9)}-1${i % 10},incident`)];
    const file = new File([lines.join('\n')], 'points.csv', { type: 'text/csv' });
    scope.onmessage?.({ data: { type: 'import', files: [file], options: { pointKind: 'incident', incidentsAsColumns: true }, dataset: { id: 'ds-1', loadedAt: '2026-01-01T00:00:00Z' }, locale: 'en' } } as MessageEvent);
    await vi.waitFor(() => expect(posted.some((p) => p.message.type === 'parsed-end' || p.message.type === 'failed')).toBe(true));
    const parsed = posted.find((p) => p.message.type === 'parsed') as { message: Extract<ImportMessage, { type: 'parsed' }>; transfer: Transferable[] };
    expect(parsed).toBeDefined();
    const parts = parsed.message.loaded?.dataset.incidentParts ?? [];
    expect(parts).toHaveLength(1);
    const part = parts[0] as IncidentColumns;
    expect(part.length).toBe(500);
    for (const array of [part.positions, part.months, part.confidence, part.deadAndMissing, part.bins?.positions, part.bins?.counts, part.drawing?.radii, part.drawing?.filterValues]) {
      expect(parsed.transfer).toContain(array?.buffer);
    }
    // No incident objects follow in chunks: the rows travel only as the columns.
    expect(posted.filter((p) => p.message.type === 'chunk' && p.message.key === 'incidents')).toHaveLength(0);
    expect(parsed.message.reports[0]?.accepted).toBe(500);
  });
});
