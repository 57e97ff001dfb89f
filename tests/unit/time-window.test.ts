import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/domain/month';
import { formatPresentedWindow, formatWindow, stepWindow, TRAIL_MONTHS, windowBounds, windowFilterProps, type TimeWindow } from '../../src/domain/time-window';

const w = (mode: TimeWindow['mode'], start: string, month: string, trail = false): TimeWindow => ({ mode, start, month, trail });
const i = monthIndex;

describe('time windows', () => {
  it('bound a single month, a range and "since"', () => {
    expect(windowBounds(w('month', '2015-01', '2015-10'))).toEqual({ from: i('2015-10'), to: i('2015-10') });
    expect(windowBounds(w('range', '2015-08', '2015-11'))).toEqual({ from: i('2015-08'), to: i('2015-11') });
    expect(windowBounds(w('since', '2015-01', '2015-11'))).toEqual({ from: i('2015-01'), to: i('2015-11') });
  });
  it('slide a range as a whole and stop at the edges; "since" only moves its end', () => {
    expect(stepWindow(w('range', '2015-08', '2015-11'), 1, '2009-01', '2025-04')).toEqual({ start: '2015-09', month: '2015-12' });
    expect(stepWindow(w('range', '2025-01', '2025-04'), 1, '2009-01', '2025-04')).toEqual({ start: '2025-01', month: '2025-04' });
    expect(stepWindow(w('range', '2009-02', '2009-05'), -12, '2009-01', '2025-04')).toEqual({ start: '2009-01', month: '2009-04' });
    expect(stepWindow(w('since', '2015-01', '2015-11'), 2, '2009-01', '2025-04')).toEqual({ start: '2015-01', month: '2016-01' });
  });
  it('filter rows that overlap the window, and fade the trail on the GPU soft range', () => {
    expect(windowFilterProps(w('range', '2015-08', '2015-11'))).toEqual({ filterRange: [[0, i('2015-11')], [i('2015-08'), 1e6]], filterSoftRange: null });
    const trail = windowFilterProps(w('month', '2015-11', '2015-11', true));
    expect(trail.filterRange).toEqual([[0, i('2015-11')], [i('2015-11') - TRAIL_MONTHS, 1e6]]);
    expect(trail.filterSoftRange).toEqual([[0, i('2015-11')], [i('2015-11'), 1e6]]);
  });
  it('are named for people', () => {
    expect(formatWindow(w('month', '2015-01', '2015-10'))).toBe('October 2015');
    expect(formatWindow(w('range', '2015-08', '2015-11'))).toBe('Aug 2015 – Nov 2015');
    expect(formatWindow(w('since', '2015-01', '2015-11'))).toBe('Jan 2015 – Nov 2015, cumulative');
  });
});

describe('formatPresentedWindow (presenter and speaker window)', () => {
  it('names a month, a range and a since-window as the presenter shows them', () => {
    expect(formatPresentedWindow('month', '2015-10', '2015-10')).toBe('October 2015');
    expect(formatPresentedWindow('range', '2015-08', '2015-11')).toBe('Aug 2015 – Nov 2015');
    expect(formatPresentedWindow('range', '2015-11', '2015-11')).toBe('November 2015');
    expect(formatPresentedWindow('since', '2015-01', '2015-11')).toBe('Since Jan 2015 – November 2015');
  });
});
