/**
 * When each video frame is shown and which month it shows. Timing is computed, never measured, so
 * the file's duration is exact however slowly the map renders.
 */
import { monthsBetween, type MonthKey } from '../../domain/month';

export interface VideoFrame {
  /** Microseconds from the start (WebCodecs' unit). */
  timestampUs: number;
  durationUs: number;
  month: MonthKey;
  /** First frame of its month: encoded as a key frame so that seeking lands on a month. */
  monthStart: boolean;
}

export interface FrameSchedule {
  months: MonthKey[];
  fps: number;
  /** Seconds: months / speed. */
  durationS: number;
  frames: VideoFrame[];
}

export const DEFAULT_FPS = 30;

/**
 * Frames at `fps` over `from`..`to` (inclusive) at `monthsPerSecond`. A last, zero-length frame at
 * exactly the end makes the muxer write the full duration (it records the last frame's timestamp).
 */
export function frameSchedule(from: MonthKey, to: MonthKey, monthsPerSecond: number, fps = DEFAULT_FPS): FrameSchedule {
  if (!(monthsPerSecond > 0) || !Number.isFinite(monthsPerSecond)) throw new RangeError(`Speed must be above 0 months per second: ${monthsPerSecond}`);
  if (!(fps > 0) || !Number.isFinite(fps)) throw new RangeError(`Frame rate must be above 0: ${fps}`);
  const months = monthsBetween(from, to);
  if (months.length === 0) throw new RangeError(`The range ends before it starts: ${from} to ${to}`);
  const durationS = months.length / monthsPerSecond;
  const count = Math.max(1, Math.round(durationS * fps));
  const frameUs = 1e6 / fps;
  const frames: VideoFrame[] = [];
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const t = i / fps;
    // A small epsilon keeps float error from showing a month one frame late.
    const index = Math.min(months.length - 1, Math.floor(t * monthsPerSecond + 1e-9));
    frames.push({ timestampUs: Math.round(i * frameUs), durationUs: Math.round(frameUs), month: months[index] as MonthKey, monthStart: index !== previous });
    previous = index;
  }
  frames.push({ timestampUs: Math.round(durationS * 1e6), durationUs: 0, month: months[months.length - 1] as MonthKey, monthStart: false });
  return { months, fps, durationS, frames };
}
