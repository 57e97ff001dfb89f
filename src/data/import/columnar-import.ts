/**
 * A columnar table (Parquet, Arrow IPC) → incidents as columns, straight from the file's arrays
 * into IncidentColumns, with the checks of a CSV row (columnar-rows.ts): rejected rows name the
 * data row (1-based) and the column; good rows are kept. Rows that are not plain incidents (another
 * kind, a kind that needs a repair, a line geometry) become records for the FileAssembler, as CSV
 * rows do (an object each: they are few).
 */
import { t } from '../../domain/i18n';
import { encodeStrings, SOURCE_SEPARATOR, type IncidentColumns, type StringColumn } from '../../domain/incident-columns';
import { monthIndex } from '../../domain/month';
import type { LonLat } from '../../domain/types';
import { FileAssembler } from './assemble';
import { planColumns, plannedColumns, type ColumnPlan, type ColumnTable, type ColumnValues } from './column-table';
import { ColumnRows, type IncidentReading } from './columnar-rows';
import { RowProblem } from './fields';
import { featureRecords } from './geojson-import';
import { kindOf } from './kinds';
import { movesPosition } from './position-repairs';
import { IdAllocator, type FileContext, type RawRecord, type Repair, type Reporter } from './records';
import type { ImportedEntities, ImportOptions, ProgressFn } from './types';

export interface ColumnarResult {
  entities: ImportedEntities | null;
  columns?: IncidentColumns;
}

const NO_REPAIRS: Repair[] = [];

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

/** The kept incident rows, filled column by column. */
class KeptIncidents {
  private length = 0;
  private readonly positions: Float64Array;
  private readonly months: Uint16Array;
  private readonly dead: Float32Array;
  private readonly survivors: Float32Array;
  private readonly confidence: Uint8Array;
  private readonly rows: Uint32Array;
  private readonly dates: string[] = [];
  /** Per text field, its values (made on the first row that has one: most files have few of them). */
  private readonly texts: Partial<Record<'location' | 'route' | 'notes', (string | undefined)[]>> = {};
  private readonly ids: (string | undefined)[] = [];
  private readonly repairsOf = new Map<number, Repair[]>();
  /** Ids as assigned, and the first row whose given id is not yet assigned. */
  private readonly assigned: string[] = [];
  private nextGiven = 0;
  private readonly monthOf = new Map<string, number>();

  constructor(
    capacity: number,
    /** False when the file has no id column: then no row gives an id, and ids are numbered from the rows. */
    private readonly givesIds: boolean,
  ) {
    this.positions = new Float64Array(capacity * 2);
    this.months = new Uint16Array(capacity);
    this.dead = new Float32Array(capacity);
    this.survivors = new Float32Array(capacity);
    this.confidence = new Uint8Array(capacity);
    this.rows = new Uint32Array(capacity);
  }

  add(row: number, [lon, lat]: LonLat, r: IncidentReading, repairs: Repair[]): void {
    const k = this.length++;
    this.positions[k * 2] = lon;
    this.positions[k * 2 + 1] = lat;
    let month = this.monthOf.get(r.date.month);
    if (month === undefined) this.monthOf.set(r.date.month, (month = monthIndex(r.date.month)));
    this.months[k] = month;
    this.dead[k] = r.dead ?? Number.NaN;
    this.survivors[k] = r.survivors ?? Number.NaN;
    this.confidence[k] = r.confidence;
    this.rows[k] = row;
    this.dates.push(r.date.iso);
    if (r.location !== undefined) this.textColumn('location')[k] = r.location;
    if (r.route !== undefined) this.textColumn('route')[k] = r.route;
    if (r.notes !== undefined) this.textColumn('notes')[k] = r.notes;
    if (this.givesIds) this.ids[k] = r.id;
    if (repairs.length > 0) this.repairsOf.set(k, [...repairs]);
  }

  private textColumn(field: 'location' | 'route' | 'notes'): (string | undefined)[] {
    // Filled, not holey: the column is cloned to the main thread and stored in IndexedDB.
    return (this.texts[field] ??= new Array<string | undefined>(this.rows.length).fill(undefined));
  }

  /** The columns, the other ids settled and each row reported kept. */
  finish(ctx: FileContext, reporter: Reporter, allocator: IdAllocator): IncidentColumns | null {
    const n = this.length;
    if (n === 0) return null;
    const rows = this.rows.slice(0, n);
    const ids = this.idColumn(rows, allocator);
    for (let k = 0; k < n; k++) reporter.keep(rows[k] ?? null, this.repairsOf.get(k) ?? NO_REPAIRS);
    const text: IncidentColumns['text'] = {};
    for (const [field, values] of Object.entries(this.texts) as [keyof typeof this.texts, (string | undefined)[]][]) {
      values.length = n;
      text[field] = encodeStrings(values);
    }
    const whole = n === this.rows.length;
    const cut = <T extends Float64Array | Float32Array | Uint16Array | Uint8Array>(a: T, size = n): T => (whole ? a : (a.slice(0, size) as T));
    return {
      length: n,
      positions: cut(this.positions, n * 2),
      months: cut(this.months),
      deadAndMissing: cut(this.dead),
      survivors: cut(this.survivors),
      confidence: cut(this.confidence),
      illustrative: new Uint8Array(n),
      ids,
      dates: encodeStrings(this.dates),
      sources: { kind: 'dict', values: [ctx.sources.join(SOURCE_SEPARATOR)], codes: new Uint16Array(n) },
      text,
    };
  }

  /** Assigns the ids given in rows before `row` (a repeat renamed, a repair), in row order. */
  takeGivenIds(row: number, allocator: IdAllocator): void {
    for (; this.nextGiven < this.length && (this.rows[this.nextGiven] ?? 0) < row; this.nextGiven++) {
      const k = this.nextGiven;
      const given = this.ids[k];
      if (given === undefined) continue;
      const assigned = allocator.given(given, this.rows[k] ?? null, 'row');
      this.assigned[k] = assigned.id;
      if (assigned.repair) this.repairsOf.set(k, [...(this.repairsOf.get(k) ?? []), assigned.repair]);
    }
  }

  /** Given ids as assigned, `incident-<row>` for the rest (numbered when the file gives none). */
  private idColumn(rows: Uint32Array, allocator: IdAllocator): StringColumn {
    if (!this.givesIds) return { kind: 'numbered', prefix: 'incident-', numbers: rows };
    this.takeGivenIds(Infinity, allocator);
    const out = this.assigned;
    for (let k = 0; k < rows.length; k++) if (this.ids[k] === undefined) out[k] = allocator.generated(`incident-${rows[k] ?? k + 1}`);
    return encodeStrings(out);
  }
}
