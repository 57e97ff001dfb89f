/**
 * Which name a map label shows in a language. English is the data's own name (the basemap build's,
 * e.g. "Bosnia and Herz.", "North Macedonia"). Other languages: a country's name is the browser's
 * (Intl.DisplayNames for its ISO code), a place's the gazetteer's name in that language when the
 * build found one, else the place's own name — nothing is translated or transliterated here.
 */
import { GAZETTEER_LANGUAGES, type GazetteerLanguage, type PlaceLabel } from './place-label';
import { LOCALE_CODES, type LocaleCode } from './i18n';
import { regionNameIn } from './i18n/intl-cache';

/** The gazetteer language of an interface language ('de', 'el', 'it'), or null when it has none. */
export function gazetteerLanguage(locale: string): GazetteerLanguage | null {
  const base = locale.split('-')[0]!.toLowerCase();
  return (GAZETTEER_LANGUAGES as readonly string[]).includes(base) ? (base as GazetteerLanguage) : null;
}

/** The name of a region in a language (CLDR's, from the language's tables or the browser), or null. */
export function regionName(locale: string, iso2: string): string | null {
  return regionNameIn(locale, iso2);
}

/** The name a label shows in `locale`. */
export function labelName(label: PlaceLabel, locale: string): string {
  if (locale === 'en') return label.name;
  if (label.kind === 'country') return (label.iso2 && regionName(locale, label.iso2)) || label.name;
  const language = gazetteerLanguage(locale);
  return (language && label.names?.[language]) || label.name;
}

/** The label's names in every interface language (the font atlas must hold all their characters). */
export function labelNamesInAllLocales(label: PlaceLabel, locales: readonly LocaleCode[] = LOCALE_CODES): string[] {
  return [...new Set(locales.map((locale) => labelName(label, locale)))];
}
