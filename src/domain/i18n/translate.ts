/**
 * Messages in the active interface language. ICU message syntax through FormatJS'
 * intl-messageformat (plurals by each language's CLDR rules: "1 segment", "3 segmenta",
 * "5 segmenata"). The active locale is the page's one piece of language state below the store: the
 * store's language setter sets it (setActiveLocale) after loading the catalogue, so formatting code
 * in any layer (month names, numbers, exported files) speaks the same language without passing it
 * through every call.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, type LocaleCode } from './locales';
import { en, type Catalogue, type MessageKey } from './messages/en';

export type MessageValues = Record<string, string | number | Date>;

const catalogues = new Map<LocaleCode, Partial<Catalogue>>([['en', en]]);
const compiled = new Map<string, IntlMessageFormat>();
let active: LocaleCode = DEFAULT_LOCALE;

export function activeLocale(): LocaleCode {
  return active;
}

/** Makes `locale` the active language (register its catalogue first; without one its messages are English, its months and numbers still its own). */
export function setActiveLocale(locale: LocaleCode): void {
  active = locale;
}

/** A catalogue still being written may lack keys: those messages stay English until it has them. */
export function registerCatalogue(locale: LocaleCode, catalogue: Partial<Catalogue>): void {
  catalogues.set(locale, catalogue);
  for (const key of [...compiled.keys()]) if (key.startsWith(`${locale}\u0000`)) compiled.delete(key);
}

export function hasCatalogue(locale: LocaleCode): boolean {
  return catalogues.has(locale);
}

/** The message `key` in `locale` (English where that catalogue lacks it), with `values` filled in. */
export function formatMessage(locale: LocaleCode, key: MessageKey, values?: MessageValues): string {
  const source = catalogues.get(locale)?.[key] ?? en[key];
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(source, locale);
    compiled.set(cacheKey, format);
  }
  const out = format.format(values);
  return typeof out === 'string' ? out : String(out);
}

/** The message `key` in the active language. */
export function t(key: MessageKey, values?: MessageValues): string {
  return formatMessage(active, key, values);
}
