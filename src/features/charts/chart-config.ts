/**
 * Chart.js set-up for the comparison view: only the pieces the four charts use are registered
 * (no chart.js/auto), two tiny inline plugins (the current-month cursor and an opaque background
 * for PNG export), and builders for each chart's data and options.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
  Legend,
  type ChartData,
  type ChartEvent,
  type ChartOptions,
  type ChartType,
  type Plugin,
  type Scale,
  type TooltipItem,
} from 'chart.js';
import { activeLocale, t } from '../../domain/i18n';
import { numberLocaleOf } from '../../domain/i18n/intl-cache';
import { formatMonthLong, formatMonthShort, type MonthKey } from '../../domain/month';
import {
  formatChangePercent,
  formatCount,
  formatShare,
  monthAtIndex,
  type MonthlyTable,
  type YearTable,
} from './chart-data';

ChartJS.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Filler, Tooltip, Legend, Title, SubTitle);
if (typeof document !== 'undefined') {
  const font = getComputedStyle(document.documentElement).getPropertyValue('--font').trim();
  // System fonts only: nothing is fetched.
  ChartJS.defaults.font.family = font || "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
}

export interface MonthCursorOptions {
  /** The month to mark; nothing is drawn when it is null or not on the x axis. */
  month: MonthKey | null;
  color: string;
}
export interface CanvasBackgroundOptions {
  color: string;
}

declare module 'chart.js' {
  // Declaration merging must repeat chart.js's type parameter.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    monthCursor?: Partial<MonthCursorOptions>;
    canvasBackground?: Partial<CanvasBackgroundOptions>;
  }
}

/** A vertical line (and the month's short name) at the current month on a monthly chart. */
export const monthCursorPlugin: Plugin<'line'> = {
  id: 'monthCursor',
  defaults: { month: null, color: '#1d2330' },
  afterDatasetsDraw(chart, _args, options: MonthCursorOptions) {
    const labels = chart.data.labels ?? [];
    const index = options.month ? labels.indexOf(options.month) : -1;
    const x = chart.scales.x;
    if (index < 0 || !x) return;
    const px = x.getPixelForValue(index);
    const { top, bottom, left, right } = chart.chartArea;
    if (px < left - 0.5 || px > right + 0.5) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = options.color;
    ctx.fillStyle = options.color;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(px, top);
    ctx.lineTo(px, bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = `600 12px ${ChartJS.defaults.font.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'top';
    const text = formatMonthShort(options.month ?? '');
    const width = ctx.measureText(text).width;
    ctx.textAlign = px + width + 6 > right ? 'right' : 'left';
    ctx.fillText(text, ctx.textAlign === 'right' ? px - 4 : px + 4, top + 2);
    ctx.restore();
  },
};

/** Paints the canvas opaque so that an exported PNG is readable on any background. */
export const canvasBackgroundPlugin: Plugin = {
  id: 'canvasBackground',
  defaults: { color: '#ffffff' },
  beforeDraw(chart, _args, options: CanvasBackgroundOptions) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

export const LINE_PLUGINS = [canvasBackgroundPlugin as Plugin<'line'>, monthCursorPlugin];
export const BAR_PLUGINS = [canvasBackgroundPlugin as Plugin<'bar'>];

export interface ChartColors {
  ink: string;
  muted: string;
  grid: string;
  /** Opaque panel colour. */
  background: string;
}

/** The month under a click on a monthly chart: the nearest month on the x axis. */
export function monthFromChartEvent(
  chart: Pick<ChartJS, 'getElementsAtEventForMode' | 'data'> & { scales: Record<string, Pick<Scale, 'getValueForPixel'> | undefined> },
  event: Pick<ChartEvent, 'native' | 'x'>,
): MonthKey | null {
  const labels = chart.data.labels ?? [];
  const hits = event.native ? chart.getElementsAtEventForMode(event.native, 'index', { intersect: false, axis: 'x' }, false) : [];
  const index = hits[0]?.index ?? (event.x !== null ? chart.scales.x?.getValueForPixel(event.x) : undefined);
  return monthAtIndex(labels, index);
}

export type LineData = ChartData<'line', (number | null)[], MonthKey>;
export type BarData = ChartData<'bar', (number | null)[], string>;

function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  return `rgba(${parseInt(m[1] ?? '0', 16)}, ${parseInt(m[2] ?? '0', 16)}, ${parseInt(m[3] ?? '0', 16)}, ${alpha})`;
}

/** One line per series; for the share table a stacked area in percent. */
export function lineData(table: MonthlyTable, hidden: ReadonlySet<string>): LineData {
  const stacked = table.kind === 'share';
  return {
    labels: table.months,
    datasets: table.series.map((s, i) => ({
      label: s.label,
      data: stacked ? s.values.map((v) => (v === null ? null : v * 100)) : s.values,
      borderColor: s.color,
      backgroundColor: stacked ? withAlpha(s.color, 0.7) : s.color,
      borderWidth: stacked ? 1 : 2,
      borderDash: s.dash ?? [],
      fill: stacked ? (i === 0 ? 'origin' : '-1') : false,
      pointRadius: 0,
      pointHoverRadius: 4,
      pointHitRadius: 6,
      spanGaps: false,
      hidden: hidden.has(s.id),
    })),
  };
}

/** Grouped bars of yearly totals per route; partial years paler. */
export function barData(table: YearTable, hidden: ReadonlySet<string>): BarData {
  return {
    labels: table.years.map((y) => y.label),
    datasets: table.series.map((s) => ({
      label: s.label,
      data: s.totals,
      backgroundColor: table.years.map((y) => (y.partial ? withAlpha(s.color, 0.4) : s.color)),
      borderColor: s.color,
      borderWidth: table.years.map((y) => (y.partial ? 1 : 0)),
      hidden: hidden.has(s.id),
    })),
  };
}

function axisColors(colors: ChartColors) {
  return { ticks: { color: colors.muted }, grid: { color: colors.grid }, border: { color: colors.grid } };
}

/** Keeps only the January ticks of a month axis (labelled with the year); all of them when there are none. */
function yearTicksOnly(labels: readonly MonthKey[]) {
  return (scale: Scale) => {
    const january = scale.ticks.filter((t) => labels[t.value]?.endsWith('-01'));
    if (january.length) scale.ticks = january;
  };
}

export interface MonthlyOptionsInput {
  table: MonthlyTable;
  month: MonthKey;
  colors: ChartColors;
  yTitle: string;
  onPickMonth: (month: MonthKey) => void;
}

/** What every chart shares: no animation (CPU and flaky tests), the active language's numbers (en-GB for English), index tooltips. */
function baseOptions() {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    locale: numberLocaleOf(activeLocale()),
    interaction: { mode: 'index', intersect: false, axis: 'x' },
  } as const;
}

export function monthlyOptions({ table, month, colors, yTitle, onPickMonth }: MonthlyOptionsInput): ChartOptions<'line'> {
  const share = table.kind === 'share';
  const labels = table.months;
  const axes = axisColors(colors);
  return {
    ...baseOptions(),
    scales: {
      x: {
        type: 'category',
        ...axes,
        afterBuildTicks: yearTicksOnly(labels),
        ticks: {
          ...axes.ticks,
          maxRotation: 0,
          autoSkip: true,
          callback: (value) => {
            const label = labels[Number(value)] ?? '';
            return label.endsWith('-01') ? label.slice(0, 4) : formatMonthShort(label);
          },
        },
      },
      y: {
        type: 'linear',
        ...axes,
        stacked: share,
        beginAtZero: true,
        ...(share ? { min: 0, max: 100 } : {}),
        title: { display: true, text: yTitle, color: colors.muted },
        ticks: { ...axes.ticks, callback: (value) => (share ? t('charts.shareTick', { value: Number(value) }) : formatCount(Number(value))) },
      },
    },
    plugins: {
      legend: { display: false, labels: { color: colors.ink } },
      tooltip: {
        callbacks: {
          title: (items) => (items[0] ? formatMonthLong(items[0].label) : ''),
          label: (item: TooltipItem<'line'>) => {
            const value = item.parsed.y;
            const text = value === null || value === undefined ? t('charts.noData') : share ? formatShare(value / 100) : formatCount(value);
            return t('charts.tooltipValue', { series: item.dataset.label ?? '', value: text });
          },
          footer: (items) => {
            const i = items[0]?.dataIndex;
            const total = i === undefined ? undefined : table.total?.[i];
            return total === undefined ? '' : t('charts.allRoutesDetections', { count: formatCount(total) });
          },
        },
      },
      monthCursor: { month, color: colors.ink },
      canvasBackground: { color: colors.background },
      title: { display: false },
      subtitle: { display: false },
    },
    onClick: (event, _elements, chart) => {
      const picked = monthFromChartEvent(chart, event);
      if (picked) onPickMonth(picked);
    },
    onHover: (event, _elements, chart) => {
      chart.canvas.style.cursor = monthFromChartEvent(chart, event) ? 'pointer' : 'default';
    },
  };
}

export function yearOptions({ table, colors }: { table: YearTable; colors: ChartColors }): ChartOptions<'bar'> {
  const axes = axisColors(colors);
  return {
    ...baseOptions(),
    scales: {
      x: { type: 'category', ...axes, ticks: { ...axes.ticks, autoSkip: true, maxRotation: 0 } },
      y: {
        type: 'linear',
        ...axes,
        beginAtZero: true,
        title: { display: true, text: t('charts.yDetectionsPerYear'), color: colors.muted },
        ticks: { ...axes.ticks, callback: (value) => formatCount(Number(value)) },
      },
    },
    plugins: {
      legend: { display: false, labels: { color: colors.ink } },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'bar'>) => yearTooltipLabel(table, item.datasetIndex, item.dataIndex),
        },
      },
      canvasBackground: { color: colors.background },
      title: { display: false },
      subtitle: { display: false },
    },
  };
}

/** 'Western Balkan Route: 130,261 (−83.0 % on 2015)'; partial years say so instead of a change. */
export function yearTooltipLabel(table: YearTable, seriesIndex: number, yearIndex: number): string {
  const series = table.series[seriesIndex];
  const year = table.years[yearIndex];
  if (!series || !year) return '';
  const total = formatCount(series.totals[yearIndex]);
  if (year.partial) return t('charts.yearPartial', { series: series.label, total, months: year.months });
  const pct = series.changePercent[yearIndex];
  const change = series.change[yearIndex];
  const previous = String(table.years[yearIndex - 1]?.year);
  if (pct !== null && pct !== undefined) return t('charts.yearChange', { series: series.label, total, change: formatChangePercent(pct), previous });
  if (change !== null && change !== undefined) {
    return t('charts.yearChange', { series: series.label, total, change: `${change >= 0 ? '+' : '−'}${formatCount(Math.abs(change))}`, previous });
  }
  return t('charts.tooltipValue', { series: series.label, value: total });
}

/**
 * Draws the chart once more with its title, legend and source line, reads it as a PNG data URL
 * (chart.toBase64Image) and puts the on-screen look back.
 */
export function chartImage(chart: ChartJS, title: string, source: string, colors: ChartColors): string {
  // The raw options (chart.options is Chart.js's resolver proxy: its values must not be stored back).
  const options = (chart.config.options ??= {});
  const plugins = (options.plugins ??= {});
  const saved = { title: plugins.title, subtitle: plugins.subtitle, legend: plugins.legend };
  plugins.title = { display: true, text: title, color: colors.ink, font: { size: 16, weight: 'bold' }, padding: { top: 4, bottom: 6 } };
  plugins.subtitle = { display: true, position: 'bottom', align: 'start', text: wrapText(source, 150), color: colors.muted, font: { size: 12 }, padding: { top: 8 } };
  plugins.legend = { display: true, position: 'top', labels: { color: colors.ink, boxWidth: 14, boxHeight: 8 } };
  try {
    chart.update('none');
    return chart.toBase64Image('image/png', 1);
  } finally {
    Object.assign(plugins, saved);
    chart.update('none');
  }
}

function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
