import type { Layer } from '@deck.gl/core';

/**
 * The layers to hand deck.gl: those shown now or shown before. A layer never shown yet (particles,
 * change view, bins of a small set …) is left out, because deck.gl compiles a layer's shaders when
 * it first meets it, visible or not: on a CPU rasteriser that is seconds before the first frame.
 * Once shown, a layer stays and is toggled by `visible`, keeping its GPU state. `shown` is updated.
 */
export function layersEverShown(layers: Layer[], shown: Set<string>): Layer[] {
  for (const layer of layers) if (layer.props.visible) shown.add(layer.id);
  return layers.filter((layer) => shown.has(layer.id));
}
