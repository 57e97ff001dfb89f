/**
 * Tables behind the comparison charts (Balkan vs Mediterranean): pure functions of a Dataset, no
 * Chart.js, no React. Monthly tables share one shape (months × series, null where a series has
 * no value) so that the charts, the month read-out and the CSV export all read the same numbers.
 */
import { flowValueAt } from '../../domain/flows';
import { t, type MessageKey } from '../../domain/i18n';
import { formatPercent, formatSignedPercent, formatWholeNumber } from '../../domain/format-number';
import { formatMonthLong, formatMonthShort, isMonthKey, monthIndex, monthKey, monthsBetween, type MonthKey } from '../../domain/month';
import type { Dataset, FlowSeries } from '../../domain/types';

export interface ChartSeries {
  id: string;
  label: string;
  /** CSS colour (Okabe–Ito). */
  color: string;
  /** Line dash pattern, for sub-series (sea / land parts) drawn in their family's colour. */
  dash?: number[];
  values: (number | null)[];
}

export interface MonthlyTable {
  kind: 'detections' | 'share' | 'unhcr';
  months: MonthKey[];
  series: ChartSeries[];
  /** All Frontex routes' detections per month (detections and share tables). */
  total?: (number | null)[];
  /** What a value is, e.g. 'detections of illegal border-crossing'. */
  unit: string;
  /** Keys into Dataset.sources. */
  sourceKeys: string[];
  /** Provenance and caveats worth keeping with the numbers (shown in the view, written to the CSV). */
  notes: string[];
}

export interface YearRow {
  year: number;
  /** Months of the year inside the data. */
  months: number;
  /** Fewer than 12 months in the data: shown, but never compared year on year. */
  partial: boolean;
  /** '2015', or '2025 (Jan–Apr)' for a partial year. */
  label: string;
}

export interface YearSeries {
  id: string;
  label: string;
  color: string;
  /** Sum of the year's values; null when the series has no value in the year. */
  totals: (number | null)[];
  /** Against the year before; null for partial years, gaps, the first year. */
  change: (number | null)[];
  /** The change in percent (−83.4 means −83.4 %); null also when the year before is 0. */
  changePercent: (number | null)[];
}

export interface YearTable {
  kind: 'yoy';
  years: YearRow[];
  series: YearSeries[];
  unit: string;
  sourceKeys: string[];
  notes: string[];
}

export type ChartTable = MonthlyTable | YearTable;

/** The four routes compared, in the order they are drawn; the rest are summed as "All other routes". */
export const NAMED_ROUTES = [
  { id: 'frontex:western-balkan-route', label: 'Western Balkan Route', color: '#E69F00' },
  { id: 'frontex:eastern-mediterranean-route', label: 'Eastern Mediterranean Route', color: '#56B4E9' },
  { id: 'frontex:central-mediterranean-route', label: 'Central Mediterranean Route', color: '#009E73' },
  { id: 'frontex:western-mediterranean-route', label: 'Western Mediterranean Route', color: '#CC79A7' },
] as const;
/** The rest of the Frontex routes, summed; its label is read in the active language. */
export const OTHER_ROUTES = {
  id: 'frontex:all-other-routes',
  get label(): string {
    return t('charts.otherRoutes');
  },
  color: '#999999',
} as const;

/** UNHCR series in drawing order: a country's parts share its colour, with dashes. */
const UNHCR_STYLE: Record<string, { color: string; dash?: number[] }> = {
  'unhcr:greece-total': { color: '#56B4E9' },
  'unhcr:greece-sea': { color: '#56B4E9', dash: [6, 4] },
  'unhcr:greece-land': { color: '#56B4E9', dash: [2, 3] },
  'unhcr:italy-total': { color: '#009E73' },
  'unhcr:malta-total': { color: '#0072B2' },
  'unhcr:spain-total': { color: '#CC79A7' },
  'unhcr:spain-sea': { color: '#CC79A7', dash: [6, 4] },
  'unhcr:spain-land': { color: '#CC79A7', dash: [2, 3] },
  'unhcr:cyprus-total': { color: '#D55E00' },
};
const UNHCR_FALLBACK_COLORS = ['#E69F00', '#000000', '#999999', '#F0E442'];

/** Frontex route totals: the land and sea parts (borderType set) are already inside them. */
export function frontexRouteTotals(dataset: Dataset): FlowSeries[] {
  return dataset.flows.filter((f) => f.measure === 'detections' && f.sources.includes('FRONTEX') && !f.borderType);
}

/** Sum of the non-null values; null when every value is null (or there are none). */
function sumOrNull(values: (number | null)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum;
}

/**
 * Monthly Frontex detections over dataset.months for the four named routes and "All other routes"
 * (the sum of every other route total), plus the all-routes total.
 */
export function routeSeries(dataset: Dataset): MonthlyTable {
  const months = monthsBetween(dataset.months.from, dataset.months.to);
  const routes = frontexRouteTotals(dataset);
  const used = new Set<FlowSeries>();
  const named = NAMED_ROUTES.map((route) => {
    const flow = routes.find((f) => f.id === route.id) ?? routes.find((f) => f.name === route.label);
    if (flow) used.add(flow);
    return { ...route, values: months.map((m) => (flow ? flowValueAt(flow, m) : null)) };
  });
  const rest = routes.filter((f) => !used.has(f));
  const others: ChartSeries = { id: OTHER_ROUTES.id, label: OTHER_ROUTES.label, color: OTHER_ROUTES.color, values: months.map((m) => sumOrNull(rest.map((f) => flowValueAt(f, m)))) };
  const total = months.map((m) => sumOrNull(routes.map((f) => flowValueAt(f, m))));
  const notes = [
    t('charts.noteNotPersons'),
    rest.length ? t('charts.noteOtherRoutes', { routes: rest.map((f) => f.name).join(', ') }) : t('charts.noteNoOtherRoutes'),
    t('charts.noteRouteTotals'),
  ];
  return { kind: 'detections', months, series: [...named, others], total, unit: t('charts.detectionsUnit'), sourceKeys: ['FRONTEX'], notes };
}

/** Each series' share (0..1) of the sum of all series in the month; null where that sum is 0 or missing. */
export function shareOfTotal(table: MonthlyTable): MonthlyTable {
  const total = table.months.map((_, i) => sumOrNull(table.series.map((s) => s.values[i] ?? null)));
  const series = table.series.map((s) => ({
    ...s,
    values: s.values.map((v, i) => {
      const t = total[i];
      return t === null || t === undefined || t === 0 || v === null ? null : v / t;
    }),
  }));
  return {
    ...table,
    kind: 'share',
    series,
    total,
    unit: t('charts.shareUnit', { unit: table.unit }),
    notes: [...table.notes, t('charts.noteShare')],
  };
}

/**
 * Per series: yearly sums, and the change against the year before (absolute and percent). Years
 * with fewer than 12 months in the data (e.g. 2025: Jan–Apr) are marked partial: their sums are
 * given but no change is computed for or against them. A series with a gap in either year gets
 * no change either.
 */
export function yearOnYear(table: MonthlyTable): YearTable {
  const byYear = new Map<number, number[]>();
  table.months.forEach((m, i) => {
    const year = Math.floor(monthIndex(m) / 12);
    const list = byYear.get(year) ?? [];
    list.push(i);
    byYear.set(year, list);
  });
  const years: YearRow[] = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, indices]) => {
      const partial = indices.length < 12;
      const first = table.months[indices[0] ?? 0] ?? monthKey(year * 12);
      const last = table.months[indices[indices.length - 1] ?? 0] ?? first;
      const label = partial ? t('charts.partialYearLabel', { year: String(year), first: shortMonthName(first), last: shortMonthName(last) }) : String(year);
      return { year, months: indices.length, partial, label };
    });
  const series: YearSeries[] = table.series.map((s) => {
    const perYear = years.map((y) => (byYear.get(y.year) ?? []).map((i) => s.values[i] ?? null));
    const totals = perYear.map(sumOrNull);
    const complete = perYear.map((values, k) => !years[k]?.partial && values.every((v) => v !== null));
    const change = totals.map((t, k) => {
      const prev = totals[k - 1];
      const prevYear = years[k - 1];
      const consecutive = prevYear !== undefined && prevYear.year === (years[k]?.year ?? 0) - 1;
      return consecutive && complete[k] && complete[k - 1] && t !== null && prev !== null && prev !== undefined ? t - prev : null;
    });
    const changePercent = change.map((c, k) => {
      const prev = totals[k - 1];
      return c === null || prev === null || prev === undefined || prev === 0 ? null : (c / prev) * 100;
    });
    return { id: s.id, label: s.label, color: s.color, totals, change, changePercent };
  });
  const partialYears = years.filter((y) => y.partial).map((y) => y.label);
  return {
    kind: 'yoy',
    years,
    series,
    unit: t('charts.yearUnit', { unit: table.unit }),
    sourceKeys: table.sourceKeys,
    notes: [
      ...table.notes,
      partialYears.length ? t('charts.notePartialYears', { years: partialYears.join(', ') }) : t('charts.noteAllYearsComplete'),
    ],
  };
}

/**
 * UNHCR monthly arrivals (Greece sea / land / total, Italy, Malta, Spain, Cyprus, …): the series
 * the dataset has with at least one value, over the months from the first to the last value.
 */
export function unhcrSeries(dataset: Dataset): MonthlyTable {
  const order = Object.keys(UNHCR_STYLE);
  const flows = dataset.flows
    .filter((f) => f.measure === 'arrivals' && f.sources.includes('UNHCR') && f.values.some((v) => v !== null))
    .sort((a, b) => rank(order, a.id) - rank(order, b.id) || a.name.localeCompare(b.name));
  let first = Infinity;
  let last = -Infinity;
  for (const f of flows) {
    const start = monthIndex(f.start);
    f.values.forEach((v, i) => {
      if (v === null) return;
      first = Math.min(first, start + i);
      last = Math.max(last, start + i);
    });
  }
  const months = flows.length ? monthsBetween(monthKey(first), monthKey(last)) : [];
  let fallback = 0;
  const series = flows.map((f) => {
    const style = UNHCR_STYLE[f.id] ?? { color: UNHCR_FALLBACK_COLORS[fallback++ % UNHCR_FALLBACK_COLORS.length] ?? '#999999' };
    return { id: f.id, label: f.name.replace(/\s*\(UNHCR\)\s*$/, ''), ...style, values: months.map((m) => flowValueAt(f, m)) };
  });
  const notes = [t('charts.noteUnhcrPersons')];
  if (months.length) notes.push(t('charts.noteUnhcrSpan', { from: formatMonthLong(months[0] ?? ''), to: formatMonthLong(months[months.length - 1] ?? '') }));
  return { kind: 'unhcr', months, series, unit: flows[0]?.unit ?? t('charts.unhcrUnit'), sourceKeys: ['UNHCR'], notes };
}

function rank(order: string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}

/** The month under a chart index (a category axis of month keys); null outside the axis. */
export function monthAtIndex(labels: readonly unknown[], index: number | null | undefined): MonthKey | null {
  if (index === null || index === undefined || !Number.isFinite(index)) return null;
  const label = labels[Math.round(index)];
  return isMonthKey(label) ? label : null;
}

/** The month's short name without its year: 'Jan' of 'Jan 2025' (in the active language). */
function shortMonthName(month: MonthKey): string {
  return formatMonthShort(month).slice(0, 3);
}

/** '205,703'; 'no data' for a missing value. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? t('charts.noData') : formatWholeNumber(value);
}

/** A 0..1 share as '42.3 %'; 'no data' for a missing value. */
export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? t('charts.noData') : formatPercent(value * 100);
}

/** '+12.5 %', '−83.4 %'; nothing for a missing value. */
export function formatChangePercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatSignedPercent(value);
}

const CHART_TITLE_KEYS = {
  detections: 'charts.titleDetections',
  share: 'charts.titleShare',
  yoy: 'charts.titleYoy',
  unhcr: 'charts.titleUnhcr',
} as const satisfies Record<string, MessageKey>;
export type ChartKind = keyof typeof CHART_TITLE_KEYS;

/** 'Monthly detections by route', in the active language. */
export function chartTitle(kind: ChartKind): string {
  return t(CHART_TITLE_KEYS[kind]);
}

/** File names stay the same in every language (ASCII, and a script's words would not survive the slug). */
const CHART_SLUGS: Record<ChartKind, string> = {
  detections: 'monthly-detections-by-route',
  share: 'share-of-all-detections',
  yoy: 'year-on-year',
  unhcr: 'unhcr-arrivals',
};

/** 'monthly-detections-by-route': for file names. */
export function chartSlug(kind: ChartKind): string {
  return CHART_SLUGS[kind];
}
