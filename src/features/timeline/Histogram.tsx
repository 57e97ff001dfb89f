import type { MonthTotal } from '../../state/selectors';

/** Bars of monthly totals behind the slider track; the months of the time window are emphasised. */
export function Histogram({ totals, from, to }: { totals: MonthTotal[]; from: number; to: number }) {
  const max = Math.max(1, ...totals.map((t) => t.total));
  const width = totals.length;
  return (
    <svg className="histogram" viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" aria-hidden data-testid="histogram">
      {totals.map((t, i) => {
        const h = (t.total / max) * 100;
        return <rect key={t.month} x={i + 0.1} y={100 - h} width={0.8} height={h} className={i >= from && i <= to ? 'bar current' : 'bar'} />;
      })}
    </svg>
  );
}
