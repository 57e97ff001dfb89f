import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartSlug,
  formatChangePercent,
  formatCount,
  frontexRouteTotals,
  monthAtIndex,
  OTHER_ROUTES,
  routeSeries,
  shareOfTotal,
  unhcrSeries,
  yearOnYear,
  type MonthlyTable,
} from '../../src/features/charts/chart-data';
import { chartCsv, sourceLine } from '../../src/features/charts/chart-csv';
import type { Dataset } from '../../src/domain/types';
import { loadCatalogue, setActiveLocale } from '../../src/domain/i18n';

const dataset = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/demo.json'), 'utf8')) as Dataset;

const WB = 'frontex:western-balkan-route';
const EM = 'frontex:eastern-mediterranean-route';
const CM = 'frontex:central-mediterranean-route';
const WM = 'frontex:western-mediterranean-route';

function valueAt(table: MonthlyTable, id: string, month: string): number | null {
  const series = table.series.find((s) => s.id === id);
  const i = table.months.indexOf(month);
  if (!series || i < 0) throw new Error(`no ${id} at ${month}`);
  return series.values[i] ?? null;
}

function sumOfYear(table: MonthlyTable, id: string, year: number): number {
  return table.months.reduce((sum, m) => (m.startsWith(`${year}-`) ? sum + (valueAt(table, id, m) ?? 0) : sum), 0);
}

describe('routeSeries', () => {
  const table = routeSeries(dataset);

  it('covers dataset.months with the four named routes and "All other routes"', () => {
    expect(table.months[0]).toBe(dataset.months.from);
    expect(table.months[table.months.length - 1]).toBe(dataset.months.to);
    expect(table.months).toHaveLength(196);
    expect(table.series.map((s) => s.id)).toEqual([WB, EM, CM, WM, OTHER_ROUTES.id]);
    expect(table.series.map((s) => s.color)).toEqual(['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#999999']);
    for (const s of table.series) expect(s.values).toHaveLength(196);
  });

  it('Western Balkan Route 2015: the sum of its months, 764,033; Eastern Mediterranean 885,386', () => {
    const wbYear = yearOnYear(table).series.find((s) => s.id === WB);
    const k = yearOnYear(table).years.findIndex((y) => y.year === 2015);
    expect(wbYear?.totals[k]).toBe(sumOfYear(table, WB, 2015));
    expect(sumOfYear(table, WB, 2015)).toBe(764033);
    expect(sumOfYear(table, EM, 2015)).toBe(885386);
  });

  it('"All other routes" is the all-routes total minus the four named routes (2015-10)', () => {
    const i = table.months.indexOf('2015-10');
    const total = table.total?.[i] ?? NaN;
    const named = [WB, EM, CM, WM].reduce((sum, id) => sum + (valueAt(table, id, '2015-10') ?? 0), 0);
    expect(valueAt(table, OTHER_ROUTES.id, '2015-10')).toBe(total - named);
    expect(valueAt(table, OTHER_ROUTES.id, '2015-10')).toBeGreaterThan(0);
  });

  it('does not count the land and sea parts again: the total is the sum of the 9 route totals', () => {
    const routes = frontexRouteTotals(dataset);
    expect(routes).toHaveLength(9);
    expect(routes.every((f) => f.borderType === undefined)).toBe(true);
    const offset = 2015 * 12 + 9 - (2009 * 12);
    const expected = routes.reduce((sum, f) => sum + (f.values[offset] ?? 0), 0);
    const i = table.months.indexOf('2015-10');
    expect(table.total?.[i]).toBe(expected);
    // With the parts counted too, the sum would be larger.
    const withParts = dataset.flows.filter((f) => f.measure === 'detections').reduce((sum, f) => sum + (f.values[offset] ?? 0), 0);
    expect(withParts).toBeGreaterThan(expected);
    // And the five series add up to the total in every month.
    table.months.forEach((_, m) => {
      expect(table.series.reduce((sum, s) => sum + (s.values[m] ?? 0), 0)).toBe(table.total?.[m]);
    });
  });

  it('keeps null where a route has no value, and 0 where the source says 0', () => {
    const gappy: Dataset = {
      ...dataset,
      flows: dataset.flows.map((f) => (f.id === WM ? { ...f, values: f.values.map((v, i) => (i === 0 ? null : i === 1 ? 0 : v)) } : f)),
    };
    const t = routeSeries(gappy);
    expect(valueAt(t, WM, '2009-01')).toBeNull();
    expect(valueAt(t, WM, '2009-02')).toBe(0);
  });
});

describe('shareOfTotal', () => {
  const table = routeSeries(dataset);
  const shares = shareOfTotal(table);

  it('shares of a month with a non-zero total sum to 1, each in 0..1', () => {
    for (const month of ['2015-10', '2009-01', '2025-04']) {
      const values = shares.series.map((s) => s.values[shares.months.indexOf(month)] ?? 0);
      for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
      for (const v of values) expect(v).toBeLessThanOrEqual(1);
      expect(Math.abs(values.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
    }
  });

  it('is null in a month whose total is 0', () => {
    const zero: MonthlyTable = { ...table, months: ['2020-01'], series: table.series.map((s) => ({ ...s, values: [0] })) };
    expect(shareOfTotal(zero).series.every((s) => s.values[0] === null)).toBe(true);
  });
});

describe('yearOnYear', () => {
  const yoy = yearOnYear(routeSeries(dataset));
  const wb = yoy.series.find((s) => s.id === WB);
  const at = (year: number) => yoy.years.findIndex((y) => y.year === year);

  it('has one row per calendar year; 2025 (Jan–Apr) is partial, 2024 complete', () => {
    expect(yoy.years.map((y) => y.year)).toEqual(Array.from({ length: 17 }, (_, i) => 2009 + i));
    expect(yoy.years[at(2025)]).toMatchObject({ partial: true, months: 4, label: '2025 (Jan–Apr)' });
    expect(yoy.years[at(2024)]).toMatchObject({ partial: false, months: 12, label: '2024' });
  });

  it('Western Balkans 2016 against 2015 is a fall', () => {
    const k = at(2016);
    expect(wb?.change[k]).toBeLessThan(0);
    expect(wb?.change[k]).toBe((wb?.totals[k] ?? 0) - 764033);
    expect(wb?.changePercent[k]).toBeCloseTo(((wb?.change[k] ?? 0) / 764033) * 100, 9);
  });

  it('gives no change for the first year and none for or against a partial year', () => {
    for (const s of yoy.series) {
      expect(s.change[0]).toBeNull();
      expect(s.change[at(2025)]).toBeNull();
      expect(s.changePercent[at(2025)]).toBeNull();
      expect(s.totals[at(2025)]).not.toBeNull();
    }
  });

  it('treats a year cut at the start of the data as partial too', () => {
    const table = routeSeries(dataset);
    const from = table.months.indexOf('2014-07');
    const cut: MonthlyTable = { ...table, months: table.months.slice(from), series: table.series.map((s) => ({ ...s, values: s.values.slice(from) })) };
    const y = yearOnYear(cut);
    expect(y.years[0]).toMatchObject({ year: 2014, partial: true, label: '2014 (Jul–Dec)' });
    expect(y.series[0]?.change[1]).toBeNull();
    expect(y.series[0]?.change[2]).not.toBeNull();
  });
});

describe('unhcrSeries', () => {
  const table = unhcrSeries(dataset);

  it('holds the UNHCR arrivals series that have values, with null gaps, over their months', () => {
    const ids = table.series.map((s) => s.id);
    for (const id of ['unhcr:greece-sea', 'unhcr:greece-land', 'unhcr:greece-total', 'unhcr:italy-total', 'unhcr:spain-total', 'unhcr:cyprus-total', 'unhcr:malta-total']) {
      expect(ids).toContain(id);
    }
    expect(table.months[0]).toBe('2014-01');
    expect(table.months[table.months.length - 1]).toBe('2019-11');
    const greeceLand = table.series.find((s) => s.id === 'unhcr:greece-land');
    expect(greeceLand?.values[0]).toBeNull();
    expect(greeceLand?.label).toBe('Greece land arrivals');
    expect(table.series.find((s) => s.id === 'unhcr:greece-sea')?.values[0]).toBe(955);
  });

  it('is empty for a dataset without UNHCR series', () => {
    const t = unhcrSeries({ ...dataset, flows: dataset.flows.filter((f) => f.measure !== 'arrivals') });
    expect(t.months).toEqual([]);
    expect(t.series).toEqual([]);
  });
});

describe('chartCsv', () => {
  it('writes its header row in the interface language (German: Monat, Jahr, …)', async () => {
    expect(await loadCatalogue('de')).toBe(true);
    setActiveLocale('de');
    try {
      const header = (csv: string) => csv.split('\r\n').find((l) => !l.startsWith('#'))!;
      expect(header(chartCsv(routeSeries(dataset), dataset))).toMatch(/^Monat,/);
      expect(header(chartCsv(yearOnYear(routeSeries(dataset)), dataset))).toMatch(/^Jahr,Monate_in_Daten,unvollständig,/);
    } finally {
      setActiveLocale('en');
    }
  });

  it('writes the sources as comment lines, a month column and one column per series', () => {
    const table = routeSeries(dataset);
    const csv = chartCsv(table, dataset);
    const lines = csv.split('\r\n');
    expect(lines.filter((l) => l.startsWith('# Source:'))).toHaveLength(1);
    expect(csv).toMatch(/# Source: Frontex, Monthly detections of illegal border-crossings \(FRAN data as of 3 June 2025\)/);
    expect(csv).toMatch(/# Licence: /);
    const header = lines.find((l) => !l.startsWith('#'));
    expect(header).toBe('month,Western Balkan Route,Eastern Mediterranean Route,Central Mediterranean Route,Western Mediterranean Route,All other routes,All routes (total)');
    const october = lines.find((l) => l.startsWith('2015-10,'));
    const i = table.months.indexOf('2015-10');
    expect(october).toBe(['2015-10', ...table.series.map((s) => s.values[i]), table.total?.[i]].join(','));
  });

  it('names the UNHCR source and its CC BY 4.0 licence; gaps are empty cells', () => {
    const csv = chartCsv(unhcrSeries(dataset), dataset);
    expect(csv).toMatch(/# Source: UNHCR Operational Data Portal/);
    expect(csv).toMatch(/# Licence: CC BY 4\.0/);
    expect(csv).toMatch(/\r\n2014-01,.*,,/);
  });

  it('writes shares as fractions and year-on-year rows with the partial flag', () => {
    const shares = chartCsv(shareOfTotal(routeSeries(dataset)), dataset);
    expect(shares).toMatch(/\r\n2015-10,0\.\d+,/);
    const yoy = chartCsv(yearOnYear(routeSeries(dataset)), dataset);
    expect(yoy).toMatch(/\r\nyear,months_in_data,partial,Western Balkan Route,Western Balkan Route change,Western Balkan Route change %,/);
    expect(yoy).toMatch(/\r\n2015,12,false,764033,/);
    expect(yoy).toMatch(/\r\n2025,4,true,\d+,,,/);
  });
});

describe('helpers', () => {
  it('monthAtIndex maps a chart index to its month, null outside', () => {
    const labels = ['2015-09', '2015-10', '2015-11'];
    expect(monthAtIndex(labels, 1)).toBe('2015-10');
    expect(monthAtIndex(labels, 1.6)).toBe('2015-11');
    expect(monthAtIndex(labels, -1)).toBeNull();
    expect(monthAtIndex(labels, 3)).toBeNull();
    expect(monthAtIndex(labels, undefined)).toBeNull();
    expect(monthAtIndex(labels, NaN)).toBeNull();
    expect(monthAtIndex(['2015'], 0)).toBeNull();
  });

  it('formats en-GB numbers and signed percentages', () => {
    expect(formatCount(205703)).toBe('205,703');
    expect(formatCount(null)).toBe('no data');
    expect(formatChangePercent(-83.44)).toBe('−83.4 %');
    expect(formatChangePercent(12.5)).toBe('+12.5 %');
  });

  it('source lines and file slugs', () => {
    expect(sourceLine(routeSeries(dataset), dataset)).toBe(
      'Source: Frontex, Monthly detections of illegal border-crossings (FRAN data as of 3 June 2025). Detections, not persons.',
    );
    expect(sourceLine(unhcrSeries(dataset), dataset)).toBe(
      'Source: UNHCR Operational Data Portal, Mediterranean situation: monthly arrivals by country (CC BY 4.0), compiled by stklem/med_migration; to Nov 2019.',
    );
    expect(chartSlug('detections')).toBe('monthly-detections-by-route');
    expect(chartSlug('unhcr')).toBe('unhcr-arrivals');
  });
});
