/**
 * The interface languages: the region's (where RouteShift's users brief) and English. A language
 * whose catalogue no native speaker has reviewed yet is a draft: the language menu says so.
 * Codes are BCP 47 tags that Intl understands as they are (months, numbers, plural rules, region names).
 */
export const LOCALES = [
  { code: 'en', name: 'English', draft: false },
  { code: 'sl', name: 'Slovenščina', draft: true },
  { code: 'hr', name: 'Hrvatski', draft: true },
  { code: 'sr-Latn', name: 'Srpski (latinica)', draft: true },
  { code: 'sr-Cyrl', name: 'Српски (ћирилица)', draft: true },
  { code: 'bs', name: 'Bosanski', draft: true },
  { code: 'sq', name: 'Shqip', draft: true },
  { code: 'mk', name: 'Македонски', draft: true },
  { code: 'el', name: 'Ελληνικά', draft: true },
  { code: 'it', name: 'Italiano', draft: true },
  { code: 'de', name: 'Deutsch', draft: true },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];
export const DEFAULT_LOCALE: LocaleCode = 'en';
export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map((l) => l.code);

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

/**
 * The interface language for the browser's preferred languages (navigator.languages): the first one
 * RouteShift speaks. Serbian without a script is Cyrillic (Serbia's official script, CLDR's default);
 * "sr-Latn-RS", "sr-ME" (Latin in use) are Latin. English when none matches.
 */
export function matchLocale(preferred: readonly string[]): LocaleCode {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const [language, ...rest] = lower.split('-');
    if (language === 'sr') {
      if (rest.includes('latn') || rest.includes('me')) return 'sr-Latn';
      return 'sr-Cyrl';
    }
    const found = LOCALE_CODES.find((code) => code === language);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}
