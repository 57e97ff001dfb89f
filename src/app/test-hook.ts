/**
 * A small window hook for end-to-end tests: the same state and selectors the UI uses, no pixels.
 */
import { segmentIdsInWindow } from '../data/tables/segment-table';
import { allowedClasses } from '../domain/filter-classes';
import { windowBounds } from '../domain/time-window';
import { selectTimeWindow } from '../state/slices/time-slice';
import { compareFromMonth } from '../state/slices/compare-slice';
import type { MapHandle } from '../map/MapView';
import { pickedEntity } from '../map/layers/pick';
import { INCIDENTS_LAYER_ID, partLayerId, SEGMENTS_LAYER_ID } from '../map/layers/layer-ids';
import type { AppStore } from '../state/store';
import { isLayerId } from '../domain/layers';
import { isLocaleCode } from '../domain/i18n';
import { selectionsOffThread } from '../state/slices/data-slice';

export interface RouteShiftTestHook {
  ready: boolean;
  month: () => string;
  setMonth: (key: string) => void;
  visibleSegmentIds: () => string[];
  /** Segment ids found by deck.gl picking over the whole map: what the GPU actually draws. */
  pickedSegmentIds: () => string[];
  /** Entity ids of a layer found by deck.gl picking over the whole map. */
  pickedIds: (layerId: string) => string[];
  /** Names of the loaded datasets, the demo first. */
  datasetNames: () => string[];
  /** Change class per segment id in the change view (empty when not comparing). */
  /** (Async: the comparison's code loads with the change view.) */
  changeClasses: () => Promise<Record<string, string>>;
  /** The map's camera now. */
  camera: () => { lon: number; lat: number; zoom: number } | null;
  segmentMidpoint: (id: string) => [number, number] | null;
  project: (lon: number, lat: number) => [number, number];
  layerVisible: (id: string) => boolean;
  /** Captures the live map as a storyboard view with this title (and speaker notes, caption). */
  captureStoryView: (title: string, notes?: string, caption?: string) => void;
  /** The map is panning, zooming or flying (its last moveend has not fired yet). */
  mapMoving: () => boolean;
  /** The presenter's position and blank state, or null when not presenting. */
  presenting: () => { index: number; blanked: boolean } | null;
  /** The storyboard's views: title, month and camera. */
  storyboard: () => { title: string; month: string; camera: { lon: number; lat: number; zoom: number } }[];
  /**
   * The presented view's framing, read from the map: the view's bounds as a box in map pixels, the
   * map's own bounds, its size and the boxes of the overlays over it; null when no framed view is shown.
   */
  framing: () => FramingReading | null;
  /** Redraws the map with nothing changed (the bench's idle-redraw baseline). */
  repaint: () => void;
  /** Bytes of every typed array the map's tables hold (the bench's memory baseline). */
  binaryBytes: () => number;
  /** Ids of the hubs or crossings the panels list under the filters (the filtered dataset). */
  listedIds: (kind: 'hubs' | 'crossings') => string[];
  setFilters: (filters: Record<string, string[]>) => void;
  /** Chooses the interface language (as the language menu does); resolves once it is active. */
  setLanguage: (code: string) => Promise<boolean>;
  /** The interface language now. */
  language: () => string;
  /** Whether the lists of the last filter change are settled, and how many the selection worker answered. */
  selection: () => { filtering: boolean; offThread: number };
  /** Tiles of tiled datasets fetched and decoded so far. */
  tileLoads: () => number;
  /** The tiled datasets' features drawn in the map's view (deck.gl picking): properties and, for points, where. */
  pickedTileFeatures: () => { dataset: string; properties: Record<string, unknown>; type: string; lonLat: [number, number] | null }[];
}

type PixelBox = { left: number; top: number; right: number; bottom: number };
export interface FramingReading {
  viewBounds: [number, number, number, number];
  mapBounds: [number, number, number, number];
  viewBox: PixelBox;
  size: { width: number; height: number };
  overlays: PixelBox[];
  /** The padding the presenter computed from those boxes (null = none). */
  padding: { top: number; right: number; bottom: number; left: number } | null;
}

function readFraming(store: AppStore, handle: MapHandle | null): FramingReading | null {
  const s = store.getState();
  const view = s.presenting ? s.storyboard[s.presenting.index] : undefined;
  if (!handle || !view?.bounds) return null;
  const { map } = handle;
  const [west, south, east, north] = view.bounds;
  const nw = map.project([west, north]);
  const se = map.project([east, south]);
  const b = map.getBounds();
  const rect = map.getContainer().getBoundingClientRect();
  const overlays = [...document.querySelectorAll('[data-frame-overlay], .marking-banner')].map((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left - rect.left, top: r.top - rect.top, right: r.right - rect.left, bottom: r.bottom - rect.top };
  });
  return {
    viewBounds: [west, south, east, north],
    mapBounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    viewBox: { left: nw.x, top: nw.y, right: se.x, bottom: se.y },
    size: { width: rect.width, height: rect.height },
    overlays: overlays.filter((o) => o.right > o.left && o.bottom > o.top),
    padding: s.framePadding,
  };
}

import { TILES_LAYER_PREFIX, tiledDatasetOfLayer, tileLoads } from '../map/layers/tiles-layer-id';

declare global {
  interface Window {
    __routeshift?: RouteShiftTestHook;
  }
}

export function installTestHook(store: AppStore, getHandle: () => MapHandle | null): RouteShiftTestHook {
  const hook: RouteShiftTestHook = {
    ready: false,
    month: () => store.getState().month,
    setMonth: (key) => store.getState().setMonth(key),
    visibleSegmentIds: () => {
      const state = store.getState();
      const { from, to } = windowBounds(selectTimeWindow(state));
      if (!state.tables || !state.layers.segments) return [];
      const { segments } = state.tables;
      return segmentIdsInWindow(segments, from, to, allowedClasses(segments.filter.profiles, state.filters));
    },
    pickedSegmentIds: () => hook.pickedIds(SEGMENTS_LAYER_ID),
    pickedIds: (layerId) => {
      const handle = getHandle();
      const { tables } = store.getState();
      if (!handle || !tables) return [];
      const canvas = handle.map.getCanvas();
      // Incidents are drawn by one layer per part (partLayerId): 'incidents' picks them all.
      const layerIds = layerId === INCIDENTS_LAYER_ID ? tables.incidents.parts.map((_, p) => partLayerId(layerId, p)) : [layerId];
      const picks = handle.overlay.pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, layerIds, maxObjects: 5000 });
      const ids = new Set<string>();
      for (const info of picks) {
        const picked = pickedEntity(tables, info.layer?.id ?? layerId, info.index, info.object);
        if (picked) ids.add(picked.ref.id);
      }
      return [...ids].sort();
    },
    datasetNames: () => store.getState().datasets.map((d) => d.name),
    changeClasses: async () => {
      const s = store.getState();
      if (!s.compare || !s.dataset) return {};
      const { selectChange } = await import('../state/select-change');
      const from = compareFromMonth(s.compare, s.month, s.dataset.months.from, s.dataset.months.to);
      return Object.fromEntries(selectChange(s.dataset, from, s.month).segments.map((c) => [c.segmentId, c.change]));
    },
    camera: () => {
      const map = getHandle()?.map;
      if (!map) return null;
      const c = map.getCenter();
      return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
    },
    segmentMidpoint: (id) => {
      const path = store.getState().dataset?.segments.find((s) => s.id === id)?.path;
      if (!path || path.length < 2) return null;
      const a = path[0] as [number, number];
      const b = path[path.length - 1] as [number, number];
      return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    },
    project: (lon, lat) => {
      const handle = getHandle();
      if (!handle) return [Number.NaN, Number.NaN];
      const point = handle.map.project([lon, lat]);
      const rect = handle.map.getContainer().getBoundingClientRect();
      return [rect.left + point.x, rect.top + point.y];
    },
    layerVisible: (id) => isLayerId(id) && store.getState().layers[id],
    captureStoryView: (title, notes, caption) => void store.getState().captureView({ title, ...(notes ? { notes } : {}), ...(caption ? { caption } : {}) }),
    mapMoving: () => getHandle()?.map.isMoving() ?? true,
    presenting: () => {
      const p = store.getState().presenting;
      return p ? { index: p.index, blanked: p.blanked } : null;
    },
    storyboard: () => store.getState().storyboard.map((v) => ({ title: v.title, month: v.month, camera: { ...v.camera } })),
    framing: () => readFraming(store, getHandle()),
    repaint: () => getHandle()?.map.triggerRepaint(),
    binaryBytes: () => typedArrayBytes(store.getState().tables),
    listedIds: (kind) => store.getState().dataset?.[kind].map((e) => e.id) ?? [],
    setFilters: (filters) => store.getState().setFilters(filters),
    setLanguage: async (code) => {
      if (!isLocaleCode(code)) throw new Error(`Not an interface language: ${code}`);
      return store.getState().setLanguage(code);
    },
    language: () => store.getState().language,
    selection: () => ({ filtering: store.getState().filtering, offThread: selectionsOffThread() }),
    tileLoads: () => tileLoads.count,
    pickedTileFeatures: () => {
      const handle = getHandle();
      if (!handle) return [];
      const canvas = handle.map.getCanvas();
      const layerIds = store.getState().tiledDatasets.map((d) => `${TILES_LAYER_PREFIX}${d.id}`);
      const picks = handle.overlay.pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, layerIds, maxObjects: 5000 });
      return picks.flatMap((info) => {
        const dataset = tiledDatasetOfLayer(info.layer?.id);
        const f = info.object as { properties?: Record<string, unknown>; geometry?: { type?: string; coordinates?: unknown } } | undefined;
        if (!dataset || !f) return [];
        const c = f.geometry?.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null;
        return [{ dataset, properties: { ...(f.properties ?? {}) }, type: f.geometry?.type ?? '', lonLat: c ? [c[0], c[1]] : null }];
      });
    },
  };
  window.__routeshift = hook;
  return hook;
}

/**
 * Sums the typed arrays reachable from `value` through plain objects and short arrays (lists of
 * rows are skipped: they hold JS objects, not binary attributes). Each buffer view counts once.
 */
export function typedArrayBytes(value: unknown, seen = new Set<unknown>(), depth = 0): number {
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 6) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  // An incident part's `columns` hold the rows' other fields (figures, ids, dates) and its bins'
  // `classCounts` the counts behind filtered bins: not drawn, so not binary attributes; they count
  // against the budget instead.
  const notDrawn = (key: string, child: unknown) => (key === 'columns' && !Array.isArray(child)) || key === 'classCounts';
  const children = Array.isArray(value) ? (value.length <= 64 ? value : []) : Object.entries(value).filter(([key, child]) => !notDrawn(key, child)).map(([, child]) => child as unknown);
  let bytes = 0;
  for (const child of children) bytes += typedArrayBytes(child, seen, depth + 1);
  return bytes;
}
