/**
 * The import worker has its own copy of the i18n module: its active language starts as English
 * whatever the page shows. Before formatting a report it loads the catalogue of the language the
 * job names (a chunk from the app's own origin, as on the page) and makes it the worker's active
 * one, so every problem, repair and note is written in the user's language.
 */
import { activeLocale, isLocaleCode, loadCatalogue, setActiveLocale, type LocaleCode } from '../../domain/i18n';

/** Makes `locale` the worker's language; an unknown code, or a catalogue that fails to load, leaves English. */
export async function applyJobLocale(locale: LocaleCode | undefined): Promise<LocaleCode> {
  if (!isLocaleCode(locale)) return activeLocale();
  try {
    await loadCatalogue(locale);
  } catch {
    // Without its catalogue the report is English (formatMessage falls back key by key), months and numbers still the language's own.
  }
  setActiveLocale(locale);
  return locale;
}
