/**
 * Parquet and GeoParquet, read column-wise with hyparquet (codecs from hyparquet-compressors):
 * only the columns RouteShift reads, each as the array hyparquet decodes (a Float64Array for a
 * required double column), DATE and TIMESTAMP columns as day counts, GeoParquet WKB geometries as
 * GeoJSON (hyparquet decodes them, from the `geo` metadata or the GEOMETRY type).
 */
import { t } from '../../domain/i18n';
import type { FileMetaData, SchemaElement } from 'hyparquet';
import { importColumnTable } from './columnar-import';
import type { ColumnTable, ColumnValues } from './column-table';
import { endsLikeParquet, isParquet } from './detect';
import { binaryClaim, notTheFormat } from './columnar-claims';
import { clip } from './dates';
import type { BinaryReader } from './import-any-file';
import type { Outcome } from './import-file';
import { fileSlug, type Reporter } from './records';
import type { ImportOptions, ProgressFn } from './types';

const DAY_MS = 86_400_000;

/** Dates and timestamps as day counts (a fraction is the time of day), never a Date per row. */
const DAY_PARSERS = {
  dateFromDays: (days: number) => days,
  timestampFromMilliseconds: (ms: bigint) => Number(ms) / DAY_MS,
  timestampFromMicroseconds: (us: bigint) => Number(us) / (DAY_MS * 1e3),
  timestampFromNanoseconds: (ns: bigint) => Number(ns) / (DAY_MS * 1e6),
};

function isDateColumn(element: SchemaElement): boolean {
  const converted = element.converted_type;
  const logical = element.logical_type?.type;
  return converted === 'DATE' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || logical === 'DATE' || logical === 'TIMESTAMP' || (element.type === 'INT96' && !converted);
}

/** Geometry columns: GeoParquet's primary column first, then the others it lists and GEOMETRY-typed ones. */
function geometryColumns(metadata: FileMetaData, top: SchemaElement[]): string[] {
  const names: string[] = [];
  const geo = metadata.key_value_metadata?.find((kv) => kv.key === 'geo')?.value;
  if (geo) {
    try {
      const parsed = JSON.parse(geo) as { primary_column?: unknown; columns?: Record<string, unknown> };
      if (typeof parsed.primary_column === 'string') names.push(parsed.primary_column);
      names.push(...Object.keys(parsed.columns ?? {}));
    } catch {
      // Unreadable `geo` metadata: the GEOMETRY types below, or latitude and longitude columns, still serve.
    }
  }
  for (const element of top) if (element.logical_type?.type === 'GEOMETRY' || element.logical_type?.type === 'GEOGRAPHY') names.push(element.name);
  const present = new Set(top.map((e) => e.name));
  return [...new Set(names)].filter((name) => present.has(name));
}

/** GeoArrow's native point encoding ({x, y} structs) as GeoJSON points; WKB comes decoded already. */
function asGeoJson(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'x' in value && 'y' in value) {
    const { x, y } = value as { x: unknown; y: unknown };
    return { type: 'Point', coordinates: [x, y] };
  }
  return value;
}

/** Column chunks (one per row group) joined into one array: typed when every chunk is the same typed array. */
function joined(chunks: { rowStart: number; data: ArrayLike<unknown> }[], rows: number): ArrayLike<unknown> {
  chunks.sort((a, b) => a.rowStart - b.rowStart);
  const first = chunks[0]?.data;
  if (chunks.length === 1 && first && first.length === rows) return first;
  const Typed = first && ArrayBuffer.isView(first) ? (first.constructor as new (n: number) => { set(a: ArrayLike<unknown>, at: number): void }) : null;
  if (Typed && chunks.every((c) => c.data.constructor === first?.constructor)) {
    const out = new Typed(rows);
    for (const c of chunks) out.set(c.data, c.rowStart);
    return out as unknown as ArrayLike<unknown>;
  }
  const out = new Array<unknown>(rows);
  for (const c of chunks) for (let i = 0; i < c.data.length; i++) out[c.rowStart + i] = c.data[i];
  return out;
}

/** Snappy and uncompressed files need no codec beyond hyparquet's own (no wasm to load). */
function needsCompressors(metadata: FileMetaData): boolean {
  return metadata.row_groups.some((group) => group.columns.some((column) => !['UNCOMPRESSED', 'SNAPPY'].includes(column.meta_data?.codec ?? 'UNCOMPRESSED')));
}

async function parquetTable(buffer: ArrayBuffer): Promise<ColumnTable> {
  const { parquetMetadata, parquetRead, parquetSchema } = await import('hyparquet');
  const metadata = parquetMetadata(buffer);
  const compressors = needsCompressors(metadata) ? (await import('hyparquet-compressors')).compressors : undefined;
  const top = parquetSchema(metadata).children.map((child) => child.element);
  const rows = Number(metadata.num_rows);
  const geometry = geometryColumns(metadata, top);
  return {
    rows,
    names: top.map((e) => e.name),
    geometryColumns: geometry,
    async read(names, onProgress) {
      const chunks = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>(names.map((n) => [n, []]));
      let done = 0;
      await parquetRead({
        file: buffer,
        metadata,
        columns: names,
        ...(compressors ? { compressors } : {}),
        parsers: DAY_PARSERS,
        onChunk: ({ columnName, columnData, rowStart, rowEnd }) => {
          chunks.get(columnName)?.push({ rowStart, data: columnData });
          done += rowEnd - rowStart;
          onProgress?.(Math.min(1, done / Math.max(1, rows * names.length)));
        },
      });
      const out: Record<string, ColumnValues> = {};
      for (const element of top) {
        const list = chunks.get(element.name);
        if (!list) continue;
        const values = joined(list, rows);
        if (geometry.includes(element.name)) out[element.name] = { type: 'geometry', values: Array.from(values, asGeoJson) };
        else if (isDateColumn(element)) out[element.name] = { type: 'days', values: values as ArrayLike<number | null> };
        else out[element.name] = { type: 'values', values };
      }
      return out;
    },
  };
}

async function readParquet(name: string, bytes: Uint8Array, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): Promise<Outcome> {
  const fail = (reason: string): Outcome => {
    reporter.fileError(reason);
    return { format: 'parquet', entities: null };
  };
  if (!isParquet(bytes)) return fail(notTheFormat(name, bytes, 'parquet'));
  if (!endsLikeParquet(bytes)) return fail(t('importFormats.parquetCutShort'));
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
  let table: ColumnTable;
  try {
    table = await parquetTable(buffer);
  } catch (error) {
    return fail(t('importFormats.parquetUnreadable', { message: clip(error instanceof Error ? error.message : String(error), 200) }));
  }
  const ctx = { file: name, slug: fileSlug(name), format: 'parquet' as const, sources: [`file:${name}`] };
  const result = await importColumnTable(table, ctx, options, reporter, onProgress);
  return { format: 'parquet', ...result };
}

export const PARQUET_READER: BinaryReader = {
  format: 'parquet',
  claims: (name, bytes) => binaryClaim(name, bytes, 'parquet', isParquet),
  read: readParquet,
};
