/**
 * Intl formatters for the active language, made once per language and options: a new formatter
 * costs tens of milliseconds the first time (a start-up profile had `toLocaleString` at the top of
 * the demo's commit), and months and numbers are formatted thousands of times a session.
 */
import type { LocaleCode } from './locales';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The tag Intl formats numbers with. English is en-GB: the app's English numbers always were
 * ("12,345", "2.5"); every other code is a BCP 47 tag Intl understands as it is.
 */
export function numberLocaleOf(locale: LocaleCode): string {
  return locale === 'en' ? 'en-GB' : locale;
}

export function numberFormatFor(locale: LocaleCode, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocaleOf(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** Dates are formatted in UTC: a month key or source date names a calendar day, not an instant. */
export function dateFormatFor(locale: LocaleCode, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** Midnight UTC of a calendar day (years below 100 stay as they are, unlike Date.UTC's). */
export function utcDay(year: number, monthZeroBased: number, day = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthZeroBased, day);
  return date;
}
