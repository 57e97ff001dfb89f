/**
 * The data build's route-truth rules on small crafted inputs: the curated status table, where a
 * leg's figure comes from, and each consistency check failing on a bad input.
 */
import { describe, expect, it } from 'vitest';
import { crossingStatusPeriods, parseStatusTable, statusRowsByCrossing } from '../../src/data/build/crossing-status';
import { legFigures, legSpan, parseBordersTable, type LegEnd } from '../../src/data/build/leg-figures';
import {
  checkEventDates,
  checkLegFigures,
  checkLegsConnect,
  checkLegsThroughClosedCrossings,
  checkSafeHouseDates,
  checkStatusSources,
} from '../../src/data/build/consistency-checks';
import { buildReportedFigures } from '../../src/data/build/reported-figures';
import { arc } from '../../src/data/build/build-route-flows';
import type { DatedEvent, RouteSegment, SafeHouse } from '../../src/domain/types';

const HEADER = 'crossing_id,from,to,last_confirmed,status,source,confidence,note\n';
const MONTHS = { from: '2015-01', to: '2016-12' };

const BORDERS = parseBordersTable(
  'border,route,border_type,source,note\n' +
    'TR>GR,Eastern Mediterranean Route,sea,FRONTEX,\n' +
    'RS>HU,Western Balkan Route,land,FRONTEX,\n' +
    'RS>HR,Western Balkan Route,land,FRONTEX,\n' +
    'RS>BG,Western Balkan Route,land,FRONTEX,entry only\n' +
    'TR>BG,Eastern Mediterranean Route,land,FRONTEX,\n',
);
const hub = (id: string, country: string): LegEnd => ({ id, kind: 'hub', countries: [country] });
const crossing = (id: string, a: string, b: string): LegEnd => ({ id, kind: 'crossing', countries: [a, b] });

function segment(id: string, patch: Partial<RouteSegment> = {}): RouteSegment {
  return {
    id,
    corridorId: id.split('-')[0] as string,
    fromPlaceId: 'a',
    toPlaceId: 'b',
    path: [
      [0, 0],
      [1, 1],
    ],
    mode: 'unknown',
    active: { from: '2015-06', to: '2015-09' },
    approximate: false,
    sources: ['R1'],
    confidence: 'high',
    ...patch,
  };
}

describe('the curated crossing status table', () => {
  const rows = parseStatusTable(
    HEADER +
      'x,2015-08-22,2015-11-18,,open,R07,high,reopened\n' +
      'x,2015-08-19,2015-08-21,,closed,R08,high,sealed three days\n' +
      'x,2015-11-19,2016-03-08,,restricted,R34,medium,SIA only\n' +
      'x,2016-03-09,,2016-05,closed,R35,high,transit stopped\n',
  );
  const periods = crossingStatusPeriods(statusRowsByCrossing(rows).get('x') ?? [], MONTHS);
  const at = (month: string) => periods.find((p) => p.from <= month && month <= p.to);

  it('gives each month the status that held on most of its days', () => {
    expect(at('2015-08')?.status).toBe('open'); // 3 days closed, 10 open, 18 unknown
    expect(at('2015-11')?.status).toBe('open'); // 18 days open, 12 restricted
    expect(at('2015-12')?.status).toBe('restricted');
    expect(at('2016-03')?.status).toBe('closed'); // 23 days closed
    expect(at('2015-07')?.status).toBe('unrecorded');
  });

  it('keeps day dates and sources, and marks the months after the last confirmation as end unknown', () => {
    expect(at('2016-04')).toMatchObject({ status: 'closed', fromDate: '2016-03-09', sources: ['R35'] });
    expect(at('2016-04')?.endUnknown).toBeUndefined();
    expect(at('2016-06')).toMatchObject({ status: 'closed', endUnknown: true });
    expect(at('2016-12')?.endUnknown).toBe(true);
  });

  it('covers the months exactly, in order', () => {
    expect(periods[0]?.from).toBe(MONTHS.from);
    expect(periods[periods.length - 1]?.to).toBe(MONTHS.to);
    for (let i = 1; i < periods.length; i++) expect((periods[i]?.from ?? '') > (periods[i - 1]?.to ?? '')).toBe(true);
  });

  it('refuses a row without a source, a bad status, a bad date and overlapping periods, naming the row', () => {
    expect(() => parseStatusTable(HEADER + 'x,2015-08,,,closed,,high,\n')).toThrow(/row 1 \(x\), source/);
    expect(() => parseStatusTable(HEADER + 'x,2015-08,,,shut,R1,high,\n')).toThrow(/row 1 \(x\), status: 'shut'/);
    expect(() => parseStatusTable(HEADER + 'x,Aug 2015,,,closed,R1,high,\n')).toThrow(/row 1 \(x\), from/);
    const overlapping = parseStatusTable(HEADER + 'x,2015-08,,,closed,R1,high,\nx,2015-10,,,open,R2,high,\n');
    expect(() => statusRowsByCrossing(overlapping)).toThrow(/periods of x overlap: row 1 .* row 2/);
  });

  it('check: a status period without a source fails', () => {
    const [row] = parseStatusTable(HEADER + 'x,2015-08,,,closed,R1,high,\n');
    expect(checkStatusSources([{ ...row!, sources: [] }])[0]).toMatch(/row 1 \(x\): a status period without a source/);
    expect(checkStatusSources([row!])).toEqual([]);
  });
});

describe('leg figures: where Frontex counts a leg', () => {
  it('a boat leg from Turkey to a Greek island takes the Eastern Mediterranean sea figure', () => {
    const [figure] = legFigures([{ span: legSpan(hub('izmir', 'TR'), hub('mytilene', 'GR')), mode: 'boat' }], BORDERS);
    expect(figure).toMatchObject({ kind: 'counted', border: { route: 'Eastern Mediterranean Route', borderType: 'sea' } });
  });

  it('legs inside Greece, Hungary or Austria are route context; transit legs take the border they lead to', () => {
    const legs = [
      { span: legSpan(hub('athens', 'GR'), crossing('idomeni', 'GR', 'MK')), mode: 'unknown' as const },
      { span: legSpan(crossing('idomeni', 'GR', 'MK'), hub('gevgelija', 'MK')), mode: 'foot' as const },
      { span: legSpan(hub('belgrade', 'RS'), crossing('roszke', 'RS', 'HU')), mode: 'unknown' as const },
      { span: legSpan(crossing('roszke', 'RS', 'HU'), hub('budapest', 'HU')), mode: 'unknown' as const },
      { span: legSpan(hub('vienna', 'AT'), hub('munich', 'DE')), mode: 'rail' as const },
    ];
    const kinds = legFigures(legs, BORDERS).map((f) => (f.kind === 'counted' ? f.border.route : f.kind));
    expect(kinds).toEqual(['context', 'Western Balkan Route', 'Western Balkan Route', 'context', 'context']);
  });

  it('Bulgaria → Serbia is not counted (Frontex counts that border on entry into Bulgaria), Turkey → Bulgaria is', () => {
    const legs = [
      { span: legSpan(hub('edirne', 'TR'), crossing('kapitan-andreevo', 'BG', 'TR')), mode: 'unknown' as const },
      { span: legSpan(hub('sofia', 'BG'), crossing('kalotina', 'RS', 'BG')), mode: 'unknown' as const },
      { span: legSpan(crossing('kalotina', 'RS', 'BG'), hub('dimitrovgrad', 'RS')), mode: 'unknown' as const },
    ];
    const kinds = legFigures(legs, BORDERS).map((f) => (f.kind === 'counted' ? f.border.route : f.kind));
    expect(kinds).toEqual(['Eastern Mediterranean Route', 'context', 'context']);
  });

  it('a trunk takes the figure of the counted border in the corridor that continues it', () => {
    const legs = [{ span: legSpan(hub('presevo', 'RS'), hub('sid', 'RS')), mode: 'bus' as const }];
    expect(legFigures(legs, BORDERS)[0]?.kind).toBe('context');
    const beyond = BORDERS.find((b) => b.to === 'HR');
    expect(legFigures(legs, BORDERS, beyond)[0]).toMatchObject({ kind: 'counted', border: { from: 'RS', to: 'HR' } });
  });

  it('check: a figure from a route that does not count the border, or a figure inside the EU, fails', () => {
    const spans = new Map([
      ['I2-1', legSpan(hub('edirne', 'TR'), crossing('kapitan-andreevo', 'BG', 'TR'))],
      ['A-2', legSpan(hub('mytilene', 'GR'), hub('athens', 'GR'))],
    ]);
    const wrongRoute = segment('I2-1', { volume: { seriesId: 'frontex:western-balkan-route:land', scope: 'route-total' } });
    const insideEu = segment('A-2', { volume: { seriesId: 'frontex:western-balkan-route:land', scope: 'route-total' } });
    const right = segment('I2-1', { volume: { seriesId: 'frontex:eastern-mediterranean-route:land', scope: 'route-total' } });
    expect(checkLegFigures([wrongRoute], spans, BORDERS)[0]).toMatch(/I2-1 .* counts that border on the Eastern Mediterranean Route/);
    expect(checkLegFigures([insideEu], spans, BORDERS)[0]).toMatch(/A-2 \(inside GR\) .* counts no crossing inside the EU/);
    expect(checkLegFigures([right], spans, BORDERS)).toEqual([]);
  });
});

describe('consistency checks', () => {
  const statusRows = statusRowsByCrossing(parseStatusTable(HEADER + 'roszke,2015-08,2015-09-14,,open,R12,high,\nroszke,2015-09-15,,,closed,R16,high,sealed\n'));
  const dates = new Map([
    ['A', { from: '2015-06', to: '2015-09-14' }],
    ['F', { from: '2019-01', to: '2024-12' }],
  ]);

  it('fails a leg through a crossing while it is closed for transit, unless the leg is marked irregular', () => {
    const late = segment('F-6', { toPlaceId: 'roszke' });
    const early = segment('A-11', { toPlaceId: 'roszke' });
    const problems = checkLegsThroughClosedCrossings([late, early], statusRows, dates, '2025-04');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/segment F-6 .* passes roszke, which is closed for transit from 2015-09-15 \(end unknown\)/);
    expect(checkLegsThroughClosedCrossings([{ ...late, irregularCrossing: true }], statusRows, dates, '2025-04')).toEqual([]);
    const oneDayLate = new Map([['A', { from: '2015-06', to: '2015-09-15' }]]);
    expect(checkLegsThroughClosedCrossings([early], statusRows, oneDayLate, '2025-04')).toHaveLength(1);
  });

  it('fails a corridor whose legs do not connect', () => {
    const a = segment('B-1', { toPlaceId: 'sid', path: [[0, 0], [1, 1]] });
    const b = segment('B-2', { fromPlaceId: 'sid', path: [[1, 1], [2, 2]] });
    const gap = segment('B-2', { fromPlaceId: 'tovarnik', path: [[3, 3], [2, 2]] });
    expect(checkLegsConnect([a, b])).toEqual([]);
    expect(checkLegsConnect([a, gap])[0]).toMatch(/corridor B: B-1 ends at sid but B-2 starts at tovarnik/);
  });

  it('fails an event dated away from the days its own text gives', () => {
    const event = (date: string, description: string): DatedEvent => ({
      id: `ev-${date}`,
      date,
      month: date.slice(0, 7),
      title: 'Network dismantled',
      description,
      kind: 'operation',
      placeIds: [],
      countries: [],
      status: 'confirmed',
      sources: ['R01'],
      confidence: 'high',
    });
    expect(checkEventDates([event('2018-03-21', 'Arrests on 21 Mar 2018 in Kosovo and Slovenia.')])).toEqual([]);
    expect(checkEventDates([event('2016-03-21', 'Arrests on 21 Mar 2018 in Kosovo and Slovenia.')])[0]).toMatch(/ev-2016-03-21 .* dated 2016-03-21, but its own text dates it to other days \(2018-03-21\)/);
    // Steps of the same episode a few days apart are fine ("the quota took effect on 19 Feb").
    expect(checkEventDates([event('2016-02-18', 'Only Syrians and Iraqis; the quota took effect on 19 Feb.')])).toEqual([]);
  });

  it('fails a safe house active outside the years its note gives', () => {
    const house = (to: string): SafeHouse => ({
      id: 'safe-house-x',
      locality: 'X',
      hubId: 'x',
      coord: [0, 0],
      active: { from: '2017-01', to },
      sources: ['R01'],
      confidence: 'low',
      illustrative: true,
      notes: 'Illustrative: a safe house of the network (2017–2018).',
    });
    expect(checkSafeHouseDates([house('2018-03')])).toEqual([]);
    expect(checkSafeHouseDates([house('2024-12')])[0]).toMatch(/safe-house-x is active 2017-01..2024-12, outside the years its note gives \(2017–2018\)/);
  });
});

describe('a corridor\u2019s own reported figure and the route-level arcs', () => {
  it('repeats the reported monthly figure over its period, as a reported measure with its source', () => {
    const { series, own } = buildReportedFigures(
      'series_id,name,corridor_id,region,from,to,per_month,unit,source,note\nreported:x,X network,H,Western Balkans,2017-01,2018-03,300,persons a month,R01,About 300 a month.\n',
    );
    expect(series[0]).toMatchObject({ id: 'reported:x', measure: 'reported', start: '2017-01', sources: ['R01'] });
    expect(series[0]?.values).toHaveLength(15);
    expect(new Set(series[0]?.values)).toEqual(new Set([300]));
    expect(own.get('H')?.seriesId).toBe('reported:x');
    expect(() => buildReportedFigures('series_id,name,corridor_id,region,from,to,per_month,unit,source,note\nr,X,H,Other,2017-01,2017-02,300,p,,n\n')).toThrow(/row 1, source/);
  });

  it('draws an arc that starts and ends at the two areas and bows to one side', () => {
    const path = arc([0, 0], [10, 0], 0.25);
    expect(path[0]).toEqual([0, 0]);
    expect(path[path.length - 1]).toEqual([10, 0]);
    expect(path[6]?.[1]).toBeGreaterThan(1);
  });
});
