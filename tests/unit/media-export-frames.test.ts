import { describe, expect, it } from 'vitest';
import { frameSchedule } from '../../src/features/media-export/frame-schedule';

describe('frameSchedule', () => {
  it('3 months at 2 months/s and 30 fps: 45 frames of 1/30 s over 1.5 s, 15 per month', () => {
    const s = frameSchedule('2015-08', '2015-10', 2, 30);
    expect(s.durationS).toBe(1.5);
    expect(s.months).toEqual(['2015-08', '2015-09', '2015-10']);
    expect(s.frames).toHaveLength(45);
    const perMonth: Record<string, number> = {};
    for (const f of s.frames) perMonth[f.month] = (perMonth[f.month] ?? 0) + 1;
    expect(perMonth).toEqual({ '2015-08': 15, '2015-09': 15, '2015-10': 15 });
    const last = s.frames[s.frames.length - 1]!;
    // The last frame ends exactly at the file's duration: frames / fps.
    expect(last.timestampS + last.durationS).toBeCloseTo(1.5, 12);
    expect(last.month).toBe('2015-10');
  });

  it('frames follow each other without gap or overlap; months in order, each starting with a key frame', () => {
    const s = frameSchedule('2015-01', '2016-03', 2, 30);
    expect(s.frames.filter((f) => f.monthStart).map((f) => f.month)).toEqual(s.months);
    expect(s.frames.filter((f) => f.monthStart)[1]?.timestampS).toBeCloseTo(0.5, 12);
    s.frames.forEach((f, i) => {
      expect(f.timestampS).toBeCloseTo(i / 30, 12);
      expect(f.durationS).toBeCloseTo(1 / 30, 12);
    });
    expect(s.durationS).toBe(s.frames.length / s.fps);
  });

  it('when a month does not start on a frame, it starts on the first frame after its time', () => {
    // 25 fps at 2 months/s: a month lasts 12.5 frames, so the second starts at frame 13 (0.52 s).
    const s = frameSchedule('2015-01', '2015-03', 2, 25);
    const starts = s.frames.filter((f) => f.monthStart).map((f) => Math.round(f.timestampS * 1e6));
    expect(starts).toEqual([0, 520_000, 1_000_000]);
  });

  it('slow speeds hold a month for several seconds; fast speeds may show a month in few frames', () => {
    const slow = frameSchedule('2015-01', '2015-02', 0.5, 10);
    expect(slow.durationS).toBe(4);
    expect(slow.frames.filter((f) => f.month === '2015-01')).toHaveLength(20);
    const fast = frameSchedule('2015-01', '2015-12', 12, 30);
    expect(fast.durationS).toBe(1);
    expect(new Set(fast.frames.map((f) => f.month)).size).toBe(12);
  });

  it('a single month lasts 1 / speed seconds to the nearest frame', () => {
    const s = frameSchedule('2015-10', '2015-10', 4, 30);
    // 0.25 s is 7.5 frames: 8 whole frames, and the file says so.
    expect(s.frames).toHaveLength(8);
    expect(s.durationS).toBeCloseTo(8 / 30, 12);
  });

  it('refuses a reversed range, a zero speed and a zero frame rate', () => {
    expect(() => frameSchedule('2015-10', '2015-08', 2)).toThrow(/ends before it starts/);
    expect(() => frameSchedule('2015-08', '2015-10', 0)).toThrow(/Speed/);
    expect(() => frameSchedule('2015-08', '2015-10', 2, 0)).toThrow(/Frame rate/);
  });
});
