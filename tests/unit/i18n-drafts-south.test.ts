/**
 * The south group's draft catalogues (mk, el, sq, it, de): loaded through loadCatalogue, each has
 * exactly the keys of the five English areas written so far, every message parses for its locale and
 * keeps the English placeholders, and plurals follow the language's CLDR rules.
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

/** The language and what `count.segments` must read for 1, 3 and 5. */
const DRAFTS: { code: LocaleCode; segments: [string, string, string] }[] = [
  { code: 'mk', segments: ['1 сегмент', '3 сегменти', '5 сегменти'] },
  { code: 'el', segments: ['1 τμήμα', '3 τμήματα', '5 τμήματα'] },
  { code: 'sq', segments: ['1 segment', '3 segmente', '5 segmente'] },
  { code: 'it', segments: ['1 segmento', '3 segmenti', '5 segmenti'] },
  { code: 'de', segments: ['1 Abschnitt', '3 Abschnitte', '5 Abschnitte'] },
];

/** What a message uses: its argument names ({name}, {count, plural, …}) and its plural categories. */
function parts(message: string, locale: string): { names: string[]; categories: string[] } {
  const { names, plurals } = messageShape(message, locale);
  return { names: [...names].sort(), categories: [...new Set(plurals.flat())] };
}

describe.each(DRAFTS)('draft catalogue $code', ({ code, segments }) => {
  it('loads through loadCatalogue with exactly the English keys of the five areas', async () => {
    expect(await loadCatalogue(code)).toBe(true);
    const catalogue = await CATALOGUE_LOADERS[code]!();
    // No key English does not have; every key of the first five areas.
    expect(Object.keys(catalogue).filter((key) => !(key in english))).toEqual([]);
    expect(Object.keys(firstAreas).filter((key) => !(key in catalogue))).toEqual([]);
  });
  it('parses every message for its locale and keeps every English placeholder', async () => {
    const catalogue: Record<string, string | undefined> = await CATALOGUE_LOADERS[code]!();
    for (const [key, source] of Object.entries(english).filter(([key]) => key in catalogue)) {
      const translated = catalogue[key] ?? '';
      expect(translated, key).not.toBe('');
      expect(parts(translated, code).names, key).toEqual(parts(source, 'en').names);
    }
  });
  it('uses only the plural categories of the language (CLDR), always with "other"', async () => {
    const catalogue: Record<string, string | undefined> = await CATALOGUE_LOADERS[code]!();
    const allowed = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
    const plurals = Object.keys(english).filter((key) => key in catalogue && english[key]!.includes(', plural,'));
    expect(plurals.length).toBeGreaterThan(0);
    for (const key of plurals) {
      const { categories } = parts(catalogue[key] ?? '', code);
      expect(categories, key).toContain('other');
      for (const category of categories) expect(allowed, `${key}: ${category}`).toContain(category);
    }
  });
  it('formats a plural by the language’s rules for 1, 3 and 5', async () => {
    await loadCatalogue(code);
    expect([1, 3, 5].map((count) => formatMessage(code, 'count.segments', { count }))).toEqual(segments);
  });
});
