import type { StateCreator } from 'zustand';
import type { Dataset } from '../../domain/types';
import { buildMapTables, type MapTables } from '../../data/tables';
import { clampMonth } from '../../domain/month';
import type { AppState } from '../store';

export interface DataSlice {
  dataset: Dataset | null;
  tables: MapTables | null;
  loadState: 'loading' | 'ready' | 'error';
  loadError: string | null;
  setDataset: (dataset: Dataset) => void;
  setLoadError: (message: string) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  dataset: null,
  tables: null,
  loadState: 'loading',
  loadError: null,
  setDataset: (dataset) => {
    const tables = buildMapTables(dataset);
    // The month asked for (URL or default) is kept when the data covers it.
    const month = clampMonth(get().month, dataset.months.from, dataset.months.to);
    set({ dataset, tables, loadState: 'ready', loadError: null, month });
  },
  setLoadError: (message) => set({ loadState: 'error', loadError: message }),
});
