/**
 * Draft catalogues of the northern group (sl, hr, sr-Latn, sr-Cyrl, bs): loaded through
 * loadCatalogue, exactly the keys of the five English areas written so far, every message valid ICU
 * for its language, the English placeholders kept, plurals by the language's own CLDR categories.
 */
import { describe, expect, it } from 'vitest';
import { messageShape } from '../i18n-check';
import { CATALOGUE_LOADERS, en, formatMessage, loadCatalogue, type LocaleCode } from '../../src/domain/i18n';
import { common } from '../../src/domain/i18n/messages/en/common';
import { dataExport } from '../../src/domain/i18n/messages/en/data-export';
import { domain } from '../../src/domain/i18n/messages/en/domain';
import { handout } from '../../src/domain/i18n/messages/en/handout';
import { mediaExport } from '../../src/domain/i18n/messages/en/media-export';

/** The first five areas, translated in every language; later areas are checked as they are added. */
const firstAreas: Record<string, string> = { ...common, ...domain, ...mediaExport, ...handout, ...dataExport };
const english: Record<string, string> = en;

/** "count.segments" for 1, 2, 3, 5, 21 segments, as each language should say it. */
const SEGMENTS: Partial<Record<LocaleCode, string[]>> = {
  sl: ['1 odsek', '2 odseka', '3 odseki', '5 odsekov', '21 odsekov'],
  hr: ['1 segment', '2 segmenta', '3 segmenta', '5 segmenata', '21 segment'],
  'sr-Latn': ['1 segment', '2 segmenta', '3 segmenta', '5 segmenata', '21 segment'],
  'sr-Cyrl': ['1 сегмент', '2 сегмента', '3 сегмента', '5 сегмената', '21 сегмент'],
  bs: ['1 segment', '2 segmenta', '3 segmenta', '5 segmenata', '21 segment'],
};

/** The argument names a message uses and the plural categories each of its plurals offers ("=n" keys aside). */
function shapeOf(message: string, locale: string): { names: Set<string>; plurals: string[][] } {
  const { names, plurals } = messageShape(message, locale);
  return { names, plurals: plurals.map((keys) => keys.filter((k) => !k.startsWith('=')).sort()) };
}

describe.each(Object.keys(SEGMENTS) as LocaleCode[])('draft catalogue %s', (locale) => {
  it('loads through loadCatalogue with exactly the English keys of the five areas', async () => {
    expect(await loadCatalogue(locale)).toBe(true);
    const catalogue = await CATALOGUE_LOADERS[locale]!();
    // No key English does not have; every key of the first five areas.
    expect(Object.keys(catalogue).filter((key) => !(key in english))).toEqual([]);
    expect(Object.keys(firstAreas).filter((key) => !(key in catalogue))).toEqual([]);
  });

  it('has valid ICU messages that keep every English placeholder and use the language’s plural categories', async () => {
    const catalogue: Record<string, string | undefined> = await CATALOGUE_LOADERS[locale]!();
    const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
    const problems: string[] = [];
    for (const [key, source] of Object.entries(english).filter(([key]) => key in catalogue)) {
      const translated = catalogue[key] ?? '';
      let shape: ReturnType<typeof shapeOf>;
      try {
        shape = shapeOf(translated, locale);
      } catch (error) {
        problems.push(`${key}: does not parse (${String(error)})`);
        continue;
      }
      for (const name of shapeOf(source, 'en').names) if (!shape.names.has(name)) problems.push(`${key}: lacks {${name}}`);
      for (const offered of shape.plurals) if (offered.join() !== categories.join()) problems.push(`${key}: plural offers ${offered.join()}, ${locale} needs ${categories.join()}`);
    }
    expect(problems).toEqual([]);
  });

  it('formats a plural by the language’s rules', async () => {
    await loadCatalogue(locale);
    expect([1, 2, 3, 5, 21].map((count) => formatMessage(locale, 'count.segments', { count }))).toEqual(SEGMENTS[locale]);
  });
});
