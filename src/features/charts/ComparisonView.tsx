/**
 * The researcher's comparison view: Balkan vs Mediterranean routes as charts (Frontex monthly
 * detections by route, their shares, year on year, and UNHCR arrivals), floating over the map
 * above the timeline. The current month is a cursor on the monthly charts; clicking a month there
 * moves the map to it. Every chart carries its source line, and exports as PNG and CSV.
 *
 * Default export: loaded with React.lazy so that Chart.js is only fetched when the view opens.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import type { Chart as ChartJS } from 'chart.js';
import type { MessageKey } from '../../domain/i18n';
import { formatMonthLong, type MonthKey } from '../../domain/month';
import type { Dataset } from '../../domain/types';
import { downloadText, downloadUrl } from '../download';
import { useT } from '../i18n/use-t';
import {
  chartSlug,
  chartTitle,
  routeSeries,
  shareOfTotal,
  unhcrSeries,
  yearOnYear,
  type ChartKind,
  type ChartTable,
} from './chart-data';
import { chartCsv, sourceLine } from './chart-csv';
import { readoutFor } from './chart-readout';
import { BAR_PLUGINS, barData, chartImage, LINE_PLUGINS, lineData, monthlyOptions, yearOptions } from './chart-config';
import { useChartColors } from './use-chart-colors';

export type ComparisonTab = ChartKind;
export const COMPARISON_TABS: ComparisonTab[] = ['detections', 'share', 'yoy', 'unhcr'];

export interface ComparisonViewProps {
  dataset: Dataset;
  month: MonthKey;
  onPickMonth: (month: MonthKey) => void;
  onClose: () => void;
  /** The chart shown; when omitted the view keeps its own choice (starting with monthly detections). */
  tab?: ComparisonTab;
  onTabChange?: (tab: ComparisonTab) => void;
}

const Y_TITLE_KEYS: Record<Exclude<ChartKind, 'yoy'>, MessageKey> = {
  detections: 'charts.yDetectionsPerMonth',
  share: 'charts.yShare',
  unhcr: 'charts.yArrivalsPerMonth',
};

export default function ComparisonView({ dataset, month, onPickMonth, onClose, tab: tabProp, onTabChange }: ComparisonViewProps) {
  const uid = useId();
  const titleId = `${uid}-title`;
  const sourceId = `${uid}-source`;
  const [ownTab, setOwnTab] = useState<ComparisonTab>('detections');
  const tab = tabProp ?? ownTab;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const colors = useChartColors();
  // `t` changes with the language: the tables' labels and notes, and the charts' texts, are made again.
  const t = useT();
  const chartRef = useRef<ChartJS | null>(null);
  const tablistRef = useRef<HTMLDivElement | null>(null);

  // Keyboard users land on the chosen tab when the view opens.
  useEffect(() => {
    tablistRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, []);

  const tables = useMemo(() => {
    const detections = routeSeries(dataset);
    return { detections, share: shareOfTotal(detections), yoy: yearOnYear(detections), unhcr: unhcrSeries(dataset) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` stands for the language: the tables' labels and notes are in it
  }, [dataset, t]);
  const table: ChartTable = tables[tab];
  const empty = table.kind === 'yoy' ? table.series.every((s) => s.totals.every((v) => v === null)) : table.series.every((s) => s.values.every((v) => v === null));

  const monthly = table.kind === 'yoy' ? null : table;
  const lineChartData = useMemo(() => (monthly ? lineData(monthly, hidden) : null), [monthly, hidden]);
  const lineChartOptions = useMemo(
    () => (monthly ? monthlyOptions({ table: monthly, month, colors, yTitle: t(Y_TITLE_KEYS[monthly.kind]), onPickMonth }) : null),
    [monthly, month, colors, onPickMonth, t],
  );
  const yearly = table.kind === 'yoy' ? table : null;
  const barChartData = useMemo(() => (yearly ? barData(yearly, hidden) : null), [yearly, hidden]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` stands for the language of the axis title and tooltips
  const barChartOptions = useMemo(() => (yearly ? yearOptions({ table: yearly, colors }) : null), [yearly, colors, t]);

  const selectTab = (next: ComparisonTab) => {
    setOwnTab(next);
    onTabChange?.(next);
  };
  const toggleSeries = (id: string) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const title = chartTitle(tab);
  const source = sourceLine(table, dataset);
  const fileBase = `routeshift-chart-${chartSlug(tab)}`;
  const setChart = useCallback((chart: unknown) => {
    chartRef.current = (chart as ChartJS | null) ?? null;
  }, []);

  const downloadPng = () => {
    const chart = chartRef.current;
    if (!chart) return;
    downloadUrl(`${fileBase}.png`, chartImage(chart, t('charts.imageTitle', { chart: title, dataset: dataset.name }), source, colors));
  };
  const downloadCsv = () => downloadText(`${fileBase}.csv`, chartCsv(table, dataset), 'text/csv;charset=utf-8');

  // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` stands for the language of the read-out
  const readout = useMemo(() => readoutFor(table, month), [table, month, t]);
  const sourceNotes = table.sourceKeys.map((key) => dataset.sources.find((s) => s.key === key)?.notes).filter((n): n is string => Boolean(n));
  const values = readout.rows.filter((r) => !hidden.has(r.id)).map((r) => t('charts.chartLabelValue', { series: r.label, value: r.value }));
  const chartLabel = t('charts.chartLabel', { chart: title, heading: readout.heading, values: values.join('; ') });

  return (
    <section className="comparison-view" role="dialog" aria-labelledby={titleId} data-testid="comparison-view">
      <header className="comparison-header">
        <div>
          <p className="eyebrow">{t('charts.eyebrow', { month: formatMonthLong(month) })}</p>
          <h2 id={titleId}>{t('charts.heading')}</h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('charts.close')} title={t('charts.closeTitle')}>
          ×
        </button>
      </header>

      <div className="comparison-tabs" role="tablist" aria-label={t('charts.tabList')} ref={tablistRef}>
        {COMPARISON_TABS.map((kind) => (
          <button
            key={kind}
            type="button"
            role="tab"
            id={`${uid}-tab-${kind}`}
            aria-selected={kind === tab}
            aria-controls={`${uid}-panel`}
            className="comparison-tab"
            data-testid={`chart-tab-${kind}`}
            onClick={() => selectTab(kind)}
          >
            {chartTitle(kind)}
          </button>
        ))}
      </div>

      <div className="comparison-panel" role="tabpanel" id={`${uid}-panel`} aria-labelledby={`${uid}-tab-${tab}`}>
        <div className="comparison-toolbar">
          <h3 className="comparison-chart-title">{title}</h3>
          <span className="muted small">{t(table.kind === 'yoy' ? 'charts.hintYoy' : 'charts.hintMonthly')}</span>
          <span className="comparison-downloads">
            <button type="button" onClick={downloadPng} disabled={empty} aria-label={t('charts.downloadPng', { chart: title })} data-testid="chart-png">
              {t('charts.png')}
            </button>
            <button type="button" onClick={downloadCsv} disabled={empty} aria-label={t('charts.downloadCsv', { chart: title })} data-testid="chart-csv">
              {t('charts.csv')}
            </button>
          </span>
        </div>

        <div className="comparison-canvas">
          {empty ? (
            <p className="comparison-empty">{t(table.kind === 'unhcr' ? 'charts.noUnhcr' : 'charts.noFrontex')}</p>
          ) : barChartData && barChartOptions ? (
            <Bar key="yoy" ref={setChart} data={barChartData} options={barChartOptions} plugins={BAR_PLUGINS} role="img" aria-label={chartLabel} aria-describedby={sourceId} />
          ) : lineChartData && lineChartOptions ? (
            <Line
              key={tab}
              ref={setChart}
              data={lineChartData}
              options={lineChartOptions}
              plugins={LINE_PLUGINS}
              role="img"
              aria-label={chartLabel}
              aria-describedby={sourceId}
            />
          ) : null}
        </div>

        <p className="chart-source" id={sourceId} data-testid="chart-source">
          {source}
        </p>

        <div className="comparison-readout">
          <p className="comparison-readout-heading">{readout.heading}</p>
          <ul className="chart-legend" aria-label={t('charts.seriesList')}>
            {readout.rows.map((row) => (
              <li key={row.id}>
                <button type="button" aria-pressed={!hidden.has(row.id)} onClick={() => toggleSeries(row.id)} title={t(hidden.has(row.id) ? 'charts.showSeries' : 'charts.hideSeries')}>
                  <span
                    className="chart-swatch"
                    aria-hidden
                    style={{ borderTopColor: row.color, borderTopStyle: !row.dash ? 'solid' : (row.dash[0] ?? 0) > 3 ? 'dashed' : 'dotted' }}
                  />
                  <span className="chart-legend-label">{row.label}</span>
                  <span className="chart-legend-value">{row.value}</span>
                </button>
              </li>
            ))}
          </ul>
          {readout.footer ? <p className="muted small">{readout.footer}</p> : null}
        </div>

        <details className="chart-notes">
          <summary>{t('charts.aboutFigures')}</summary>
          <ul>
            {[...table.notes, ...sourceNotes].map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      </div>
    </section>
  );
}
