import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../src/state/url-state';
import { DEFAULT_LAYERS } from '../../src/domain/layers';

describe('URL state', () => {
  it('round-trips month, layers and selection', () => {
    const layers = { ...DEFAULT_LAYERS, incidents: false, labels: false };
    const search = serializeUrlState({ month: '2015-10', layers, selected: { kind: 'segment', id: 'C2-1' } });
    expect(search).toContain('m=2015-10');
    expect(search).toContain('sel=segment:C2-1');
    const parsed = parseUrlState(search);
    expect(parsed.problems).toEqual([]);
    expect(parsed.state).toEqual({ month: '2015-10', layers, selected: { kind: 'segment', id: 'C2-1' } });
  });
  it('leaves default layers out of the link', () => {
    expect(serializeUrlState({ month: '2016-02', layers: DEFAULT_LAYERS, selected: null })).toBe('?v=3&m=2016-02');
  });
  it('lists the route-level flows like any layer, and leaves them shown in a v1 link, which could not name them', () => {
    const hidden = { ...DEFAULT_LAYERS, routeFlows: false };
    const search = serializeUrlState({ month: '2018-10', layers: hidden, selected: null });
    expect(search).toMatch(/layers=segments,crossings,hubs,safeHouses,incidents,labels,areas$/);
    expect(parseUrlState(search).state.layers).toEqual(hidden);
    expect(parseUrlState('?v=2&layers=segments,routeFlows').state.layers).toMatchObject({ segments: true, crossings: false, routeFlows: true });
    // A link made before the layer existed: its list is exact for the layers it knew.
    const old = parseUrlState('?v=1&m=2016-02&layers=segments,crossings');
    expect(old.problems).toEqual([]);
    expect(old.state.layers).toEqual({ ...DEFAULT_LAYERS, hubs: false, safeHouses: false, incidents: false, labels: false, routeFlows: true });
  });
  it('leaves the areas shown in a v2 link, which could not name them, and follows a v3 link', () => {
    expect(parseUrlState('?v=2&layers=segments').state.layers).toMatchObject({ segments: true, routeFlows: false, areas: true });
    expect(parseUrlState('?v=3&layers=segments').state.layers).toMatchObject({ segments: true, routeFlows: false, areas: false });
    expect(parseUrlState('?v=3&layers=segments,areas').state.layers).toMatchObject({ areas: true });
    expect(parseUrlState('?v=3&sel=area:ds-1/zone-1').state.selected).toEqual({ kind: 'area', id: 'ds-1/zone-1' });
  });
  it('falls back with a reason for each malformed part, never throwing', () => {
    const parsed = parseUrlState('?v=9&m=banana&layers=segments,bogus&sel=nonsense');
    expect(parsed.state.month).toBeUndefined();
    expect(parsed.state.selected).toBeUndefined();
    expect(parsed.state.layers?.segments).toBe(true);
    expect(parsed.state.layers?.incidents).toBe(false);
    expect(parsed.problems).toHaveLength(4);
    expect(parsed.problems.join(' ')).toMatch(/banana.*not a month/);
    expect(parsed.problems.join(' ')).toMatch(/bogus/);
  });
  it('carries the camera, rounded, and refuses a malformed one', () => {
    const search = serializeUrlState({ month: '2015-10', layers: DEFAULT_LAYERS, selected: null, camera: { lon: 19.123456, lat: 44.5, zoom: 5.4321 } });
    expect(search).toContain('c=19.123,44.500,5.43');
    expect(parseUrlState(search).state.camera).toEqual({ lon: 19.123, lat: 44.5, zoom: 5.43 });
    for (const bad of ['?c=19,44', '?c=a,b,c', '?c=200,44,5', '?c=19,44,40', '?c=,,']) {
      const parsed = parseUrlState(bad);
      expect(parsed.state.camera, bad).toBeUndefined();
      expect(parsed.problems[0], bad).toMatch(/map position/);
    }
  });
  it('carries a range or "since" window and the trail', () => {
    const search = serializeUrlState({ month: '2015-11', layers: DEFAULT_LAYERS, selected: null, windowMode: 'range', windowStart: '2015-08', trail: true });
    expect(search).toContain('w=range:2015-08');
    expect(search).toContain('trail=1');
    expect(parseUrlState(search).state).toMatchObject({ month: '2015-11', window: { mode: 'range', start: '2015-08' }, trail: true });
    expect(serializeUrlState({ month: '2015-11', layers: DEFAULT_LAYERS, selected: null, windowMode: 'month', windowStart: '2015-08', trail: false })).toBe('?v=3&m=2015-11');
    const bad = parseUrlState('?w=range:2015-13&trail=yes');
    expect(bad.state.window).toBeUndefined();
    expect(bad.problems).toHaveLength(2);
  });
  it('carries the change view', () => {
    expect(serializeUrlState({ month: '2015-11', layers: DEFAULT_LAYERS, selected: null, compare: '2015-09' })).toContain('cmp=2015-09');
    expect(parseUrlState('?cmp=prev').state.compare).toBe('previous');
    expect(parseUrlState('?cmp=soon').problems[0]).toMatch(/comparison/);
  });
  it('checks only the form of a month: the data range is applySettings\' concern (tests/unit/apply-settings.test.ts)', () => {
    const parsed = parseUrlState('?m=2030-01');
    expect(parsed.state.month).toBe('2030-01');
    expect(parsed.problems).toEqual([]);
  });
  it('survives percent-garbage, dropping the month and naming both bad parameters', () => {
    const parsed = parseUrlState('?m=%E0%A4%A&layers=%%%');
    // The undecodable month is dropped (the app keeps its own month) ...
    expect(parsed.state.month).toBeUndefined();
    expect(parsed.state).not.toHaveProperty('month');
    // ... the layer list is read as exact: nothing in it is known, so every layer is off.
    expect(parsed.state.layers).toEqual(Object.fromEntries(Object.keys(DEFAULT_LAYERS).map((id) => [id, false])));
    // Nothing else is taken from it.
    expect(Object.keys(parsed.state)).toEqual(['layers']);
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems[0]).toMatch(/^month ".*%A" is not a month \(YYYY-MM\)$/);
    expect(parsed.problems[1]).toBe('unknown layer: %%%');
  });
});
