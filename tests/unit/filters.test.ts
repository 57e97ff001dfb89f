import { describe, expect, it } from 'vitest';
import { applyFilters, hasFilters, parseFilters, serializeFilters } from '../../src/domain/filters';
import { allowedClasses } from '../../src/domain/filter-classes';
import { segmentIdsInWindow } from '../../src/data/tables/segment-table';
import { openProject, serializeProject } from '../../src/data/project/project-file';
import { createAppStore } from '../../src/state/store';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { demoDataset } from '../fixtures/demo-fixture';

const demo = demoDataset();

describe('filters', () => {
  it('keep everything when empty', () => {
    expect(hasFilters({})).toBe(false);
    expect(applyFilters(demo, { corridors: [] })).toBe(demo);
  });
  it('by corridor and mode keep only those segments', () => {
    const d = applyFilters(demo, { corridors: ['C2', 'J1'], modes: ['boat'] });
    expect(d.segments.map((s) => s.id)).toEqual(['J1-1']);
    expect(d.corridors.map((c) => c.id).sort()).toEqual(['C2', 'J1']);
  });
  it('by country keep segments with an end there, and the places and crossings of that country', () => {
    const d = applyFilters(demo, { countries: ['SI'] });
    expect(d.segments.length).toBeGreaterThan(0);
    expect(d.segments.every((s) => [s.fromPlaceId, s.toPlaceId].some((id) => [...demo.hubs, ...demo.crossings].find((p) => p.id === id)?.countries.includes('SI')))).toBe(true);
    expect(d.crossings.length).toBeGreaterThan(0);
    expect(d.crossings.every((c) => c.countries.includes('SI'))).toBe(true);
    expect(d.hubs.length).toBeGreaterThan(0);
    expect(d.hubs.every((h) => h.countries.includes('SI'))).toBe(true);
  });
  it('by source and confidence', () => {
    const d = applyFilters(demo, { sources: ['IOM-MMP'], confidence: ['high'] });
    expect(d.segments).toHaveLength(0);
    expect(d.incidents.length).toBeGreaterThan(0);
    expect(d.incidents.every((i) => i.confidence === 'high')).toBe(true);
  });
  it('round-trip through the link form and report unknown parts', () => {
    const f = { corridors: ['A', 'C2'], modes: ['boat' as const], confidence: ['high' as const] };
    expect(serializeFilters(f)).toBe('corridors:A,C2|modes:boat|confidence:high');
    expect(parseFilters(serializeFilters(f))).toEqual({ filters: f, problems: [] });
    expect(parseFilters('colour:red|confidence:certain').problems).toHaveLength(2);
  });
  it('apply to the map on the GPU: the tables stay, the classes drawn change', () => {
    const store = createAppStore();
    store.getState().setDataset(demo);
    const tables = store.getState().tables!;
    const all = tables.segments.segments.length;
    store.getState().setFilters({ corridors: ['E1'] });
    expect(store.getState().tables).toBe(tables);
    expect(store.getState().unfiltered!.segments).toHaveLength(all);
    const { segments } = tables;
    const allowed = allowedClasses(segments.filter.profiles, store.getState().filters);
    const drawn = segmentIdsInWindow(segments, 0, 1e6, allowed);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((id) => segments.segments.find((s) => s.id === id)?.corridorId === 'E1')).toBe(true);
    // the map draws exactly what the panels list
    expect(new Set(drawn)).toEqual(new Set(store.getState().dataset!.segments.filter((s) => s.path.length > 1).map((s) => s.id)));
    store.getState().setMonth('2018-06');
    expect(store.getState().tables).toBe(tables);
  });
  it('are kept in project files, and files without filters stay as they were', () => {
    const settings = { month: '2018-06', layers: DEFAULT_LAYERS, theme: 'light' as const, camera: null, demoVisible: true };
    const withFilters = serializeProject({ datasets: [], settings: { ...settings, filters: { corridors: ['E1'] } } }, '2026-11-29T07:00:00.000Z');
    const opened = openProject(withFilters, 'p.routeshift.json');
    expect(opened.ok && opened.workspace.settings.filters).toEqual({ corridors: ['E1'] });
    expect(serializeProject({ datasets: [], settings: { ...settings, filters: {} } }, '2026-11-29T07:00:00.000Z')).not.toContain('filters');
  });
});

describe('filters and the monthly series', () => {
  it('keep the series the kept segments are sized by, and follow the chosen corridors in the charts', () => {
    const d = applyFilters(demo, { corridors: ['J1'] });
    const ids = d.flows.map((f) => f.id);
    expect(ids).toContain('frontex:central-mediterranean-route');
    expect(ids).not.toContain('frontex:western-balkan-route');
    expect(ids.some((id) => id.startsWith('unhcr:'))).toBe(true);
  });
  it('never drop a figure a kept segment needs', () => {
    const d = applyFilters(demo, { sources: ['R16'] });
    const withFigure = d.segments.filter((s) => s.volume);
    expect(withFigure.length).toBeGreaterThan(0);
    for (const s of withFigure) expect(d.flows.some((f) => f.id === s.volume!.seriesId), s.id).toBe(true);
  });
});
