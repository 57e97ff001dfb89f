/**
 * A month step changes nothing but the GPU filter range of the time-bound layers, and deck.gl is
 * not told of it through a prop: each time-bound layer has a *window cell* beside it (an entry of
 * `cells`, made when the layer is built), `retimeLayers` writes the new window's filter props into
 * the cells, and the month filter extensions read them when they draw (`drawnProps`, used by
 * `WindowFilterExtension.draw` in month-filter.ts). So the layers keep their identity across a
 * step: deck.gl's layer manager diffs no prop, runs no `updateState`, re-renders no sublayer and
 * touches no attribute; the map only asks MapLibre for a repaint (MapView). The price: a layer's
 * `props.filterRange` is the window it was built at, not the one it is drawn at (read
 * `drawnProps`).
 */
import type { Layer } from '@deck.gl/core';
import type { TimeWindow } from '../../domain/time-window';

/** The props a layer's time window sets (filterRange, filterSoftRange …). */
type WindowProps = (timeWindow: TimeWindow) => Record<string, unknown>;

interface WindowCell {
  windowProps: WindowProps;
  /** The props of the window the layer is drawn at; null until the map first retimes it. */
  drawn: Record<string, unknown> | null;
}

const cells = new WeakMap<Layer, WindowCell>();

/** Marks a built layer as following the time window through `windowProps` (returns the layer). */
export function timeBound<L extends Layer>(layer: L, windowProps: WindowProps): L {
  cells.set(layer, { windowProps, drawn: null });
  return layer;
}

export function isTimeBound(layer: Layer): boolean {
  return cells.has(layer);
}

/**
 * A clone of a layer (e.g. the particle clock's per-frame clone with a new `currentTime`) that
 * draws at its original's window, which later steps keep moving.
 */
export function cloneFollowing<L extends Layer>(layer: L, props: Partial<L['props']>): L {
  const clone = layer.clone(props) as L;
  const cell = cells.get(layer);
  if (cell) cells.set(clone, cell);
  return clone;
}

/**
 * Records `timeWindow` as the window the time-bound layers of `layers` are drawn at, hidden ones
 * included (a hidden layer costs deck.gl nothing and is right when shown again). Returns the same
 * list: no layer is replaced.
 */
export function retimeLayers(layers: Layer[], timeWindow: TimeWindow): Layer[] {
  for (const layer of layers) {
    const cell = cells.get(layer);
    if (cell) cell.drawn = cell.windowProps(timeWindow);
  }
  return layers;
}

/**
 * The window props `layer` is drawn with now: those of its own cell or of its nearest time-bound
 * ancestor's (the sublayers of a TextLayer, a tile layer's per-tile layers), or null when it has
 * none or was never retimed (then its own props hold).
 */
export function drawnProps(layer: Layer): Record<string, unknown> | null {
  for (let at: Layer | null = layer; at; at = at.parent) {
    const cell = cells.get(at);
    if (cell) return cell.drawn;
  }
  return null;
}

/**
 * How the map follows the time window without a React render: `apply` records the current window
 * on the layers and gives back the layers to hand deck.gl (the same ones), `subscribe` calls back
 * whenever the window changes (returns an unsubscribe); the map then repaints.
 */
export interface LayerRetime {
  apply: (layers: Layer[]) => Layer[];
  subscribe: (onChange: () => void) => () => void;
}
