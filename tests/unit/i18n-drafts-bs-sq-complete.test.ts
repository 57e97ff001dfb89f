/**
 * Bosnian and Albanian cover every interface area (not only the first five): exactly the English
 * keys, and plurals from the later areas formatted by each language's own CLDR rules.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_LOADERS, en, formatMessage, loadCatalogue, type LocaleCode } from '../../src/domain/i18n';

/** "change.new" for 1, 3, 5, 21 new segments, as each language should say it. */
const NEW_SEGMENTS: Partial<Record<LocaleCode, string[]>> = {
  bs: ['1 novi segment', '3 nova segmenta', '5 novih segmenata', '21 novi segment'],
  sq: ['1 segment i ri', '3 segmente të reja', '5 segmente të reja', '21 segmente të reja'],
};

describe.each(Object.keys(NEW_SEGMENTS) as LocaleCode[])('complete draft catalogue %s', (locale) => {
  it('has exactly the keys of the English catalogue', async () => {
    const catalogue = await CATALOGUE_LOADERS[locale]!();
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('formats a plural of a later area by the language’s rules', async () => {
    expect(await loadCatalogue(locale)).toBe(true);
    expect([1, 3, 5, 21].map((count) => formatMessage(locale, 'change.new', { count }))).toEqual(NEW_SEGMENTS[locale]);
  });
});
