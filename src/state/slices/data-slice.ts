import type { StateCreator } from 'zustand';
import type { Dataset } from '../../domain/types';
import { awaitSelectionBins, buildMapTables, knownClasses, type MapTables } from '../../data/tables';
import { combineDatasets } from '../../data/combine-datasets';
import { clampMonth } from '../../domain/month';
import { applyFilters, hasFilters, type EntityFilters } from '../../domain/filters';
import { createRowSelector, type RowSelector } from '../../data/selection/selection-client';
import type { AppState } from '../store';
import { DEMO_DATASET_ID, type LoadedDataset } from '../../domain/workspace';
import { activeLocale } from '../../domain/i18n';
import { nameDemoCorridors } from '../../data/demo-corridor-names';

export interface DataSlice {
  /** Every loaded dataset, the demo first. */
  datasets: LoadedDataset[];
  /** The visible datasets combined, then filtered: what the map, timeline and panels read. */
  dataset: Dataset | null;
  /** The visible datasets combined, before filters: what the filter choices are made from. */
  unfiltered: Dataset | null;
  filters: EntityFilters;
  /** A filter change's lists are being worked out (the map already shows it). */
  filtering: boolean;
  setFilters: (filters: EntityFilters) => void;
  tables: MapTables | null;
  loadState: 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** The demo dataset has arrived (English names, as in its data file): it is shown with its corridors named in the active language. */
  setDataset: (dataset: Dataset) => void;
  /** Names the demo's corridors in the active language again (the language slice calls it on a change): tables rebuilt, ids and filters kept. */
  nameDemoInLanguage: () => void;
  setLoadError: (message: string) => void;
  addDataset: (loaded: LoadedDataset) => void;
  /** Removes a dataset; returns it so that the caller can offer undo. */
  removeDataset: (id: string) => LoadedDataset | null;
  /** Puts a removed dataset back at its place. */
  restoreDataset: (loaded: LoadedDataset, index: number) => void;
  renameDataset: (id: string, name: string) => void;
  setDatasetVisible: (id: string, visible: boolean) => void;
  /** Replaces every user dataset (opening a project or restoring the stored workspace). */
  replaceUserDatasets: (list: LoadedDataset[]) => void;
}

/** A worker where the platform has them (not in Node or jsdom: the tests select on the spot). */
let rowSelector: RowSelector | null | undefined;
const offThreadSelector = () => (rowSelector === undefined ? (rowSelector = typeof Worker === 'undefined' ? null : createRowSelector()) : rowSelector);

/** Puts another selector in (tests: an answer they release when they choose; null: select on the spot). */
export function setRowSelector(selector: RowSelector | null | undefined) {
  rowSelector = selector;
}

/** Selections the worker has answered (for the test hook). */
export const selectionsOffThread = () => rowSelector?.answeredOffThread ?? 0;

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => {
  let ticket = 0;
  /** The demo as it arrived, English names: each language's names are made from it. */
  let demoSource: Dataset | null = null;
  /**
   * Recombines the visible datasets, rebuilds the map tables, applies the filters and sets the
   * result, after any change to the list or the filters. Tables are rebuilt only here, never per
   * month, and from the unfiltered data: the map applies filters on the GPU, so a filter change
   * (same datasets) keeps the combined data and the tables.
   */
  const recombineRebuildAndSet = (datasets: LoadedDataset[], extra: Partial<AppState> = {}) => {
    const previous = datasets === get().datasets ? get().unfiltered : null;
    const unfiltered = previous ?? combineDatasets(datasets.filter((d) => d.visible).map((d) => d.dataset));
    const sameData = unfiltered === get().unfiltered;
    const tables = (sameData ? get().tables : null) ?? buildMapTables(unfiltered);
    const filters = (extra.filters as EntityFilters | undefined) ?? get().filters;
    const known = knownClasses(tables, unfiltered);
    const month = clampMonth(get().month, unfiltered.months.from, unfiltered.months.to);
    const mine = ++ticket;
    const selector = offThreadSelector();
    if (selector && sameData && hasFilters(filters) && get().dataset) {
      // A filter change on the same data: the GPU shows it at once; the rows each list keeps are
      // worked out in the worker, and the lists (panels, counts, exports) follow on its answer.
      // The zoomed-out bins are recounted there too.
      const takeBins = awaitSelectionBins(tables, unfiltered, filters);
      set({ datasets, unfiltered, tables, month, filtering: true, ...extra });
      void selector.select(tables, known, filters).then((selection) => {
        takeBins(selection);
        if (mine === ticket) set({ dataset: applyFilters(unfiltered, filters, known, selection), filtering: false });
      });
      return;
    }
    // New data (its tables were just built here, a pass of the same size) or no filters: at once.
    const dataset = applyFilters(unfiltered, filters, known);
    set({ datasets, dataset, unfiltered, tables, month, filtering: false, ...extra });
  };
  return {
    datasets: [],
    dataset: null,
    unfiltered: null,
    filters: {},
    filtering: false,
    setFilters: (filters) => recombineRebuildAndSet(get().datasets, { filters, selected: null, hovered: null }),
    tables: null,
    loadState: 'loading',
    loadError: null,
    setDataset: (source) => {
      demoSource = source;
      const dataset = nameDemoCorridors(source, activeLocale());
      const demo: LoadedDataset = {
        id: DEMO_DATASET_ID,
        name: 'Demo: Balkan and Mediterranean routes',
        sourceFiles: ['data/demo.json'],
        loadedAt: new Date().toISOString(),
        visible: get().datasets.find((d) => d.id === DEMO_DATASET_ID)?.visible ?? true,
        dataset,
      };
      recombineRebuildAndSet([demo, ...get().datasets.filter((d) => d.id !== DEMO_DATASET_ID)], { loadState: 'ready', loadError: null });
    },
    nameDemoInLanguage: () => {
      const demo = get().datasets.find((d) => d.id === DEMO_DATASET_ID);
      if (!demo || !demoSource) return;
      const dataset = nameDemoCorridors(demoSource, activeLocale());
      // The same names (e.g. a language switched to and back before this ran): nothing to rebuild.
      if (dataset.corridors.every((c, i) => c === demo.dataset.corridors[i] || (c.name === demo.dataset.corridors[i]?.name && c.mapLabel === demo.dataset.corridors[i]?.mapLabel))) return;
      // A dataset change like any other: recombined, tables rebuilt (the route-flow labels), filters and selection kept (ids unchanged).
      recombineRebuildAndSet(get().datasets.map((d) => (d.id === DEMO_DATASET_ID ? { ...d, dataset } : d)));
    },
    setLoadError: (message) => set({ loadState: 'error', loadError: message }),
    addDataset: (loaded) => recombineRebuildAndSet([...get().datasets, loaded], { loadState: 'ready' }),
    removeDataset: (id) => {
      const removed = get().datasets.find((d) => d.id === id) ?? null;
      if (removed) recombineRebuildAndSet(get().datasets.filter((d) => d.id !== id), { selected: null, hovered: null });
      return removed;
    },
    restoreDataset: (loaded, index) => {
      const list = get().datasets.filter((d) => d.id !== loaded.id);
      list.splice(Math.min(index, list.length), 0, loaded);
      recombineRebuildAndSet(list);
    },
    // A name changes nothing drawn: no recombining.
    renameDataset: (id, name) => set({ datasets: get().datasets.map((d) => (d.id === id ? { ...d, name } : d)) }),
    setDatasetVisible: (id, visible) => recombineRebuildAndSet(get().datasets.map((d) => (d.id === id ? { ...d, visible } : d)), { selected: null, hovered: null }),
    replaceUserDatasets: (list) => recombineRebuildAndSet([...get().datasets.filter((d) => d.id === DEMO_DATASET_ID), ...list], { selected: null, hovered: null }),
  };
};
