/**
 * `t` for components: the message in the chosen interface language, re-rendering the component when
 * the language changes (it subscribes to the store's `language`). Code outside React calls `t` from
 * src/domain/i18n directly.
 */
import { useCallback } from 'react';
import { formatMessage, type MessageKey, type MessageValues } from '../../domain/i18n';
import { useAppStore } from '../../state/store';

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return useCallback((key: MessageKey, values?: MessageValues) => formatMessage(language, key, values), [language]);
}
