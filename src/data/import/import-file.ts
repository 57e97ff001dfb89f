/**
 * One file in, one ParsedFile out: size check, encoding, format (from the name, checked against
 * the content), then the parser. Never throws: every failure is a file error or a rejected row
 * with a plain-language reason.
 */
import { formatBytes } from '../../domain/format-number';
import { t } from '../../domain/i18n';
import type { IncidentColumns } from '../../domain/incident-columns';
import { emptyEntities, FileAssembler } from './assemble';
import { importCsv } from './csv-import';
import { decodeUtf8, extensionOf, formatFromName, isZip, mismatch, opening, readAsNote, sniff } from './detect';
import { clip } from './dates';
import { geojsonFeatures, readFeatures, type FeatureResult } from './geojson-import';
import { fileSlug, Reporter, type FileContext } from './records';
import { MAX_IMPORT_BYTES, type FileReport, type ImportedEntities, type ImportFormat, type ImportOptions, type ParsedFile, type ProgressFn } from './types';
import { kmzText, xmlFeatures } from './xml-import';

const PROJECT_FORMAT = 'routeshift-project';

export interface Outcome {
  format: ImportFormat | 'unknown';
  entities?: ImportedEntities | null;
  project?: unknown;
  needsMapping?: FileReport['needsMapping'];
  /** Incidents read straight into columns (Parquet, Arrow; plain incident rows of a CSV file). */
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
  reporter.fileError(t('importFile.internalError', { message: clip(message, 200) }));
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
  if (reporter.notes.length > 0) report.notes = reporter.notes;
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
    return fail(t('importFile.tooLarge', { size: formatBytes(bytes.length), limit: formatBytes(MAX_IMPORT_BYTES) }));
  }
  if (bytes.length === 0) return fail(t('importFile.emptyBytes'));
  const ctx = (format: ImportFormat): FileContext => ({ file: name, slug: fileSlug(name), format, sources: [`file:${name}`] });

  if (isZip(bytes)) {
    // A zip of any name is KMZ when it holds a .kml (zipped Shapefiles are claimed before, in import-any-file.ts).
    const unzipped = kmzText(bytes);
    if (!unzipped.ok) {
      if (declared === 'kmz' || declared === null) return fail(unzipped.reason, 'kmz');
      return fail(t(declared === 'csv' ? 'importFile.zipNotCsv' : 'importFile.zipNotClaimed', { ext: extensionOf(name) }));
    }
    noteReadAs(reporter, name, 'kmz');
    const decoded = decodeUtf8(unzipped.kml);
    if (!decoded.ok) return fail(t('importFile.inKmz', { entry: unzipped.entry, reason: decoded.reason }), 'kmz');
    return readXml(decoded.text, 'kmz', ctx, options, reporter, onProgress);
  }
  if (declared === 'kmz') {
    const looksLikeKml = sniff(new TextDecoder().decode(bytes.subarray(0, 256))) === 'xml';
    return fail(t(looksLikeKml ? 'importFile.kmzNotZipButKml' : 'importFile.kmzNotZip'));
  }

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return fail(decoded.reason);
  const text = decoded.text;
  if (text.trim() === '') return fail(t('importFile.onlyBlank'));
  // The content decides between JSON, XML and text; the name only where the content cannot.
  const content = sniff(text);
  if (content === 'xml') return readXml(text, declared, ctx, options, reporter, onProgress);
  if (content === 'json') return readJson(text, declared, ctx, options, reporter, onProgress);
  const ext = extensionOf(name).toLowerCase();
  if (declared === null && ext === '.xml') return fail(t('importFile.notXml', { opening: opening(text), xmlStart: "'<'" }));
  if (declared === null && ext !== '' && ext !== '.txt') return fail(t('importFile.unsupportedType', { ext, supported: t('importFile.supportedList') }), 'unknown');
  const problem = declared === null ? null : mismatch(declared, content, text);
  if (problem) return fail(problem);
  const format = declared === 'tsv' || (declared === null && text.slice(0, text.search(/\r|\n|$/)).includes('\t')) ? 'tsv' : 'csv';
  const result = importCsv(text, { ...ctx(format), format }, options, reporter, onProgress);
  return { format: result.format ?? format, entities: result.entities, ...(result.needsMapping ? { needsMapping: result.needsMapping } : {}), ...(result.columns ? { columns: result.columns } : {}) };
}

/** A note when the content, not the name, decided the format. */
function noteReadAs(reporter: Reporter, name: string, format: ImportFormat): void {
  const note = readAsNote(name, format);
  if (note) reporter.note(note);
}

function readJson(
  text: string,
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
    const line = jsonErrorLine(text, message);
    reporter.fileError(line === null ? t('importFile.notJson', { message: clip(message, 200) }) : t('importFile.notJsonAtLine', { message: clip(message, 200), line: String(line) }));
    return { format: declared === 'project' ? 'project' : 'geojson', entities: null };
  }
  onProgress?.(0.4);
  const tag = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined;
  if (tag === PROJECT_FORMAT) {
    noteReadAs(reporter, ctx('project').file, 'project');
    return { format: 'project', project: json, entities: null };
  }
  if (tag === 'routeshift-dataset') {
    reporter.fileError(t('importFile.datasetFile'));
    return { format: 'geojson', entities: null };
  }
  if (declared === 'project' && typeof tag === 'string') {
    reporter.fileError(t('importFile.projectFormatMismatch', { format: PROJECT_FORMAT, tag: clip(tag, 40) }));
    return { format: 'project', entities: null };
  }
  noteReadAs(reporter, ctx('geojson').file, 'geojson');
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


/**
 * KML, GPX or TCX text (the root element decides which) → entities. `claimed` is the format the
 * name claims ('kmz' for the KML inside a KMZ, which keeps the KMZ's context and note).
 */
function readXml(text: string, claimed: ImportFormat | null, ctx: (format: ImportFormat) => FileContext, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): Outcome {
  const inKmz = claimed === 'kmz';
  const claimedXml = inKmz ? 'kml' : claimed === 'kml' || claimed === 'gpx' || claimed === 'tcx' ? claimed : null;
  const name = ctx('kml').file;
  const read = xmlFeatures(text, name, claimedXml);
  if (!read.ok) {
    reporter.fileError(read.reason);
    return { format: claimed ?? 'unknown', entities: null };
  }
  const fileCtx = ctx(inKmz ? 'kmz' : read.format);
  if (!inKmz) noteReadAs(reporter, name, read.format);
  if (read.features.length === 0) {
    reporter.fileError(t('importFile.xmlNothingToImport', { format: read.format }));
    return { format: fileCtx.format, entities: null };
  }
  onProgress?.(0.4);
  const assembler = new FileAssembler(fileCtx, options, reporter);
  readFeatures(read.features, (row, result) => addFeature(assembler, reporter, row, result), onProgress, 0.5, 'xml');
  return { format: fileCtx.format, entities: assembler.finish() };
}

function addFeature(assembler: FileAssembler, reporter: Reporter, row: number, result: FeatureResult): void {
  if ('reject' in result) reporter.reject(row, result.reject.field, result.reject.reason, result.reject.raw);
  else for (const record of result.records) assembler.add(record);
}

/** The line of a JSON.parse message's position (null when it gives none, or a line already). */
function jsonErrorLine(text: string, message: string): number | null {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined || /line \d+/.test(message)) return null;
  return text.slice(0, Number(position)).split('\n').length;
}
