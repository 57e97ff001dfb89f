/**
 * Each language's catalogue is its own chunk, fetched from the app's own origin when chosen (English
 * is in the main bundle). A language whose catalogue is not written yet falls back to English.
 */
import type { LocaleCode } from './locales';
import type { Catalogue } from './messages/en';
import { hasCatalogue, registerCatalogue } from './translate';

type Loader = () => Promise<Partial<Catalogue>>;

/** Filled in as catalogues are written: `sl: () => import('./messages/sl').then((m) => m.sl)`. */
export const CATALOGUE_LOADERS: Partial<Record<LocaleCode, Loader>> = {
  sl: () => import('./messages/sl').then((m) => m.sl),
  hr: () => import('./messages/hr').then((m) => m.hr),
  'sr-Latn': () => import('./messages/sr-Latn').then((m) => m.srLatn),
  'sr-Cyrl': () => import('./messages/sr-Cyrl').then((m) => m.srCyrl),
  bs: () => import('./messages/bs').then((m) => m.bs),
  mk: () => import('./messages/mk').then((m) => m.mk),
  el: () => import('./messages/el').then((m) => m.el),
  sq: () => import('./messages/sq').then((m) => m.sq),
  it: () => import('./messages/it').then((m) => m.it),
  de: () => import('./messages/de').then((m) => m.de),
};

/** Loads and registers `locale`'s catalogue; false when it has none yet (English is used for it). */
export async function loadCatalogue(locale: LocaleCode): Promise<boolean> {
  if (hasCatalogue(locale)) return true;
  const loader = CATALOGUE_LOADERS[locale];
  if (!loader) return false;
  registerCatalogue(locale, await loader());
  return true;
}
