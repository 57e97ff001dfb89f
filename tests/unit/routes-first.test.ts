import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { parseCameraParam } from '../../src/domain/camera-param';
import { ROUTES_FIRST_MARK, routesFirstMarker } from '../../src/map/first-frames';
import { RoutesFirst } from '../../src/map/routes-first';

const layer = (id: string, visible = true) => ({ id, props: { visible } }) as unknown as Layer;

const layerWithRows = (id: string, rows: number) => ({ id, props: { visible: true, data: { length: rows } } }) as unknown as Layer;

describe('routes first: the segments layer before the others', () => {
  afterEach(() => vi.useRealTimers());

  it('hands only the visible segments layer until the routes\' first frame, then everything, then runs what waited', () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const staging = new RoutesFirst(
      () => order.push('released'),
      () => order.push('shown'),
    );
    const all = [layer('areas'), layer('segments'), layer('place-labels')];
    staging.whenComplete(() => order.push('complete'));
    expect(staging.stage([])).toEqual([]);
    staging.afterRender(false); // a frame before the data: nothing was held back yet
    vi.runAllTimers();
    expect(order).toEqual([]);
    expect(staging.stage(all).map((l) => l.id)).toEqual(['segments']);
    staging.afterRender(false); // the segments are handed, the basemap not complete yet: still held
    vi.runAllTimers();
    expect(order).toEqual([]);
    expect(staging.stage(all).map((l) => l.id)).toEqual(['segments']);
    staging.afterRender(true);
    expect(staging.stage(all)).toBe(all);
    vi.runAllTimers();
    expect(order).toEqual(['released', 'shown', 'complete']);
    staging.whenComplete(() => order.push('later'));
    expect(order.at(-1)).toBe('later');
    staging.afterRender(true);
    vi.runAllTimers();
    expect(order.filter((o) => o === 'shown')).toHaveLength(1);
  });

  it('lets the rest follow after some frames even if the routes\' first frame never comes', () => {
    vi.useFakeTimers();
    let released = 0;
    const staging = new RoutesFirst(() => released++);
    staging.stage([layer('segments'), layer('hubs')]);
    for (let i = 0; i < 11; i++) staging.afterRender(false);
    vi.runAllTimers();
    expect(released).toBe(0);
    staging.afterRender(false);
    vi.runAllTimers();
    expect(released).toBe(1);
  });

  it('holds nothing back when the segments are hidden or have no rows', () => {
    for (const segments of [layer('segments', false), layerWithRows('segments', 0)]) {
      const staging = new RoutesFirst(() => {});
      const all = [segments, layer('crossings')];
      expect(staging.stage(all)).toBe(all);
      let ran = false;
      staging.whenComplete(() => (ran = true));
      expect(ran).toBe(true);
    }
  });

  it('waits for the complete list: what needs every layer runs once the rest of the layers\' code has come', () => {
    vi.useFakeTimers();
    const staging = new RoutesFirst(() => {});
    staging.setComplete(false);
    staging.stage([layerWithRows('segments', 3)]);
    staging.afterRender(true);
    let ran = false;
    staging.whenComplete(() => (ran = true));
    vi.runAllTimers();
    expect(ran).toBe(false);
    staging.setComplete(true);
    vi.runAllTimers();
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
