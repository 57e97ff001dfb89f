/** Composition root: loads the demo data, wires the store to the map, panels and timeline. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import { loadDataset } from '../data/load-dataset';
import { DetailPanel } from '../features/details/DetailPanel';
import { Tooltip } from '../features/details/Tooltip';
import { buildCommands } from '../features/commands/registry';
import { ShortcutsOverlay } from '../features/commands/ShortcutsOverlay';
import { useShortcuts } from '../features/commands/use-shortcuts';
import { Legend } from '../features/legend/Legend';
import { LayerPanel } from '../features/legend/LayerPanel';
import { Notices } from '../features/notices/Notices';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { EventCard } from '../features/timeline/EventCard';
import { Timeline } from '../features/timeline/Timeline';
import { usePlayback } from '../features/timeline/use-playback';
import { buildLayers } from '../map/layers/build-layers';
import { pickedEntity } from '../map/layers/pick';
import { loadPlaceLabels, type PlaceLabel } from '../map/layers/place-labels';
import { MapView, type MapHandle } from '../map/MapView';
import { resolveEntity, selectChange } from '../state/selectors';
import { parseUrlState } from '../state/url-state';
import { useAppStore } from '../state/store';
import { selectTimeWindow } from '../state/slices/time-slice';
import { compareFromMonth } from '../state/slices/compare-slice';
import { changeRows, crossingChangeRows } from '../map/layers/change-layer';
import { ComparePanel } from '../features/compare/ComparePanel';
import { FilterPanel } from '../features/filters/FilterPanel';
import { CandidateCrossings } from '../features/legend/CandidateCrossings';
import { useCountryShapes } from '../features/details/use-country-shapes';
import { candidateCrossings } from '../domain/geometry-analytics';
import { SwipeDivider } from '../features/compare/SwipeDivider';
import { formatWindow } from '../domain/time-window';
import { leftWindow } from '../map/layers/swipe';
import { installTestHook } from './test-hook';
import { persistChanges, restoreWorkspace } from './workspace-persistence';
import { DatasetsPanel } from '../features/datasets/DatasetsPanel';
import { DropZone } from '../features/import/DropZone';
import { ImportProgress } from '../features/import/ImportProgress';
import { ImportReport } from '../features/import/ImportReport';
import { EmptyState } from '../features/datasets/EmptyState';
import { useUrlSync } from './use-url-sync';

const store = useAppStore;
// Charts are loaded when first opened: Chart.js stays out of the start-up bundle.
const ComparisonView = lazy(() => import('../features/charts/ComparisonView'));
let mapHandle: MapHandle | null = null;
const testHook = installTestHook(store, () => mapHandle);
// The map is created before the data arrives, so the link's camera is read once, up front.
const linkCamera = parseUrlState(window.location.search).state.camera;

export function App() {
  const dataset = store((s) => s.dataset);
  const tables = store((s) => s.tables);
  const loadState = store((s) => s.loadState);
  const loadError = store((s) => s.loadError);
  const month = store((s) => s.month);
  const windowMode = store((s) => s.windowMode);
  const windowStart = store((s) => s.windowStart);
  const trail = store((s) => s.trail);
  const compare = store((s) => s.compare);
  const flowAnimation = store((s) => s.flowAnimation);
  const showCandidates = store((s) => s.showCandidates);
  const countryShapes = useCountryShapes();
  const candidates = useMemo(
    () => (showCandidates && dataset && countryShapes ? candidateCrossings(dataset, countryShapes) : []),
    [showCandidates, dataset, countryShapes],
  );
  const swipeMonth = store((s) => s.swipeMonth);
  const swipeSplit = store((s) => s.swipeSplit);
  const layers = store((s) => s.layers);
  const selected = store((s) => s.selected);
  const hovered = store((s) => s.hovered);
  const overlay = store((s) => s.overlay);
  const openEventId = store((s) => s.openEventId);
  const importReports = store((s) => s.importReports);
  const chartTab = store((s) => s.chartTab);
  const setChartTab = store((s) => s.setChartTab);
  const pickMonth = useCallback((m: string) => store.getState().setMonth(m), []);
  const closeOverlay = useCallback(() => store.getState().setOverlay(null), []);
  const cameraIntent = store((s) => s.cameraIntent);
  const [labels, setLabels] = useState<PlaceLabel[]>([]);
  const [zoom, setZoom] = useState(5);
  const theme = store((s) => s.theme);
  const [mapReady, setMapReady] = useState(false);
  const [splitLon, setSplitLon] = useState<number | null>(null);
  // The divider stays put on screen: its longitude follows the camera.
  useEffect(() => {
    const map = mapReady ? mapHandle?.map : null;
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
  }, [swipeMonth, swipeSplit, mapReady]);

  const [bootstrapped, setBootstrapped] = useState(false);
  useEffect(() => {
    let stopPersisting: (() => void) | undefined;
    loadDataset(new URL('data/demo.json', document.baseURI).href)
      .then((d) => store.getState().setDataset(d))
      .catch((error: Error) => store.getState().setLoadError(error.message))
      // The stored workspace comes back after the demo, and before the link is read: the link wins.
      .then(() => restoreWorkspace(store, { moveCamera: !linkCamera }))
      .then((db) => {
        if (db) stopPersisting = persistChanges(store, db);
      })
      .finally(() => setBootstrapped(true));
    loadPlaceLabels(document.baseURI)
      .then(setLabels)
      .catch((error: Error) => store.getState().pushNotice('warning', `Place labels could not be loaded: ${error.message}`));
    return () => stopPersisting?.();
  }, []);

  const commands = useMemo(() => buildCommands(), []);
  useShortcuts(store, commands);
  usePlayback(store);
  useUrlSync(store, bootstrapped && loadState === 'ready');

  const zoomBucket = Math.round(zoom * 4) / 4;
  const changeResult = useMemo(
    () => (compare && dataset ? selectChange(dataset, compareFromMonth(compare, month, dataset.months.from, dataset.months.to), month) : null),
    [compare, dataset, month],
  );
  const deckLayers = useMemo(
    () =>
      tables
        ? buildLayers({
            tables,
            timeWindow: selectTimeWindow({ windowMode, windowStart, month, trail }),
            layers,
            selected,
            labels,
            zoom: zoomBucket,
            theme,
            change: changeResult && dataset ? changeRows(changeResult, dataset.segments) : null,
            crossingChange: changeResult && dataset ? crossingChangeRows(changeResult, dataset.crossings) : null,
            flowAnimation,
            candidates: showCandidates ? candidates : null,
            swipe: swipeMonth && splitLon !== null ? { leftMonth: swipeMonth, splitLon } : null,
          })
        : [],
    [tables, windowMode, windowStart, month, trail, layers, selected, labels, zoomBucket, theme, changeResult, dataset, flowAnimation, swipeMonth, splitLon, showCandidates, candidates],
  );

  const onHover = useCallback((info: PickingInfo) => {
    const { tables: t, hover } = store.getState();
    const picked = t ? pickedEntity(t, info.layer?.id, info.index, info.object) : null;
    hover(picked ? { ref: picked.ref, x: info.x, y: info.y } : null);
  }, []);
  const onClick = useCallback((info: PickingInfo) => {
    const { tables: t, select } = store.getState();
    const picked = t ? pickedEntity(t, info.layer?.id, info.index, info.object) : null;
    select(picked ? picked.ref : null);
  }, []);
  const onReady = useCallback((handle: MapHandle) => {
    mapHandle = handle;
    setMapReady(true);
  }, []);

  useEffect(() => {
    if (!mapReady || !bootstrapped || loadState !== 'ready' || !mapHandle) return;
    const map = mapHandle.map;
    // Ready for tests once the map has drawn with the data's layers.
    map.once('idle', () => {
      testHook.ready = true;
    });
    map.triggerRepaint();
  }, [mapReady, bootstrapped, loadState]);

  const resolved = resolveEntity(dataset, selected);

  return (
    <div className={`app theme-${theme}`}>
      <MapView layers={deckLayers} theme={theme} onHover={onHover} onClick={onClick} onZoom={setZoom} onReady={onReady} onMoveEnd={store.getState().setCamera} initialCamera={linkCamera} cameraIntent={cameraIntent} onCameraIntentDone={() => store.getState().setCameraIntent(null)} animateFlows={flowAnimation} />
      <header className="app-header">
        <h1>RouteShift</h1>
        <p>Balkan and Mediterranean routes, month by month</p>
      </header>
      {loadState === 'loading' ? <div className="status-card" role="status">Loading the demo data…</div> : null}
      {loadState === 'error' ? (
        <div className="status-card error" role="alert">
          The demo data could not be loaded. {loadError}
        </div>
      ) : null}
      {dataset ? (
        <>
          <aside className="side-panel" aria-label="Data, layers and legend">
            <DatasetsPanel />
            <details>
              <summary>Filters</summary>
              <FilterPanel />
            </details>
            <details open>
              <summary>Layers</summary>
              <LayerPanel />
              <CandidateCrossings candidates={candidates} />
            </details>
            <details open>
              <summary>Legend</summary>
              <Legend dataset={dataset} maxVolume={tables?.segments.maxVolume ?? 0} />
            </details>
            <div className="side-actions">
              <button type="button" onClick={() => store.getState().setOverlay('charts')} data-testid="charts-button">Charts <kbd>C</kbd></button>
              <button type="button" onClick={() => store.getState().setOverlay('sources')} data-testid="sources-button">Sources &amp; licences <kbd>S</kbd></button>
              <button type="button" onClick={() => store.getState().setOverlay('shortcuts')}>Shortcuts <kbd>?</kbd></button>
              <button type="button" onClick={() => store.getState().toggleTheme()} aria-pressed={theme === 'dark'}>
                Dark map <kbd>T</kbd>
              </button>
            </div>
          </aside>
          {swipeMonth ? (
            <SwipeDivider
              leftMonth={swipeMonth}
              leftLabel={formatWindow(leftWindow(selectTimeWindow({ windowMode, windowStart, month, trail }), swipeMonth))}
              rightLabel={formatWindow(selectTimeWindow({ windowMode, windowStart, month, trail }))}
              change={selectChange(dataset, swipeMonth, month)}
            />
          ) : null}
          {changeResult && !resolved ? <ComparePanel result={changeResult} against={compare ?? 'previous'} /> : null}
          {resolved ? <DetailPanel dataset={dataset} resolved={resolved} month={month} onClose={() => store.getState().select(null)} /> : null}
          {hovered && !resolved ? <Tooltip dataset={dataset} hovered={hovered} month={month} /> : null}
          {hovered && resolved && (hovered.ref.id !== selected?.id) ? <Tooltip dataset={dataset} hovered={hovered} month={month} /> : null}
          {openEventId ? <EventCard dataset={dataset} eventId={openEventId} onClose={() => store.getState().openEvent(null)} /> : null}
          {overlay === 'charts' ? (
            <Suspense fallback={<div className="status-card" role="status">Loading charts…</div>}>
              <ComparisonView dataset={dataset} month={month} onPickMonth={pickMonth} onClose={closeOverlay} tab={chartTab} onTabChange={setChartTab} />
            </Suspense>
          ) : null}
          {overlay === 'sources' ? <SourcesPanel dataset={dataset} onClose={() => store.getState().setOverlay(null)} /> : null}
          <Timeline dataset={dataset} />
          <EmptyState dataset={dataset} />
        </>
      ) : null}
      {importReports ? <ImportReport reports={importReports} onClose={() => store.getState().setImportReports(null)} /> : null}
      <ImportProgress />
      <DropZone />
      {overlay === 'shortcuts' ? <ShortcutsOverlay commands={commands} onClose={() => store.getState().setOverlay(null)} /> : null}
      <Notices />
    </div>
  );
}
