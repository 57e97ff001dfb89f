/** The comparison view's read-out: the values at the current month (or its year), in the active language. */
import { t } from '../../domain/i18n';
import { formatMonthLong, formatMonthShort, monthIndex, type MonthKey } from '../../domain/month';
import { formatChangePercent, formatCount, formatShare, type ChartTable, type MonthlyTable, type YearTable } from './chart-data';

export interface LegendRow {
  id: string;
  label: string;
  color: string;
  dash?: number[];
  value: string;
}

/** The values at the current month (or its year): the chart's legend and a text read-out in one. */
export function readoutFor(table: ChartTable, month: MonthKey): { heading: string; rows: LegendRow[]; footer?: string } {
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
    const when = formatMonthLong(month);
    const heading = first && last ? t('charts.noFiguresForRange', { when, from: formatMonthShort(first), to: formatMonthShort(last) }) : t('charts.noFiguresFor', { when });
    return { heading, rows };
  }
  const total = table.total?.[i];
  return {
    heading: formatMonthLong(month),
    rows,
    footer: total === undefined ? undefined : t('charts.allRoutesDetections', { count: formatCount(total) }),
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
  if (!row) return { heading: t('charts.noFiguresFor', { when: String(year) }), rows };
  return {
    heading: row.partial ? t('charts.yearPartialHeading', { year: row.label }) : k > 0 ? t('charts.yearChangeHeading', { year: row.label, previous: String(year - 1) }) : row.label,
    rows,
  };
}
