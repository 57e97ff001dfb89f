/**
 * A table read from a columnar file (Parquet, Arrow IPC): its column names and, for the columns
 * asked for, their values as the library gives them (typed arrays for numbers, arrays of strings,
 * day counts for dates, GeoJSON geometries), so that rows are checked over the arrays. Which column
 * holds what is decided from the names with the CSV header aliases (columns.ts).
 */
import { t } from '../../domain/i18n';
import { applyMapping, guessColumns } from './columns';
import { own, type FieldRole } from './records';
import type { ColumnMapping, ImportOptions, ProgressFn } from './types';

export type ColumnValues =
  /** Numbers (a typed array, or an array with nulls), strings, booleans, null. */
  | { type: 'values'; values: ArrayLike<unknown> }
  /** Days since 1970-01-01 (a fraction is the time of day), null where the file has none. */
  | { type: 'days'; values: ArrayLike<number | null> }
  /** GeoJSON geometries, null where the file has none. */
  | { type: 'geometry'; values: ArrayLike<unknown> };

export interface ColumnTable {
  rows: number;
  names: string[];
  /** Columns the file declares as geometry (GeoParquet's `geo` metadata, a GEOMETRY type), primary first. */
  geometryColumns: string[];
  /** Geometry columns the reader cannot decode (GeoArrow in Arrow files), named in the no-coordinates error. */
  unreadGeometry?: string[];
  /** The named columns' values, each `rows` long; reading reports progress from 0 to 1. */
  read(names: string[], onProgress?: ProgressFn): Promise<Record<string, ColumnValues>>;
}

/** The columns a points table is read from: a field role per column, and where the points are. */
export interface ColumnPlan {
  /** Roles read as fields (every mapped role but the coordinates'), with the column's name. */
  fields: [FieldRole, string][];
  points: { lat: string; lon: string } | { geometry: string };
}

const COORDINATE_ROLES = new Set<FieldRole>(['lat', 'lon', 'wkt', 'count']);

/**
 * The plan for a table of points: from the user's mapping if one is given (CSV's mapping dialog),
 * else from the column names. Latitude and longitude columns win over a geometry column (no object
 * per row to decode). Returns the problem in words when the columns say nothing about where.
 */
export function planColumns(table: Pick<ColumnTable, 'names' | 'geometryColumns' | 'unreadGeometry'>, file: string, options: ImportOptions): ColumnPlan | { error: string } {
  const guess = guessColumns(table.names);
  const given = own(options.mappings, file);
  let columns: ColumnMapping = guess;
  if (given) {
    if (given.content !== 'points') return { error: t('importFormats.columnarOnlyPoints', { content: given.content }) };
    const applied = applyMapping(table.names, 'points', given.columns, guess);
    if (!applied.ok) return { error: applied.reason };
    columns = applied.columns;
  }
  // For points, a from/to pair is a period (as in CSV point files).
  if (columns.date === undefined && columns.from !== undefined) columns = { ...columns, date: columns.from, ...(columns.to !== undefined ? { dateTo: columns.to } : {}) };
  const fields: [FieldRole, string][] = [];
  for (const role of Object.keys(columns) as (keyof ColumnMapping)[]) {
    const name = columns[role];
    if (name !== undefined && !COORDINATE_ROLES.has(role) && role !== 'from' && role !== 'to') fields.push([role, name]);
  }
  const geometry = table.geometryColumns[0];
  if (columns.lat !== undefined && columns.lon !== undefined) return { fields, points: { lat: columns.lat, lon: columns.lon } };
  if (geometry !== undefined) return { fields, points: { geometry } };
  const columnList = table.names.join(', ') || t('importFormats.noColumns');
  if (table.unreadGeometry?.length) {
    return { error: t('importFormats.noCoordinatesArrow', { columns: columnList, geometry: table.unreadGeometry.map((n) => `'${n}'`).join(', ') }) };
  }
  return { error: t('importFormats.noCoordinates', { columns: columnList }) };
}

/** Every column a plan reads, once each. */
export function plannedColumns(plan: ColumnPlan): string[] {
  const points = 'geometry' in plan.points ? [plan.points.geometry] : [plan.points.lat, plan.points.lon];
  return [...new Set([...points, ...plan.fields.map(([, name]) => name)])];
}

const DAY_MS = 86_400_000;
const isoDays = new Map<number, string>();

/** 'YYYY-MM-DD' of a day count (kept per day: a million rows have a few thousand days). */
export function isoDay(days: number): string {
  const day = Math.floor(days);
  let iso = isoDays.get(day);
  if (iso === undefined) {
    const date = new Date(day * DAY_MS);
    iso = Number.isNaN(date.getTime()) ? String(days) : date.toISOString().slice(0, 10);
    if (isoDays.size < 100_000) isoDays.set(day, iso);
  }
  return iso;
}

/** A cell as the CSV readers take it: dates as ISO days, big integers as numbers. */
export function cellValue(column: ColumnValues, row: number): unknown {
  const value = column.values[row] ?? null;
  if (column.type === 'days') return typeof value === 'number' && Number.isFinite(value) ? isoDay(value) : null;
  return typeof value === 'bigint' ? Number(value) : value;
}

/** A row as JSON text, for the rejected-rows file. */
export function rowText(columns: Record<string, ColumnValues>, row: number): string {
  const out: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(columns)) out[name] = cellValue(column, row);
  return JSON.stringify(out);
}
