export { LOCALES, LOCALE_CODES, DEFAULT_LOCALE, isLocaleCode, matchLocale, type LocaleCode } from './locales';
export { t, formatMessage, activeLocale, setActiveLocale, registerCatalogue, hasCatalogue, type MessageValues } from './translate';
export { loadCatalogue, CATALOGUE_LOADERS } from './load-catalogue';
export { en, type MessageKey, type Catalogue } from './messages/en';
