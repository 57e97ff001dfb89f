/**
 * The Serbian drafts (sr-Latn, sr-Cyrl) cover every English area: exactly the English keys, and the
 * two scripts say the same thing (Cyrillic text holds no Serbian Latin letters outside kept names).
 * Plurals of the later areas format by Serbian one/few/other for 1, 3, 5 and 21.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_LOADERS, en, formatMessage, loadCatalogue } from '../../src/domain/i18n';

const english: Record<string, string> = en;

describe.each(['sr-Latn', 'sr-Cyrl'] as const)('Serbian draft %s', (locale) => {
  it('has exactly the keys of every English area', async () => {
    const catalogue: Record<string, string | undefined> = await CATALOGUE_LOADERS[locale]!();
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
  });
});

describe('Serbian plurals and scripts', () => {
  it('formats plurals of the later areas by one / few / other', async () => {
    await loadCatalogue('sr-Latn');
    await loadCatalogue('sr-Cyrl');
    const counts = [1, 3, 5, 21];
    expect(counts.map((count) => formatMessage('sr-Latn', 'change.new', { count }))).toEqual([
      '1 novi segment',
      '3 nova segmenta',
      '5 novih segmenata',
      '21 novi segment',
    ]);
    expect(counts.map((n) => formatMessage('sr-Latn', 'datasets.countSafeHouses', { n, count: String(n) }))).toEqual([
      '1 sigurna kuća',
      '3 sigurne kuće',
      '5 sigurnih kuća',
      '21 sigurna kuća',
    ]);
    expect(counts.map((views) => formatMessage('sr-Cyrl', 'presentationFile.present', { views }))).toEqual([
      'Презентуј 1 приказ',
      'Презентуј 3 приказа',
      'Презентуј 5 приказа',
      'Презентуј 21 приказ',
    ]);
  });

  it('keeps the Cyrillic text free of Serbian Latin letters and the Latin text free of Cyrillic', async () => {
    const latin: Record<string, string> = await CATALOGUE_LOADERS['sr-Latn']!();
    const cyrillic: Record<string, string> = await CATALOGUE_LOADERS['sr-Cyrl']!();
    const problems: string[] = [];
    for (const [key, text] of Object.entries(cyrillic)) if (/[čćžšđČĆŽŠĐ]/.test(text)) problems.push(`sr-Cyrl ${key}`);
    for (const [key, text] of Object.entries(latin)) if (/[\u0400-\u04FF]/.test(text)) problems.push(`sr-Latn ${key}`);
    expect(problems).toEqual([]);
  });
});
