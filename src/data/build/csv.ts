/**
 * CSV helpers for the data build: parse a header-row CSV text with papaparse into string records,
 * and read the list and number conventions of the source files. Pure: no fs.
 */
import Papa from 'papaparse';

export type CsvRow = Record<string, string>;

/** Parses CSV text (header row) into records. Throws on malformed rows or missing columns. */
export function parseCsv(text: string, label: string, required: readonly string[] = []): CsvRow[] {
  const result = Papa.parse<CsvRow>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: false,
  });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new Error(`${label}: CSV error on row ${first?.row ?? '?'}: ${first?.message ?? 'unknown'}`);
  }
  const fields = result.meta.fields ?? [];
  const missing = required.filter((column) => !fields.includes(column));
  if (missing.length > 0) throw new Error(`${label}: missing column(s) ${missing.join(', ')}`);
  return result.data;
}

/** The value of a column, trimmed; '' when absent. */
export function cell(row: CsvRow, column: string): string {
  return (row[column] ?? '').trim();
}

/** Splits a multi-value cell ('R07|R08'); empty items are dropped. */
export function splitList(value: string, separator = '|'): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Keys from several multi-value cells, in order, without duplicates. */
export function mergeKeys(...values: string[]): string[] {
  return [...new Set(values.flatMap((value) => splitList(value)))];
}

/** A number from a cell; null for an empty cell. Throws on text that is not a number. */
export function numberOrNull(value: string, label: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  if (!Number.isFinite(number)) throw new Error(`${label}: not a number: ${value}`);
  return number;
}

/** A required number. */
export function requireNumber(value: string, label: string): number {
  const number = numberOrNull(value, label);
  if (number === null) throw new Error(`${label}: empty value where a number is required`);
  return number;
}

/** Omits a text field when it is empty (keeps the JSON free of empty strings). */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** 'Western Balkan Route' → 'western-balkan-route'. */
export function kebabCase(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
