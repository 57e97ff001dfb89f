/**
 * CSV/TSV → records, streamed row by row with papaparse (header = first non-empty line).
 * Line numbers are physical lines of the file (header = line 1 when the file starts with it):
 * papaparse's `meta.cursor` gives where each row ends, and the line breaks inside that span
 * (quoted values may hold some) are counted, so a row's number is the line it starts on. A line
 * break is '\n' (also in '\r\n' files, and inside quotes whatever the file uses), or '\r' in files
 * whose rows end with a lone '\r'.
 */
import Papa from 'papaparse';
import type { IncidentColumns } from '../../domain/incident-columns';
import { t } from '../../domain/i18n';
import { FileAssembler, rowLabel } from './assemble';
import { applyMapping, decideContent, guessColumns } from './columns';
import { CsvIncidents } from './csv-incidents';
import { cellLayout, toRecords, type CellLayout, type Row } from './csv-records';
import { flowmapFlowColumns } from './flowmap-sheets';
import { IdAllocator, own, type FileContext, type Reporter } from './records';
import type { ColumnMapping, CsvContent, FileReport, ImportedEntities, ImportOptions, ProgressFn } from './types';

export interface CsvResult {
  entities: ImportedEntities | null;
  needsMapping?: FileReport['needsMapping'];
  /** Set when the file is a FlowmapBlue flows sheet. */
  format?: 'flowmap';
  /** Plain incident rows read straight into columns (ImportOptions.incidentsAsColumns, csv-incidents.ts). */
  columns?: IncidentColumns;
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

export function importCsv(text: string, ctx: FileContext & { format: 'csv' | 'tsv' }, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): CsvResult {
  const delimiter = detectDelimiter(text, ctx.format);
  const assembler = new FileAssembler(ctx, options, reporter);
  let headers: string[] | null = null;
  let columns: ColumnMapping = {};
  let content: CsvContent | null = null;
  let flowmap = false;
  let layout: CellLayout | null = null;
  let incidents: CsvIncidents | null | undefined;
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
    if (incidents === undefined) incidents = CsvIncidents.of(layout, content as CsvContent, options, lineCount(text), rowLabel(ctx));
    if (incidents?.take(row.cells, row.line, assembler)) return;
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
  if (!incidents) return { entities: assembler.finish(mapping.count) };
  // One id namespace for the file: the rows kept as columns take their given ids in file order.
  const kept = incidents.kept;
  const ids = new IdAllocator();
  const entities = assembler.finish(mapping.count, undefined, ids, (line) => kept.takeGivenIds(line, ids));
  const part = kept.finish(ctx, reporter, ids);
  reporter.sort();
  return { entities, ...(part ? { columns: part } : {}) };
}

/** Lines in the text (an upper bound of its rows). */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
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
