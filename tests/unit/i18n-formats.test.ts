/** Months, dates and numbers in the active language through Intl (issue 16 item 2); English as it always was. */
import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale, type LocaleCode } from '../../src/domain/i18n';
import { formatDayLong, formatMonthLong, formatMonthShort, formatSourceDate } from '../../src/domain/month';
import { formatBytes, formatNumber, formatPercent, formatSignedPercent, formatWholeNumber } from '../../src/domain/format-number';
import { formatPresentedWindow } from '../../src/domain/time-window';
import { describeStatusAt } from '../../src/domain/crossing-status';

afterEach(() => setActiveLocale('en'));

function inLocale<T>(locale: LocaleCode, run: () => T): T {
  setActiveLocale(locale);
  try {
    return run();
  } finally {
    setActiveLocale('en');
  }
}

/** What Intl itself says for October 2015 and 205703 in that language: the expected text is never hand-written. */
function intlMonth(locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2015, 9, 1)));
}

describe('months in the active language', () => {
  const cases: [LocaleCode, RegExp][] = [
    ['hr', /^listopad 2015\.?$/],
    ['sr-Cyrl', /^октобар 2015\.?$/],
    ['mk', /^октомври 2015/],
    ['el', /^Οκτώβριος 2015$/],
    ['de', /^Oktober 2015$/],
    ['sl', /^oktober 2015$/],
    ['sq', /^tetor 2015$/],
  ];
  it.each(cases)('%s: October 2015 as Intl writes it', (locale, expected) => {
    const long = inLocale(locale, () => formatMonthLong('2015-10'));
    expect(long).toBe(intlMonth(locale));
    expect(long).toMatch(expected);
  });
  it('short months and source dates follow the language too', () => {
    expect(inLocale('de', () => formatMonthShort('2015-10'))).toBe('Okt. 2015');
    expect(inLocale('de', () => formatSourceDate('2016-03-09'))).toBe('9. März 2016');
    expect(inLocale('de', () => formatDayLong(new Date(2026, 11, 5)))).toBe('5. Dezember 2026');
    expect(inLocale('hr', () => formatPresentedWindow('month', '2015-10', '2015-11'))).toBe(intlMonth('hr').replace('listopad', 'studeni'));
  });
  it('English stays as it was (not Intl en-GB\'s "Sept")', () => {
    expect(formatMonthShort('2015-09')).toBe('Sep 2015');
    expect(formatMonthLong('2015-10')).toBe('October 2015');
    expect(formatSourceDate('2016-09-09')).toBe('9 Sep 2016');
    expect(formatDayLong(new Date(2026, 11, 5))).toBe('5 December 2026');
    expect(formatPresentedWindow('since', '2015-01', '2015-11')).toBe('Since Jan 2015 – November 2015');
  });
  it('a crossing status in words carries its date in the language', () => {
    const crossing = { statusPeriods: [{ from: '2016-03', to: '2016-12', fromDate: '2016-03-09', status: 'closed' as const, sources: [] }] };
    expect(inLocale('de', () => describeStatusAt(crossing, '2016-05'))).toBe('closed for transit since 9. März 2016');
    expect(describeStatusAt(crossing, '2016-05')).toBe('closed for transit since 9 Mar 2016');
  });
});

describe('numbers in the active language', () => {
  const intlNumber = (locale: string) => new Intl.NumberFormat(locale).format(205703);
  it.each(['hr', 'sr-Cyrl', 'mk', 'el', 'de', 'sl', 'sq'] as LocaleCode[])('%s: 205703 grouped as Intl groups it', (locale) => {
    const text = inLocale(locale, () => formatNumber(205703));
    expect(text).toBe(intlNumber(locale));
    expect(text).not.toBe('205,703');
    expect(text.replace(/\D/g, '')).toBe('205703');
  });
  it('German: dot groups, comma decimals, in every number format', () => {
    setActiveLocale('de');
    expect(formatNumber(205703)).toBe('205.703');
    expect(formatWholeNumber(205703.6)).toBe('205.704');
    expect(formatPercent(42.34)).toBe('42,3 %');
    expect(formatSignedPercent(-83.44)).toBe('−83,4 %');
    expect(formatBytes(2.5 * 1024 * 1024)).toBe('2,5 MB');
  });
  it('English stays en-GB', () => {
    expect(formatNumber(205703)).toBe('205,703');
    expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });
});
