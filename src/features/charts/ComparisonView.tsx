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
import { formatMonthLong, formatMonthShort, monthIndex, type MonthKey } from '../../domain/month';
import type { Dataset } from '../../domain/types';
import { downloadText, downloadUrl } from '../download';
import {
  CHART_TITLES,
  chartCsv,
  chartSlug,
  formatChangePercent,
  formatCount,
  formatShare,
  routeSeries,
  shareOfTotal,
  sourceLine,
  unhcrSeries,
  yearOnYear,
  type ChartKind,
  type ChartTable,
  type MonthlyTable,
  type YearTable,
} from './chart-data';
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

const Y_TITLES: Record<Exclude<ChartKind, 'yoy'>, string> = {
  detections: 'Detections per month',
  share: 'Share of all routes’ detections',
  unhcr: 'Arrivals per month',
};

interface LegendRow {
  id: string;
  label: string;
  color: string;
  dash?: number[];
  value: string;
}

export default function ComparisonView({ dataset, month, onPickMonth, onClose, tab: tabProp, onTabChange }: ComparisonViewProps) {
  const uid = useId();
  const titleId = `${uid}-title`;
  const sourceId = `${uid}-source`;
  const [ownTab, setOwnTab] = useState<ComparisonTab>('detections');
  const tab = tabProp ?? ownTab;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const colors = useChartColors();
  const chartRef = useRef<ChartJS | null>(null);
  const tablistRef = useRef<HTMLDivElement | null>(null);

  // Keyboard users land on the chosen tab when the view opens.
  useEffect(() => {
    tablistRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, []);

  const tables = useMemo(() => {
    const detections = routeSeries(dataset);
    return { detections, share: shareOfTotal(detections), yoy: yearOnYear(detections), unhcr: unhcrSeries(dataset) };
  }, [dataset]);
  const table: ChartTable = tables[tab];
  const empty = table.kind === 'yoy' ? table.series.every((s) => s.totals.every((v) => v === null)) : table.series.every((s) => s.values.every((v) => v === null));

  const monthly = table.kind === 'yoy' ? null : table;
  const lineChartData = useMemo(() => (monthly ? lineData(monthly, hidden) : null), [monthly, hidden]);
  const lineChartOptions = useMemo(
    () => (monthly ? monthlyOptions({ table: monthly, month, colors, yTitle: Y_TITLES[monthly.kind], onPickMonth }) : null),
    [monthly, month, colors, onPickMonth],
  );
  const yearly = table.kind === 'yoy' ? table : null;
  const barChartData = useMemo(() => (yearly ? barData(yearly, hidden) : null), [yearly, hidden]);
  const barChartOptions = useMemo(() => (yearly ? yearOptions({ table: yearly, colors }) : null), [yearly, colors]);

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

  const title = CHART_TITLES[tab];
  const source = sourceLine(table, dataset);
  const fileBase = `routeshift-chart-${chartSlug(tab)}`;
  const setChart = useCallback((chart: unknown) => {
    chartRef.current = (chart as ChartJS | null) ?? null;
  }, []);

  const downloadPng = () => {
    const chart = chartRef.current;
    if (!chart) return;
    downloadUrl(`${fileBase}.png`, chartImage(chart, `${title} · ${dataset.name}`, source, colors));
  };
  const downloadCsv = () => downloadText(`${fileBase}.csv`, chartCsv(table, dataset), 'text/csv;charset=utf-8');

  const readout = useMemo(() => readoutFor(table, month), [table, month]);
  const sourceNotes = table.sourceKeys.map((key) => dataset.sources.find((s) => s.key === key)?.notes).filter((n): n is string => Boolean(n));
  const chartLabel = `${title} chart. ${readout.heading}: ${readout.rows.filter((r) => !hidden.has(r.id)).map((r) => `${r.label} ${r.value}`).join('; ')}.`;

  return (
    <section className="comparison-view" role="dialog" aria-labelledby={titleId} data-testid="comparison-view">
      <header className="comparison-header">
        <div>
          <p className="eyebrow">Compare routes · {formatMonthLong(month)}</p>
          <h2 id={titleId}>Balkan vs Mediterranean routes</h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close comparison" title="Close comparison (Esc)">
          ×
        </button>
      </header>

      <div className="comparison-tabs" role="tablist" aria-label="Chart" ref={tablistRef}>
        {COMPARISON_TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${uid}-tab-${t}`}
            aria-selected={t === tab}
            aria-controls={`${uid}-panel`}
            className="comparison-tab"
            data-testid={`chart-tab-${t}`}
            onClick={() => selectTab(t)}
          >
            {CHART_TITLES[t]}
          </button>
        ))}
      </div>

      <div className="comparison-panel" role="tabpanel" id={`${uid}-panel`} aria-labelledby={`${uid}-tab-${tab}`}>
        <div className="comparison-toolbar">
          <h3 className="comparison-chart-title">{title}</h3>
          <span className="muted small">{hintFor(table)}</span>
          <span className="comparison-downloads">
            <button type="button" onClick={downloadPng} disabled={empty} aria-label={`Download ${title} as PNG`} data-testid="chart-png">
              PNG
            </button>
            <button type="button" onClick={downloadCsv} disabled={empty} aria-label={`Download ${title} data as CSV`} data-testid="chart-csv">
              CSV
            </button>
          </span>
        </div>

        <div className="comparison-canvas">
          {empty ? (
            <p className="comparison-empty">{table.kind === 'unhcr' ? 'This dataset has no UNHCR arrivals.' : 'This dataset has no Frontex route totals.'}</p>
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
          <ul className="chart-legend" aria-label="Series: press to show or hide">
            {readout.rows.map((row) => (
              <li key={row.id}>
                <button type="button" aria-pressed={!hidden.has(row.id)} onClick={() => toggleSeries(row.id)} title={hidden.has(row.id) ? 'Show' : 'Hide'}>
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
          <summary>About these figures</summary>
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

function hintFor(table: ChartTable): string {
  if (table.kind === 'yoy') return 'Hover a bar for the change on the year before.';
  return 'Click a month to show it on the map.';
}

/** The values at the current month (or its year): the chart's legend and a text read-out in one. */
function readoutFor(table: ChartTable, month: MonthKey): { heading: string; rows: LegendRow[]; footer?: string } {
  if (table.kind === 'yoy') return yearReadout(table, month);
  return monthReadout(table, month);
}

function monthReadout(table: MonthlyTable, month: MonthKey): { heading: string; rows: LegendRow[]; footer?: string } {
  const i = table.months.indexOf(month);
  const format = table.kind === 'share' ? formatShare : formatCount;
  const rows = table.series.map((s) => ({ id: s.id, label: s.label, color: s.color, dash: s.dash, value: i < 0 ? '–' : format(s.values[i]) }));
  if (i < 0) {
    const first = table.months[0];
    const last = table.months[table.months.length - 1];
    const range = first && last ? ` (data ${formatMonthShort(first)} – ${formatMonthShort(last)})` : '';
    return { heading: `No figures for ${formatMonthLong(month)}${range}`, rows };
  }
  const total = table.total?.[i];
  return {
    heading: formatMonthLong(month),
    rows,
    footer: total === undefined ? undefined : `All routes: ${formatCount(total)} detections`,
  };
}

function yearReadout(table: YearTable, month: MonthKey): { heading: string; rows: LegendRow[]; footer?: string } {
  const year = Math.floor(monthIndex(month) / 12);
  const k = table.years.findIndex((y) => y.year === year);
  const row = table.years[k];
  const rows = table.series.map((s) => {
    const pct = s.changePercent[k];
    const change = pct === null || pct === undefined ? '' : ` (${formatChangePercent(pct)})`;
    return { id: s.id, label: s.label, color: s.color, value: k < 0 ? '–' : `${formatCount(s.totals[k])}${change}` };
  });
  if (!row) return { heading: `No figures for ${year}`, rows };
  return {
    heading: row.partial ? `${row.label}: partial year, not compared year on year` : k > 0 ? `${row.label}, change on ${year - 1}` : row.label,
    rows,
  };
}
