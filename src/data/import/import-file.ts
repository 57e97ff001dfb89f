/**
 * One file in, one ParsedFile out: size check, encoding, format (from the name, checked against
 * the content), then the parser. Never throws: every failure is a file error or a rejected row
 * with a plain-language reason.
 */
import { formatBytes } from '../../domain/format-number';
import type { IncidentColumns } from '../../domain/incident-columns';
import { emptyEntities, FileAssembler } from './assemble';
import { importCsv } from './csv-import';
import { decodeUtf8, extensionOf, formatFromName, isZip, mismatch, sniff } from './detect';
import { clip } from './dates';
import { geojsonFeatures, readFeatures, type FeatureResult } from './geojson-import';
import { fileSlug, Reporter, type FileContext } from './records';
import { MAX_IMPORT_BYTES, type FileReport, type ImportedEntities, type ImportFormat, type ImportOptions, type ParsedFile, type ProgressFn } from './types';
import { kmzText, xmlFeatures } from './xml-import';

const PROJECT_FORMAT = 'routeshift-project';
const SUPPORTED = '.geojson, .json, .csv, .tsv, .kml, .kmz, .gpx, .parquet, .geoparquet, .arrow, .feather, .fgb and .routeshift.json';

export interface Outcome {
  format: ImportFormat | 'unknown';
  entities?: ImportedEntities | null;
  project?: unknown;
  needsMapping?: FileReport['needsMapping'];
  /** Incidents read straight into columns (Parquet, Arrow). */
  columns?: IncidentColumns;
}

export function importFile(name: string, bytes: Uint8Array, options: ImportOptions, onProgress?: ProgressFn): ParsedFile {
  const reporter = new Reporter(name);
  let outcome: Outcome;
  try {
    outcome = read(name, bytes, options, reporter, onProgress);
  } catch (error) {
    outcome = internalError(name, reporter, error);
  }
  return parsedFile(name, bytes, reporter, outcome, onProgress);
}

/** A reader that threw: the file is reported as not read, never the whole import lost. */
export function internalError(name: string, reporter: Reporter, error: unknown): Outcome {
  const message = error instanceof Error ? error.message : String(error);
  reporter.fileError(`RouteShift could not read this file (internal error: ${clip(message, 200)}); nothing was imported from it`);
  return { format: formatFromName(name) ?? 'unknown', entities: null };
}

/** What a reader did, as a ParsedFile (shared with the binary readers of import-any-file.ts). */
export function parsedFile(name: string, bytes: Uint8Array, reporter: Reporter, outcome: Outcome, onProgress?: ProgressFn): ParsedFile {
  const report: FileReport = {
    file: name,
    format: outcome.format,
    bytes: bytes.length,
    accepted: reporter.accepted,
    repaired: reporter.repaired,
    rejected: reporter.rejected,
    fileErrors: reporter.fileErrors,
  };
  if (outcome.needsMapping) report.needsMapping = outcome.needsMapping;
  onProgress?.(1);
  const parsed: ParsedFile = { report, entities: outcome.entities ?? emptyEntities() };
  if (outcome.project !== undefined) parsed.project = outcome.project;
  if (outcome.columns) parsed.columns = outcome.columns;
  return parsed;
}

function read(name: string, bytes: Uint8Array, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): Outcome {
  const declared = formatFromName(name);
  const fail = (reason: string, format: ImportFormat | 'unknown' = declared ?? 'unknown'): Outcome => {
    reporter.fileError(reason);
    return { format, entities: null };
  };
  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail(`the file is ${formatBytes(bytes.length)}; RouteShift imports files up to ${formatBytes(MAX_IMPORT_BYTES)}: split it into smaller files`);
  }
  if (bytes.length === 0) return fail('the file is empty (0 bytes)');
  const ctx = (format: ImportFormat): FileContext => ({ file: name, slug: fileSlug(name), format, sources: [`file:${name}`] });

  if (isZip(bytes)) {
    if (declared !== 'kmz' && declared !== null) {
      return fail(`not the format its name claims: this ${extensionOf(name)} file is a zip archive${declared === 'csv' ? ' (an Excel .xlsx file? export it as CSV UTF-8)' : ''}`);
    }
    const unzipped = kmzText(bytes);
    if (!unzipped.ok) return fail(unzipped.reason, 'kmz');
    const decoded = decodeUtf8(unzipped.kml);
    if (!decoded.ok) return fail(`${unzipped.entry} in the KMZ: ${decoded.reason}`, 'kmz');
    return readXml(decoded.text, 'kml', ctx('kmz'), options, reporter, onProgress);
  }
  if (declared === 'kmz') {
    const looksLikeKml = sniff(new TextDecoder().decode(bytes.subarray(0, 256))) === 'xml';
    return fail(`not the format its name claims: a .kmz file is a zip archive, but this one is not${looksLikeKml ? ' (it looks like plain KML: rename it to .kml)' : ''}`);
  }

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return fail(decoded.reason);
  const text = decoded.text;
  if (text.trim() === '') return fail('the file is empty (only spaces or blank lines)');
  const content = sniff(text);
  let format: ImportFormat;
  if (declared === null) {
    const ext = extensionOf(name).toLowerCase();
    if (content === 'json') format = 'geojson';
    else if (content === 'xml') format = /<(?:\w+:)?gpx[\s>]/.test(text.slice(0, 4096)) ? 'gpx' : 'kml';
    else if (ext === '' || ext === '.txt') format = text.slice(0, text.search(/\r|\n|$/)).includes('\t') ? 'tsv' : 'csv';
    else return fail(`unsupported file type '${ext}': RouteShift imports ${SUPPORTED} files`, 'unknown');
  } else {
    const problem = mismatch(declared, content, text);
    if (problem) return fail(problem);
    format = declared;
  }

  if (format === 'csv' || format === 'tsv') {
    const result = importCsv(text, { ...ctx(format), format }, options, reporter, onProgress);
    return { format, entities: result.entities, ...(result.needsMapping ? { needsMapping: result.needsMapping } : {}) };
  }
  if (format === 'kml' || format === 'gpx') return readXml(text, format, ctx(format), options, reporter, onProgress);
  return readJson(text, format, declared, ctx, options, reporter, onProgress);
}

function readJson(
  text: string,
  format: ImportFormat,
  declared: ImportFormat | null,
  ctx: (format: ImportFormat) => FileContext,
  options: ImportOptions,
  reporter: Reporter,
  onProgress?: ProgressFn,
): Outcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reporter.fileError(`not valid JSON: ${clip(message, 200)}${lineHint(text, message)}`);
    return { format, entities: null };
  }
  onProgress?.(0.4);
  const tag = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined;
  if (tag === PROJECT_FORMAT) return { format: 'project', project: json, entities: null };
  if (tag === 'routeshift-dataset') {
    reporter.fileError(`this is a RouteShift dataset file ("format": "routeshift-dataset"): importing dataset files is not supported yet; open a project file (.routeshift.json) or import GeoJSON, CSV, KML or GPX`);
    return { format: 'geojson', entities: null };
  }
  if (declared === 'project') {
    reporter.fileError(`not the format its name claims: a .routeshift.json file is a RouteShift project ("format": "${PROJECT_FORMAT}"), but this one ${typeof tag === 'string' ? `says "format": "${clip(tag, 40)}"` : 'does not say so'}`);
    return { format: 'project', entities: null };
  }
  const found = geojsonFeatures(json);
  if ('error' in found) {
    reporter.fileError(found.error);
    return { format: 'geojson', entities: null };
  }
  return { format: 'geojson', entities: assembleFeatures(found.features, ctx('geojson'), options, reporter, onProgress) };
}

/**
 * GeoJSON features (from a GeoJSON file, or converted by a binary reader: Shapefile, FlatGeobuf,
 * Parquet geometry) → entities, each feature numbered from 1 in reports.
 */
export function assembleFeatures(features: unknown[], fileCtx: FileContext, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): ImportedEntities {
  const assembler = new FileAssembler(fileCtx, options, reporter);
  readFeatures(features, (row, result) => addFeature(assembler, reporter, row, result), onProgress);
  return assembler.finish();
}

function readXml(text: string, format: 'kml' | 'gpx', fileCtx: FileContext, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): Outcome {
  const read = xmlFeatures(text, format);
  if (!read.ok) {
    reporter.fileError(read.reason);
    return { format: fileCtx.format, entities: null };
  }
  if (read.features.length === 0) {
    reporter.fileError(`the ${format.toUpperCase()} has no ${format === 'kml' ? 'placemarks' : 'tracks, routes or waypoints'}: nothing to import`);
    return { format: fileCtx.format, entities: null };
  }
  onProgress?.(0.4);
  const assembler = new FileAssembler(fileCtx, options, reporter);
  readFeatures(read.features, (row, result) => addFeature(assembler, reporter, row, result), onProgress);
  return { format: fileCtx.format, entities: assembler.finish() };
}

function addFeature(assembler: FileAssembler, reporter: Reporter, row: number, result: FeatureResult): void {
  if ('reject' in result) reporter.reject(row, result.reject.field, result.reject.reason, result.reject.raw);
  else for (const record of result.records) assembler.add(record);
}

/** ' (line 3)' for JSON.parse messages that give a position. */
function lineHint(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined || /line \d+/.test(message)) return '';
  return ` (line ${text.slice(0, Number(position)).split('\n').length})`;
}
