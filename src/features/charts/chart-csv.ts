/**
 * What travels with a chart outside the view: the one-line citation under it (also drawn into its
 * PNG) and its CSV with `# ` comment lines, in the active language, header row included (English:
 * `month`, `year`, `months_in_data`, `partial`); the series' own columns read as the legend does.
 */
import Papa from 'papaparse';
import { t } from '../../domain/i18n';
import { formatMonthShort } from '../../domain/month';
import type { Dataset, Source } from '../../domain/types';
import { chartTitle, type ChartKind, type ChartTable } from './chart-data';

function findSource(dataset: Dataset, key: string): Source | undefined {
  return dataset.sources.find((s) => s.key === key);
}

/** The one-line citation shown under a chart (and written into its PNG). */
export function sourceLine(table: ChartTable, dataset: Dataset): string {
  if (table.sourceKeys.includes('UNHCR')) {
    const source = findSource(dataset, 'UNHCR');
    const months = table.kind === 'unhcr' ? table.months : [];
    return t('charts.sourceUnhcr', {
      title: source?.title ?? t('charts.sourceUnhcrTitle'),
      hasLicence: yesNo(source?.licence),
      licence: source?.licence ?? '',
      compiled: yesNo(/stklem\/med_migration/.test(source?.notes ?? '')),
      hasTo: yesNo(months.length > 0),
      to: months.length ? formatMonthShort(months[months.length - 1] ?? '') : '',
    });
  }
  const source = findSource(dataset, 'FRONTEX');
  return t('charts.sourceFrontex', { title: source?.title ?? t('charts.sourceFrontexTitle') });
}

/** A select argument of a message: 'yes' when the optional part is there. */
function yesNo(present: unknown): 'yes' | 'no' {
  return present ? 'yes' : 'no';
}

function describeSource(dataset: Dataset, key: string): string[] {
  const source = findSource(dataset, key);
  if (!source) return [t('charts.csvSourceUndescribed', { key })];
  const lines = [
    t('charts.csvSource', {
      title: source.title,
      hasPublisher: yesNo(source.publisher),
      publisher: source.publisher ?? '',
      hasDate: yesNo(source.date),
      date: source.date ?? '',
      hasUrl: yesNo(source.url),
      url: source.url ?? '',
    }),
    t('charts.csvLicence', { licence: source.licence ?? t('charts.csvLicenceNotStated') }),
  ];
  if (source.notes) lines.push(t('charts.csvSourceNotes', { notes: source.notes }));
  return lines;
}

/**
 * CSV text of a chart's table: `# ` comment lines (chart, unit, sources with licences, notes),
 * then a header row and one row per month (or year). Numbers are written plainly (no thousands
 * separators); shares as fractions 0..1; empty cells where there is no value.
 */
export function chartCsv(table: ChartTable, dataset: Dataset): string {
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}`;
  const kind: ChartKind = table.kind;
  const header = [
    comment(t('charts.csvTitle', { chart: chartTitle(kind), dataset: dataset.name })),
    comment(csvSpan(table)),
    comment(t('charts.csvUnit', { unit: table.unit })),
    ...table.sourceKeys.flatMap((key) => describeSource(dataset, key)).map(comment),
    ...table.notes.map((note) => comment(t('charts.csvNote', { note }))),
  ];
  let columns: string[];
  let rows: (string | number | boolean | null)[][];
  if (table.kind === 'yoy') {
    columns = [
      t('charts.csvColumnYear'),
      t('charts.csvColumnMonthsInData'),
      t('charts.csvColumnPartial'),
      ...table.series.flatMap((s) => [s.label, t('charts.csvColumnChange', { series: s.label }), t('charts.csvColumnChangePercent', { series: s.label })]),
    ];
    rows = table.years.map((y, k) => [
      y.year,
      y.months,
      y.partial,
      ...table.series.flatMap((s) => [s.totals[k] ?? null, s.change[k] ?? null, round(s.changePercent[k] ?? null, 2)]),
    ]);
  } else {
    const withTotal = table.kind === 'detections' && table.total !== undefined;
    columns = [t('charts.csvColumnMonth'), ...table.series.map((s) => s.label), ...(withTotal ? [t('charts.csvColumnTotal')] : [])];
    rows = table.months.map((m, i) => [
      m,
      ...table.series.map((s) => (table.kind === 'share' ? round(s.values[i] ?? null, 6) : (s.values[i] ?? null))),
      ...(withTotal ? [table.total?.[i] ?? null] : []),
    ]);
  }
  const body = Papa.unparse({ fields: columns, data: rows }, { newline: '\r\n', escapeFormulae: true });
  return `${header.join('\r\n')}\r\n${body}\r\n`;
}

/** 'Years: 2009–2025' or 'Months: 2009-01 to 2025-04' (month keys as written in the rows). */
function csvSpan(table: ChartTable): string {
  if (table.kind === 'yoy') {
    const first = table.years[0];
    const last = table.years[table.years.length - 1];
    return first && last ? t('charts.csvYears', { from: String(first.year), to: String(last.year) }) : t('charts.csvNoYears');
  }
  const first = table.months[0];
  const last = table.months[table.months.length - 1];
  return first && last ? t('charts.csvMonths', { from: first, to: last }) : t('charts.csvNoMonths');
}

function round(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
