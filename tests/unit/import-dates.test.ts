import { describe, expect, it } from 'vitest';
import { parseDate, parseDateRange } from '../../src/data/import/dates';

function ok(input: string) {
  const result = parseDate(input);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

describe('parseDate', () => {
  it.each([
    ['2015-10-17', '2015-10', 'day', '2015-10-17'],
    ['2015-10-17T23:30:00Z', '2015-10', 'day', '2015-10-17'],
    ['2015/10/17', '2015-10', 'day', '2015-10-17'],
    ['2015-10', '2015-10', 'month', '2015-10'],
    ['2015-1', '2015-01', 'month', '2015-01'],
    ['17.10.2015', '2015-10', 'day', '2015-10-17'],
    ['17.10.2015.', '2015-10', 'day', '2015-10-17'],
    ['17/10/2015', '2015-10', 'day', '2015-10-17'],
    ['3/4/2016', '2016-04', 'day', '2016-04-03'],
    ['10/2015', '2015-10', 'month', '2015-10'],
    ['10.2015', '2015-10', 'month', '2015-10'],
    ['Oct 2015', '2015-10', 'month', '2015-10'],
    ['october 2015', '2015-10', 'month', '2015-10'],
    ['Sept 2015', '2015-09', 'month', '2015-09'],
    ['17 October 2015', '2015-10', 'day', '2015-10-17'],
    ['17 Oct. 2015', '2015-10', 'day', '2015-10-17'],
    ['October 17, 2015', '2015-10', 'day', '2015-10-17'],
  ])('%s → %s (%s)', (input, month, precision, iso) => {
    expect(ok(input)).toMatchObject({ month, endMonth: month, precision, iso });
  });

  it('reads a bare year as January to December', () => {
    expect(ok('2015')).toEqual({ month: '2015-01', endMonth: '2015-12', precision: 'year', iso: '2015' });
    expect(parseDate(2016)).toMatchObject({ ok: true, date: { iso: '2016' } });
  });

  it('reads DD/MM when both are possible, MM/DD (with a note) only when DD/MM is impossible', () => {
    expect(ok('05/10/2015').iso).toBe('2015-10-05');
    expect(ok('05/10/2015').note).toBeUndefined();
    const us = ok('10/17/2015');
    expect(us.iso).toBe('2015-10-17');
    expect(us.note).toContain('month/day');
  });

  it('explains what it cannot read', () => {
    const bad = (input: unknown, text: string) => {
      const result = parseDate(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain(text);
    };
    bad('Sept-ish 2015', "unknown month format 'Sept-ish 2015'; use YYYY-MM, DD.MM.YYYY, MM/YYYY or 'Oct 2015'");
    bad('2015-13', 'month 13');
    bad('31.11.2015', 'day 31');
    bad('29.02.2015', 'day 29');
    bad('3015-01', 'year 3015');
    bad('', 'empty');
    bad({}, 'expected a date as text');
    expect(ok('29.02.2016').iso).toBe('2016-02-29');
    bad('29.02.1900', 'day 29');
    expect(ok('2000-02-29').iso).toBe('2000-02-29');
    bad('2100-02-29', 'day 29');
    bad('2016-02-30', 'day 30');
    bad('31.04.2016', 'day 31');
    expect(ok('31.12.2016').iso).toBe('2016-12-31');
    expect(ok('31.01.2016').iso).toBe('2016-01-31');
  });
});

describe('parseDateRange', () => {
  it('reads ranges in one cell', () => {
    expect(parseDateRange('2015-10/2016-03')).toMatchObject({ from: { month: '2015-10' }, to: { month: '2016-03' } });
    expect(parseDateRange('Oct 2015 – Mar 2016')).toMatchObject({ from: { month: '2015-10' }, to: { month: '2016-03' } });
    expect(parseDateRange('2015 to 2016')).toMatchObject({ from: { month: '2015-01' }, to: { endMonth: '2016-12' } });
    expect(parseDateRange('10/2015')).toBeNull();
    expect(parseDateRange('2015-10-17')).toBeNull();
  });
});
