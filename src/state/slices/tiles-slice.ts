/**
 * Tiled datasets (vector tiles read tile by tile: src/data/tiles) and the tiled feature picked on
 * the map. They stay out of the combined `dataset`: their features are never all in memory, so the
 * map draws them straight from their tiles and the panels list them beside the other datasets.
 */
import type { StateCreator } from 'zustand';
import type { TileReader } from '../../data/tiles/tile-reader';
import type { TiledDatasetRef } from '../../domain/tiled-source';
import type { AppState } from '../store';

/**
 * 'needs-file': restored from a project or the stored workspace by a local file's name; the user
 * must open that file again (the browser keeps no access to it). 'error': could not be opened.
 */
export type TiledStatus = 'opening' | 'ready' | 'needs-file' | 'error';

export interface TiledDataset extends TiledDatasetRef {
  status: TiledStatus;
  /** Set when ready. */
  reader?: TileReader;
  /** For 'error': what is wrong, in the user's words (already translated). */
  error?: string;
}

/** A feature of a tiled dataset, as picked: its properties and what it is. */
export interface PickedTileFeature {
  datasetId: string;
  geometryType: string;
  properties: Record<string, unknown>;
}

/** A tiled feature under the pointer, where the pointer is (for its tooltip). */
export interface HoveredTileFeature {
  feature: PickedTileFeature;
  x: number;
  y: number;
}

export interface TilesSlice {
  tiledDatasets: TiledDataset[];
  tileFeature: PickedTileFeature | null;
  tileHovered: HoveredTileFeature | null;
  /** Adds or replaces (same id) a tiled dataset. */
  putTiledDataset: (dataset: TiledDataset) => void;
  removeTiledDataset: (id: string) => TiledDataset | null;
  setTiledVisible: (id: string, visible: boolean) => void;
  /** Replaces the list (a workspace or project opened). */
  replaceTiledDatasets: (list: TiledDataset[]) => void;
  selectTileFeature: (feature: PickedTileFeature | null) => void;
  hoverTileFeature: (hovered: HoveredTileFeature | null) => void;
}

export const createTilesSlice: StateCreator<AppState, [], [], TilesSlice> = (set, get) => ({
  tiledDatasets: [],
  tileFeature: null,
  tileHovered: null,
  putTiledDataset: (dataset) => {
    const list = get().tiledDatasets;
    const at = list.findIndex((d) => d.id === dataset.id);
    set({ tiledDatasets: at < 0 ? [...list, dataset] : list.map((d, i) => (i === at ? dataset : d)) });
  },
  removeTiledDataset: (id) => {
    const removed = get().tiledDatasets.find((d) => d.id === id) ?? null;
    if (removed) set({ tiledDatasets: get().tiledDatasets.filter((d) => d.id !== id), tileFeature: get().tileFeature?.datasetId === id ? null : get().tileFeature, tileHovered: null });
    return removed;
  },
  setTiledVisible: (id, visible) =>
    set({ tiledDatasets: get().tiledDatasets.map((d) => (d.id === id ? { ...d, visible } : d)), tileFeature: visible ? get().tileFeature : null, tileHovered: null }),
  replaceTiledDatasets: (list) => set({ tiledDatasets: list, tileFeature: null, tileHovered: null }),
  selectTileFeature: (tileFeature) => set({ tileFeature }),
  // Pointer moves over empty map call this with null many times a second: only a change is set.
  hoverTileFeature: (tileHovered) => {
    if (tileHovered || get().tileHovered) set({ tileHovered });
  },
});
