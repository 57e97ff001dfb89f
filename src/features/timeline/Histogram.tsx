import { memo, useMemo } from 'react';
import type { MonthTotal } from '../../state/selectors';

/** Bars per group: a month step changes the props of the one or two groups at the window's edges. */
const GROUP = 12;

/** Bars of monthly totals behind the slider track; the months of the time window are emphasised. */
export function Histogram({ totals, from, to }: { totals: MonthTotal[]; from: number; to: number }) {
  const max = useMemo(() => totals.reduce((m, t) => Math.max(m, t.total), 1), [totals]);
  const groups = [];
  for (let start = 0; start < totals.length; start += GROUP) {
    const end = Math.min(totals.length, start + GROUP) - 1;
    // A group gets the part of the window that falls in it; the others get the same "none" on every step.
    const touched = from <= end && to >= start;
    groups.push(<BarGroup key={start} totals={totals} start={start} end={end} max={max} from={touched ? Math.max(from, start) : -1} to={touched ? Math.min(to, end) : -1} />);
  }
  return (
    <svg className="histogram" viewBox={`0 0 ${totals.length} 100`} preserveAspectRatio="none" aria-hidden data-testid="histogram">
      {groups}
    </svg>
  );
}

const BarGroup = memo(function BarGroup({ totals, start, end, max, from, to }: { totals: MonthTotal[]; start: number; end: number; max: number; from: number; to: number }) {
  const bars = [];
  for (let i = start; i <= end; i++) {
    const t = totals[i];
    if (!t) continue;
    const h = (t.total / max) * 100;
    bars.push(<rect key={t.month} x={i + 0.1} y={100 - h} width={0.8} height={h} className={i >= from && i <= to ? 'bar current' : 'bar'} />);
  }
  // A fragment: the SVG keeps one flat list of bars, as before.
  return <>{bars}</>;
});
