import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { buildMapTables } from '../../src/data/tables';
import { windowFilterProps, type TimeWindow } from '../../src/domain/time-window';
import { buildLayers } from '../../src/map/layers/build-layers';
import { FLOW_LAYER_ID } from '../../src/map/layers/flow-layer';
import { isTimeBound, retimeLayers } from '../../src/map/layers/retime';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { ROUTE_FLOW_ARROWS_LAYER_ID, ROUTE_FLOW_LABELS_LAYER_ID, ROUTE_FLOW_LINES_LAYER_ID, ROUTE_FLOWS_LAYER_ID } from '../../src/map/layers/route-flows-layer';
import { withRouteFlows } from '../fixtures/route-flows/route-flows';
import { demoDataset } from '../fixtures/demo-fixture';

const tables = buildMapTables(withRouteFlows(demoDataset()));
const ROUTE_FLOW_LAYERS = [ROUTE_FLOWS_LAYER_ID, ROUTE_FLOW_LINES_LAYER_ID, ROUTE_FLOW_ARROWS_LAYER_ID, ROUTE_FLOW_LABELS_LAYER_ID];
const single = (month: string): TimeWindow => ({ mode: 'month', start: month, month, trail: false });
const build = (timeWindow: TimeWindow) =>
  buildLayers({ tables, timeWindow, layers: DEFAULT_LAYERS, selected: null, labels: [], zoom: 5, theme: 'light', flowAnimation: true });
/** A layer's props, read loosely (the extension props are not in Layer's own type). */
const props = (layer: Layer | undefined) => layer?.props as unknown as Record<string, unknown>;
const TIME_BOUND = ['areas', 'area-outlines', 'segments', 'incidents', 'incident-bins', 'crossings', 'safeHouses', FLOW_LAYER_ID, ...ROUTE_FLOW_LAYERS];

describe('retimeLayers (a month step without rebuilding the layer list)', () => {
  const built = build(single('2015-08'));

  it('gives back the same list when the window is the one the layers were built with', () => {
    expect(retimeLayers(built, single('2015-08'))).toBe(built);
  });

  it('replaces only the time-bound layers, with the filter range a rebuild would give', () => {
    const next = single('2016-03');
    const retimed = retimeLayers(built, next);
    const rebuilt = new Map(build(next).map((l) => [l.id, l]));
    expect(retimed.map((l) => l.id)).toEqual(built.map((l) => l.id));
    retimed.forEach((layer, i) => {
      const before = built[i]!;
      if (!TIME_BOUND.includes(layer.id)) {
        expect(isTimeBound(before), layer.id).toBe(false);
        expect(layer, layer.id).toBe(before);
        return;
      }
      if (!before.props.visible) {
        // Hidden (bins of a small set): shown again only by a rebuild at the window of then.
        expect(layer, layer.id).toBe(before);
        return;
      }
      expect(layer, layer.id).not.toBe(before);
      expect(props(layer).filterRange, layer.id).toEqual(props(rebuilt.get(layer.id)).filterRange);
      expect(props(layer).filterRange, layer.id).not.toEqual(props(before).filterRange);
      // Nothing deck.gl would re-process: same data, extensions and filter categories.
      for (const prop of ['data', 'extensions', 'filterCategories', 'getFillColor']) expect(props(layer)[prop], `${layer.id}.${prop}`).toBe(props(before)[prop]);
    });
    for (const id of TIME_BOUND) expect(retimed.some((l) => l.id === id), id).toBe(true);
    expect(retimed.filter((l, i) => l !== built[i]).map((l) => l.id).sort()).toEqual([FLOW_LAYER_ID, 'area-outlines', 'areas', 'crossings', 'incidents', 'safeHouses', 'segments', ...ROUTE_FLOW_LAYERS].sort());
  });

  it('gives deck.gl no array as an update trigger, whose diff would walk every row on each step', () => {
    // deck.gl compares a trigger with Object.keys: a typed array of categories is one key per row.
    const triggers = built.flatMap((layer) => Object.entries((props(layer).updateTriggers ?? {}) as Record<string, unknown>).map(([name, value]) => ({ name: `${layer.id}.${name}`, value })));
    expect(triggers.some((t) => t.name === `${ROUTE_FLOW_LABELS_LAYER_ID}.getFilterCategory`)).toBe(true);
    for (const { name, value } of triggers) expect(Array.isArray(value) || ArrayBuffer.isView(value), name).toBe(false);
  });

  it('makes one clone per window, so an animation frame at the same window changes no layer', () => {
    const next = single('2016-04');
    const first = retimeLayers(built, next);
    const again = retimeLayers(built, next);
    first.forEach((layer, i) => expect(again[i]).toBe(layer));
  });

  it('follows a window with a trail (soft range), and particles without it', () => {
    const trail: TimeWindow = { mode: 'range', start: '2015-06', month: '2015-09', trail: true };
    const retimed = new Map(retimeLayers(built, trail).map((l) => [l.id, l]));
    expect(props(retimed.get('segments')).filterSoftRange).toEqual(windowFilterProps(trail).filterSoftRange);
    expect(props(retimed.get(FLOW_LAYER_ID)).filterSoftRange).toBeNull();
  });
});
