/**
 * The interface language menu in the header: native names (a reader looks for their own language in
 * its own words), drafts marked. A <select>: keyboard use comes with it; L focuses it (registry).
 */
import { useAppStore } from '../../state/store';
import { LOCALES, isLocaleCode, t as translate, type LocaleCode } from '../../domain/i18n';
import { LANGUAGE_MENU_ID } from '../commands/registry';
import { useT } from './use-t';

/** The draft notice is said once a session: a second draft language adds nothing new. */
let draftNoticeShown = false;

async function choose(code: LocaleCode) {
  const state = useAppStore.getState();
  await state.setLanguage(code);
  const draft = LOCALES.find((l) => l.code === code)?.draft ?? false;
  if (!draft || draftNoticeShown || useAppStore.getState().language !== code) return;
  draftNoticeShown = true;
  // In the language just chosen: it is the one the notice is about.
  useAppStore.getState().pushNotice('info', translate('language.draftNotice'));
}

export function LanguageMenu() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  return (
    <select
      id={LANGUAGE_MENU_ID}
      className="language-menu"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={language}
      onChange={(event) => {
        if (isLocaleCode(event.target.value)) void choose(event.target.value);
      }}
    >
      {LOCALES.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.draft ? t('language.draft', { name: l.name }) : l.name}
        </option>
      ))}
    </select>
  );
}
