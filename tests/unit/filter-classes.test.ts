import { describe, expect, it } from 'vitest';
import { allowedClasses, allPass, MAX_GPU_CLASSES, profilePasses, rowMask, FilterClassIndex } from '../../src/domain/filter-classes';
import { applyFilters, type EntityFilters } from '../../src/domain/filters';
import { buildMapTables, knownClasses } from '../../src/data/tables';
import { binDrawing } from '../../src/data/tables/incident-table';
import { classFilter } from '../../src/map/layers/month-filter';
import { countsForClasses } from '../../src/domain/point-bins';
import { incidentCount, incidentsInMonths } from '../../src/domain/dataset-incidents';
import { demoDataset } from '../fixtures/demo-fixture';
import { syntheticIncidentColumns } from '../fixtures/incident-fixture';

const demo = demoDataset();
const tables = buildMapTables(demo);

const FILTERS: EntityFilters[] = [
  { corridors: ['E1'] },
  { corridors: ['C2', 'J1'], modes: ['boat'] },
  { countries: ['SI'] },
  { countries: ['HU', 'RS'], confidence: ['high'] },
  { sources: ['IOM-MMP'] },
  { confidence: ['low', 'medium'] },
];

/** Ids a table draws under `allowed`, row by row (what the GPU keeps). */
function drawnIds<T extends { id: string }>(classes: Uint32Array, allowed: Uint8Array, entityOf: (row: number) => T | undefined): Set<string> {
  const ids = new Set<string>();
  classes.forEach((cls, row) => {
    if (allowed[cls] === 1) ids.add(entityOf(row)?.id ?? '');
  });
  ids.delete('');
  return ids;
}

describe('filter classes', () => {
  it('are handed out once per distinct profile', () => {
    const index = new FilterClassIndex();
    expect(index.classOf({ confidence: 'high', sources: ['A'] })).toBe(0);
    expect(index.classOf({ confidence: 'low', sources: ['A'] })).toBe(1);
    expect(index.classOf({ confidence: 'high', sources: ['A'] })).toBe(0);
    expect(index.profiles).toHaveLength(2);
  });

  it('test only the fields an entity has', () => {
    expect(profilePasses({ confidence: 'high', sources: ['X'] }, { corridors: ['E1'], countries: ['SI'] })).toBe(true);
    expect(profilePasses({ confidence: 'high', sources: ['X'], corridor: 'A' }, { corridors: ['E1'] })).toBe(false);
    expect(profilePasses({ confidence: 'high', sources: ['X'], countries: [] }, { countries: ['SI'] })).toBe(false);
  });

  it.each(FILTERS)('draw exactly what the panels list: %j', (f) => {
    const listed = applyFilters(demo, f);
    const allow = <T extends { filter: { profiles: Parameters<typeof allowedClasses>[0] } }>(t: T) => allowedClasses(t.filter.profiles, f);
    const segmentsDrawn = drawnIds(tables.segments.filter.classes, allow(tables.segments), (row) => tables.segments.segments[tables.segments.rowSegment[row] ?? 0]);
    const segmentsListed = new Set(listed.segments.filter((s) => tables.segments.rowSegment.some((i) => tables.segments.segments[i]?.id === s.id)).map((s) => s.id));
    expect(segmentsDrawn).toEqual(segmentsListed);
    expect(drawnIds(tables.hubs.filter.classes, allow(tables.hubs), (row) => tables.hubs.hubs[row])).toEqual(new Set(listed.hubs.map((h) => h.id)));
    expect(drawnIds(tables.crossings.filter.classes, allow(tables.crossings), (row) => tables.crossings.crossings[tables.crossings.rowCrossing[row] ?? 0])).toEqual(
      new Set(listed.crossings.map((c) => c.id)),
    );
    expect(drawnIds(tables.safeHouses.filter.classes, allow(tables.safeHouses), (row) => tables.safeHouses.safeHouses[row])).toEqual(new Set(listed.safeHouses.map((s) => s.id)));
    const part = tables.incidents.parts[0]!;
    expect(drawnIds(part.filter.classes, allow(part), (row) => demo.incidents[row])).toEqual(new Set(listed.incidents.map((i) => i.id)));
  });

  it.each(FILTERS)('select the same lists from the tables\' classes as from the entities: %j', (f) => {
    const fromClasses = applyFilters(demo, f, knownClasses(tables, demo));
    const fromEntities = applyFilters(demo, f);
    for (const key of ['segments', 'hubs', 'crossings', 'safeHouses', 'incidents', 'events', 'flows'] as const) {
      expect(fromClasses[key].map((e) => e.id)).toEqual(fromEntities[key].map((e) => e.id));
    }
  });

  it('leave the tables untouched and pass everything without filters', () => {
    expect(allPass(allowedClasses(tables.segments.filter.profiles, {}))).toBe(true);
    expect(allowedClasses(tables.segments.filter.profiles, { corridors: ['E1'] })).toBe(allowedClasses(tables.segments.filter.profiles, { corridors: ['E1'] }));
  });
});

describe('the GPU side of the class filter', () => {
  it('hands deck.gl the class indices that pass', () => {
    const filter = { classes: Uint32Array.from([0, 1, 2, 1]), profiles: [{ confidence: 'high' as const, sources: [] }, { confidence: 'low' as const, sources: [] }, { confidence: 'medium' as const, sources: [] }] };
    const out = classFilter(filter, Uint8Array.from([1, 0, 1]));
    expect(out.categories).toBe(filter.classes);
    expect(out.filterCategories).toEqual([0, 2]);
  });

  it('falls back to a 0/1 mask per row beyond the categories deck.gl holds', () => {
    const profiles = Array.from({ length: MAX_GPU_CLASSES + 5 }, (_, i) => ({ confidence: 'high' as const, sources: [`S${i}`] }));
    const classes = Uint32Array.from([0, 130, 7, 132]);
    const allowed = Uint8Array.from(profiles, (_, i) => (i === 130 || i === 7 ? 1 : 0));
    const out = classFilter({ classes, profiles }, allowed);
    expect([...out.categories]).toEqual([0, 1, 1, 0]);
    expect(out.filterCategories).toEqual([1]);
    expect(rowMask(classes, allowed)).toEqual(out.categories);
  });
});


describe('bins under a filter', () => {
  it('count the kept rows from the per-class counts, as binning the kept rows would', () => {
    const columns = syntheticIncidentColumns(500);
    const part = buildMapTables({ ...demo, incidents: [], incidentParts: [columns] }).incidents.parts[0]!;
    const f: EntityFilters = { sources: ['A'], confidence: ['high', 'low'] };
    const allowed = allowedClasses(part.filter.profiles, f);
    const counts = countsForClasses(part.bins, allowed)!;
    const kept: number[] = [];
    part.filter.classes.forEach((cls, row) => allowed[cls] === 1 && kept.push(row));
    const expected = new Map<string, number>();
    for (const row of kept) {
      const key = `${Math.floor((columns.positions[row * 2]! + 180) / 0.5)}|${Math.floor((columns.positions[row * 2 + 1]! + 90) / 0.5)}|${columns.months[row]}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const got = new Map<string, number>();
    for (let b = 0; b < part.bins.length; b++) {
      if (!counts[b]) continue;
      const key = `${Math.floor((part.bins.positions[b * 2]! + 180) / 0.5)}|${Math.floor((part.bins.positions[b * 2 + 1]! + 90) / 0.5)}|${part.bins.months[b]}`;
      got.set(key, counts[b]!);
    }
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(500);
    expect(got).toEqual(expected);
    // empty bins are moved out of every month window
    const drawn = binDrawing(part, allowed);
    for (let b = 0; b < part.bins.length; b++) expect(drawn.filterValues[b * 2]! < 0).toBe(!counts[b]);
  });
});

describe('column incidents of a filtered dataset', () => {
  it('are counted and listed without the rows the filters leave out', () => {
    const columns = syntheticIncidentColumns(90);
    const d = applyFilters({ ...demo, incidents: [], incidentParts: [columns] }, { confidence: ['medium'] });
    expect(d.incidentParts?.[0]).toBe(columns);
    expect(incidentCount(d)).toBe(30);
    const listed = incidentsInMonths(d, 0, 1e6);
    expect(listed).toHaveLength(30);
    expect(listed.every((i) => i.confidence === 'medium')).toBe(true);
  });
});

describe('filter choices', () => {
  it('are the same read from the tables\' classes as from every entity', async () => {
    const { filterOptions } = await import('../../src/features/filters/filter-options');
    const fromClasses = filterOptions(demo, [tables.segments, tables.hubs, tables.crossings, tables.safeHouses].map((t) => t.filter.profiles));
    expect(fromClasses).toEqual(filterOptions(demo));
  });
});
