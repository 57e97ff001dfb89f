/**
 * The speaker window's language. Its page has no store: the audience window's snapshot names the
 * language (speaker-protocol.ts), and this hook loads that catalogue and makes it active here, so the
 * window's own labels follow the audience window. Until a snapshot arrives the page's active
 * language is used (English on a fresh page); after the presentation ends the last one stays.
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { activeLocale, formatMessage, loadCatalogue, setActiveLocale, type LocaleCode } from '../../domain/i18n';
import type { Translate } from '../i18n/use-t';

export function useSpeakerLanguage(wanted: LocaleCode | undefined): Translate {
  const [language, setLanguage] = useState<LocaleCode>(activeLocale);
  useEffect(() => {
    if (!wanted || wanted === language) return;
    let current = true;
    // Without a catalogue the language's messages are English, as in the audience window.
    void loadCatalogue(wanted)
      .catch(() => false)
      .then(() => {
        if (!current) return;
        setActiveLocale(wanted);
        setLanguage(wanted);
      });
    return () => {
      current = false;
    };
  }, [wanted, language]);
  return useCallback<Translate>((key, values) => formatMessage(language, key, values), [language]);
}

const englishUntilTold: Translate = (key, values) => formatMessage(activeLocale(), key, values);

/** The window's `t`, provided by SpeakerWindow. */
export const SpeakerT = createContext<Translate>(englishUntilTold);

export function useSpeakerT(): Translate {
  return useContext(SpeakerT);
}
