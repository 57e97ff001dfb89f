import type { StateCreator } from 'zustand';
import { DEFAULT_LAYERS, type LayerId, type LayerVisibility } from '../../domain/layers';
import type { AppState } from '../store';

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
