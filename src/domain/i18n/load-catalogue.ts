/**
 * Each language's catalogue is its own chunk, fetched from the app's own origin when chosen (English
 * is in the main bundle). A language whose catalogue is not written yet falls back to English.
 */
import type { LocaleCode } from './locales';
import type { Catalogue } from './messages/en';
import { hasCatalogue, registerCatalogue } from './translate';
import { registerIntlData } from './intl-cache';
import type { IntlData } from './intl-data/types';

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

/** Each language's CLDR tables (scripts/build-intl-data.ts), its own small chunk. */
export const INTL_DATA_LOADERS: Partial<Record<LocaleCode, () => Promise<IntlData>>> = {
  sl: () => import('./intl-data/sl').then((m) => m.sl),
  hr: () => import('./intl-data/hr').then((m) => m.hr),
  'sr-Latn': () => import('./intl-data/sr-Latn').then((m) => m.srLatn),
  'sr-Cyrl': () => import('./intl-data/sr-Cyrl').then((m) => m.srCyrl),
  bs: () => import('./intl-data/bs').then((m) => m.bs),
  mk: () => import('./intl-data/mk').then((m) => m.mk),
  el: () => import('./intl-data/el').then((m) => m.el),
  sq: () => import('./intl-data/sq').then((m) => m.sq),
  it: () => import('./intl-data/it').then((m) => m.it),
  de: () => import('./intl-data/de').then((m) => m.de),
};

/** Loads and registers `locale`'s catalogue; false when it has none yet (English is used for it). */
export async function loadCatalogue(locale: LocaleCode): Promise<boolean> {
  if (hasCatalogue(locale)) return true;
  const loader = CATALOGUE_LOADERS[locale];
  if (!loader) return false;
  const [catalogue, intlData] = await Promise.all([loader(), INTL_DATA_LOADERS[locale]?.()]);
  if (intlData) registerIntlData(locale, intlData);
  registerCatalogue(locale, catalogue);
  return true;
}
