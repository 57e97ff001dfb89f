/**
 * A record of labels whose values are looked up in the active language each time they are read
 * (getters): `LAYER_LABELS[id]` keeps its shape for every reader and still follows a language change.
 */
import type { MessageKey } from './messages/en';
import { t } from './translate';

export function translatedRecord<K extends string>(keys: Record<K, MessageKey>): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const id of Object.keys(keys) as K[]) {
    Object.defineProperty(record, id, { enumerable: true, get: () => t(keys[id]) });
  }
  return Object.freeze(record);
}
