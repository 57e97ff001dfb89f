/**
 * The interface language the browser asks for (navigator.languages, first match; English when none
 * matches). It is the default: a link's `lang=` and a saved workspace's choice both win over it, and
 * only a choice that differs from it is written into the link, the workspace and project files.
 */
import { matchLocale, type LocaleCode } from '../domain/i18n';

export function browserLanguage(): LocaleCode {
  if (typeof navigator === 'undefined') return matchLocale([]);
  return matchLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}
