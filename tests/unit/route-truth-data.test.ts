/**
 * Route truth on the real demo data: crossing statuses at the months the 2026 review named, leg
 * figures per rule, recovered places, the seed case and the route-level flows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset, SOURCE_FILES, type SourceTexts } from '../../src/data/build/build-dataset';
import { parseCsv } from '../../src/data/build/csv';
import { inPeriod, monthsBetween } from '../../src/domain/month';
import type { Crossing, CrossingStatusPeriod, Dataset } from '../../src/domain/types';

const SOURCES = fileURLToPath(new URL('../../data/sources/', import.meta.url));
const read = (file: string) => readFileSync(join(SOURCES, file), 'utf8');
const dataset: Dataset = buildDataset(Object.fromEntries(Object.entries(SOURCE_FILES).map(([k, f]) => [k, read(f)])) as unknown as SourceTexts);

function crossing(id: string): Crossing {
  const c = dataset.crossings.find((x) => x.id === id);
  if (!c) throw new Error(`no crossing ${id}`);
  return c;
}
function statusAt(id: string, month: string): CrossingStatusPeriod {
  const period = crossing(id).statusPeriods.find((p) => inPeriod(month, p));
  if (!period) throw new Error(`${id} has no period at ${month}`);
  return period;
}
const segment = (id: string) => {
  const s = dataset.segments.find((x) => x.id === id);
  if (!s) throw new Error(`no segment ${id}`);
  return s;
};

describe('crossing statuses at the months the review named', () => {
  it('Idomeni is open in Aug–Oct 2015, restricted from late Nov 2015, closed for transit from 9 Mar 2016', () => {
    for (const month of ['2015-08', '2015-09', '2015-10']) expect(statusAt('idomeni', month).status, month).toBe('open');
    expect(statusAt('idomeni', '2015-12').status).toBe('restricted');
    expect(statusAt('idomeni', '2016-02').status).toBe('restricted');
    expect(statusAt('idomeni', '2016-04')).toMatchObject({ status: 'closed', fromDate: '2016-03-09' });
  });

  it('the entries into Slovenia and Austria are not closed from October 2015', () => {
    for (const id of ['sentilj-spielfeld', 'harmica-rigonce', 'sredisce-ob-dravi-trnovec']) {
      expect(['open', 'restricted'], `${id} 2015-10`).toContain(statusAt(id, '2015-10').status);
      expect(['open', 'restricted'], `${id} 2015-11`).toContain(statusAt(id, '2015-11').status);
    }
  });

  it('Horgoš–Röszke and Kelebija–Tompa are restricted (transit zones), not closed, after September 2015; Röszke is open, not fenced, in August 2015', () => {
    for (const id of ['horgos-roszke', 'kelebija-tompa']) {
      expect(statusAt(id, '2015-10').status, id).toBe('restricted');
      expect(statusAt(id, '2019-06').status, id).toBe('restricted');
    }
    expect(statusAt('roszke', '2015-08').status).toBe('open');
  });

  it('Kastanies is not open when Greece closed it (28 Feb 2020) and in March 2020', () => {
    expect(statusAt('kastanies-pazarkule', '2020-03').status).toBe('closed');
    expect(statusAt('kastanies-pazarkule', '2020-02').status).not.toBe('open');
  });

  it('Tabanovce–Preševo is restricted in December 2015 and closed after 9 March 2016', () => {
    expect(statusAt('tabanovce-presevo', '2015-12').status).toBe('restricted');
    expect(statusAt('tabanovce-presevo', '2016-04').status).toBe('closed');
  });

  it('no status runs to the last month of the data unless a source says so: it is marked end unknown', () => {
    for (const c of dataset.crossings) {
      const last = c.statusPeriods[c.statusPeriods.length - 1] as CrossingStatusPeriod;
      if (last.status === 'unrecorded' || last.to !== dataset.months.to) continue;
      expect(last.endUnknown === true || (last.toDate ?? '') >= dataset.months.to, `${c.id}: ${last.status} to ${last.to}`).toBe(true);
    }
  });

  it('every status period but "unknown" cites a source that exists', () => {
    const keys = new Set(dataset.sources.map((s) => s.key));
    for (const c of dataset.crossings) {
      for (const p of c.statusPeriods) {
        if (p.status === 'unrecorded') continue;
        expect(p.sources.length, `${c.id} ${p.from}`).toBeGreaterThan(0);
        for (const key of p.sources) expect(keys.has(key), `${c.id} ${p.from}: ${key}`).toBe(true);
      }
    }
  });

  it('every crossing a corridor uses has a status in some month it is used, but the two no source covers', () => {
    const used = new Map<string, string[]>();
    for (const s of dataset.segments) {
      if (s.schematic) continue;
      for (const id of [s.fromPlaceId, s.toPlaceId]) {
        if (!dataset.crossings.some((c) => c.id === id)) continue;
        used.set(id, [...(used.get(id) ?? []), ...monthsBetween(s.active.from, s.active.to)]);
      }
    }
    const silent = [...used].filter(([id, months]) => months.every((m) => statusAt(id, m).status === 'unrecorded')).map(([id]) => id);
    // No source was found for these two (data/sources/derived/crossing-status-README.md): they are
    // shown as "status unknown" in the months their corridors use them.
    expect(silent.sort()).toEqual(['merdare', 'nudo-arandelovo']);
  });
});

describe('leg figures', () => {
  it('legs Frontex does not count are route context without a figure', () => {
    for (const id of ['A-2', 'A-3', 'A-13']) {
      expect(segment(id).context, id).toBe(true);
      expect(segment(id).volume, id).toBeUndefined();
    }
    const intoTrieste = dataset.segments.filter((s) => s.toPlaceId === 'trieste');
    expect(intoTrieste.length).toBeGreaterThan(0);
    for (const s of intoTrieste) expect(s.context, s.id).toBe(true);
  });

  it('the sea leg counts on the Eastern Mediterranean sea border; the legs through North Macedonia and Serbia on the Western Balkan route', () => {
    expect(segment('A-1').volume?.seriesId).toBe('frontex:eastern-mediterranean-route:sea');
    expect(segment('A-6').volume?.seriesId).toBe('frontex:western-balkan-route:land');
  });

  it('no leg from Bulgaria into Serbia takes the Eastern Mediterranean land figure', () => {
    const legs = dataset.segments.filter((s) => s.toPlaceId === 'gradina-kalotina' || s.fromPlaceId === 'gradina-kalotina');
    expect(legs.length).toBeGreaterThan(0);
    for (const s of legs) expect(s.volume?.seriesId ?? 'none', s.id).not.toContain('eastern-mediterranean');
  });

  it('the Kosovo → Slovenia network carries its own reported figure, with its source, on every leg', () => {
    const legs = dataset.segments.filter((s) => s.corridorId === 'H');
    expect(legs.length).toBeGreaterThan(3);
    for (const s of legs) {
      expect(s.volume, s.id).toEqual({ seriesId: 'reported:kosovo-slovenia-network', scope: 'corridor' });
      expect(s.approximate, s.id).toBe(true);
      expect(s.mode, s.id).toBe('road');
    }
    const series = dataset.flows.find((f) => f.id === 'reported:kosovo-slovenia-network');
    expect(series).toMatchObject({ measure: 'reported', sources: ['R01', 'R02'] });
    expect(series?.values.every((v) => v === 300)).toBe(true);
  });
});

describe('places and corridors', () => {
  it('every place the reference could not locate now has coordinates, and every approximate one says how it was derived', () => {
    const missing = parseCsv(read('routes/places.csv'), 'places.csv').filter((r) => r.coord_status === 'missing').map((r) => r.id as string);
    expect(missing).toHaveLength(15);
    const located = new Set([...dataset.crossings.map((c) => c.id), ...dataset.hubs.map((h) => h.id)]);
    expect(missing.filter((id) => !located.has(id))).toEqual([]);
    for (const p of [...dataset.crossings, ...dataset.hubs].filter((x) => missing.includes(x.id))) expect(p.coordDerivation, p.id).toBeTruthy();
  });

  it('corridor B reaches Hungary and Austria; in November 2015 the route goes on into Austria and Germany', () => {
    const countryOf = (id: string) => [...dataset.crossings, ...dataset.hubs].find((p) => p.id === id)?.countries ?? [];
    const b = dataset.corridors.find((c) => c.id === 'B');
    expect(b?.placeIds.some((id) => countryOf(id).includes('HU'))).toBe(true);
    expect(b?.placeIds.some((id) => countryOf(id).includes('AT'))).toBe(true);
    const november = dataset.segments.filter((s) => !s.schematic && inPeriod('2015-11', s.active));
    const reached = new Set(november.flatMap((s) => [s.fromPlaceId, s.toPlaceId]).flatMap(countryOf));
    expect(reached.has('AT')).toBe(true);
    expect(reached.has('DE')).toBe(true);
  });

  it('the seed case has illustrative safe houses along its path and its March 2018 operation and price', () => {
    const houses = dataset.safeHouses.filter((h) => h.id.startsWith('safe-house-h-'));
    expect(houses.length).toBeGreaterThan(0);
    for (const h of houses) expect(h).toMatchObject({ illustrative: true, active: { from: '2017-01', to: '2018-03' } });
    expect(dataset.events.some((e) => e.date === '2018-03-21' && e.kind === 'operation')).toBe(true);
    expect(dataset.prices.some((p) => /Kosovo → Slovenia/.test(p.leg) && p.min === 2500 && p.max === 3000)).toBe(true);
  });
});

describe('route-level flows', () => {
  it('draw the Frontex routes (land and sea parts apart) in every month of the data, schematic, with their own series', () => {
    const flows = dataset.corridors.filter((c) => c.schematic);
    const routes = new Set(flows.map((c) => c.frontexRoute));
    // Frontex's nine routes less 'Other' (areas outside the other routes: no departure or arrival area to draw).
    expect(routes.size).toBe(8);
    expect(flows).toHaveLength(10);
    for (const c of flows) expect(c.active, c.id).toEqual(dataset.months);
    for (const s of dataset.segments.filter((x) => x.schematic)) {
      expect(s.volume?.scope).toBe('route-total');
      expect(dataset.flows.some((f) => f.id === s.volume?.seriesId), s.id).toBe(true);
    }
  });
});
