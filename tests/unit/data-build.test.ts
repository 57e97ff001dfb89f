import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inPeriod, monthsBetween } from '../../src/domain/month';
import type { Dataset, FlowSeries } from '../../src/domain/types';
import { buildDataset, SOURCE_FILES, type SourceTexts } from '../../src/data/build/build-dataset';
import { flowValueAt as seriesValue } from '../../src/domain/flows';
import { legMode } from '../../src/data/build/build-routes';
import { parseCsv } from '../../src/data/build/csv';
import { validateDataset } from '../../src/data/validate-dataset';

const SOURCES_DIR = fileURLToPath(new URL('../../data/sources/', import.meta.url));
const read = (file: string) => readFileSync(join(SOURCES_DIR, file), 'utf8');
const texts = Object.fromEntries(Object.entries(SOURCE_FILES).map(([key, file]) => [key, read(file)])) as unknown as SourceTexts;
const dataset: Dataset = buildDataset(texts);

function flow(id: string): FlowSeries {
  const series = dataset.flows.find((f) => f.id === id);
  if (!series) throw new Error(`no flow ${id}`);
  return series;
}
function yearSum(series: FlowSeries, year: number): number {
  return monthsBetween(`${year}-01`, `${year}-12`).reduce((sum, month) => sum + (seriesValue(series, month) ?? 0), 0);
}

describe('buildDataset from data/sources', () => {
  it('is a valid format-v1 dataset', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.issues.slice(0, 10)).toEqual([]);
    expect(dataset.format).toBe('routeshift-dataset');
    expect(dataset.version).toBe(1);
    expect(dataset.months).toEqual({ from: '2009-01', to: '2025-04' });
    expect(dataset.dataDate).toBe('2025-06-04');
  });

  it('copies the Frontex figures exactly', () => {
    const wb = flow('frontex:western-balkan-route');
    const em = flow('frontex:eastern-mediterranean-route');
    expect(seriesValue(wb, '2015-10')).toBe(205703);
    expect(yearSum(em, 2015)).toBe(885386);
    expect(yearSum(wb, 2017)).toBe(12179);
    expect(dataset.flows.filter((f) => f.id.startsWith('frontex:') && !f.borderType)).toHaveLength(9);
    for (const series of dataset.flows.filter((f) => f.id.startsWith('frontex:') && !f.borderType)) {
      expect(series.start).toBe('2009-01');
      expect(series.values).toHaveLength(196);
      expect(series.sources).toEqual(['FRONTEX']);
    }
    expect(wb.region).toBe('Western Balkans');
    expect(flow('frontex:black-sea-route').region).toBe('Other');
  });

  it('matches every annual total of frontex_ibc_annual_by_route.csv', () => {
    const annual = parseCsv(read('frontex/frontex_ibc_annual_by_route.csv'), 'annual');
    expect(annual.length).toBe(9 * 17);
    for (const row of annual) {
      const series = dataset.flows.find((f) => f.name === row.route && f.id.startsWith('frontex:'));
      expect(series, row.route).toBeDefined();
      expect(yearSum(series as FlowSeries, Number(row.year))).toBe(Number(row.detections));
    }
  });

  it('copies the UNHCR figures exactly, with nulls for empty cells', () => {
    expect(yearSum(flow('unhcr:greece-sea'), 2015)).toBe(856723);
    expect(yearSum(flow('unhcr:italy-total'), 2015)).toBe(153842);
    expect(flow('unhcr:greece-sea').name).toBe('Greece sea arrivals (UNHCR)');
    expect(seriesValue(flow('unhcr:greece-land'), '2015-06')).toBeNull();
    expect(flow('unhcr:malta-total').region).toBe('Central Mediterranean');
    expect(flow('unhcr:spain-total').region).toBe('Western Mediterranean');
  });

  it('copies IOM incidents with their figures', () => {
    expect(dataset.incidents).toHaveLength(4952);
    const pylos = dataset.incidents.find((i) => i.id === 'iom-3926');
    expect(pylos).toMatchObject({
      date: '2023-06-14',
      month: '2023-06',
      coord: [21.04, 36.18],
      deadAndMissing: 646,
      survivors: 104,
      countryIso3: 'GRC',
      recordType: 'Split Incident',
      route: 'Central Mediterranean Route',
      confidence: 'medium',
      sources: ['IOM-MMP'],
    });
    expect(pylos?.notes).toMatch(/approximate/i);
    expect(dataset.incidents.find((i) => i.id === 'iom-128')).toMatchObject({
      date: '2015-04-18',
      deadAndMissing: 1022,
      survivors: 28,
      confidence: 'high',
    });
    expect(dataset.incidents.find((i) => i.id === 'iom-1')).toMatchObject({ deadAndMissing: 12, survivors: null });
  });

  it('turns the source\u2019s negative survivor counts into null with a note', () => {
    const incident = dataset.incidents.find((i) => i.id === 'iom-516');
    expect(incident?.survivors).toBeNull();
    expect(incident?.notes).toMatch(/-1/);
    expect(dataset.incidents.every((i) => (i.survivors ?? 0) >= 0 && (i.deadAndMissing ?? 0) >= 0)).toBe(true);
  });

  it('locates a place the reference left without coordinates only from RouteShift\u2019s derived places, saying how', () => {
    const missing = parseCsv(texts.places, 'places')
      .filter((row) => row.coord_status === 'missing')
      .map((row) => row.id ?? '');
    expect(missing).toContain('botovo');
    const derived = new Set(parseCsv(texts.placesDerived, 'places-derived').map((row) => row.id ?? ''));
    for (const id of missing) {
      const point = [...dataset.hubs, ...dataset.crossings].find((p) => p.id === id);
      if (!derived.has(id)) expect(point, id).toBeUndefined();
      else expect(point?.coordDerivation, id).toBeTruthy();
    }
  });

  it('derives corridor and segment periods from the corridor rows', () => {
    const a = dataset.segments.filter((s) => s.corridorId === 'A');
    const c2 = dataset.segments.filter((s) => s.corridorId === 'C2');
    expect(a).toHaveLength(15);
    expect(a.every((s) => s.active.from === '2015-06' && s.active.to === '2015-09')).toBe(true);
    expect(c2.length).toBeGreaterThanOrEqual(4);
    expect(c2.every((s) => s.active.from === '2015-11' && s.active.to === '2016-03')).toBe(true);
    expect(a.map((s) => s.id)).toEqual(Array.from({ length: 15 }, (_, i) => `A-${i + 1}`));
    expect(a[0]).toMatchObject({ fromPlaceId: 'izmir', toPlaceId: 'mytilene', mode: 'boat', approximate: false });
    expect(a[5]).toMatchObject({ fromPlaceId: 'gevgelija', toPlaceId: 'tabanovce-presevo', mode: 'mixed' });
    expect(a[0]?.volume).toEqual({ seriesId: 'frontex:eastern-mediterranean-route:sea', scope: 'route-total' });
    expect(a[1]).toMatchObject({ context: true });
    expect(a[1]?.volume).toBeUndefined();
    expect(a[5]?.volume).toEqual({ seriesId: 'frontex:western-balkan-route:land', scope: 'route-total' });
    const f1 = dataset.corridors.find((c) => c.id === 'F1');
    expect(f1?.active).toEqual({ from: '2019-01', to: '2024-12' });
    expect(f1?.notes).toMatch(/still active at the end of 2024/);
  });

  it('maps leg modes', () => {
    expect(['boat', 'train', 'bus', 'foot', 'car', 'taxi', 'train/bus', '', 'plane'].map(legMode)).toEqual([
      'boat', 'rail', 'bus', 'foot', 'car', 'taxi', 'mixed', 'unknown', 'unknown',
    ]);
  });

  it('gives crossings status periods from the curated table, covering the data\u2019s months', () => {
    const rows = parseCsv(texts.crossingStatus, 'crossing-status');
    expect(rows.length).toBeGreaterThan(30);
    const horgos = dataset.crossings.find((c) => c.id === 'horgos-roszke');
    const row = rows.find((r) => r.crossing_id === 'horgos-roszke' && (r.from ?? '') <= '2015-10' && ((r.to ?? '') === '' || (r.to ?? '') >= '2015-10'));
    const october = horgos?.statusPeriods.find((p) => inPeriod('2015-10', p));
    expect(october?.status).toBe(row?.status);
    expect(october?.sources).toEqual((row?.source ?? '').split('|'));
    for (const crossing of dataset.crossings) {
      const months = crossing.statusPeriods.flatMap((p) => monthsBetween(p.from, p.to));
      expect(months, crossing.id).toEqual(monthsBetween(dataset.months.from, dataset.months.to));
    }
  });

  it('resolves every source key of every entity', () => {
    const keys = new Set(dataset.sources.map((s) => s.key));
    const lists = [dataset.corridors, dataset.segments, dataset.crossings, dataset.hubs, dataset.safeHouses, dataset.events, dataset.flows, dataset.incidents, dataset.prices];
    for (const list of lists) {
      for (const entity of list) {
        expect(entity.sources.length, entity.id).toBeGreaterThan(0);
        for (const key of entity.sources) expect(keys.has(key), `${entity.id}: ${key}`).toBe(true);
      }
    }
    for (const crossing of dataset.crossings) {
      for (const period of crossing.statusPeriods) for (const key of period.sources) expect(keys.has(key)).toBe(true);
    }
    expect(keys.has('FRONTEX') && keys.has('IOM-MMP') && keys.has('UNHCR') && keys.has('ROUTES-REF')).toBe(true);
  });

  it('marks every demo safe house as illustrative, low confidence, at its hub', () => {
    expect(dataset.safeHouses.length).toBeGreaterThan(0);
    const hubs = new Map(dataset.hubs.map((h) => [h.id, h]));
    for (const house of dataset.safeHouses) {
      expect(house.illustrative).toBe(true);
      expect(house.confidence).toBe('low');
      expect([`safe-house-${house.hubId}`, `safe-house-h-${house.hubId}`]).toContain(house.id);
      expect(house.coord).toEqual(hubs.get(house.hubId)?.coord);
      expect(house.notes).toMatch(/^Illustrative: .*no (public )?source locates (safe houses|one)\./);
    }
    expect(dataset.safeHouses.find((s) => s.hubId === 'bihac')?.active).toEqual({ from: '2018-01', to: '2024-12' });
  });

  it('keeps every event and price row', () => {
    expect(dataset.events).toHaveLength(parseCsv(texts.events, 'events').length);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(dataset.events.length);
    expect(dataset.prices).toHaveLength(parseCsv(texts.prices, 'prices').length);
    const weak = dataset.events.find((e) => e.status === 'weak');
    expect(weak?.confidence).toBe('low');
  });
});

describe('the committed demo dataset', () => {
  it('is exactly what scripts/build-data.ts builds from data/sources (run `npm run build:data` after changing a source)', () => {
    const committed: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/data/demo.json', import.meta.url)), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(dataset)));
  });
});

describe('Frontex land and sea parts', () => {
  it('add up to the route total in every month', () => {
    for (const total of dataset.flows.filter((f) => f.id.startsWith('frontex:') && !f.borderType)) {
      const parts = dataset.flows.filter((f) => f.borderType && f.id.startsWith(`${total.id}:`));
      expect(parts.length, total.name).toBeGreaterThan(0);
      total.values.forEach((value, i) => {
        expect(parts.reduce((sum, p) => sum + (p.values[i] ?? 0), 0), `${total.name} month ${i}`).toBe(value);
      });
    }
  });
  it('size each segment by where Frontex counts it: the Aegean boat leg on the Eastern Mediterranean sea border', () => {
    const volume = (id: string) => dataset.segments.find((s) => s.id === id)?.volume?.seriesId;
    expect(volume('A-1')).toBe('frontex:eastern-mediterranean-route:sea');
    expect(volume('C2-1')).toBe('frontex:western-balkan-route:land');
    expect(volume('I1-1')).toBe('frontex:eastern-mediterranean-route:land');
    expect(volume('J2-1')).toBe('frontex:central-mediterranean-route:sea');
    // Athens → Kakavia leaves Greece: Frontex counts the Greek–Albanian border only on entry into Greece.
    expect(dataset.segments.find((s) => s.id === 'D1-1')).toMatchObject({ context: true });
  });
});
