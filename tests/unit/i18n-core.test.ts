/** The i18n core (src/domain/i18n): ICU plurals by each language's rules, fallbacks, the browser's language. */
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage, matchLocale, registerCatalogue, setActiveLocale, t, en, type Catalogue } from '../../src/domain/i18n';

afterEach(() => setActiveLocale('en'));

describe('messages', () => {
  it('follow each language’s plural rules (ICU): 1 segment, 3 segmenta, 5 segmenata', () => {
    const hr: Catalogue = { ...en, 'count.segments': '{count, plural, one {# segment} few {# segmenta} other {# segmenata}}' };
    registerCatalogue('hr', hr);
    expect([1, 3, 5, 21, 22, 25].map((count) => formatMessage('hr', 'count.segments', { count }))).toEqual(['1 segment', '3 segmenta', '5 segmenata', '21 segment', '22 segmenta', '25 segmenata']);
    expect([1, 3].map((count) => formatMessage('en', 'count.segments', { count }))).toEqual(['1 segment', '3 segments']);
  });
  it('use the active language, and English where a language has no catalogue yet', () => {
    setActiveLocale('de');
    expect(t('language.label')).toBe('Language');
    registerCatalogue('it', { ...en, 'language.label': 'Lingua' });
    setActiveLocale('it');
    expect(t('language.label')).toBe('Lingua');
    expect(t('language.draft', { name: 'Italiano' })).toBe('Italiano (draft translation)');
  });
});

describe('the browser’s language', () => {
  it('picks the first language RouteShift speaks; Serbian without a script is Cyrillic', () => {
    expect(matchLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(matchLocale(['sr'])).toBe('sr-Cyrl');
    expect(matchLocale(['sr-RS'])).toBe('sr-Cyrl');
    expect(matchLocale(['sr-Latn-RS'])).toBe('sr-Latn');
    expect(matchLocale(['el-GR'])).toBe('el');
    expect(matchLocale(['ja', 'zh'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });
});
