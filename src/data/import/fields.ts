/**
 * Reading the common fields of a record (texts, ids, dates, countries, confidence, mode, counts).
 * A value that makes the row unusable throws RowProblem, which the assembler turns into a
 * rejected row; a value that could be read after a fix adds a Repair.
 */
import { readCountry } from '../../domain/countries';
import type { Confidence, Period, TravelMode } from '../../domain/types';
import { activeLocale, t } from '../../domain/i18n';
import { clip, dateFormatsHint, describe, isAfter, parseDate, parseDateRange, type ParsedDate } from './dates';
import { numberLabel, readNumber, type NumberLabel } from './coords';
import { own, type FieldRole, type FieldValue, type Fields, type Repair } from './records';

/** A problem that rejects the current row or feature. */
export class RowProblem extends Error {
  constructor(
    readonly field: string | null,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'RowProblem';
  }
}

export function fail(field: string | null, reason: string): never {
  throw new RowProblem(field, reason);
}

/** A text value, trimmed; undefined when absent or empty. KML HTML descriptions lose their tags. */
export function text(field: FieldValue | undefined): string | undefined {
  const value = field?.value;
  let out: string | undefined;
  if (typeof value === 'string') out = value;
  else if (typeof value === 'number' && Number.isFinite(value)) out = String(value);
  else if (typeof value === 'boolean') out = String(value);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { value?: unknown }).value === 'string') {
    out = ((value as { value: string }).value ?? '').replace(/<[^>]*>/g, ' ');
  }
  const trimmed = out?.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

export function textOf(fields: Fields, role: FieldRole): string | undefined {
  return text(fields[role]);
}

const CONFIDENCE = new Set(['high', 'medium', 'low']);

/** 'high' | 'medium' | 'low'; absent → medium silently, anything else → medium with a repair. */
export function readConfidence(fields: Fields, repairs: Repair[]): Confidence {
  const value = textOf(fields, 'confidence');
  if (value === undefined) return 'medium';
  const lower = value.toLowerCase();
  if (CONFIDENCE.has(lower)) return lower as Confidence;
  repairs.push({ field: fields.confidence?.name ?? 'confidence', reason: t('importRow.unknownConfidence', { value: clip(value) }), repair: t('importRow.confidenceSetToMedium') });
  return 'medium';
}

/** Country codes from 'RS', 'RS|HU', 'RS-HU', ['RS', 'HU'] or names ('Serbia; Hungary'). */
export function readCountries(fields: Fields, repairs: Repair[]): string[] {
  const field = fields.country;
  if (field === undefined || field.value === null || field.value === undefined) return [];
  const items: unknown[] = Array.isArray(field.value) ? field.value : [field.value];
  const codes: string[] = [];
  for (const item of items) {
    const value = text({ value: item, name: field.name });
    if (value === undefined) {
      if (item !== '' && item !== null) fail(field.name, t('importRow.countryNotCode', { found: describe(item) }));
      continue;
    }
    const pieces = /^[A-Za-z]{2}([\s|;,/-]+[A-Za-z]{2})*$/.test(value) ? value.split(/[^A-Za-z]+/) : value.split(/\s*[|;,/]\s*/);
    for (const piece of pieces.filter((p) => p.trim() !== '')) {
      const read = readCountry(piece);
      if (!read) fail(field.name, t('importRow.unknownCountry', { value: clip(piece.trim(), 30) }));
      if (read.repair) repairs.push({ field: field.name, reason: t('importRow.notIsoCode', { value: clip(piece.trim(), 30) }), repair: read.repair });
      if (!codes.includes(read.code)) codes.push(read.code);
    }
  }
  return codes;
}

function dateOf(field: FieldValue, repairs: Repair[]): ParsedDate {
  const result = parseDate(field.value);
  if (!result.ok) fail(field.name, result.reason);
  if (result.date.note) repairs.push({ field: field.name, reason: t('importRow.dayMonthAmbiguous'), repair: result.date.note });
  return result.date;
}

function present(field: FieldValue | undefined): field is FieldValue {
  return field !== undefined && field.value !== undefined && field.value !== null && !(typeof field.value === 'string' && field.value.trim() === '');
}

export interface Dating {
  /** The single date or start date, when given. */
  start?: ParsedDate;
  /** The months covered, when any date is given. */
  period?: Period;
}

/** A present date field; a time element that cannot be read is left out, with a repair. */
function usable(field: FieldValue | undefined, repairs: Repair[]): FieldValue | undefined {
  if (!present(field)) return undefined;
  if (field.timeElement !== true) return field;
  const read = parseDate(field.value);
  if (read.ok) return field;
  repairs.push({ field: field.name, reason: read.reason, repair: t('importRow.timeLeftOut') });
  return undefined;
}

/** The date (or start) and end fields; a range in one cell ('2015-10/2016-03') is read too. */
export function readDating(fields: Fields, repairs: Repair[], defaultPeriod: Period): Dating {
  const startField = usable(fields.date, repairs);
  const endField = usable(fields.dateTo, repairs);
  if (!startField && !endField) return {};
  if (startField && !endField && typeof startField.value === 'string') {
    const range = parseDateRange(startField.value);
    if (range) return checked({ from: range.from.month, to: range.to.endMonth }, range.from, startField.name);
  }
  const start = startField ? dateOf(startField, repairs) : undefined;
  const end = endField ? dateOf(endField, repairs) : undefined;
  if (start && end) return checked({ from: start.month, to: end.endMonth }, start, endField?.name ?? 'end');
  if (start) return { start, period: { from: start.month, to: start.endMonth } };
  const last = (end as ParsedDate).endMonth;
  const from = isAfter(defaultPeriod.from, last) ? (end as ParsedDate).month : defaultPeriod.from;
  repairs.push({ field: endField?.name ?? null, reason: t('importRow.noStartDate'), repair: t('importRow.shownFrom', { from }) });
  return { period: { from, to: last } };
}

function checked(period: Period, start: ParsedDate, field: string): Dating {
  if (isAfter(period.from, period.to)) fail(field, t('importRow.periodEndsBeforeStart', { from: period.from, to: period.to }));
  return { start, period };
}

/** A required date (events, incidents). */
/** What needs the date, for its message (one sentence each in the catalogue). */
export type DatedThing = 'monthlyValue' | 'incident' | 'event' | 'timedFlow';

export function requireDate(fields: Fields, repairs: Repair[], what: DatedThing): ParsedDate {
  const field = fields.date;
  if (!present(field)) return fail(fields.date?.name ?? 'date', t('importRow.needsDate', { what, hint: dateFormatsHint() }));
  return dateOf(field, repairs);
}

const MODES: Record<string, TravelMode> = {
  road: 'road', rail: 'rail', train: 'rail', railway: 'rail', foot: 'foot', walk: 'foot', walking: 'foot', 'on foot': 'foot',
  boat: 'boat', sea: 'boat', ferry: 'boat', dinghy: 'boat', car: 'car', truck: 'car', lorry: 'car', van: 'car', bus: 'bus',
  coach: 'bus', taxi: 'taxi', mixed: 'mixed', unknown: 'unknown',
};

export function readMode(fields: Fields, repairs: Repair[]): TravelMode {
  const value = textOf(fields, 'mode');
  if (value === undefined) return 'unknown';
  const mode = own(MODES, value.toLowerCase());
  if (mode) return mode;
  if (/[/+&,]/.test(value)) return 'mixed';
  repairs.push({ field: fields.mode?.name ?? 'mode', reason: t('importRow.unknownMode', { value: clip(value) }), repair: t('importRow.modeSetToUnknown') });
  return 'unknown';
}

/** A count ≥ 0; null when empty. */
export function readCount(field: FieldValue | undefined, label: NumberLabel): number | null {
  if (!present(field)) return null;
  const read = readNumber(field.value, label);
  if (!read.ok) fail(field.name, t('importRow.expectedCount', { problem: read.reason }));
  if (read.value < 0) fail(field.name, t('importRow.negativeCount', { what: numberLabel(label), value: String(read.value) }));
  return read.value;
}

/** Joins note parts, leaving out empty ones; undefined when nothing is left. */
export function joinNotes(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => p !== undefined && p !== '');
  return kept.length === 0 ? undefined : kept.join(' ');
}

/** Source notes by source and language: a large file repeats a few sources on every row. */
const sourceNotes = new Map<string, string>();
const MAX_SOURCE_NOTES = 1000;

export function sourceNote(fields: Fields): string | undefined {
  const source = textOf(fields, 'source');
  if (source === undefined) return undefined;
  const key = `${activeLocale()}\u0000${source}`;
  let note = sourceNotes.get(key);
  if (note === undefined) {
    note = t('importNotes.sourceInFile', { source });
    if (sourceNotes.size >= MAX_SOURCE_NOTES) sourceNotes.clear();
    sourceNotes.set(key, note);
  }
  return note;
}

/** The note keeping the countries a record gave (where the entity has no countries of its own). */
export function countriesNote(countries: readonly string[]): string {
  return t('importNotes.countriesInFile', { countries: countries.join(', ') });
}
