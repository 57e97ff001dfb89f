import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { buildMapTables } from '../../src/data/tables';
import { windowFilterProps, type TimeWindow } from '../../src/domain/time-window';
import { buildLayers } from '../../src/map/layers/build-layers';
import { FLOW_LAYER_ID } from '../../src/map/layers/flow-layer';
import { cloneFollowing, drawnProps, isTimeBound, retimeLayers, timeBound } from '../../src/map/layers/retime';
import { MONTH_FILTER, MONTH_ONLY_FILTER, monthFilterProps, monthFilterRange } from '../../src/map/layers/month-filter';
import { monthIndex } from '../../src/domain/month';
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

describe('retimeLayers (a month step without touching a layer)', () => {
  const built = build(single('2015-08'));

  it('gives back the same list, every layer the very object deck.gl already has', () => {
    const retimed = retimeLayers(built, single('2016-03'));
    expect(retimed).toBe(built);
    retimed.forEach((layer, i) => expect(layer, layer.id).toBe(built[i]));
  });

  it('records on each time-bound layer the filter range a rebuild would give, and on no other', () => {
    const next = single('2016-03');
    retimeLayers(built, next);
    const rebuilt = new Map(build(next).map((l) => [l.id, l]));
    for (const layer of built) {
      if (!TIME_BOUND.includes(layer.id)) {
        expect(isTimeBound(layer), layer.id).toBe(false);
        expect(drawnProps(layer), layer.id).toBeNull();
        continue;
      }
      expect(drawnProps(layer)?.filterRange, layer.id).toEqual(props(rebuilt.get(layer.id)).filterRange);
      // The layer's own props stay as built: deck.gl sees no change.
      expect(props(layer).filterRange, layer.id).toEqual(windowFilterProps(single('2015-08')).filterRange);
    }
    for (const id of TIME_BOUND) expect(built.some((l) => l.id === id), id).toBe(true);
  });

  it("is read by a time-bound layer's sublayers and by the particle clock's clones", () => {
    const next = single('2017-05');
    retimeLayers(built, next);
    const labels = built.find((l) => l.id === ROUTE_FLOW_LABELS_LAYER_ID)!;
    // A sublayer (TextLayer → MultiIconLayer) finds its parent's window.
    const sublayer = { parent: labels } as unknown as Layer;
    expect(drawnProps(sublayer)?.filterRange).toEqual(windowFilterProps(next).filterRange);
    const flow = built.find((l) => l.id === FLOW_LAYER_ID)!;
    const clone = cloneFollowing(flow, { currentTime: 12 } as Partial<typeof flow.props>);
    retimeLayers(built, single('2018-01'));
    expect(drawnProps(clone)?.filterRange).toEqual(windowFilterProps(single('2018-01')).filterRange);
  });

  it('gives deck.gl no array as an update trigger, whose diff would walk every row on each step', () => {
    // deck.gl compares a trigger with Object.keys: a typed array of categories is one key per row.
    const triggers = built.flatMap((layer) => Object.entries((props(layer).updateTriggers ?? {}) as Record<string, unknown>).map(([name, value]) => ({ name: `${layer.id}.${name}`, value })));
    expect(triggers.some((t) => t.name === `${ROUTE_FLOW_LABELS_LAYER_ID}.getFilterCategory`)).toBe(true);
    for (const { name, value } of triggers) expect(Array.isArray(value) || ArrayBuffer.isView(value), name).toBe(false);
  });

  it('follows a window with a trail (soft range), and particles without it', () => {
    const trail: TimeWindow = { mode: 'range', start: '2015-06', month: '2015-09', trail: true };
    const retimed = new Map(retimeLayers(built, trail).map((l) => [l.id, l]));
    expect(drawnProps(retimed.get('segments')!)?.filterSoftRange).toEqual(windowFilterProps(trail).filterSoftRange);
    expect(drawnProps(retimed.get(FLOW_LAYER_ID)!)?.filterSoftRange).toBeNull();
  });
});

describe('the month filter extensions at draw time', () => {
  /** A stand-in for a layer as deck.gl calls an extension's draw on it. */
  const fakeLayer = (parent: unknown = null) => {
    const uniforms: Record<string, unknown>[] = [];
    const layer = {
      props: { extensions: [MONTH_FILTER], filterEnabled: true, filterCategories: [0, 1], ...monthFilterProps(single('2015-08')) },
      state: { categoryBitMask: new Uint32Array([3, 0, 0, 0]) },
      parent,
      setShaderModuleProps: (p: { dataFilter: Record<string, unknown> }) => uniforms.push(p.dataFilter),
    };
    return { layer: layer as unknown as Layer, uniforms };
  };

  it('hand the GPU the window recorded beside the layer, not the range it was built with', () => {
    const { layer, uniforms } = fakeLayer();
    timeBound(layer, monthFilterProps);
    MONTH_FILTER.draw.call(layer as never, {}, MONTH_FILTER);
    // Never retimed: its own props.
    expect(uniforms[0]?.filterRange).toEqual(monthFilterRange(monthIndex('2015-08')));
    retimeLayers([layer], single('2016-02'));
    MONTH_FILTER.draw.call(layer as never, {}, MONTH_FILTER);
    expect(uniforms[1]?.filterRange).toEqual(monthFilterRange(monthIndex('2016-02')));
    expect(uniforms[1]?.categoryBitMask).toEqual(new Uint32Array([3, 0, 0, 0]));
    expect(uniforms[1]?.filterCategories).toEqual([0, 1]);
    const trail: TimeWindow = { mode: 'range', start: '2016-01', month: '2016-03', trail: true };
    retimeLayers([layer], trail);
    drawMonthOnly(layer);
    expect(uniforms[2]?.filterSoftRange).toEqual(windowFilterProps(trail).filterSoftRange);
  });

  it("draw a sublayer at its time-bound parent's window; a layer not time-bound at its own props", () => {
    const parent = fakeLayer();
    timeBound(parent.layer, monthFilterProps);
    retimeLayers([parent.layer], single('2019-04'));
    const sub = fakeLayer(parent.layer);
    MONTH_FILTER.draw.call(sub.layer as never, {}, MONTH_FILTER);
    expect(sub.uniforms[0]?.filterRange).toEqual(monthFilterRange(monthIndex('2019-04')));
    const plain = fakeLayer();
    MONTH_FILTER.draw.call(plain.layer as never, {}, MONTH_FILTER);
    expect(plain.uniforms[0]?.filterRange).toEqual(monthFilterRange(monthIndex('2015-08')));
  });
});

function drawMonthOnly(layer: Layer) {
  MONTH_ONLY_FILTER.draw.call(layer as never, {}, MONTH_ONLY_FILTER);
}
