/**
 * The month slider's arithmetic, apart from the DOM (MonthSlider.tsx): where a value sits on the
 * track, which value a point of the track means, which thumb a press takes, and what a key does.
 * Values are month indices (domain/month), whole numbers from `min` to `max`.
 */

/** Where `value` sits along the track, from 0 (min) to 1 (max). */
export function valueFraction(value: number, min: number, max: number): number {
  if (max <= min) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/** The whole value nearest to the point `fraction` of the way along the track (clamped to the track). */
export function fractionValue(fraction: number, min: number, max: number): number {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return Math.min(max, Math.max(min, Math.round(min + f * (max - min))));
}

/**
 * The CSS `left` of a thumb's centre: its point on the track, moved inwards by up to half the
 * thumb so that the thumb stays inside the track at both ends (as Radix's slider places it).
 */
export function thumbLeft(fraction: number, thumbWidth: number): string {
  const offset = (thumbWidth / 2) * (1 - 2 * fraction);
  return `calc(${fraction * 100}% + ${round(offset)}px)`;
}

/** The highlighted part of the track, as CSS `left` and `right` percentages. */
export function rangeEdges(fractions: readonly number[]): { left: string; right: string } {
  const lo = fractions.length > 1 ? Math.min(...fractions) : 0;
  const hi = Math.max(...fractions, 0);
  return { left: `${round(lo * 100)}%`, right: `${round(100 - hi * 100)}%` };
}

/**
 * The thumb a press at `value` takes: the nearest; half way between two, the first (as Radix's
 * slider); of two on the same month, the one on the press's side (the later one at or after it).
 */
export function closestThumb(values: readonly number[], value: number): number {
  let best = 0;
  values.forEach((v, i) => {
    const d = Math.abs(v - value);
    const bestD = Math.abs((values[best] ?? 0) - value);
    if (d < bestD || (d === bestD && value >= v)) best = i;
  });
  return best;
}

/**
 * The values with thumb `index` moved to `value`: in order, since thumbs may pass each other (the
 * moved thumb is then the other one, `index` in the answer).
 */
export function moveThumb(values: readonly number[], index: number, value: number): { values: number[]; index: number } {
  const next = values.slice();
  next[index] = value;
  if (next.length === 2 && (next[0] ?? 0) > (next[1] ?? 0)) return { values: [next[1] ?? 0, next[0] ?? 0], index: 1 - index };
  return { values: next, index };
}

/** What a key does on the slider: a step by months, or a jump to an edge. */
export type SliderKeyAction = { step: number } | { edge: 'first' | 'last' };

/**
 * The timeline's keys (the same as its shortcuts, src/features/commands/registry.ts, which run
 * first when they are installed): ←/↓ and →/↑ one month, with Shift one year; PageUp/PageDown one
 * month back/forward (without a storyboard the clicker's keys step months, never a year);
 * Home/End the first/last month. Null for any other key.
 */
export function sliderKey(key: string, shiftKey: boolean): SliderKeyAction | null {
  const by = shiftKey ? 12 : 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return { step: by };
    case 'ArrowLeft':
    case 'ArrowDown':
      return { step: -by };
    case 'PageDown':
      return { step: 1 };
    case 'PageUp':
      return { step: -1 };
    case 'Home':
      return { edge: 'first' };
    case 'End':
      return { edge: 'last' };
    default:
      return null;
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
