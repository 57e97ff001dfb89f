/**
 * Intl formatters for the active language, made once per language and options: a new formatter
 * costs tens of milliseconds the first time (a start-up profile had `toLocaleString` at the top of
 * the demo's commit), and months and numbers are formatted thousands of times a session.
 */
import type { DateForm, IntlData } from './intl-data/types';
import type { LocaleCode } from './locales';

/** What the app asks of a number format. */
export interface NumberFormatter {
  format(n: number): string;
}

const numberFormats = new Map<string, NumberFormatter>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const regionNames = new Map<string, Intl.DisplayNames | null>();
const intlData = new Map<LocaleCode, IntlData>();

/** A language's CLDR tables (loaded with its catalogue): months, numbers and regions then use them. */
export function registerIntlData(locale: LocaleCode, data: IntlData): void {
  intlData.set(locale, data);
  for (const key of [...numberFormats.keys()]) if (key.startsWith(`${locale}\u0000`)) numberFormats.delete(key);
}

/**
 * The tag Intl formats numbers with. English is en-GB: the app's English numbers always were
 * ("12,345", "2.5"); every other code is a BCP 47 tag Intl understands as it is.
 */
export function numberLocaleOf(locale: LocaleCode): string {
  return locale === 'en' ? 'en-GB' : locale;
}

export function numberFormatFor(locale: LocaleCode, options: Intl.NumberFormatOptions = {}): NumberFormatter {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    const tag = numberLocaleOf(locale);
    const data = intlData.get(locale);
    const browserKnows = Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
    format = data && !browserKnows ? numberFormatFromData(data.numbers, options) : new Intl.NumberFormat(tag, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Numbers for a language the browser has no data for: formatted as en-US (same digits, same
 * rounding) with the language's own separators and grouping threshold.
 */
export function numberFormatFromData(symbols: IntlData['numbers'], options: Intl.NumberFormatOptions = {}): NumberFormatter {
  const base = new Intl.NumberFormat('en-US', options);
  return {
    format(n: number): string {
      const parts = base.formatToParts(n);
      const integerDigits = parts.filter((p) => p.type === 'integer').reduce((sum, p) => sum + p.value.length, 0);
      const group = integerDigits < 3 + symbols.minimumGroupingDigits ? '' : symbols.group;
      return parts.map((p) => (p.type === 'group' ? group : p.type === 'decimal' ? symbols.decimal : p.value)).join('');
    },
  };
}

const DATE_OPTIONS: Record<DateForm, Intl.DateTimeFormatOptions> = {
  monthShortYear: { month: 'short', year: 'numeric' },
  dayMonthShortYear: { day: 'numeric', month: 'short', year: 'numeric' },
  monthLongYear: { month: 'long', year: 'numeric' },
  dayMonthLongYear: { day: 'numeric', month: 'long', year: 'numeric' },
};

/** A calendar day (or month: day 1) in one of the app's date forms, from the language's tables when loaded. */
export function formatDateIn(locale: LocaleCode, form: DateForm, year: number, monthZeroBased: number, day = 1): string {
  const pattern = intlData.get(locale)?.dates[form][monthZeroBased];
  if (pattern) return pattern.replace('{d}', String(day)).replace('{y}', String(year));
  return dateFormatFor(locale, DATE_OPTIONS[form]).format(utcDay(year, monthZeroBased, day));
}

/** A region's (country's) name in a language, or null when neither the tables nor the browser know it. */
export function regionNameIn(locale: string, iso2: string): string | null {
  const fromData = intlData.get(locale as LocaleCode)?.regions[iso2];
  if (fromData) return fromData;
  if (!regionNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      names = null; // an engine without region names
    }
    regionNames.set(locale, names);
  }
  try {
    return regionNames.get(locale)?.of(iso2) ?? null;
  } catch {
    return null; // not a valid region code
  }
}

/** Dates are formatted in UTC: a month key or source date names a calendar day, not an instant. */
function dateFormatFor(locale: LocaleCode, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
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
