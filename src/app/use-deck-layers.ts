/**
 * The map's layers from the store: the one place that turns state into the input of the pure
 * layer builders. Rebuilt only when an input changes (never on hover).
 */
import { useEffect, useMemo, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { candidateCrossings } from '../domain/geometry-analytics';
import { useCountryShapes } from '../features/details/use-country-shapes';
import { buildLayers, layersEverShown } from '../map/layers/build-layers';
import { changeRows, crossingChangeRows } from '../map/layers/change-layer';
import type { PlaceLabel } from '../map/layers/place-labels';
import { selectChange } from '../state/selectors';
import { compareFromMonth } from '../state/slices/compare-slice';
import { selectTimeWindow } from '../state/slices/time-slice';
import { useAppStore as store } from '../state/store';

export function useDeckLayers({ labels, zoom, map }: { labels: PlaceLabel[]; zoom: number; map: maplibregl.Map | null }) {
  const dataset = store((s) => s.dataset);
  const tables = store((s) => s.tables);
  const month = store((s) => s.month);
  const windowMode = store((s) => s.windowMode);
  const windowStart = store((s) => s.windowStart);
  const trail = store((s) => s.trail);
  const compare = store((s) => s.compare);
  const flowAnimation = store((s) => s.flowAnimation);
  const showCandidates = store((s) => s.showCandidates);
  const swipeMonth = store((s) => s.swipeMonth);
  const swipeSplit = store((s) => s.swipeSplit);
  const layers = store((s) => s.layers);
  const selected = store((s) => s.selected);
  const theme = store((s) => s.theme);
  const filters = store((s) => s.filters);
  // Only the candidate crossings need the country shapes: no download at start-up.
  const countryShapes = useCountryShapes(showCandidates);

  const candidates = useMemo(
    () => (showCandidates && dataset && countryShapes ? candidateCrossings(dataset, countryShapes) : []),
    [showCandidates, dataset, countryShapes],
  );
  const changeResult = useMemo(
    () => (compare && dataset ? selectChange(dataset, compareFromMonth(compare, month, dataset.months.from, dataset.months.to), month) : null),
    [compare, dataset, month],
  );

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
        ? layersEverShown(buildLayers({
            tables,
            timeWindow: selectTimeWindow({ windowMode, windowStart, month, trail }),
            layers,
            selected,
            labels,
            zoom: zoomBucket,
            theme,
            filters,
            change: changeResult ? changeRows(changeResult, dataset.segments) : null,
            crossingChange: changeResult ? crossingChangeRows(changeResult, dataset.crossings) : null,
            flowAnimation,
            candidates: showCandidates ? candidates : null,
            swipe: swipeMonth && splitLon !== null ? { leftMonth: swipeMonth, splitLon } : null,
          }), shown)
        : [],
    [shown, tables, dataset, windowMode, windowStart, month, trail, layers, selected, labels, zoomBucket, theme, filters, changeResult, flowAnimation, showCandidates, candidates, swipeMonth, splitLon],
  );
  return { deckLayers, changeResult, candidates, flowAnimation, theme };
}
