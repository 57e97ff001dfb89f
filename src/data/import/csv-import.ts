/**
 * CSV/TSV → records, streamed row by row with papaparse (header = first non-empty line).
 * Line numbers are physical lines of the file (header = line 1 when the file starts with it):
 * papaparse's `meta.cursor` gives where each row ends, and the line breaks inside that span
 * (quoted values may hold some) are counted, so a row's number is the line it starts on. A line
 * break is '\n' (also in '\r\n' files, and inside quotes whatever the file uses), or '\r' in files
 * whose rows end with a lone '\r'.
 */
import Papa from 'papaparse';
import { t } from '../../domain/i18n';
import { FileAssembler } from './assemble';
import { applyMapping, decideContent, guessColumns } from './columns';
import { checkLatLon, readNumber } from './coords';
import { flowmapFlowColumns } from './flowmap-sheets';
import { clip, parseDate, parseDateRange } from './dates';
import { textOf } from './fields';
import { own, type FieldValue, type FileContext, type RawRecord, type Reporter, type Role } from './records';
import { parseWkt } from './wkt';
import { partRecords, readGeometry } from './geojson-import';
import type { ColumnMapping, CsvContent, FileReport, ImportedEntities, ImportOptions, ProgressFn } from './types';

export interface CsvResult {
  entities: ImportedEntities | null;
  needsMapping?: FileReport['needsMapping'];
  /** Set when the file is a FlowmapBlue flows sheet. */
  format?: 'flowmap';
}

const EXCEL_SEP = /^sep=(.)\s*$/i;

/** A comment line before the header ("# Source …"), as RouteShift's own CSV export and other tools write them. */
const COMMENT_LINE = /^\uFEFF?#/;

/** The header line: the first line that is not blank and not a comment. */
function headerLine(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/, 200)) if (line.trim() !== '' && !COMMENT_LINE.test(line)) return line;
  return '';
}

/** ',' for .csv unless the header line has more ';' (or tabs) or Excel's 'sep=;' line says so; '\t' for .tsv. */
export function detectDelimiter(text: string, format: 'csv' | 'tsv'): string {
  if (format === 'tsv') return '\t';
  const end = text.search(/\r|\n/);
  const sep = EXCEL_SEP.exec(end === -1 ? text : text.slice(0, end))?.[1];
  if (sep) return sep;
  const first = headerLine(text);
  const count = (c: string) => first.split(c).length - 1;
  const commas = count(',');
  const semicolons = count(';');
  const tabs = count('\t');
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

interface Row {
  cells: string[];
  line: number;
  start: number;
  end: number;
  errors: Papa.ParseError[];
}

export function importCsv(text: string, ctx: FileContext & { format: 'csv' | 'tsv' }, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): CsvResult {
  const delimiter = detectDelimiter(text, ctx.format);
  const assembler = new FileAssembler(ctx, options, reporter);
  let headers: string[] | null = null;
  let columns: ColumnMapping = {};
  let content: CsvContent | null = null;
  let flowmap = false;
  let layout: CellLayout | null = null;
  let stop: CsvResult | null = null;
  let dataRows = 0;
  let commentLines = 0;
  let pendingBlank: Row[] = [];
  let line = 1;
  let cursor = 0;
  let linebreak = '\n';
  let nextProgress = 0;

  const rawOf = (row: Row) => text.slice(row.start, row.end).replace(/(\r\n|\r|\n)$/, '');
  const handle = (row: Row, parser: Papa.Parser) => {
    const blank = row.cells.every((cell) => cell.trim() === '');
    if (headers === null) {
      if (blank && row.errors.length === 0) return;
      if (row.line === 1 && EXCEL_SEP.test(rawOf(row))) return;
      // Comment lines above the header (provenance, licences) are not data: skipped, and said so.
      if (COMMENT_LINE.test(rawOf(row))) {
        commentLines += 1;
        return;
      }
      headers = row.cells.map((cell) => cell.replace(/^\uFEFF/, '').trim());
      const decided = decide(headers, ctx.file, options);
      if ('error' in decided) {
        reporter.fileError(decided.error);
        stop = { entities: null };
      } else if ('needsMapping' in decided) {
        stop = { entities: null, needsMapping: decided.needsMapping };
      } else {
        columns = decided.columns;
        content = decided.content;
        flowmap = decided.flowmap === true;
      }
      if (stop) parser.abort();
      return;
    }
    if (blank && row.errors.length === 0) {
      pendingBlank.push(row);
      return;
    }
    for (const b of pendingBlank) {
      reporter.reject(b.line, null, b.cells.length > 1 ? t('importRow.emptyRow') : t('importRow.emptyLine'), rawOf(b));
    }
    pendingBlank = [];
    dataRows += 1;
    const problem = shapeProblem(row, headers.length);
    if (problem) {
      reporter.reject(row.line, null, problem, rawOf(row));
      return;
    }
    layout ??= cellLayout(headers, columns);
    const records = toRecords(row, layout, content as CsvContent, options, delimiter, () => rawOf(row));
    if ('reject' in records) reporter.reject(row.line, records.field, records.reject, rawOf(row));
    else if (content === 'flows') records.forEach((r) => assembler.addFlow(r));
    else records.forEach((r) => assembler.add(r));
  };

  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (results, parser) => {
      const end = results.meta.cursor;
      if (results.meta.linebreak) linebreak = results.meta.linebreak;
      const row: Row = { cells: results.data, line, start: cursor, end, errors: results.errors };
      // Physical lines: every '\n' (also inside quoted values), or every '\r' in old-Mac files.
      const breakChar = linebreak === '\r' ? '\r' : '\n';
      for (let i = text.indexOf(breakChar, cursor); i !== -1 && i < end; i = text.indexOf(breakChar, i + 1)) line += 1;
      cursor = end;
      handle(row, parser);
      if (onProgress && end >= nextProgress) {
        onProgress(Math.min(1, end / Math.max(1, text.length)));
        nextProgress = end + Math.max(1024, text.length / 200);
      }
    },
  });
  if (commentLines > 0) reporter.note(t('importFile.commentLinesSkipped', { count: commentLines, hash: '#' }));
  if (stop) return stop;
  if (headers === null) {
    reporter.fileError(t('importFile.noHeaderRow'));
    return { entities: null };
  }
  if (dataRows === 0) reporter.fileError(t('importFile.noDataRows'));
  const mapping = columns as ColumnMapping;
  if (flowmap) return { entities: assembler.finish(mapping.count, options.flowmapLocations), format: 'flowmap' };
  return { entities: assembler.finish(mapping.count) };
}

type Decision = { error: string } | { needsMapping: NonNullable<FileReport['needsMapping']> } | { columns: ColumnMapping; content: CsvContent; flowmap?: boolean };

function decide(headers: string[], file: string, options: ImportOptions): Decision {
  const guess = guessColumns(headers);
  const given = own(options.mappings, file);
  if (given) {
    const applied = applyMapping(headers, given.content, given.columns, guess);
    return applied.ok ? { columns: applied.columns, content: given.content } : { error: applied.reason };
  }
  const flowmap = flowmapFlowColumns(headers);
  if (flowmap) {
    if (!options.flowmapLocations) {
      return { error: `a FlowmapBlue flows sheet (${[flowmap.from, flowmap.to, flowmap.count].join(', ')}) names its places by the ids of a locations sheet (id, name, lat, lon), and none was dropped with it: drop both files together` };
    }
    return { columns: flowmap, content: 'flows', flowmap: true };
  }
  const decision = decideContent(guess);
  if (!decision.sure || decision.content === null) return { needsMapping: { headers, content: decision.content, guess } };
  return { columns: guess, content: decision.content };
}

function shapeProblem(row: Row, columns: number): string | null {
  const quote = row.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (quote) return t('importRow.unclosedQuote', { detail: quote.message });
  const cells = row.cells.length;
  if (cells > columns && row.cells.slice(columns).some((c) => c.trim() !== '')) {
    return t('importRow.moreCellsThanColumns', { cells: String(cells), columns: String(columns) });
  }
  if (cells < columns) return t('importRow.fewerCellsThanColumns', { count: cells, cells: String(cells), columns: String(columns) });
  return null;
}

const GEOMETRY_ROLES = new Set<Role>(['lat', 'lon', 'wkt', 'count']);

type RecordsOrReject = RawRecord[] | { reject: string; field: string | null };

/** Where each mapped role's cell is (worked out once per file, not per row). */
interface CellLayout {
  /** Role → [cell index, header], for roles whose header is in the file. */
  at: Partial<Record<Role, [number, string]>>;
  /** The roles read as fields (all but the geometry's), with their cell index and header. */
  fields: [Role, number, string][];
}

function cellLayout(headers: string[], columns: ColumnMapping): CellLayout {
  const at: CellLayout['at'] = {};
  const fields: CellLayout['fields'] = [];
  for (const role of Object.keys(columns) as Role[]) {
    const header = columns[role];
    const index = header === undefined ? -1 : headers.indexOf(header);
    if (header === undefined || index === -1) continue;
    at[role] = [index, header];
    if (!GEOMETRY_ROLES.has(role)) fields.push([role, index, header]);
  }
  return { at, fields };
}

function toRecords(
  row: Row,
  layout: CellLayout,
  content: CsvContent,
  options: ImportOptions,
  delimiter: string,
  raw: () => string,
): RecordsOrReject {
  const cell = (role: Role): FieldValue | undefined => {
    const at = layout.at[role];
    return at === undefined ? undefined : { value: row.cells[at[0]] ?? '', name: at[1] };
  };
  const fields: RawRecord['fields'] = {};
  for (const [role, index, name] of layout.fields) fields[role] = { value: row.cells[index] ?? '', name };
  const record: RawRecord = { row: row.line, raw, geometry: { type: 'none' }, fields, repairs: [] };

  if (content === 'flows') {
    const count = cell('count');
    if (count) fields.count = count;
    return [record];
  }
  if (content === 'events') {
    record.defaultKind = 'event';
    if (fields.kind) fields.eventKind = fields.kind;
    delete fields.kind;
    return [record];
  }
  if (content === 'points') {
    if (!fields.date && fields.from) {
      fields.date = fields.from;
      if (fields.to) fields.dateTo = fields.to;
    }
    delete fields.from;
    delete fields.to;
    const lat = cell('lat') as FieldValue;
    const lon = cell('lon') as FieldValue;
    const latNumber = readNumber(lat.value, 'latitude');
    if (!latNumber.ok) return { reject: latNumber.reason, field: lat.name };
    const lonNumber = readNumber(lon.value, 'longitude');
    if (!lonNumber.ok) return { reject: lonNumber.reason, field: lon.name };
    const checked = checkLatLon(latNumber.value, lonNumber.value, { lat: lat.name, lon: lon.name }, true);
    if (!checked.ok) return { reject: checked.reason, field: checked.field };
    // A decimal comma is the convention of ';'-separated files: only elsewhere is it a repair, and
    // then one that places the point, held to the file's area like a swap.
    for (const [n, f] of [[latNumber, lat], [lonNumber, lon]] as const) {
      if (n.repair && delimiter !== ';') record.repairs.push({ field: f.name, reason: t('importRow.decimalComma'), repair: n.repair, moved: { to: checked.coord, done: t('importRow.readAs', { text: String(f.value).trim(), value: String(n.value) }) } });
    }
    if (checked.repair) record.repairs.push(checked.repair);
    record.geometry = { type: 'point', coord: checked.coord };
    return [record];
  }
  // segments
  if (!fields.corridor && fields.route) fields.corridor = fields.route;
  record.defaultKind = 'segment';
  const wkt = cell('wkt');
  if (wkt) return wktRecords(record, wkt);
  const ends: [number, number][] = [];
  for (const role of ['from', 'to'] as const) {
    const name = textOf(fields, role);
    if (name === undefined) return { reject: t('importRow.placeEmpty', { role }), field: fields[role]?.name ?? role };
    const coord = own(options.knownPlaces, name) ?? own(options.knownPlaces, name.toLowerCase());
    if (!coord) return { reject: t('importRow.unknownPlace', { name: clip(name) }), field: fields[role]?.name ?? role };
    const [lon, lat] = coord;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      return { reject: t('importRow.placeWithoutCoordinates', { name: clip(name) }), field: fields[role]?.name ?? role };
    }
    ends.push([lon, lat]);
  }
  const [a, b] = ends as [[number, number], [number, number]];
  if (a[0] === b[0] && a[1] === b[1]) return { reject: t('importRow.samePlace'), field: fields.to?.name ?? 'to' };
  record.geometry = { type: 'line', path: [a, b] };
  record.endsFromWorkspace = true;
  return [record];
}

/**
 * A WKT cell's geometry → records, checked like GeoJSON (several for MULTILINESTRING, MULTIPOINT
 * or GEOMETRYCOLLECTION: one per part, ids id-1, id-2, …; a MULTIPOLYGON is one area). A row that
 * is not a line reads its from/to columns as dates when they are dates (an area's months).
 */
function wktRecords(record: RawRecord, wkt: FieldValue): RecordsOrReject {
  const parsed = parseWkt(String(wkt.value));
  if (!parsed.ok) return { reject: parsed.reason, field: wkt.name };
  const read = readGeometry(parsed.geometry);
  if (!read.ok) return { reject: read.reason, field: wkt.name };
  const fields = record.fields;
  if (!read.geometries.some((g) => g.type === 'line') && !fields.date) {
    for (const [role, dateRole] of [['from', 'date'], ['to', 'dateTo']] as const) {
      const field = fields[role];
      if (field && typeof field.value === 'string' && (parseDate(field.value).ok || parseDateRange(field.value) !== null)) {
        fields[dateRole] = field;
        delete fields[role];
      }
    }
  }
  // Repairs name the WKT column, not 'geometry'.
  const repairs = read.repairs.map((r) => ({ ...r, field: r.field === 'geometry' ? wkt.name : r.field }));
  return partRecords(record, read.geometries, repairs);
}
