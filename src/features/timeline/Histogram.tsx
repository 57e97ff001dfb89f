import type { MonthTotal } from '../../state/selectors';

/** Bars of monthly totals behind the slider track; the current month's bar is emphasised. */
export function Histogram({ totals, current }: { totals: MonthTotal[]; current: number }) {
  const max = Math.max(1, ...totals.map((t) => t.total));
  const width = totals.length;
  return (
    <svg className="histogram" viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" aria-hidden data-testid="histogram">
      {totals.map((t, i) => {
        const h = (t.total / max) * 100;
        return <rect key={t.month} x={i + 0.1} y={100 - h} width={0.8} height={h} className={i === current ? 'bar current' : 'bar'} />;
      })}
    </svg>
  );
}
