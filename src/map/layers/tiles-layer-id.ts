/**
 * Ids and colours of the tiled datasets' layers, apart from the layer itself (tiles-layer.ts), which
 * brings deck.gl's MVTLayer and loaders.gl and is loaded only once a tiled dataset is opened.
 */
export const TILES_LAYER_PREFIX = 'tiles-';

/** The dataset id of a tiled layer's id, or null for any other layer. */
export function tiledDatasetOfLayer(layerId: string | undefined): string | null {
  return layerId?.startsWith(TILES_LAYER_PREFIX) ? layerId.slice(TILES_LAYER_PREFIX.length) : null;
}

/** Colours of tiled datasets in the order they were opened (apart from the demo's route colours). */
export const TILED_COLORS: readonly [number, number, number][] = [
  [214, 39, 140],
  [23, 140, 160],
  [120, 80, 200],
  [200, 110, 20],
];

export function tiledColor(index: number): [number, number, number] {
  return TILED_COLORS[index % TILED_COLORS.length] ?? [214, 39, 140];
}

/** Tiles fetched and decoded since start, all tiled datasets (the test hook and the bench read it: a month step adds none). */
export const tileLoads = { count: 0 };
