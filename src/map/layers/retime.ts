/**
 * A month step changes nothing but the GPU filter range of the time-bound layers. So the layer list
 * is built (in React) only when something else changes, and a step swaps in clones of the
 * time-bound layers with the new range: every other layer keeps its identity, which deck.gl's
 * layer manager skips without diffing a prop, and no data, accessor or attribute is touched.
 */
import type { Layer } from '@deck.gl/core';
import type { TimeWindow } from '../../domain/time-window';

/** The props a layer's time window sets (filterRange, filterSoftRange …). */
type WindowProps = (timeWindow: TimeWindow) => Record<string, unknown>;

const windowPropsOf = new WeakMap<Layer, WindowProps>();
/** The last clone made of a built layer, so that the same window gives back the same object. */
const lastClone = new WeakMap<Layer, Layer>();

/** Marks a built layer as following the time window through `windowProps` (returns the layer). */
export function timeBound<L extends Layer>(layer: L, windowProps: WindowProps): L {
  windowPropsOf.set(layer, windowProps);
  return layer;
}

export function isTimeBound(layer: Layer): boolean {
  return windowPropsOf.has(layer);
}

/** Nested arrays of numbers (filter ranges), or null. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((v, i) => sameValue(v, b[i]));
}

function hasProps(layer: Layer, props: Record<string, unknown>): boolean {
  const current = layer.props as unknown as Record<string, unknown>;
  return Object.keys(props).every((key) => sameValue(current[key], props[key]));
}

/**
 * The layer as drawn in `timeWindow`: itself when its props already say so, else a clone. A hidden
 * layer is left as built (deck.gl would still update it): it is shown again only by a rebuild,
 * which reads the window of that moment.
 */
export function retimeLayer(layer: Layer, timeWindow: TimeWindow): Layer {
  const windowProps = windowPropsOf.get(layer);
  if (!windowProps || !layer.props.visible) return layer;
  const props = windowProps(timeWindow);
  if (hasProps(layer, props)) return layer;
  const previous = lastClone.get(layer);
  if (previous && hasProps(previous, props)) return previous;
  const clone = layer.clone(props as Partial<typeof layer.props>);
  lastClone.set(layer, clone);
  return clone;
}

/** The layers as drawn in `timeWindow`; the same array back when none changes. */
export function retimeLayers(layers: Layer[], timeWindow: TimeWindow): Layer[] {
  let out: Layer[] | null = null;
  layers.forEach((layer, i) => {
    const retimed = retimeLayer(layer, timeWindow);
    if (retimed !== layer) (out ??= layers.slice())[i] = retimed;
  });
  return out ?? layers;
}

/**
 * How the map follows the time window without a React render: `apply` gives the layers to draw
 * now, `subscribe` calls back whenever `apply` may give something new (returns an unsubscribe).
 */
export interface LayerRetime {
  apply: (layers: Layer[]) => Layer[];
  subscribe: (onChange: () => void) => () => void;
}
