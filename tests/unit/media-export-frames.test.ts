import { describe, expect, it } from 'vitest';
import { frameSchedule } from '../../src/features/media-export/frame-schedule';

describe('frameSchedule', () => {
  it('3 months at 2 months/s and 30 fps: 45 frames over 1.5 s, 15 per month, and a closing frame at 1.5 s', () => {
    const s = frameSchedule('2015-08', '2015-10', 2, 30);
    expect(s.durationS).toBe(1.5);
    expect(s.months).toEqual(['2015-08', '2015-09', '2015-10']);
    const shown = s.frames.filter((f) => f.durationUs > 0);
    expect(shown).toHaveLength(45);
    const perMonth: Record<string, number> = {};
    for (const f of shown) perMonth[f.month] = (perMonth[f.month] ?? 0) + 1;
    expect(perMonth).toEqual({ '2015-08': 15, '2015-09': 15, '2015-10': 15 });
    const last = s.frames[s.frames.length - 1];
    expect(last).toMatchObject({ timestampUs: 1_500_000, durationUs: 0, month: '2015-10' });
  });

  it('months follow each other in order and each starts with a key frame', () => {
    const s = frameSchedule('2015-01', '2016-03', 2, 30);
    expect(s.frames.filter((f) => f.monthStart).map((f) => f.month)).toEqual(s.months);
    expect(s.frames.filter((f) => f.monthStart)[1]?.timestampUs).toBe(500_000);
    for (let i = 1; i < s.frames.length; i++) expect(s.frames[i]!.timestampUs).toBeGreaterThan(s.frames[i - 1]!.timestampUs);
  });

  it('when a month does not start on a frame, it starts on the first frame after its time', () => {
    // 25 fps at 2 months/s: a month lasts 12.5 frames, so the second starts at frame 13 (0.52 s).
    const s = frameSchedule('2015-01', '2015-03', 2, 25);
    const starts = s.frames.filter((f) => f.monthStart).map((f) => f.timestampUs);
    expect(starts).toEqual([0, 520_000, 1_000_000]);
  });

  it('slow speeds hold a month for several seconds; fast speeds may show a month in few frames', () => {
    const slow = frameSchedule('2015-01', '2015-02', 0.5, 10);
    expect(slow.durationS).toBe(4);
    expect(slow.frames.filter((f) => f.month === '2015-01' && f.durationUs > 0)).toHaveLength(20);
    const fast = frameSchedule('2015-01', '2015-12', 12, 30);
    expect(fast.durationS).toBe(1);
    expect(new Set(fast.frames.map((f) => f.month)).size).toBe(12);
  });

  it('a single month is a video of 1 / speed seconds', () => {
    const s = frameSchedule('2015-10', '2015-10', 4, 30);
    expect(s.durationS).toBe(0.25);
    expect(s.frames.filter((f) => f.durationUs > 0)).toHaveLength(8);
  });

  it('refuses a reversed range, a zero speed and a zero frame rate', () => {
    expect(() => frameSchedule('2015-10', '2015-08', 2)).toThrow(/ends before it starts/);
    expect(() => frameSchedule('2015-08', '2015-10', 0)).toThrow(/Speed/);
    expect(() => frameSchedule('2015-08', '2015-10', 2, 0)).toThrow(/Frame rate/);
  });
});
