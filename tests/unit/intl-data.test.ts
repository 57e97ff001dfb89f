/**
 * The languages' CLDR tables (src/domain/i18n/intl-data, made by scripts/build-intl-data.ts): a
 * browser without Albanian, Macedonian or Bosnian locale data (Debian's Chromium 150) still shows
 * "tetor 2015", "октомври 2015 г.", "214 811" and "Gjermani", because the app formats from them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../../src/domain/i18n';
import { INTL_DATA_LOADERS, loadCatalogue } from '../../src/domain/i18n/load-catalogue';
import { numberFormatFromData, registerIntlData, regionNameIn } from '../../src/domain/i18n/intl-cache';
import { formatDayLong, formatMonthLong, formatMonthShort, formatSourceDate } from '../../src/domain/month';
import { formatNumber } from '../../src/domain/format-number';
import { countryName } from '../../src/domain/change';
import { LOCALE_CODES } from '../../src/domain/i18n/locales';
import { sq } from '../../src/domain/i18n/intl-data/sq';

afterEach(() => setActiveLocale('en'));

describe('months, dates and countries from the tables', () => {
  it.each([
    ['sq', 'tetor 2015', 'tet 2015', '9 mars 2016', 'Gjermani'],
    ['mk', 'октомври 2015\u202fг.', 'окт. 2015\u202fг.', '9 март 2016\u202fг.', 'Германија'],
    ['bs', 'oktobar 2015.', 'okt 2015.', '9. mart 2016.', 'Njemačka'],
    ['sl', 'oktober 2015', 'okt. 2015', '9. marec 2016', 'Nemčija'],
    ['el', 'Οκτώβριος 2015', 'Οκτ 2015', '9 Μαρτίου 2016', 'Γερμανία'],
  ] as const)('%s: %s', async (locale, long, short, day, germany) => {
    await loadCatalogue(locale);
    setActiveLocale(locale);
    expect(formatMonthLong('2015-10')).toBe(long);
    expect(formatMonthShort('2015-10')).toBe(short);
    expect(formatDayLong(new Date(2016, 2, 9))).toBe(day);
    expect(countryName('DE')).toBe(germany);
  });

  it('the tables win over the engine once loaded (the path a browser without the language takes)', async () => {
    await loadCatalogue('it');
    const it = await INTL_DATA_LOADERS.it!();
    registerIntlData('it', { ...it, dates: { ...it.dates, monthLongYear: it.dates.monthLongYear.map((p) => `«${p}»`) }, regions: { ...it.regions, DE: 'Germania (tabella)' } });
    setActiveLocale('it');
    expect(formatMonthLong('2015-10')).toBe('«ottobre 2015»');
    expect(regionNameIn('it', 'DE')).toBe('Germania (tabella)');
    registerIntlData('it', it);
    expect(formatMonthLong('2015-10')).toBe('ottobre 2015');
  });

  it('every language but English has a table with twelve months per form and the region names', async () => {
    for (const locale of LOCALE_CODES.filter((l) => l !== 'en')) {
      const data = await INTL_DATA_LOADERS[locale]!();
      for (const patterns of Object.values(data.dates)) {
        expect(patterns).toHaveLength(12);
        for (const p of patterns) expect(p).toContain('{y}');
      }
      expect(Object.keys(data.regions).length).toBeGreaterThan(240);
      expect(data.regions.MK, locale).toBeTruthy();
    }
  });

  it('source dates use the day forms', async () => {
    await loadCatalogue('sq');
    setActiveLocale('sq');
    expect(formatSourceDate('2016-03-09')).toBe('9 mar 2016');
    expect(formatSourceDate('2016-03')).toBe('mar 2016');
  });
});

describe('numbers for a language the browser lacks', () => {
  it('Albanian: a narrow space groups five digits and more, four stay whole', () => {
    const format = numberFormatFromData(sq.numbers);
    expect(format.format(214811)).toBe(`214${sq.numbers.group}811`);
    expect(sq.numbers.group.trim()).toBe('');
    expect(format.format(2148)).toBe('2148');
    expect(numberFormatFromData(sq.numbers, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(12.25)).toBe('12,3');
  });

  it('German-style separators group from four digits', () => {
    const format = numberFormatFromData({ group: '.', decimal: ',', minimumGroupingDigits: 1 }, { maximumFractionDigits: 2 });
    expect(format.format(2148)).toBe('2.148');
    expect(format.format(1234567.5)).toBe('1.234.567,5');
    expect(format.format(-0.25)).toBe('-0,25');
  });

  it('formatNumber in Albanian agrees with the table', async () => {
    await loadCatalogue('sq');
    setActiveLocale('sq');
    expect(formatNumber(214811)).toBe(`214${sq.numbers.group}811`);
  });
});
