import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { MonthTotal } from '../../state/selectors';

export interface HistogramProps {
  totals: MonthTotal[];
  /** The month index of the first total. */
  first: number;
  /** The window's first and last month index now. */
  bounds: () => { from: number; to: number };
  /** Calls back when the window may have changed; returns the unsubscribe function. */
  watch: (onChange: () => void) => () => void;
}

/**
 * Bars of monthly totals behind the slider track; the months of the time window are emphasised.
 * The bars are rendered once per data; the emphasis follows the window outside React (`watch`):
 * a step moves the `current` class on the bars that enter or leave the window, nothing else.
 */
export const Histogram = memo(function Histogram({ totals, first, bounds, watch }: HistogramProps) {
  const svg = useRef<SVGSVGElement>(null);
  const max = useMemo(() => totals.reduce((m, t) => Math.max(m, t.total), 1), [totals]);

  useLayoutEffect(() => {
    const bars = svg.current ? [...svg.current.querySelectorAll<SVGRectElement>('rect.bar')] : [];
    // The bars emphasised now, as indices into `bars` (to > from when none).
    let shown = { from: 0, to: -1 };
    const apply = () => {
      const { from, to } = bounds();
      const next = { from: Math.max(0, from - first), to: Math.min(bars.length - 1, to - first) };
      // Only the bars whose state changes: those of the old window or the new one, not both.
      for (let i = shown.from; i <= shown.to; i++) if (i < next.from || i > next.to) bars[i]?.classList.remove('current');
      for (let i = next.from; i <= next.to; i++) if (i < shown.from || i > shown.to) bars[i]?.classList.add('current');
      shown = next;
    };
    for (const bar of bars) bar.classList.remove('current');
    apply();
    return watch(apply);
  }, [totals, first, bounds, watch]);

  return (
    <svg ref={svg} className="histogram" viewBox={`0 0 ${totals.length} 100`} preserveAspectRatio="none" aria-hidden data-testid="histogram">
      {totals.map((t, i) => {
        const h = (t.total / max) * 100;
        return <rect key={t.month} x={i + 0.1} y={100 - h} width={0.8} height={h} className="bar" />;
      })}
    </svg>
  );
});
