/**
 * The interface language. Choosing one loads its catalogue (its own chunk) and then makes it the
 * active locale (src/domain/i18n), so everything that formats — components, months, numbers,
 * exports — follows, and the demo's corridors are named in it (the data slice's nameDemoInLanguage). A later choice made while an earlier catalogue is still loading wins.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import { DEFAULT_LOCALE, loadCatalogue, setActiveLocale, type LocaleCode } from '../../domain/i18n';

export interface LanguageSlice {
  language: LocaleCode;
  /** Resolves once the language is active; `false` when it has no catalogue yet (its messages stay English). */
  setLanguage: (language: LocaleCode) => Promise<boolean>;
}

let latestRequest = 0;
let latestChange: Promise<unknown> = Promise.resolve();

/** Resolves once the latest language asked for is active (or has failed to load): e.g. before writing it into the link. */
export function languageSettled(): Promise<void> {
  return latestChange.then(
    () => undefined,
    () => undefined,
  );
}

export const createLanguageSlice: StateCreator<AppState, [], [], LanguageSlice> = (set, get) => ({
  language: DEFAULT_LOCALE,
  setLanguage: async (language) => {
    const request = ++latestRequest;
    const loading = loadCatalogue(language).catch(() => false);
    latestChange = loading;
    const translated = await loading;
    if (request !== latestRequest) return translated;
    setActiveLocale(language);
    set({ language });
    // The demo's corridor names are data in the store: named again in this language (user datasets keep theirs).
    get().nameDemoInLanguage();
    return translated;
  },
});
