import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatPercent, formatSignedPercent, formatWholeNumber } from '../../src/domain/format-number';
import { isMonthKey, MONTH_KEY_PATTERN, MONTH_NAMES, MONTH_NAMES_SHORT } from '../../src/domain/month';

describe('number formats', () => {
  it('group thousands the en-GB way', () => {
    expect(formatNumber(205703)).toBe('205,703');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatWholeNumber(205703.6)).toBe('205,704');
  });
  it('write percentages with one decimal, changes with their sign', () => {
    expect(formatPercent(42.34)).toBe('42.3 %');
    expect(formatSignedPercent(12.5)).toBe('+12.5 %');
    expect(formatSignedPercent(-83.44)).toBe('−83.4 %');
    expect(formatSignedPercent(0)).toBe('0.0 %');
  });
  it('write file sizes', () => {
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB');
    expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(12)).toBe('12 bytes');
  });
});

describe('month names and pattern', () => {
  it('are one list and one pattern', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES_SHORT).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(MONTH_KEY_PATTERN.test('2015-10')).toBe(true);
    expect(isMonthKey('2015-13')).toBe(false);
  });
});
