/**
 * A columnar table (Parquet, Arrow IPC) → incidents as columns, straight from the file's arrays
 * into IncidentColumns, with the checks of a CSV row (columnar-rows.ts): rejected rows name the
 * data row (1-based) and the column; good rows are kept. Rows that are not plain incidents (another
 * kind, a kind that needs a repair, a line geometry) become records for the FileAssembler, as CSV
 * rows do (an object each: they are few).
 */
import { t } from '../../domain/i18n';
import type { IncidentColumns } from '../../domain/incident-columns';
import { FileAssembler } from './assemble';
import { planColumns, plannedColumns, type ColumnPlan, type ColumnTable, type ColumnValues } from './column-table';
import { ColumnRows } from './columnar-rows';
import { RowProblem } from './fields';
import { featureRecords } from './geojson-import';
import { KeptIncidents } from './kept-incidents';
import { kindOf } from './kinds';
import { movesPosition } from './position-repairs';
import { IdAllocator, type FileContext, type RawRecord, type Repair, type Reporter } from './records';
import type { ImportedEntities, ImportOptions, ProgressFn } from './types';

export interface ColumnarResult {
  entities: ImportedEntities | null;
  columns?: IncidentColumns;
}

/** Reads the table's rows; the reading itself reports 0–0.5 of the progress, the checks the rest. */
export async function importColumnTable(table: ColumnTable, ctx: FileContext, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): Promise<ColumnarResult> {
  const plan = planColumns(table, ctx.file, options);
  if ('error' in plan) {
    reporter.fileError(plan.error);
    return { entities: null };
  }
  if (table.rows === 0) {
    reporter.fileError(t('importFormats.columnsNoRows'));
    return { entities: null };
  }
  const columns = await table.read(plannedColumns(plan), (f) => onProgress?.(0.5 * f));
  const kept = new KeptIncidents(table.rows, plan.fields.some(([role]) => role === 'id'));
  const assembler = new FileAssembler(ctx, options, reporter);
  readRows(table.rows, new ColumnRows(plan, columns), plan, options, kept, assembler, reporter, onProgress);
  // One id namespace for the file, given ids taken in file order, as in a CSV file.
  const ids = new IdAllocator();
  const entities = assembler.finish(undefined, undefined, ids, (row) => kept.takeGivenIds(row, ids));
  const part = kept.finish(ctx, reporter, ids);
  reporter.sort();
  return { entities, ...(part ? { columns: part } : {}) };
}

function readRows(n: number, rows: ColumnRows, plan: ColumnPlan, options: ImportOptions, kept: KeptIncidents, assembler: FileAssembler, reporter: Reporter, onProgress?: ProgressFn): void {
  const isIncident = incidentTest(rows, options);
  const points = plan.points;
  const lat = 'lat' in points ? (rows.columns[points.lat] as ColumnValues) : null;
  const lon = 'lon' in points ? (rows.columns[points.lon] as ColumnValues) : null;
  const geometry = 'geometry' in points ? (rows.columns[points.geometry] as ColumnValues) : null;
  const step = Math.max(1, Math.floor(n / 100));
  const repairs: Repair[] = [];
  for (let i = 0; i < n; i++) {
    const row = i + 1;
    repairs.length = 0;
    if (onProgress && i % step === 0) onProgress(0.5 + (0.45 * i) / n);
    try {
      const shape = geometry ? geometry.values[i] : null;
      if (geometry && !isPoint(shape)) {
        rows.load(i);
        addFeature(rows, i, shape, assembler, reporter);
        continue;
      }
      const coord = shape ? rows.point(shape as { coordinates?: unknown }, repairs) : rows.latLon(i, lat as ColumnValues, lon as ColumnValues, points as { lat: string; lon: string }, repairs);
      rows.load(i);
      // A repair that moved the point is judged against the file's area by the assembler (position-repairs.ts).
      if (!isIncident(i) || movesPosition(repairs)) {
        assembler.add({ row, raw: () => rows.raw(i), geometry: { type: 'point', coord }, fields: rows.ownFields(), repairs: [...repairs] });
        continue;
      }
      kept.add(row, coord, rows.incident(repairs), repairs);
      assembler.countPosition(coord[0], coord[1]);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      reporter.reject(row, error.field, error.reason, rows.raw(i));
    }
  }
}

function isPoint(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { type?: unknown }).type === 'Point';
}

/** A row whose geometry is not a point: read as a GeoJSON feature with the row's fields. */
function addFeature(rows: ColumnRows, i: number, geometry: unknown, assembler: FileAssembler, reporter: Reporter): void {
  const raw = () => rows.raw(i);
  const result = featureRecords({ type: 'Feature', geometry, properties: {} }, i + 1, raw);
  if ('reject' in result) {
    reporter.reject(i + 1, result.reject.field, result.reject.reason, raw());
    return;
  }
  const fields = rows.ownFields();
  for (const record of result.records) assembler.add({ ...record, fields } satisfies RawRecord);
}

/**
 * Whether row i is a plain incident: its kind says incident (or the import's point kind is
 * incident and no kind is given) without a repair. Kinds are decided once per distinct value, by
 * kinds.ts; a value that needs a repair or throws goes the FileAssembler's way, which reports it.
 */
function incidentTest(rows: ColumnRows, options: ImportOptions): (i: number) => boolean {
  const kindField = rows.fields.kind;
  const byDefault = options.pointKind === 'incident';
  if (!kindField) return () => byDefault;
  const column = rows.columns[kindField.name] as ColumnValues;
  const known = new Map<unknown, boolean>();
  return (i) => {
    const value = column.values[i] ?? null;
    let plain = known.get(value);
    if (plain === undefined) {
      const repairs: Repair[] = [];
      const record: RawRecord = { row: null, raw: () => '', geometry: { type: 'point', coord: [0, 0] }, fields: { kind: { value, name: kindField.name } }, repairs };
      try {
        plain = kindOf(record, options.pointKind, repairs).target === 'incident' && repairs.length === 0;
      } catch {
        plain = false;
      }
      known.set(value, plain);
    }
    return plain;
  };
}
