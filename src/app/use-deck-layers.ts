/**
 * The map's layers from the store: the one place that turns state into the input of the pure
 * layer builders. Rebuilt only when an input changes (never on hover) and not on a month step: the
 * time window is read when the layers are built, and `storeRetime` moves the time-bound layers to
 * the next window outside React (map/layers/retime.ts). Comparing and swiping need the month in
 * the layers' data or in a second window, so there a step rebuilds them.
 */
import { useEffect, useMemo, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useCountryShapes } from '../features/details/use-country-shapes';
import { segmentsLayers, type LayerInput } from '../map/layers/first-layers';
import { layersEverShown } from '../map/layers/layers-ever-shown';
import { retimeLayers, type LayerRetime } from '../map/layers/retime';
import { changeRows, crossingChangeRows } from '../map/layers/change-rows';
import type { PlaceLabel } from '../map/layers/place-labels';
import { compareFromMonth } from '../state/slices/compare-slice';
import { selectMapWindow } from '../state/slices/time-slice';
import { useAppStore, type AppState } from '../state/store';
import { tiledColor } from '../map/layers/tiles-layer-id';
import type { TiledDataset } from '../state/slices/tiles-slice';
import type { EntityFilters } from '../domain/filters';
import { t } from '../domain/i18n';

/** One notice per tiled dataset whose tiles fail (a broken archive would otherwise say it per tile). */
const tileErrorsShown = new Set<string>();
function tileErrorHandler(d: TiledDataset) {
  return (error: unknown) => {
    if (tileErrorsShown.has(d.id)) return;
    tileErrorsShown.add(d.id);
    const reason = error instanceof Error ? error.message : String(error);
    useAppStore.getState().pushNotice('error', t('tiles.tileFailed', { name: d.name, reason }));
  };
}

type TilesLayerModule = typeof import('../map/layers/tiles-layer');
type LayersModule = typeof import('../map/layers/build-layers');

/**
 * Code the map needs only in some states, loaded the first time it is `needed`; null until then.
 * `load` must be the same function on every render (the loaders below).
 */
function useModule<M>(needed: boolean, load: () => Promise<M>): M | null {
  const [module, setModule] = useState<M | null>(null);
  useEffect(() => {
    if (needed && !module) void load().then(setModule);
  }, [needed, module, load]);
  return module;
}

/** The tiled layer builder: MVTLayer and loaders.gl, which no session without tiles needs at start. */
const loadTilesLayer = () => import('../map/layers/tiles-layer');
/** Every layer's builder, loaded once the routes' first frame is drawn (App.tsx); the segments come from first-layers.ts before. */
const loadLayers = () => import('../map/layers/build-layers');
/** The month comparison (domain/change.ts), with the first change view. */
const loadSelectChange = () => import('../state/select-change');
/** The geometry analytics (turf, point in polygon), with the first candidate crossings shown. */
const loadGeometryAnalytics = () => import('../domain/geometry-analytics');

/** The layers of `input`: all of them once their builders are loaded, the segments before. */
function layersOf(module: LayersModule | null, input: LayerInput) {
  return module ? module.buildLayers(input) : segmentsLayers(input);
}

/** The tiled datasets' layers (only those ready: a dataset still opening or waiting for its file has no reader). */
function tiledLayers(module: TilesLayerModule | null, list: TiledDataset[], filters: EntityFilters) {
  if (!module) return [];
  const { buildTiledLayer } = module;
  const timeWindow = selectMapWindow(useAppStore.getState());
  return list.flatMap((d, i) =>
    d.status === 'ready' && d.reader
      ? [buildTiledLayer({ id: d.id, reader: d.reader, visible: d.visible, timeWindow, filters, color: tiledColor(i), onTileError: tileErrorHandler(d) })]
      : [],
  );
}

/** The window the map draws (an export's while one renders, see selectMapWindow). */
const windowKeyOf = (s: AppState) => {
  const w = selectMapWindow(s);
  return `${w.mode} ${w.start} ${w.month} ${w.trail}`;
};

/** The map follows the store's time window without a render (see the file's comment). */
export const storeRetime: LayerRetime = {
  apply: (layers) => retimeLayers(layers, selectMapWindow(useAppStore.getState())),
  subscribe: (onChange) =>
    useAppStore.subscribe((state, previous) => {
      if (windowKeyOf(state) !== windowKeyOf(previous)) onChange();
    }),
};

export function useDeckLayers({ labels, zoom, map, allLayersWanted }: { labels: PlaceLabel[]; zoom: number; map: maplibregl.Map | null; allLayersWanted: boolean }) {
  const dataset = useAppStore((s) => s.dataset);
  const tables = useAppStore((s) => s.tables);
  const compare = useAppStore((s) => s.compare);
  // The window, only where a step changes more than a filter range.
  const windowKey = useAppStore((s) => (s.compare || s.swipeMonth ? windowKeyOf(s) : null));
  const flowAnimation = useAppStore((s) => s.flowAnimation);
  const showCandidates = useAppStore((s) => s.showCandidates);
  const swipeMonth = useAppStore((s) => s.swipeMonth);
  const swipeSplit = useAppStore((s) => s.swipeSplit);
  const layers = useAppStore((s) => s.layers);
  const selected = useAppStore((s) => s.selected);
  const theme = useAppStore((s) => s.theme);
  const filters = useAppStore((s) => s.filters);
  const language = useAppStore((s) => s.language);
  const tiledDatasets = useAppStore((s) => s.tiledDatasets);
  const tilesModule = useModule(tiledDatasets.some((d) => d.status === 'ready'), loadTilesLayer);
  // With no segments to draw first (hidden, none, a comparison) there is no routes' frame to wait for.
  const segmentsFirst = !!tables && layers.segments && !compare && tables.segments.length > 0;
  const layersModule = useModule(allLayersWanted || (!!tables && !segmentsFirst), loadLayers);
  // Only the candidate crossings need the country shapes: no download at start-up.
  const countryShapes = useCountryShapes(showCandidates);

  const analytics = useModule(showCandidates, loadGeometryAnalytics);
  const candidates = useMemo(
    () => (showCandidates && dataset && countryShapes && analytics ? analytics.candidateCrossings(dataset, countryShapes) : []),
    [showCandidates, dataset, countryShapes, analytics],
  );
  const changeModule = useModule(compare !== null, loadSelectChange);
  const changeResult = useMemo(() => {
    if (!compare || !dataset || !changeModule) return null;
    const { selectChange } = changeModule;
    const { month } = selectMapWindow(useAppStore.getState());
    return selectChange(dataset, compareFromMonth(compare, month, dataset.months.from, dataset.months.to), month);
    // windowKey: the month, while comparing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compare, dataset, windowKey, changeModule]);

  // The divider stays put on screen: its longitude follows the camera.
  const [splitLon, setSplitLon] = useState<number | null>(null);
  useEffect(() => {
    if (!swipeMonth || !map) return;
    const update = () => {
      const canvas = map.getCanvas();
      setSplitLon(map.unproject([canvas.clientWidth * swipeSplit, canvas.clientHeight / 2]).lng);
    };
    update();
    map.on('move', update);
    return () => {
      map.off('move', update);
    };
  }, [swipeMonth, swipeSplit, map]);

  const zoomBucket = Math.round(zoom * 4) / 4;
  // Mutable on purpose: the ids of layers shown so far (see layersEverShown).
  const [shown] = useState(() => new Set<string>());
  const deckLayers = useMemo(
    () =>
      tables && dataset
        ? layersEverShown(layersOf(layersModule, {
            tables,
            timeWindow: selectMapWindow(useAppStore.getState()),
            layers,
            selected,
            labels,
            zoom: zoomBucket,
            theme,
            language,
            filters,
            change: changeResult ? changeRows(changeResult, dataset.segments) : null,
            crossingChange: changeResult ? crossingChangeRows(changeResult, dataset.crossings) : null,
            flowAnimation,
            candidates: showCandidates ? candidates : null,
            swipe: swipeMonth && splitLon !== null ? { leftMonth: swipeMonth, splitLon } : null,
            tiled: tiledLayers(tilesModule, tiledDatasets, filters),
          }), shown)
        : [],
    // windowKey: the window, while comparing or swiping.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown, tables, dataset, windowKey, layers, selected, labels, zoomBucket, theme, language, filters, changeResult, flowAnimation, showCandidates, candidates, swipeMonth, splitLon, tiledDatasets, tilesModule, layersModule],
  );
  return { deckLayers, allLayers: layersModule !== null, changeResult, candidates, flowAnimation, theme };
}
