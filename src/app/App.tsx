/** Composition root: loads the demo data and the workspace, wires the store to the map and panels. */
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { assetFetch } from '../data/inline-assets';
import { loadBuiltDataset } from '../data/load-built-dataset';
import type { CandidateCrossing } from '../domain/geometry-analytics';
import { buildCommands } from '../features/commands/registry';
import { useShortcuts } from '../features/commands/use-shortcuts';
import { EmptyState as EmptyStateView } from '../features/datasets/EmptyState';
import { HoverTooltip } from '../features/details/HoverTooltip';
import { TileHoverTooltip } from '../features/tiles/TileHoverTooltip';
import { MarkingBanner } from '../features/briefing/MarkingBanner';
import { DropZone } from '../features/import/DropZone';
import { ImportProgress } from '../features/import/ImportProgress';
import { importRequested } from '../features/import/run-import-lazy';
import { provideExportMap } from '../features/media-export/map-access';
import { Notices } from '../features/notices/Notices';
import { LanguageMenu } from '../features/i18n/LanguageMenu';
import { useT } from '../features/i18n/use-t';
import { t as translate } from '../domain/i18n';
import { Timeline as TimelineView } from '../features/timeline/Timeline';
import { usePlayback } from '../features/timeline/use-playback';
import { loadPlaceLabels, type PlaceLabel } from '../map/layers/place-labels';
import { warmUpLayers, whenAllLayersHanded, type MapHandle } from '../map/MapView';
import { warmUpLayerList } from '../map/layers/warm-up';
import { FRAN_AS_OF, setMapAttribution } from '../map/create-map';
import { formatSourceDate } from '../domain/month';
import { resolveEntity } from '../state/selectors';
import { useAppStore } from '../state/store';
import { parseUrlState } from '../state/url-state';
import { browserLanguage } from '../state/browser-language';
import { SidePanel as SidePanelView } from './SidePanel';
import { hasPresentationPayload, inlineBasemapData, readOnly } from './presentation-mode';
import { MapStage } from './MapStage';
import { installTestHook } from './test-hook';
import { applyPageLink, useUrlSync } from './use-url-sync';
import { useHeaderHeight } from './use-header-height';
import { persistChanges, readWorkspace, restoreWorkspace } from './workspace-persistence';

let mapHandle: MapHandle | null = null;
const testHook = installTestHook(useAppStore, () => mapHandle);
provideExportMap(() => mapHandle);
// The map is created before the data arrives, so the link's camera is read once, up front.
const linkCamera = parseUrlState(window.location.search).state.camera;
// The browser's language until the stored workspace and then the link say otherwise (each later choice wins).
void useAppStore.getState().setLanguage(browserLanguage());

// App re-renders on selection, overlays and loading (never on a month step): panels whose props did
// not change skip it.
const SidePanel = memo(SidePanelView);
const Timeline = memo(TimelineView);
const EmptyState = memo(EmptyStateView);

const closeOverlay = () => useAppStore.getState().setOverlay(null);

// Closed at start: their code loads when first opened (a command's key opens the panel through the
// store, which renders it here, so the first press works). Each floats over the map: no fallback to jump.
const ShortcutsOverlay = lazy(() => import('../features/commands/ShortcutsOverlay').then((m) => ({ default: m.ShortcutsOverlay })));
const SwipeView = lazy(() => import('../features/compare/SwipeView').then((m) => ({ default: m.SwipeView })));
const ImportReport = lazy(() => import('../features/import/ImportReport').then((m) => ({ default: m.ImportReport })));
const PresentationNote = lazy(() => import('../features/presentation-file/PresentationNote').then((m) => ({ default: m.PresentationNote })));
const Presenter = lazy(() => import('../features/presenter/Presenter').then((m) => ({ default: m.Presenter })));
const SourcesPanel = lazy(() => import('../features/sources/SourcesPanel').then((m) => ({ default: m.SourcesPanel })));
const EventCard = lazy(() => import('../features/timeline/EventCard').then((m) => ({ default: m.EventCard })));
const ChartsAtMonth = lazy(() => import('./MonthPanels').then((m) => ({ default: m.ChartsAtMonth })));
const ComparePanelAtMonth = lazy(() => import('./MonthPanels').then((m) => ({ default: m.ComparePanelAtMonth })));
const DetailPanelAtMonth = lazy(() => import('./MonthPanels').then((m) => ({ default: m.DetailPanelAtMonth })));
/** One boundary per panel: a panel loading for the first time never hides another one already shown. */
const TileFeaturePanel = lazy(() => import('../features/tiles/TileFeaturePanel').then((m) => ({ default: m.TileFeaturePanel })));
const OnDemand = ({ children }: { children: ReactNode }) => <Suspense fallback={null}>{children}</Suspense>;

/** Opens the material of a saved presentation file; a broken payload leaves the demo, read-only. */
async function openPresentationPayload(): Promise<null> {
  if (!hasPresentationPayload) return null;
  const [{ readPayload }, { openPresentation }] = await Promise.all([
    import('../features/presentation-file/presentation-payload'),
    import('../features/presentation-file/open-presentation'),
  ]);
  const payload = readPayload();
  if (payload?.ok) openPresentation(useAppStore, payload.content);
  else if (payload) useAppStore.getState().pushNotice('error', payload.message);
  return null;
}

/**
 * Subscribes to nothing that changes with the month: a month step re-renders only the map (MapStage)
 * and the panels that show the month (tests/component/app-month-step.test.tsx).
 */
/**
 * Compiles the shaders of the layers an import draws with (map/layers/warm-up.ts) once the map is
 * ready, so the first frame after an import does not. Under a CPU rasteriser the compile is a task
 * of seconds, which must never fall inside an import: it is handed over in the task that makes the
 * app ready (the map's first idle), so its frame comes next, before any file can be chosen (an
 * idle callback could wait behind other tasks and land inside an import started right after ready),
 * and it is skipped once an import is asked for (that import's first frame compiles them instead).
 */
function warmUp(handle: MapHandle) {
  if (importRequested() || useAppStore.getState().importing) return;
  performance.mark('routeshift:warm-up');
  warmUpLayers(handle, warmUpLayerList());
}

export function App() {
  const headerRef = useRef<HTMLElement>(null);
  useHeaderHeight(headerRef);
  const dataset = useAppStore((s) => s.dataset);
  const tables = useAppStore((s) => s.tables);
  const loadState = useAppStore((s) => s.loadState);
  const loadError = useAppStore((s) => s.loadError);
  const selected = useAppStore((s) => s.selected);
  const tileFeature = useAppStore((s) => s.tileFeature);
  const overlay = useAppStore((s) => s.overlay);
  const openEventId = useAppStore((s) => s.openEventId);
  const importReports = useAppStore((s) => s.importReports);
  const theme = useAppStore((s) => s.theme);
  const language = useAppStore((s) => s.language);
  const t = useT();
  // Panels rendered only while on, so that their code is not loaded before they are.
  const comparing = useAppStore((s) => s.compare !== null);
  const swiping = useAppStore((s) => s.swipeMonth !== null);
  const presenting = useAppStore((s) => s.presenting !== null);
  const [labels, setLabels] = useState<PlaceLabel[]>([]);
  const [candidates, setCandidates] = useState<CandidateCrossing[]>([]);
  const [mapReady, setMapReady] = useState(false);
  const [bootstrapped, setBootstrapped] = useState(false);

  useEffect(() => {
    let stopPersisting: (() => void) | undefined;
    const demoUrl = new URL('data/demo.json', document.baseURI).href;
    // The stored workspace is read while the demo downloads and put back right after the demo's
    // commit (in the same task when it is read by then, as a rule): the first frame with routes then
    // shows its month and filters, not the defaults. Read later, it waited behind that frame's work.
    const stored = readOnly ? null : readWorkspace();
    // The app's own build output: its shape is checked here (see load-built-dataset.ts).
    loadBuiltDataset(demoUrl, assetFetch)
      .then((d) => {
        // Start-up stages, read by the bench (bench/lib/measure-first-frame.mjs) as context.
        performance.mark('routeshift:demo-parsed');
        useAppStore.getState().setDataset(d);
        performance.mark('routeshift:demo-committed');
      })
      .catch((error: Error) => useAppStore.getState().setLoadError(error.message))
      // The stored workspace comes back after the demo, and before the link is read: the link wins.
      // A presentation file opens its own material instead, and never touches the stored workspace.
      .then(async () => (stored ? restoreWorkspace(useAppStore, await stored, { moveCamera: !linkCamera }) : openPresentationPayload()))
      .then((db) => {
        performance.mark('routeshift:workspace-restored');
        if (db) stopPersisting = persistChanges(useAppStore, db);
        if (!readOnly && useAppStore.getState().loadState === 'ready') applyPageLink(useAppStore);
      })
      .finally(() => setBootstrapped(true));
    loadPlaceLabels(document.baseURI, assetFetch)
      .then((l) => {
        performance.mark('routeshift:labels-loaded');
        setLabels(l);
      })
      .catch((error: Error) => useAppStore.getState().pushNotice('warning', translate('app.placeLabelsFailed', { reason: error.message })));
    return () => stopPersisting?.();
  }, []);

  const commands = useMemo(() => buildCommands(), []);
  useShortcuts(useAppStore, commands);
  usePlayback();
  useUrlSync(useAppStore, !readOnly && bootstrapped && loadState === 'ready');

  const onReady = useCallback((handle: MapHandle) => {
    mapHandle = handle;
    setMapReady(true);
  }, []);
  // An empty list stays the same list: no re-render of the page for the map's first empty result.
  const onCandidates = useCallback((next: CandidateCrossing[]) => setCandidates((c) => (c.length === 0 && next.length === 0 ? c : next)), []);

  useEffect(() => {
    if (!mapReady || !bootstrapped || loadState !== 'ready' || !mapHandle) return;
    // Ready for tests once the map has drawn with all the data's layers (the segments go first).
    const handle = mapHandle;
    whenAllLayersHanded(handle, () => {
      handle.map.once('idle', () => {
        performance.mark('routeshift:ready');
        testHook.ready = true;
        warmUp(handle);
      });
      handle.map.triggerRepaint();
    });
  }, [mapReady, bootstrapped, loadState]);

  useEffect(() => {
    // Screen readers and hyphenation follow the page's language; the codes are BCP 47 tags as they are.
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    if (!mapReady || !mapHandle) return;
    setMapAttribution(mapHandle.map, [translate('mapText.basemapAttribution'), translate('mapText.dataAttribution', { date: formatSourceDate(FRAN_AS_OF) })]);
  }, [mapReady, language]);

  const resolved = resolveEntity(dataset, selected);

  return (
    <div className={`app theme-${theme}`}>
      <MapStage
        labels={labels}
        map={mapReady ? (mapHandle?.map ?? null) : null}
        onReady={onReady}
        onCandidates={onCandidates}
        initialCamera={linkCamera}
        basemapData={inlineBasemapData}
        holdLayers={!bootstrapped}
      />
      <header className="app-header" ref={headerRef}>
        <div className="app-title">
          <h1>RouteShift</h1>
          <LanguageMenu />
        </div>
        <p>{t('app.tagline')}</p>
      </header>
      {loadState === 'loading' ? <div className="status-card" role="status">{t('app.loadingDemo')}</div> : null}
      {loadState === 'error' ? (
        <div className="status-card error" role="alert">
          {t('app.demoLoadFailed', { reason: loadError ?? '' })}
        </div>
      ) : null}
      {dataset ? (
        <>
          <SidePanel dataset={dataset} maxVolume={tables?.segments.maxVolume ?? 0} candidates={candidates} readOnly={readOnly} />
          <OnDemand>{swiping ? <SwipeView dataset={dataset} /> : null}</OnDemand>
          <OnDemand>{resolved || !comparing ? null : <ComparePanelAtMonth dataset={dataset} />}</OnDemand>
          <OnDemand>{resolved ? <DetailPanelAtMonth dataset={dataset} resolved={resolved} /> : null}</OnDemand>
          <OnDemand>{!resolved && tileFeature ? <TileFeaturePanel /> : null}</OnDemand>
          <HoverTooltip />
          <TileHoverTooltip />
          <OnDemand>{openEventId ? <EventCard dataset={dataset} eventId={openEventId} onClose={() => useAppStore.getState().openEvent(null)} /> : null}</OnDemand>
          {overlay === 'charts' ? (
            <Suspense fallback={<div className="status-card" role="status">{t('app.loadingCharts')}</div>}>
              <ChartsAtMonth dataset={dataset} />
            </Suspense>
          ) : null}
          <OnDemand>{overlay === 'sources' ? <SourcesPanel dataset={dataset} onClose={closeOverlay} /> : null}</OnDemand>
          <Timeline dataset={dataset} />
          <EmptyState dataset={dataset} />
          <OnDemand>{presenting ? <Presenter /> : null}</OnDemand>
        </>
      ) : null}
      <OnDemand>{importReports && !readOnly ? <ImportReport reports={importReports} onClose={() => useAppStore.getState().setImportReports(null)} /> : null}</OnDemand>
      {readOnly ? (
        <OnDemand>
          <PresentationNote />
        </OnDemand>
      ) : (
        <ImportProgress />
      )}
      {readOnly ? null : <DropZone />}
      <OnDemand>{overlay === 'shortcuts' ? <ShortcutsOverlay commands={commands} onClose={closeOverlay} /> : null}</OnDemand>
      <Notices />
      <MarkingBanner />
    </div>
  );
}
