/** What the panel, tooltip and exports say about the fields added in format v1 (2cc23eb). */
import { describe, expect, it } from 'vitest';
import { exportGeoJson } from '../../src/data/export/export-visible';
import { visibleItems } from '../../src/data/export/visible-entities';
import { entityDetails, routeContextText } from '../../src/features/details/entity-details';
import { routeSeries, unhcrSeries } from '../../src/features/charts/chart-data';
import { monthlyDetectionTotals, resolveEntity } from '../../src/state/selectors';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import type { EntityKind } from '../../src/domain/types';
import { newFieldsDataset } from '../fixtures/new-fields-dataset';

const dataset = newFieldsDataset();
const details = (kind: EntityKind, id: string, month: string) => entityDetails(dataset, resolveEntity(dataset, { kind, id })!, month);
const row = (d: ReturnType<typeof details>, label: string) => d.rows.find((r) => r.label === label)?.value;

describe('crossing details', () => {
  it('says "end unknown" with since and last confirmed in the month row the tooltip shows', () => {
    const d = details('crossing', 'idomeni', '2016-08');
    expect(d.keyLabel).toBe('Status, August 2016');
    expect(row(d, 'Status, August 2016')).toBe('closed for transit since 9 Mar 2016 — end unknown (last confirmed 26 May 2016)');
  });

  it('says "restricted" and "status unknown" in words', () => {
    expect(row(details('crossing', 'idomeni', '2016-01'), 'Status, January 2016')).toBe('restricted (only some pass) since 18 Nov 2015');
    expect(row(details('crossing', 'gevgelija-x', '2016-01'), 'Status, January 2016')).toBe('status unknown');
  });

  it('lists the whole status history with dates, notes, confidence and titled sources, the current entry marked', () => {
    const history = details('crossing', 'idomeni', '2016-08').statusHistory!;
    expect(history.map((h) => [h.when, h.status, h.current])).toEqual([
      ['Jun 2015 – Oct 2015', 'open', false],
      ['18 Nov 2015 – Feb 2016', 'restricted (only some pass)', false],
      ['9 Mar 2016 – end unknown', 'closed for transit (last confirmed 26 May 2016)', true],
    ]);
    expect(history[2]!.confidence).toBe('high; low after the last confirmation');
    expect(history[1]).toMatchObject({ confidence: 'high', notes: ['Only Syrians, Iraqis and Afghans let through; from February a few hundred a day.'] });
    expect(history[1]!.sources).toEqual([
      { key: 'MSF', title: 'Obstacle course to Europe' },
      { key: 'UNHCR-GR', title: 'UNHCR Greece situation update' },
    ]);
    expect(details('crossing', 'idomeni', '2015-12').statusHistory!.map((h) => h.current)).toEqual([false, true, false]);
  });

  it('says how an approximate coordinate was derived, and keeps the approximate caveat', () => {
    const d = details('crossing', 'idomeni', '2016-01');
    expect(d.remarks).toEqual(['Location: Railway crossing point read off the source map; the camp lay about 500 m south.']);
    expect(d.caveats[0]).toMatch(/approximate/);
    const hub = details('hub', 'polykastro', '2016-01');
    expect(hub.remarks).toEqual(['Location: Town centre standing in for the petrol-station camps on the motorway.']);
    expect(hub.caveats[0]).toMatch(/town standing in/);
    expect(details('hub', 'athens', '2016-01').remarks).toEqual([]);
  });
});

describe('segment details', () => {
  it('route context: says why there is no figure and gives none', () => {
    const d = details('segment', 'E-1', '2015-10');
    expect(routeContextText()).toBe('Frontex counts no border crossing on this leg (e.g. inside Greece after the sea crossing, inside Schengen); no figure is drawn.');
    expect(d.keyLabel).toBe('Route context');
    expect(row(d, 'Route context')).toBe(routeContextText());
    expect(d.rows.some((r) => r.label.startsWith('Eastern Mediterranean Route'))).toBe(false);
    expect(d.sources).not.toContain('FRONTEX');
  });

  it('a counted leg keeps its route figure, labelled as the whole route', () => {
    const d = details('segment', 'E-2', '2015-10');
    expect(row(d, 'Eastern Mediterranean Route, October 2015')).toBe("216,000 detections of illegal border-crossing (whole route, not this segment's share)");
  });

  it("a corridor's own figure: reported persons, named series and reporter, not a Frontex route total", () => {
    const d = details('segment', 'N-1', '2016-05');
    expect(d.keyLabel).toBe('Idomeni network, monthly average, May 2016');
    expect(row(d, d.keyLabel!)).toBe("300 reported persons — the corridor's own figure, reported by Europol; not a Frontex route total");
    expect(row(d, d.keyLabel!)).not.toMatch(/detections/);
  });

  it('an irregular crossing names the crossing and its status in the leg’s months', () => {
    expect(details('segment', 'N-1', '2016-05').remarks).toEqual(['Crosses the border irregularly near Idomeni – Gevgelija (closed for transit in these months).']);
    expect(details('segment', 'E-2', '2015-10').remarks).toEqual([]);
  });

  it('a schematic leg says it is not a path', () => {
    expect(details('segment', 'E-S', '2015-10').caveats).toContain('Schematic route-level flow: geometry shows departure and arrival areas, not a path.');
  });
});

describe('exports of the new fields', () => {
  const months = { from: '2016-05', to: '2016-05' };
  it('give a context leg no figure and a reported series its own unit', () => {
    const items = visibleItems(dataset, { from: '2015-10', to: '2015-10' }, DEFAULT_LAYERS);
    const context = items.find((i) => i.id === 'E-1')!;
    expect(context).toMatchObject({ value: null, unit: 'route context, no figure' });
    expect(context.details).toMatchObject({ routeContext: true, volume: null, volumeSeries: null, volumeScope: null });
    const network = visibleItems(dataset, months, DEFAULT_LAYERS).find((i) => i.id === 'N-1')!;
    expect(network.value).toBe(300);
    expect(network.unit).toBe("reported persons (Idomeni network, monthly average, the corridor's own reported figure)");
    expect(network.details).toMatchObject({ volumeScope: 'corridor', volumeMeasure: 'reported', volumeUnit: 'reported persons', irregularCrossing: true });
  });

  it('mark a crossing status past its last confirmation, and keep the derivation', () => {
    const fc = exportGeoJson(dataset, { from: '2016-08', to: '2016-08' }, DEFAULT_LAYERS, '2026-12-01T00:00:00.000Z');
    const idomeni = fc.features.find((f) => f.properties.id === 'idomeni')!;
    expect(idomeni.properties).toMatchObject({
      status: 'closed',
      statusText: 'closed for transit',
      statusEndUnknown: true,
      coordDerivation: 'Railway crossing point read off the source map; the camp lay about 500 m south.',
    });
    // The CSV's value and unit columns.
    expect(visibleItems(dataset, { from: '2016-08', to: '2016-08' }, DEFAULT_LAYERS).find((i) => i.id === 'idomeni')).toMatchObject({
      value: 'closed',
      unit: 'status in Aug 2016 (end unknown: not confirmed that month)',
    });
    expect(String(idomeni.properties.statusHistory)).toContain('2016-06..2016-12 closed (end unknown: not confirmed in these months)');
  });
});

describe('charts and histogram', () => {
  it('ignore a reported series, even one that names a Frontex route or cites Frontex', () => {
    const reported = dataset.flows.find((f) => f.measure === 'reported')!;
    const withImpostor = { ...dataset, flows: [...dataset.flows, { ...reported, id: 'r2', name: 'Western Balkan Route', sources: ['FRONTEX'] }] };
    expect(monthlyDetectionTotals(withImpostor)).toEqual(monthlyDetectionTotals(dataset));
    expect(routeSeries(withImpostor)).toEqual(routeSeries(dataset));
    expect(unhcrSeries(withImpostor)).toEqual(unhcrSeries(dataset));
  });
});
