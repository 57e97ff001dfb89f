/**
 * When each video frame is shown and which month it shows. Timing is computed, never measured, so
 * the file's duration is exact however slowly the map renders.
 */
import { monthsBetween, type MonthKey } from '../../domain/month';

export interface VideoFrame {
  /** Seconds from the start (mediabunny's unit): frame i starts at i / fps. */
  timestampS: number;
  /** Seconds: 1 / fps. */
  durationS: number;
  month: MonthKey;
  /** First frame of its month: encoded as a key frame so that seeking lands on a month. */
  monthStart: boolean;
}

export interface FrameSchedule {
  months: MonthKey[];
  fps: number;
  monthsPerSecond: number;
  /** The file's length in seconds: frames / fps (months / speed, to the nearest frame). */
  durationS: number;
  frames: VideoFrame[];
}

export const DEFAULT_FPS = 30;

/** Frames at `fps` over `from`..`to` (inclusive) at `monthsPerSecond`. */
export function frameSchedule(from: MonthKey, to: MonthKey, monthsPerSecond: number, fps = DEFAULT_FPS): FrameSchedule {
  if (!(monthsPerSecond > 0) || !Number.isFinite(monthsPerSecond)) throw new RangeError(`Speed must be above 0 months per second: ${monthsPerSecond}`);
  if (!(fps > 0) || !Number.isFinite(fps)) throw new RangeError(`Frame rate must be above 0: ${fps}`);
  const months = monthsBetween(from, to);
  if (months.length === 0) throw new RangeError(`The range ends before it starts: ${from} to ${to}`);
  const count = Math.max(1, Math.round((months.length / monthsPerSecond) * fps));
  const frames: VideoFrame[] = [];
  let previous = -1;
  for (let i = 0; i < count; i++) {
    // A small epsilon keeps float error from showing a month one frame late.
    const index = Math.min(months.length - 1, Math.floor((i / fps) * monthsPerSecond + 1e-9));
    frames.push({ timestampS: i / fps, durationS: 1 / fps, month: months[index] as MonthKey, monthStart: index !== previous });
    previous = index;
  }
  return { months, fps, monthsPerSecond, durationS: count / fps, frames };
}
