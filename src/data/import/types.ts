/**
 * Contracts of the import pipeline: parse → validate → restore, outside React, in a worker.
 * Every problem names the file, the row (CSV line) or feature (1-based), the field and a reason in
 * plain language. Good rows are kept; rejected rows are kept as raw text for download and fixing.
 */
import type { IncidentColumns } from '../../domain/incident-columns';
import type { MonthKey } from '../../domain/month';
import type { Dataset, Period } from '../../domain/types';

export type ImportFormat = 'geojson' | 'csv' | 'tsv' | 'kml' | 'kmz' | 'gpx' | 'tcx' | 'shapefile' | 'parquet' | 'arrow' | 'flatgeobuf' | 'flowmap' | 'project';
export type PointKind = 'hub' | 'incident' | 'crossing' | 'safeHouse';

/**
 * The extensions the file picker offers and file slugs drop ('points.csv' → 'points'). The format
 * itself is decided by the content (detect.ts, the binary readers), the name only where it cannot.
 */
export const IMPORT_EXTENSIONS = ['geojson', 'json', 'csv', 'tsv', 'tab', 'txt', 'xml', 'kml', 'kmz', 'gpx', 'tcx', 'zip', 'parquet', 'geoparquet', 'arrow', 'arrows', 'feather', 'ipc', 'fgb'] as const;

/** Files larger than this are refused before reading, with the limit stated. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

export interface ImportProblem {
  file: string;
  /** CSV/TSV: the line number in the file (header = line 1). GeoJSON/KML/GPX: the feature number (1-based). null: the whole file. */
  row: number | null;
  /** The column or property concerned, null when none. */
  field: string | null;
  /** Plain language: "latitude 95.2 is out of range (−90 to 90)". */
  reason: string;
}

export interface RejectedRow extends ImportProblem {
  /** The original row (CSV line) or feature (JSON text), for the "download rejected rows" file. */
  raw: string;
}

export interface RepairedRow extends ImportProblem {
  /** What was done: "swapped latitude and longitude", "trimmed spaces", "duplicate id renamed to x-2". */
  repair: string;
}

/** Which CSV column holds what. Keys are roles; values are header names of the file. */
export interface ColumnMapping {
  id?: string;
  kind?: string;
  name?: string;
  lat?: string;
  lon?: string;
  wkt?: string;
  from?: string;
  to?: string;
  date?: string;
  dateTo?: string;
  route?: string;
  count?: string;
  title?: string;
  description?: string;
  corridor?: string;
  mode?: string;
  country?: string;
  source?: string;
  confidence?: string;
  /** Incidents: dead and missing. (Added by the import parsers; optional.) */
  dead?: string;
  /** Incidents: survivors. (Added by the import parsers; optional.) */
  survivors?: string;
}

/** What a CSV file holds, decided from its columns or by the user. */
export type CsvContent = 'points' | 'segments' | 'flows' | 'events';

export interface FileReport {
  file: string;
  format: ImportFormat | 'unknown';
  bytes: number;
  /** Entities kept as they were. */
  accepted: number;
  /** Entities kept after a repair (each counted once, with what was done). */
  repaired: RepairedRow[];
  /** Rows or features not kept. */
  rejected: RejectedRow[];
  /** Problems with the whole file (empty, wrong encoding, not the format its name claims, too large). */
  fileErrors: ImportProblem[];
  /** About the whole file, not problems (row null): the content, not the name, decided the format ("read as GPX: the name says .kml, …"). Absent when none. */
  notes?: ImportProblem[];
  /** CSV/TSV whose columns could not be identified with confidence: headers and the best guess. */
  needsMapping?: { headers: string[]; content: CsvContent | null; guess: ColumnMapping };
}

export interface ImportOptions {
  /** Kind for points without a usable `kind` property or column. */
  pointKind: PointKind;
  /** Per file name: the user's column mapping and content type (CSV/TSV). */
  mappings?: Record<string, { content: CsvContent; columns: ColumnMapping }>;
  /** Places known to the workspace, for CSV segments given as from/to place references (id or name, lower-cased). */
  knownPlaces?: Record<string, [number, number]>;
  /** Set by importDrop for a FlowmapBlue flows sheet: the locations of the locations sheets dropped with it. */
  flowmapLocations?: FlowmapLocations;
  /** Period for entities without dates; defaults to the whole data range. */
  defaultPeriod?: Period;
  /**
   * CSV rows that are plain dated incidents go straight into columns (ParsedFile.columns) instead
   * of an object each (csv-incidents.ts); rows needing a repair or rejected take the row path.
   */
  incidentsAsColumns?: boolean;
  /** The month the app shows; unused by parsers, passed through for reports. */
  month?: MonthKey;
}

/** A place of a FlowmapBlue locations sheet, as imported (its hub or crossing id in that file). */
export interface FlowmapLocation {
  id: string;
  name: string;
  coord: [number, number];
}

/** The locations a flows sheet's origin and dest refer to, by id as written (then lower-cased, then by name). */
export interface FlowmapLocations {
  /** The locations sheets they come from, for messages. */
  files: string[];
  byKey: Map<string, FlowmapLocation>;
}

/** Entities of one file in dataset format (ids unique within the file). Areas are optional, as in a Dataset. */
export type ImportedEntities = Pick<Dataset, 'corridors' | 'segments' | 'crossings' | 'hubs' | 'safeHouses' | 'incidents' | 'events' | 'flows' | 'areas'>;

export interface ParsedFile {
  report: FileReport;
  entities: ImportedEntities;
  /**
   * Incidents already held as columns (Parquet, Arrow, and plain incident rows of a CSV file with
   * `incidentsAsColumns`: read straight into column arrays,
   * no object per row), sources `['file:<name>']` and ids of the file; besides those in `entities`.
   */
  columns?: IncidentColumns;
  /** Set when the file is a RouteShift project file: the raw JSON, restored by the project module. */
  project?: unknown;
}

/** Progress callback: fraction 0..1 of the current file. */
export type ProgressFn = (fraction: number) => void;
