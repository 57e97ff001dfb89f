import { describe, expect, it } from 'vitest';
import {
  addMonths,
  clampMonth,
  formatMonthLong,
  formatMonthShort,
  inPeriod,
  isMonthKey,
  monthIndex,
  monthKey,
  monthOfDate,
  monthsBetween,
  monthSpan,
} from '../../src/domain/month';

describe('month arithmetic', () => {
  it('round-trips keys and indices', () => {
    for (const key of ['2009-01', '2015-10', '2015-12', '2016-01', '2025-04']) expect(monthKey(monthIndex(key))).toBe(key);
    expect(monthIndex('2016-01') - monthIndex('2015-12')).toBe(1);
  });
  it('adds months across year ends, both ways', () => {
    expect(addMonths('2015-11', 2)).toBe('2016-01');
    expect(addMonths('2016-01', -1)).toBe('2015-12');
    expect(addMonths('2015-08', 12)).toBe('2016-08');
  });
  it('counts and lists inclusive spans', () => {
    expect(monthSpan('2015-08', '2015-11')).toBe(4);
    expect(monthSpan('2015-11', '2015-08')).toBe(0);
    expect(monthsBetween('2015-11', '2016-02')).toEqual(['2015-11', '2015-12', '2016-01', '2016-02']);
    expect(monthsBetween('2009-01', '2025-04')).toHaveLength(196);
  });
  it('rejects what is not a month', () => {
    expect(isMonthKey('2015-13')).toBe(false);
    expect(isMonthKey('2015-1')).toBe(false);
    expect(isMonthKey('banana')).toBe(false);
    expect(() => monthIndex('2015-00')).toThrow(RangeError);
    expect(() => monthKey(1.5)).toThrow(RangeError);
  });
  it('resolves source dates to months, bare years by the end they bound', () => {
    expect(monthOfDate('2015-09-15')).toBe('2015-09');
    expect(monthOfDate('2015-06')).toBe('2015-06');
    expect(monthOfDate('2016', 'start')).toBe('2016-01');
    expect(monthOfDate('2017', 'end')).toBe('2017-12');
    expect(() => monthOfDate('15.09.2015')).toThrow(RangeError);
  });
  it('clamps and tests periods', () => {
    expect(clampMonth('2008-05', '2009-01', '2025-04')).toBe('2009-01');
    expect(clampMonth('2030-01', '2009-01', '2025-04')).toBe('2025-04');
    expect(inPeriod('2015-09', { from: '2015-06', to: '2015-09' })).toBe(true);
    expect(inPeriod('2015-10', { from: '2015-06', to: '2015-09' })).toBe(false);
  });
  it('formats months for people', () => {
    expect(formatMonthShort('2015-10')).toBe('Oct 2015');
    expect(formatMonthLong('2015-10')).toBe('October 2015');
  });
});
