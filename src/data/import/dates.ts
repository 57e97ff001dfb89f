/**
 * Dates in user files → month keys. Accepted (case-insensitive, surrounding spaces ignored):
 *   ISO      2015-10-17, 2015-10-17T12:00:00Z, 2015/10/17, 2015-10, 2015
 *   European 17.10.2015 (also 17.10.2015. and 17-10-2015), 17/10/2015, 10/2015, 10.2015, 10-2015
 *   English  Oct 2015, October 2015, Sept 2015, 17 October 2015, 17 Oct 2015, October 17, 2015
 * Numeric day-first dates are read as DAY/MONTH (RouteShift is a European tool), silently when
 * both readings are possible. Only when the second number cannot be a month (10/17/2015) is the
 * date read as MONTH/DAY, and that is reported as a repair (`note`).
 * A bare year covers January to December of that year. Years must lie in 1900–2100.
 */
import { formatMonthLong, MONTH_NAMES, monthIndex, type MonthKey } from '../../domain/month';
import { t } from '../../domain/i18n';

export type DatePrecision = 'day' | 'month' | 'year';

export interface ParsedDate {
  /** First month the date covers. */
  month: MonthKey;
  /** Last month the date covers (December for a bare year, else `month`). */
  endMonth: MonthKey;
  precision: DatePrecision;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY': the source precision, as the dataset stores it. */
  iso: string;
  /** Set when the reading is a repair worth telling (month/day order). */
  note?: string;
}

export type DateResult = { ok: true; date: ParsedDate } | { ok: false; reason: string };

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const LOWER_MONTH_NAMES = MONTH_NAMES.map((name) => name.toLowerCase());
const ENGLISH_MONTHS = new Map<string, number>([
  ...LOWER_MONTH_NAMES.map((name, i) => [name, i + 1] as [string, number]),
  ...LOWER_MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1] as [string, number]),
  ['sept', 9],
]);

const ISO_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const ISO_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\.?$/;
const MY = /^(\d{1,2})[./-](\d{4})\.?$/;
const NAME_MY = /^(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+)?([a-z]+)\.?,?[\s-]+(\d{4})$/i;
const NAME_MDY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/** The date formats RouteShift reads, as advice ending a date problem, in the active language. */
export function dateFormatsHint(): string {
  return t('importRow.dateFormatsHint');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, Gregorian (no Date object: this runs once per row). */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

/**
 * One string per month key and per day ('2015-10', '2015-10-17'), by year, month and day: a file
 * with a million dated rows keeps a few thousand strings, not two million.
 */
const MONTH_KEYS: (string | undefined)[] = new Array<string | undefined>((LAST_YEAR - FIRST_YEAR + 1) * 12);
const DAY_KEYS: ((string | undefined)[] | undefined)[] = new Array<(string | undefined)[] | undefined>(MONTH_KEYS.length);
function monthKeyOf(year: number, month: number): string {
  return (MONTH_KEYS[(year - FIRST_YEAR) * 12 + month - 1] ??= `${year}-${pad(month)}`);
}
function dayKeyOf(year: number, month: number, day: number): string {
  const days = (DAY_KEYS[(year - FIRST_YEAR) * 12 + month - 1] ??= new Array<string | undefined>(31));
  return (days[day - 1] ??= `${monthKeyOf(year, month)}-${pad(day)}`);
}

function build(text: string, year: number, month: number | null, day: number | null, note?: string): DateResult {
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, reason: t('importRow.yearOutOfRange', { year: String(year), text, first: String(FIRST_YEAR), last: String(LAST_YEAR) }) };
  if (month === null) {
    return { ok: true, date: { month: `${year}-01`, endMonth: `${year}-12`, precision: 'year', iso: String(year) } };
  }
  if (month < 1 || month > 12) return { ok: false, reason: t('importRow.noSuchMonth', { month: String(month), text }) };
  const key = monthKeyOf(year, month);
  if (day === null) return { ok: true, date: { month: key, endMonth: key, precision: 'month', iso: key } };
  if (day < 1 || day > daysIn(year, month)) {
    return { ok: false, reason: t('importRow.noSuchDay', { day: String(day), text, month: formatMonthLong(monthKeyOf(year, month)) }) };
  }
  const date: ParsedDate = { month: key, endMonth: key, precision: 'day', iso: dayKeyOf(year, month, day) };
  if (note) date.note = note;
  return { ok: true, date };
}

/** Reads one date. Numbers are read as years (2015). Never throws. */
export function parseDate(input: unknown): DateResult {
  if (typeof input === 'number' && Number.isInteger(input)) return parseDate(String(input));
  if (typeof input !== 'string') return { ok: false, reason: t('importRow.dateNotText', { found: describe(input), hint: dateFormatsHint() }) };
  const text = input.trim();
  if (text === '') return { ok: false, reason: t('importRow.dateEmpty') };
  let m = ISO_DAY.exec(text);
  if (m) return build(text, Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = ISO_MONTH.exec(text))) return build(text, Number(m[1]), Number(m[2]), null);
  if ((m = YEAR.exec(text))) return build(text, Number(m[1]), null, null);
  if ((m = DMY.exec(text))) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (second > 12 && first <= 12) {
      return build(text, Number(m[3]), first, second, t('importRow.readAsMonthDayYear', { text, second: String(second) }));
    }
    return build(text, Number(m[3]), second, first);
  }
  if ((m = MY.exec(text))) return build(text, Number(m[2]), Number(m[1]), null);
  if ((m = NAME_MY.exec(text))) {
    const month = ENGLISH_MONTHS.get((m[2] ?? '').toLowerCase());
    if (month !== undefined) return build(text, Number(m[3]), month, m[1] === undefined ? null : Number(m[1]));
  }
  if ((m = NAME_MDY.exec(text))) {
    const month = ENGLISH_MONTHS.get((m[1] ?? '').toLowerCase());
    if (month !== undefined) return build(text, Number(m[3]), month, Number(m[2]));
  }
  return { ok: false, reason: t('importRow.unknownDateFormat', { text: clip(text), hint: dateFormatsHint() }) };
}

const RANGE_SEPARATORS = [/\s+(?:to|until|till)\s+/i, /\s*\.\.\s*/, /\s*[–—]\s*/, /\s+-\s+/];

/**
 * A date range written in one cell ('2015-10/2016-03', 'Oct 2015 – Mar 2016', '2015..2016').
 * null when the text is not a range (then read it with parseDate).
 */
export function parseDateRange(input: string): { from: ParsedDate; to: ParsedDate } | null {
  const text = input.trim();
  const isoSlash = /^(\d{4}(?:-\d{1,2}){0,2})\s*\/\s*(\d{4}(?:-\d{1,2}){0,2})$/.exec(text);
  const parts = isoSlash ? [isoSlash[1] ?? '', isoSlash[2] ?? ''] : splitRange(text);
  if (!parts) return null;
  const from = parseDate(parts[0]);
  const to = parseDate(parts[1]);
  return from.ok && to.ok ? { from: from.date, to: to.date } : null;
}

function splitRange(text: string): [string, string] | null {
  for (const separator of RANGE_SEPARATORS) {
    const pieces = text.split(separator);
    if (pieces.length === 2 && pieces[0] && pieces[1]) return [pieces[0], pieces[1]];
  }
  return null;
}

/** True when month `a` is after month `b`. */
export function isAfter(a: MonthKey, b: MonthKey): boolean {
  return monthIndex(a) > monthIndex(b);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('importRow.foundList');
  if (typeof value === 'object') return t('importRow.foundObject');
  if (typeof value === 'string') return `'${clip(value)}'`;
  return t('importRow.foundValue', { type: typeof value, value: clip(String(value)) });
}

/** Shortens long values in messages. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
