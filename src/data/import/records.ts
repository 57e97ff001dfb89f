/**
 * The parsers' common output: one RawRecord per row or feature (geometry already checked, fields
 * still as written), and the Reporter that collects what was kept, repaired and rejected.
 */
import type { LonLat } from '../../domain/types';
import { t } from '../../domain/i18n';
import { IMPORT_EXTENSIONS, type ColumnMapping, type ImportFormat, type ImportProblem, type RejectedRow, type RepairedRow } from './types';

const IMPORT_EXTENSION_AT_END = new RegExp(`\\.(routeshift\\.json|${IMPORT_EXTENSIONS.join('|')})$`, 'i');

export type Role = keyof ColumnMapping;
/** Roles of the parsers: the CSV roles plus the kind of an event (GeoJSON 'eventKind', CSV events' kind column). */
export type FieldRole = Role | 'eventKind';

/** A value as found in the file, with the column or property it came from (for messages). */
export interface FieldValue {
  value: unknown;
  name: string;
  /**
   * A time of a GPX, KML or TCX element (TimeStamp, TimeSpan, <time>, track times): when it cannot
   * be read the record is kept without it (a repair), unless its kind needs a date.
   */
  timeElement?: boolean;
}

export type Fields = Partial<Record<FieldRole, FieldValue>>;

/** 'polygon': a multipolygon (polygons, each its closed rings: outer ring first, then holes). */
export type RecordGeometry = { type: 'point'; coord: LonLat } | { type: 'line'; path: LonLat[] } | { type: 'polygon'; polygons: LonLat[][][] } | { type: 'none' };

export interface Repair {
  field: string | null;
  /** What was wrong. */
  reason: string;
  /** What was done. */
  repair: string;
  /** Set when the repair changed a position: the point after it and what was done ('swapped'), checked by position-repairs.ts. */
  moved?: { to: LonLat; done: string };
}

export interface RawRecord {
  /** CSV line number or 1-based feature number. */
  row: number | null;
  /** The row or feature as written, for rejected rows (computed only when needed). */
  raw: () => string;
  geometry: RecordGeometry;
  fields: Fields;
  /** Repairs already made while reading the geometry. */
  repairs: Repair[];
  /** Set when one row or feature gives several entities (MultiPoint, GeometryCollection): appended to the id. */
  part?: number;
  /** What the record is when no kind field says otherwise. */
  defaultKind?: 'event' | 'segment';
  /** Line ends are places from the workspace (CSV from/to), located only as well as those. */
  endsFromWorkspace?: boolean;
}

export interface FileContext {
  file: string;
  /** kebab-case of the file name without extension, for generated ids. */
  slug: string;
  format: ImportFormat;
  /** `['file:<name>']`, shared by the file's entities. */
  sources: string[];
}

/** Collects the report of one file. Repairs of one entity are merged into one RepairedRow. */
export class Reporter {
  accepted = 0;
  readonly repaired: RepairedRow[] = [];
  readonly rejected: RejectedRow[] = [];
  readonly fileErrors: ImportProblem[] = [];
  /** About the whole file, not problems: "read as GPX: the name says .kml, …". */
  readonly notes: ImportProblem[] = [];

  constructor(readonly file: string) {}

  fileError(reason: string, field: string | null = null): void {
    this.fileErrors.push({ file: this.file, row: null, field, reason: reason || t('importFile.unreadable') });
  }

  note(reason: string): void {
    this.notes.push({ file: this.file, row: null, field: null, reason });
  }

  reject(row: number | null, field: string | null, reason: string, raw: string): void {
    this.rejected.push({ file: this.file, row, field, reason: reason || t('importRow.unreadable'), raw });
  }

  /** An entity was kept: accepted as is, or repaired (all its repairs in one entry). */
  keep(row: number | null, repairs: Repair[]): void {
    if (repairs.length === 0) {
      this.accepted += 1;
      return;
    }
    const fields = [...new Set(repairs.map((r) => r.field).filter((f): f is string => f !== null))];
    this.repaired.push({
      file: this.file,
      row,
      field: fields.length === 0 ? null : fields.join(', '),
      reason: repairs.map((r) => r.reason).join('; '),
      repair: repairs.map((r) => r.repair).join('; '),
    });
  }

  /** Sorts the lists by row, so the report reads from the top of the file. */
  sort(): void {
    const byRow = (a: ImportProblem, b: ImportProblem) => (a.row ?? 0) - (b.row ?? 0);
    this.rejected.sort(byRow);
    this.repaired.sort(byRow);
  }
}

/**
 * Hands out ids unique within one file (one namespace for all lists, so references never
 * mix up a hub and a crossing). Ids given in the file are handed out first, in file order, so the
 * first use of an id keeps it and a repeated id becomes `id-2`, `id-3`, … (a repair); generated
 * ids come after and skip every id taken.
 */
export class IdAllocator {
  /** Id → the line or feature that has it (null for generated ids). */
  private readonly owners = new Map<string, number | null>();

  /** An id from the file: itself, or renamed when an earlier entity has it. */
  given(id: string, row: number | null, label: string): { id: string; repair?: Repair } {
    const first = this.owners.get(id);
    if (first === undefined) {
      this.owners.set(id, row);
      return { id };
    }
    const renamed = this.free(id, 2, row);
    const reason = first === null ? t('importRow.duplicateIdEarlier', { id }) : t('importRow.duplicateIdFirstAt', { id, label, row: String(first) });
    return { id: renamed, repair: { field: 'id', reason, repair: t('importRow.duplicateIdRenamed', { id: renamed }) } };
  }

  /** A generated id: `base`, or `base-2`, … when taken. */
  generated(base: string): string {
    if (!this.owners.has(base)) {
      this.owners.set(base, null);
      return base;
    }
    return this.free(base, 2, null);
  }

  private free(base: string, from: number, row: number | null): string {
    let n = from;
    while (this.owners.has(`${base}-${n}`)) n += 1;
    const id = `${base}-${n}`;
    this.owners.set(id, row);
    return id;
  }
}

/** A record's own value for a key from a file (never Object.prototype's 'constructor' & co.). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** 'Western Balkan Route' → 'western-balkan-route'; '' when nothing is left. */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The file name without its import extension, as a slug ('points.csv' → 'points'). */
export function fileSlug(name: string): string {
  const base = name.replace(IMPORT_EXTENSION_AT_END, '');
  return slugify(base) || 'file';
}
