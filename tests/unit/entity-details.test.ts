import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CountryFeatures } from '../../src/domain/geometry-analytics';
import { entityDetails, formatPrice } from '../../src/features/details/entity-details';
import { monthlyDetectionTotals, resolveEntity } from '../../src/state/selectors';
import { demoDataset } from '../fixtures/demo-fixture';

const dataset = demoDataset();

describe('entity details', () => {
  it('gives a segment its route figure for the month, labelled as the whole route', () => {
    const segment = dataset.segments.find((s) => s.corridorId === 'C2')!;
    const d = entityDetails(dataset, resolveEntity(dataset, { kind: 'segment', id: segment.id })!, '2015-10');
    const figure = d.rows.find((r) => r.label.startsWith('Western Balkan Route, land borders'));
    expect(figure?.value).toBe("205,703 detections of illegal border-crossing (whole route, not this segment's share)");
    expect(d.sources).toContain('FRONTEX');
  });
  it('gives a segment its length, the countries along it and its corridor length that month', () => {
    const countries = JSON.parse(readFileSync(resolve(process.cwd(), 'public/basemap/countries.json'), 'utf8')) as CountryFeatures;
    const d = entityDetails(dataset, resolveEntity(dataset, { kind: 'segment', id: 'C2-3' })!, '2015-12', countries);
    expect(d.rows.find((r) => r.label === 'Length as drawn')?.value).toMatch(/^\d+ km$/);
    expect(d.rows.find((r) => r.label === 'Countries along')?.value).toBe('Croatia → Slovenia');
    expect(d.rows.find((r) => r.label.startsWith('Corridor C2 as drawn'))?.value).toMatch(/^\d+ km/);
  });
  it("states a crossing's status in the month", () => {
    const d = entityDetails(dataset, resolveEntity(dataset, { kind: 'crossing', id: 'horgos-roszke' })!, '2015-10');
    expect(d.rows.find((r) => r.label === 'Status, October 2015')?.value).toBe('restricted (only some pass) since 15 Sep 2015');
  });
  it('marks safe houses illustrative', () => {
    const safeHouse = dataset.safeHouses[0]!;
    const d = entityDetails(dataset, resolveEntity(dataset, { kind: 'safeHouse', id: safeHouse.id })!, '2019-01');
    expect(d.kindLabel).toMatch(/illustrative/);
    expect(d.caveats[0]).toMatch(/no public source locates safe houses/);
  });
  it('flags approximate places', () => {
    const approx = dataset.crossings.find((c) => c.coordStatus !== 'confirmed')!;
    const d = entityDetails(dataset, resolveEntity(dataset, { kind: 'crossing', id: approx.id })!, '2015-10');
    expect(d.caveats).toHaveLength(1);
  });
  it('formats prices without inventing bounds', () => {
    const base = { id: 'p', leg: 'x', sources: [], confidence: 'medium' as const, currency: 'EUR', unit: 'per person' };
    expect(formatPrice({ ...base, min: 2500, max: 3000 })).toBe('2,500–3,000 EUR per person');
    expect(formatPrice({ ...base, min: 1000, max: null })).toBe('at least 1,000 EUR per person');
    expect(formatPrice({ ...base, min: null, max: 500 })).toBe('up to 500 EUR per person');
  });
});

describe('histogram totals', () => {
  it('sum every Frontex route per month', () => {
    const totals = monthlyDetectionTotals(dataset);
    expect(totals).toHaveLength(196);
    const oct2015 = totals.find((t) => t.month === '2015-10')!;
    const byHand = dataset.flows
      .filter((f) => f.sources.includes('FRONTEX') && !f.borderType)
      .reduce((sum, f) => sum + (f.values[(2015 - 2009) * 12 + 9] ?? 0), 0);
    expect(oct2015.total).toBe(byHand);
    expect(oct2015.total).toBeGreaterThan(205703);
  });
});

describe('tooltip figure', () => {
  it("is the segment's month figure, the crossing's state, the incident's toll", () => {
    const seg = entityDetails(dataset, resolveEntity(dataset, { kind: 'segment', id: 'C2-1' })!, '2015-12');
    expect(seg.keyLabel).toBe('Western Balkan Route, land borders, December 2015');
    expect(seg.rows.some((r) => r.label === seg.keyLabel)).toBe(true);
    expect(entityDetails(dataset, resolveEntity(dataset, { kind: 'crossing', id: 'horgos-roszke' })!, '2015-12').keyLabel).toBe('Status, December 2015');
  });
});
