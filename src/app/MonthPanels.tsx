/**
 * The panels that show the current month, each subscribed to it on its own: a month step re-renders
 * these (when open) and the map, never App and the rest of the page.
 */
import { lazy, Suspense } from 'react';
import type { Dataset } from '../domain/types';
import { ComparePanel } from '../features/compare/ComparePanel';
import { DetailPanel } from '../features/details/DetailPanel';
import type { ResolvedEntity } from '../state/selectors';
import { selectChange } from '../state/select-change';
import { compareFromMonth } from '../state/slices/compare-slice';
import { useAppStore } from '../state/store';
import { useT } from '../features/i18n/use-t';

// Charts are loaded when first opened: Chart.js stays out of the start-up bundle.
const ComparisonView = lazy(() => import('../features/charts/ComparisonView'));

const pickMonth = (m: string) => useAppStore.getState().setMonth(m);
const closeOverlay = () => useAppStore.getState().setOverlay(null);
const closeDetails = () => useAppStore.getState().select(null);

/** The change view's panel, while comparing. */
export function ComparePanelAtMonth({ dataset }: { dataset: Dataset }) {
  const compare = useAppStore((s) => s.compare);
  // The month only while comparing: otherwise a month step does not re-render this.
  const month = useAppStore((s) => (s.compare ? s.month : null));
  if (!compare || !month) return null;
  // The same memoised result the map's change layer is built from (selectChange caches per month pair).
  const result = selectChange(dataset, compareFromMonth(compare, month, dataset.months.from, dataset.months.to), month);
  return <ComparePanel result={result} against={compare} />;
}

export function DetailPanelAtMonth({ dataset, resolved }: { dataset: Dataset; resolved: ResolvedEntity }) {
  const month = useAppStore((s) => s.month);
  return <DetailPanel dataset={dataset} resolved={resolved} month={month} onClose={closeDetails} />;
}

/** The charts overlay, with the current month as its cursor. */
export function ChartsAtMonth({ dataset }: { dataset: Dataset }) {
  const month = useAppStore((s) => s.month);
  const chartTab = useAppStore((s) => s.chartTab);
  const setChartTab = useAppStore((s) => s.setChartTab);
  const t = useT();
  return (
    <Suspense fallback={<div className="status-card" role="status">{t('app.loadingCharts')}</div>}>
      <ComparisonView dataset={dataset} month={month} onPickMonth={pickMonth} onClose={closeOverlay} tab={chartTab} onTabChange={setChartTab} />
    </Suspense>
  );
}
