/**
 * Monthly flow series: Frontex detections of illegal border-crossing per route, and UNHCR
 * Mediterranean arrivals per country and arrival type. Values are copied, never filled in.
 */
import { addMonths, isMonthKey } from '../../domain/month';
import type { FlowSeries, Region } from '../../domain/types';
import { cell, kebabCase, numberOrNull, parseCsv, requireNumber, type CsvRow } from './csv';

const FRONTEX_REGIONS: Record<string, Region> = {
  'Western Balkan Route': 'Western Balkans',
  'Eastern Mediterranean Route': 'Eastern Mediterranean',
  'Central Mediterranean Route': 'Central Mediterranean',
  'Western Mediterranean Route': 'Western Mediterranean',
};

const UNHCR_REGIONS: Record<string, Region> = {
  greece: 'Eastern Mediterranean',
  cyprus: 'Eastern Mediterranean',
  italy: 'Central Mediterranean',
  malta: 'Central Mediterranean',
  spain: 'Western Mediterranean',
};

const FRONTEX_NOTES =
  'Detections, not persons: the same person may be detected more than once (in 2015 most people detected on the Eastern Mediterranean route were detected again on the Western Balkan route). Summed over border type and nationality. Source: Frontex, FRAN data as of 3 June 2025.';

const UNHCR_NOTES: Record<string, string> = {
  'greece-land': 'Empty for 2014–2017: the compilers\u2019 zeros for those years are fill-ins, not UNHCR values (the raw series starts in Jan 2018).',
  'cyprus-total': 'Not all months are represented (gaps are empty).',
  'malta-total': 'Not all months are represented (gaps are empty).',
  'spain-land': 'The land/sea split is given only from 2017.',
  'spain-sea': 'The land/sea split is given only from 2017.',
};

export function frontexSeriesId(route: string): string {
  return `frontex:${kebabCase(route)}`;
}

export function unhcrSeriesId(country: string, arrivalType: string): string {
  return `unhcr:${kebabCase(country)}-${kebabCase(arrivalType)}`;
}

/** Groups rows by key, checks months are consecutive, returns start and values per key (source order). */
function monthlySeries(rows: CsvRow[], key: (row: CsvRow) => string, value: (row: CsvRow) => number | null, label: string) {
  const groups = new Map<string, { start: string; values: (number | null)[] }>();
  for (const row of rows) {
    const month = cell(row, 'month');
    if (!isMonthKey(month)) throw new Error(`${label}: bad month '${month}'`);
    const k = key(row);
    const group = groups.get(k);
    if (!group) {
      groups.set(k, { start: month, values: [value(row)] });
      continue;
    }
    const expected = addMonths(group.start, group.values.length);
    if (month !== expected) throw new Error(`${label} ${k}: expected ${expected}, found ${month}`);
    group.values.push(value(row));
  }
  return groups;
}

export function buildFrontexFlows(text: string): FlowSeries[] {
  const rows = parseCsv(text, 'frontex_ibc_monthly_by_route.csv', ['route', 'month', 'detections']);
  const groups = monthlySeries(rows, (row) => cell(row, 'route'), (row) => requireNumber(cell(row, 'detections'), 'frontex detections'), 'frontex');
  return [...groups].map(([route, { start, values }]) => ({
    id: frontexSeriesId(route),
    name: route,
    region: FRONTEX_REGIONS[route] ?? 'Other',
    measure: 'detections' as const,
    unit: 'detections of illegal border-crossing',
    start,
    values,
    sources: ['FRONTEX'],
    confidence: 'high' as const,
    notes: FRONTEX_NOTES,
  }));
}

export function frontexBorderSeriesId(route: string, borderType: 'land' | 'sea'): string {
  return `${frontexSeriesId(route)}:${borderType}`;
}

/** The land and sea parts of each route (frontex_ibc_monthly_by_route_bordertype.csv). */
export function buildFrontexBorderTypeFlows(text: string): FlowSeries[] {
  const rows = parseCsv(text, 'frontex_ibc_monthly_by_route_bordertype.csv', ['route', 'border_type', 'month', 'detections']);
  const groups = monthlySeries(
    rows,
    (row) => `${cell(row, 'route')}\t${cell(row, 'border_type')}`,
    (row) => requireNumber(cell(row, 'detections'), 'frontex detections'),
    'frontex by border type',
  );
  return [...groups].map(([key, { start, values }]) => {
    const [route = '', type = ''] = key.split('\t');
    const borderType = type.toLowerCase() === 'sea' ? ('sea' as const) : ('land' as const);
    return {
      id: frontexBorderSeriesId(route, borderType),
      name: `${route}, ${borderType} borders`,
      region: FRONTEX_REGIONS[route] ?? 'Other',
      measure: 'detections' as const,
      borderType,
      unit: 'detections of illegal border-crossing',
      start,
      values,
      sources: ['FRONTEX'],
      confidence: 'high' as const,
      notes: `The ${borderType} part of the route's total, as Frontex splits it by border type. ${FRONTEX_NOTES}`,
    };
  });
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export function buildUnhcrFlows(text: string): FlowSeries[] {
  const rows = parseCsv(text, 'unhcr_med_arrivals_monthly.csv', ['country', 'arrival_type', 'month', 'arrivals']);
  const groups = monthlySeries(
    rows,
    (row) => `${cell(row, 'country')}\t${cell(row, 'arrival_type')}`,
    (row) => numberOrNull(cell(row, 'arrivals'), 'unhcr arrivals'),
    'unhcr',
  );
  const series: FlowSeries[] = [];
  for (const [key, { start, values }] of groups) {
    if (values.every((value) => value === null)) continue;
    const [country = '', arrivalType = ''] = key.split('\t');
    const id = unhcrSeriesId(country, arrivalType);
    const caveat = UNHCR_NOTES[id.slice('unhcr:'.length)];
    series.push({
      id,
      name: `${capitalise(country)} ${arrivalType} arrivals (UNHCR)`,
      region: UNHCR_REGIONS[kebabCase(country)] ?? 'Other',
      measure: 'arrivals',
      unit: 'persons arriving',
      start,
      values,
      sources: ['UNHCR'],
      confidence: 'high',
      notes: ['Arrivals (persons), not Frontex detections. Data to Nov 2019; empty cells are null.', caveat].filter(Boolean).join(' '),
    });
  }
  return series;
}

/** The last month a series covers. */
export function seriesEnd(series: Pick<FlowSeries, 'start' | 'values'>): string {
  return addMonths(series.start, series.values.length - 1);
}
