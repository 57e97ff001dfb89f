/**
 * Every language's catalogue has exactly the English keys (issue 16 item 6): a key missing in one
 * language, or one English no longer has, fails here, whatever the per-area types let through.
 * Every message is valid ICU for its language and keeps the English message's arguments.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { messageShape } from '../i18n-check';
import { CATALOGUE_LOADERS, LOCALES, en } from '../../src/domain/i18n';

const englishKeys = Object.keys(en).sort();
const translated = LOCALES.filter((l) => l.code !== 'en');

describe('catalogues', () => {
  it('exist for every language of the menu', () => {
    expect(translated.length).toBe(10);
    for (const { code } of translated) expect(CATALOGUE_LOADERS[code], code).toBeTypeOf('function');
  });

  for (const { code } of translated) {
    it(`${code}: exactly the English keys, every message valid ICU with the English arguments`, async () => {
      const catalogue: Record<string, string | undefined> = await CATALOGUE_LOADERS[code]!();
      const keys = Object.keys(catalogue).sort();
      expect(keys.filter((k) => !(k in en)), 'keys English does not have').toEqual([]);
      expect(englishKeys.filter((k) => !(k in catalogue)), 'English keys missing').toEqual([]);
      for (const key of englishKeys) {
        const message = catalogue[key] ?? '';
        expect(message.trim(), key).not.toBe('');
        expect(() => new IntlMessageFormat(message, code), key).not.toThrow();
        const missing = [...messageShape(en[key as keyof typeof en], 'en').names].filter((name) => !messageShape(message, code).names.has(name));
        expect(missing, `${key}: arguments the translation lacks`).toEqual([]);
      }
    });
  }
});
