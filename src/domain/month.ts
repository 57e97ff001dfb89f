/**
 * Months are the app's unit of time. A month key is 'YYYY-MM'; a month index is
 * year * 12 + (month - 1), an integer small enough to be exact in a float32 GPU attribute.
 */
import { activeLocale } from './i18n/translate';
import { formatDateIn } from './i18n/intl-cache';

export type MonthKey = string;

/** A month key, 'YYYY-MM' (months 01–12); groups: the year, the month. The app's one month pattern. */
export const MONTH_KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
/**
 * The English month names, January first: the app's one list. English months are written from it
 * (Intl's en-GB says "Sept", en-US puts the day first; the app's English always was "9 Sep 2016"),
 * and import reads English month names in data with it. Other languages' months come from Intl.
 */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 'Jan' … 'Dec'. */
export const MONTH_NAMES_SHORT: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && MONTH_KEY_PATTERN.test(value);
}

/** Month keys repeat across a dataset's rows (a few hundred distinct ones): each is parsed once. */
const indexOfKey = new Map<string, number>();

export function monthIndex(key: MonthKey): number {
  let index = indexOfKey.get(key);
  if (index === undefined) {
    const match = MONTH_KEY_PATTERN.exec(key);
    if (!match) throw new RangeError(`Not a month (YYYY-MM): ${key}`);
    index = Number(match[1]) * 12 + Number(match[2]) - 1;
    // Bounded: keys are months, so the map holds at most a few thousand entries.
    if (indexOfKey.size < 100_000) indexOfKey.set(key, index);
  }
  return index;
}

export function monthKey(index: number): MonthKey {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Not a month index: ${index}`);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(key: MonthKey, count: number): MonthKey {
  return monthKey(monthIndex(key) + count);
}

/** Number of months from `from` to `to`, inclusive of both; 0 when `to` is before `from`. */
export function monthSpan(from: MonthKey, to: MonthKey): number {
  return Math.max(0, monthIndex(to) - monthIndex(from) + 1);
}

/** Every month key from `from` to `to`, inclusive. */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const start = monthIndex(from);
  return Array.from({ length: monthSpan(from, to) }, (_, i) => monthKey(start + i));
}

export function clampMonth(key: MonthKey, first: MonthKey, last: MonthKey): MonthKey {
  const i = monthIndex(key);
  if (i < monthIndex(first)) return first;
  if (i > monthIndex(last)) return last;
  return key;
}

/** "Oct 2015"; in the active language as Intl writes it ("lis 2015.", "Okt. 2015"). */
export function formatMonthShort(key: MonthKey): string {
  const i = monthIndex(key);
  const locale = activeLocale();
  if (locale === 'en') return `${MONTH_NAMES_SHORT[i % 12]} ${Math.floor(i / 12)}`;
  return formatDateIn(locale, 'monthShortYear', Math.floor(i / 12), i % 12);
}

/**
 * A source date as people read it: '2016-03-09' → '9 Mar 2016', '2016-03' → 'Mar 2016', '2016' →
 * '2016' (in the active language: '9. März 2016'); anything else as it is.
 */
export function formatSourceDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) return date;
  const [, year, month, day] = match;
  const name = month ? MONTH_NAMES_SHORT[Number(month) - 1] : undefined;
  if (!month) return year ?? date;
  if (!name) return date;
  const locale = activeLocale();
  if (locale === 'en') return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
  return formatDateIn(locale, day ? 'dayMonthShortYear' : 'monthShortYear', Number(year), Number(month) - 1, day ? Number(day) : 1);
}

/** "October 2015": what the slider announces to screen readers and shows large ("listopad 2015.", "октомври 2015 г."). */
export function formatMonthLong(key: MonthKey): string {
  const i = monthIndex(key);
  const locale = activeLocale();
  if (locale === 'en') return `${MONTH_NAMES[i % 12]} ${Math.floor(i / 12)}`;
  return formatDateIn(locale, 'monthLongYear', Math.floor(i / 12), i % 12);
}

/** A calendar day in the active language's long form: "9 March 2016", "9. März 2016" (a handout's date). */
export function formatDayLong(date: Date): string {
  const locale = activeLocale();
  if (locale === 'en') return `${date.getDate()} ${MONTH_NAMES[date.getMonth()]} ${date.getFullYear()}`;
  return formatDateIn(locale, 'dayMonthLongYear', date.getFullYear(), date.getMonth(), date.getDate());
}

/**
 * The month a source date falls in. Dates may be 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; a bare year
 * resolves to January or December depending on which end of a period it bounds.
 */
export function monthOfDate(date: string, yearBound: 'start' | 'end' = 'start'): MonthKey {
  const trimmed = date.trim();
  if (/^\d{4}$/.test(trimmed)) return `${trimmed}-${yearBound === 'start' ? '01' : '12'}`;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(trimmed);
  if (!match || !isMonthKey(`${match[1]}-${match[2]}`)) throw new RangeError(`Not a date: ${date}`);
  return `${match[1]}-${match[2]}`;
}

/** True when `key` lies within the inclusive period. */
export function inPeriod(key: MonthKey, period: { from: MonthKey; to: MonthKey }): boolean {
  const i = monthIndex(key);
  return i >= monthIndex(period.from) && i <= monthIndex(period.to);
}
