/**
 * Arrow IPC (the file format, which Feather v2 is, and the stream format) with apache-arrow's
 * tableFromIPC: number columns as the typed arrays Arrow holds them in, Date and Timestamp columns
 * as day counts, strings (plain or dictionary) as strings. Points come from latitude and longitude
 * columns (GeoArrow geometry columns are not read yet).
 */
import { t } from '../../domain/i18n';
import type { Table, Vector } from 'apache-arrow';
import { importColumnTable } from './columnar-import';
import { binaryClaim, notTheFormat } from './columnar-claims';
import type { ColumnTable, ColumnValues } from './column-table';
import { clip } from './dates';
import { isArrowFile, isArrowStream } from './detect';
import type { BinaryReader } from './import-any-file';
import type { Outcome } from './import-file';
import { fileSlug, type Reporter } from './records';
import type { ImportOptions, ProgressFn } from './types';

const DAY_MS = 86_400_000;

type ArrowModule = typeof import('apache-arrow');

/** A column's values: its own typed array when it has no nulls, else read row by row. */
function columnValues(arrow: ArrowModule, vector: Vector): ColumnValues {
  const typeId = vector.type.typeId as number;
  const n = vector.length;
  const at = (i: number): unknown => vector.get(i);
  if (typeId === arrow.Type.Date || typeId === arrow.Type.Timestamp) {
    const days = new Array<number | null>(n);
    for (let i = 0; i < n; i++) {
      const ms = at(i);
      days[i] = typeof ms === 'number' ? ms / DAY_MS : ms instanceof Date ? ms.getTime() / DAY_MS : null;
    }
    return { type: 'days', values: days };
  }
  if ((typeId === arrow.Type.Float || typeId === arrow.Type.Int) && vector.nullCount === 0) {
    const array = vector.toArray() as ArrayLike<number | bigint>;
    const plain = array instanceof BigInt64Array || array instanceof BigUint64Array ? Float64Array.from(array, Number) : (array as ArrayLike<number>);
    return { type: 'values', values: plain };
  }
  return { type: 'values', values: Array.from({ length: n }, (_, i) => at(i)) };
}

/** Geometry columns: GeoArrow extension types, or those GeoPandas names in the schema's `geo` metadata. */
function geometryNames(table: Table): string[] {
  const names = table.schema.fields.filter((f) => f.metadata.get('ARROW:extension:name')?.startsWith('geoarrow.')).map((f) => f.name);
  try {
    const geo = JSON.parse(table.schema.metadata.get('geo') ?? '{}') as { columns?: Record<string, unknown> };
    names.push(...Object.keys(geo.columns ?? {}));
  } catch {
    // Unreadable `geo` metadata: only the extension types count.
  }
  return [...new Set(names)];
}

function arrowTable(arrow: ArrowModule, table: Table): ColumnTable {
  const names = table.schema.fields.map((f) => f.name);
  return {
    rows: table.numRows,
    names,
    geometryColumns: [],
    unreadGeometry: geometryNames(table),
    read(wanted, onProgress) {
      const out: Record<string, ColumnValues> = {};
      wanted.forEach((name, i) => {
        const vector = table.getChild(name);
        if (vector) out[name] = columnValues(arrow, vector);
        onProgress?.((i + 1) / wanted.length);
      });
      return Promise.resolve(out);
    },
  };
}

async function readArrow(name: string, bytes: Uint8Array, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): Promise<Outcome> {
  const fail = (reason: string): Outcome => {
    reporter.fileError(reason);
    return { format: 'arrow', entities: null };
  };
  if (!isArrowFile(bytes) && !isArrowStream(bytes)) return fail(notTheFormat(name, bytes, 'arrow'));
  const arrow = await import('apache-arrow');
  let table: Table;
  try {
    table = arrow.tableFromIPC(bytes);
  } catch (error) {
    return fail(t('importFormats.arrowUnreadable', { message: clip(error instanceof Error ? error.message : String(error), 200) }));
  }
  if (table.schema.fields.length === 0) return fail(t('importFormats.arrowNoColumns'));
  const ctx = { file: name, slug: fileSlug(name), format: 'arrow' as const, sources: [`file:${name}`] };
  const result = await importColumnTable(arrowTable(arrow, table), ctx, options, reporter, onProgress);
  return { format: 'arrow', ...result };
}

export const ARROW_READER: BinaryReader = {
  format: 'arrow',
  // A stream has no magic of its own (0xFFFFFFFF starts other binaries too): only with an Arrow name.
  claims: (name, bytes) => binaryClaim(name, bytes, 'arrow', isArrowFile),
  read: readArrow,
};
