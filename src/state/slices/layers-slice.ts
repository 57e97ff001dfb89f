import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export const LAYER_IDS = ['segments', 'crossings', 'hubs', 'safeHouses', 'incidents', 'labels', 'routeFlows'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type LayerVisibility = Record<LayerId, boolean>;

export const LAYER_LABELS: Record<LayerId, string> = {
  segments: 'Route segments',
  crossings: 'Border crossings',
  hubs: 'Hubs, camps and landings',
  safeHouses: 'Safe houses (illustrative)',
  incidents: 'Incidents (IOM Missing Migrants)',
  labels: 'Place labels',
  routeFlows: 'Route-level flows (schematic)',
};

export const DEFAULT_LAYERS: LayerVisibility = {
  segments: true,
  crossings: true,
  hubs: true,
  safeHouses: true,
  incidents: true,
  labels: true,
  routeFlows: true,
};

/**
 * Layers added after links and files first listed layers (URL v1, project files, storyboard views):
 * where an older link or file could not have named one, it takes its default instead of "hidden".
 */
export const LAYERS_ADDED_LATER: readonly LayerId[] = ['routeFlows'];

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

export interface LayersSlice {
  layers: LayerVisibility;
  toggleLayer: (id: LayerId) => void;
  setLayers: (layers: LayerVisibility) => void;
}

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set, get) => ({
  layers: DEFAULT_LAYERS,
  toggleLayer: (id) => set({ layers: { ...get().layers, [id]: !get().layers[id] } }),
  setLayers: (layers) => set({ layers }),
});
