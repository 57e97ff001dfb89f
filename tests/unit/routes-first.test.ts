import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { parseCameraParam } from '../../src/domain/camera-param';
import { ROUTES_FIRST_MARK, routesFirstMarker } from '../../src/map/first-frames';
import { RoutesFirst } from '../../src/map/routes-first';

const layer = (id: string, visible = true) => ({ id, props: { visible } }) as unknown as Layer;

describe('routes first: the segments layer before the others', () => {
  afterEach(() => vi.useRealTimers());

  it('hands only the visible segments layer until a frame has drawn it, then everything, then runs what waited', () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const staging = new RoutesFirst(() => order.push('released'));
    const all = [layer('areas'), layer('segments'), layer('place-labels')];
    staging.whenComplete(() => order.push('complete'));
    expect(staging.stage([])).toEqual([]);
    staging.afterRender(); // a frame before the data: nothing was held back yet
    vi.runAllTimers();
    expect(order).toEqual([]);
    expect(staging.stage(all).map((l) => l.id)).toEqual(['segments']);
    staging.afterRender();
    expect(staging.stage(all)).toBe(all);
    vi.runAllTimers();
    expect(order).toEqual(['released', 'complete']);
    staging.whenComplete(() => order.push('later'));
    expect(order.at(-1)).toBe('later');
  });

  it('holds nothing back when the segments are hidden', () => {
    const staging = new RoutesFirst(() => {});
    const all = [layer('segments', false), layer('crossings')];
    expect(staging.stage(all)).toBe(all);
    let ran = false;
    staging.whenComplete(() => (ran = true));
    expect(ran).toBe(true);
  });
});

describe('routes-first mark', () => {
  it('is set once, at the first frame over the whole basemap whose layer deck.gl manages, shows and has rows', () => {
    performance.clearMarks(ROUTES_FIRST_MARK);
    const state = { mapLoaded: false, isLoaded: false, props: { visible: true }, rows: 3 };
    const mark = routesFirstMarker({ loaded: () => state.mapLoaded }, () => ({ isLoaded: state.isLoaded, props: state.props, getNumInstances: () => state.rows }));
    mark();
    expect(performance.getEntriesByName(ROUTES_FIRST_MARK)).toHaveLength(0);
    state.isLoaded = true;
    mark(); // drawn, but the basemap is not complete yet
    expect(performance.getEntriesByName(ROUTES_FIRST_MARK)).toHaveLength(0);
    state.mapLoaded = true;
    state.rows = 0;
    mark();
    expect(performance.getEntriesByName(ROUTES_FIRST_MARK)).toHaveLength(0);
    state.rows = 3;
    mark();
    mark();
    expect(performance.getEntriesByName(ROUTES_FIRST_MARK)).toHaveLength(1);
  });
});

describe('the link camera', () => {
  it('reads lon,lat,zoom and refuses what is out of range', () => {
    expect(parseCameraParam('19.5,40.5,4.6')).toEqual({ lon: 19.5, lat: 40.5, zoom: 4.6 });
    expect(parseCameraParam('19.5,,4.6')).toBeNull();
    expect(parseCameraParam('190,40,4')).toBeNull();
    expect(parseCameraParam('19,40,23')).toBeNull();
  });
});
