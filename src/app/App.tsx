/** Composition root: loads the demo data and the workspace, wires the store to the map and panels. */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { assetFetch } from '../data/inline-assets';
import { loadBuiltDataset } from '../data/load-built-dataset';
import type { CandidateCrossing } from '../domain/geometry-analytics';
import { importRequested } from '../features/import/run-import-lazy';
import { provideExportMap } from '../features/media-export/map-access';
import { useT } from '../features/i18n/use-t';
import { t as translate } from '../domain/i18n';
import { loadPlaceLabels } from '../map/layers/load-place-labels';
import type { PlaceLabel } from '../domain/place-label';
import { warmUpLayers, whenAllLayersHanded, type MapHandle } from '../map/MapView';
import { FRAN_AS_OF, setMapAttribution } from '../map/create-map';
import { formatSourceDate } from '../domain/month';
import { useAppStore } from '../state/store';
import { parseUrlState } from '../state/url-state';
import { browserLanguage } from '../state/browser-language';
import { hasPresentationPayload, inlineBasemapData, readOnly } from './presentation-mode';
import { MapStage } from './MapStage';
import { installTestHook } from './test-hook';
import { applyPageLink, useUrlSync } from './use-url-sync';
import { persistChanges, readWorkspace, restoreWorkspace } from './workspace-persistence';

let mapHandle: MapHandle | null = null;
const testHook = installTestHook(useAppStore, () => mapHandle);
provideExportMap(() => mapHandle);
// The map is created before the data arrives, so the link's camera is read once, up front.
const linkCamera = parseUrlState(window.location.search).state.camera;
// The browser's language until the stored workspace and then the link say otherwise (each later choice wins).
void useAppStore.getState().setLanguage(browserLanguage());

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

const Panels = lazy(() => import('./Panels').then((m) => ({ default: m.Panels })));

/** Panels come at the latest this long after the start-up sequence, routes drawn or not (a map that cannot draw). */
const PANELS_LATEST_MS = 5000;

function useLatePanels(bootstrapped: boolean): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!bootstrapped) return;
    const timer = window.setTimeout(() => setLate(true), PANELS_LATEST_MS);
    return () => window.clearTimeout(timer);
  }, [bootstrapped]);
  return late;
}

type WarmUpModule = typeof import('../map/layers/warm-up');
let warmUpModule: WarmUpModule | null = null;
/** Loads the warm-up's layer list with the other layers' code, so that it is at hand, synchronously, at ready. */
function preloadWarmUp() {
  void import('../map/layers/warm-up').then((m) => (warmUpModule = m));
}

/**
 * Compiles the shaders of the layers an import draws with (map/layers/warm-up.ts) once the map is
 * ready, so the first frame after an import does not. Under a CPU rasteriser the compile is a task
 * of seconds, which must never fall inside an import: it is handed over in the task that makes the
 * app ready (the map's first idle), so its frame comes next, before any file can be chosen (an
 * idle callback could wait behind other tasks and land inside an import started right after ready),
 * and it is skipped once an import is asked for (that import's first frame compiles them instead).
 */
function warmUp(handle: MapHandle) {
  if (!warmUpModule || importRequested() || useAppStore.getState().importing) return;
  performance.mark('routeshift:warm-up');
  warmUpLayers(handle, warmUpModule.warmUpLayerList());
}

/**
 * Subscribes to nothing that changes with the month: a month step re-renders only the map (MapStage)
 * and the panels that show the month (tests/component/app-month-step.test.tsx).
 */
export function App() {
  const loadState = useAppStore((s) => s.loadState);
  const loadError = useAppStore((s) => s.loadError);
  const theme = useAppStore((s) => s.theme);
  const language = useAppStore((s) => s.language);
  const t = useT();
  const [labels, setLabels] = useState<PlaceLabel[]>([]);
  const [candidates, setCandidates] = useState<CandidateCrossing[]>([]);
  const [mapReady, setMapReady] = useState(false);
  const [bootstrapped, setBootstrapped] = useState(false);
  // The map first (issue 17): the panels and the other layers' code load once the routes are drawn.
  const [routesShown, setRoutesShown] = useState(false);
  const [panelsShown, setPanelsShown] = useState(false);
  const panelsLate = useLatePanels(bootstrapped);
  const panelsWanted = routesShown || loadState === 'error' || panelsLate;

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

  useUrlSync(useAppStore, !readOnly && bootstrapped && loadState === 'ready');

  const onReady = useCallback((handle: MapHandle) => {
    mapHandle = handle;
    setMapReady(true);
  }, []);
  const onRoutesShown = useCallback(() => {
    setRoutesShown(true);
    preloadWarmUp();
  }, []);
  const onPanelsShown = useCallback(() => setPanelsShown(true), []);
  // An empty list stays the same list: no re-render of the page for the map's first empty result.
  const onCandidates = useCallback((next: CandidateCrossing[]) => setCandidates((c) => (c.length === 0 && next.length === 0 ? c : next)), []);

  useEffect(() => {
    if (!mapReady || !bootstrapped || !panelsShown || loadState !== 'ready' || !mapHandle) return;
    // Ready for tests once the panels are on the page and the map has drawn with all the data's
    // layers (the segments go first).
    const handle = mapHandle;
    whenAllLayersHanded(handle, () => {
      handle.map.once('idle', () => {
        performance.mark('routeshift:ready');
        testHook.ready = true;
        warmUp(handle);
      });
      handle.map.triggerRepaint();
    });
  }, [mapReady, bootstrapped, panelsShown, loadState]);

  useEffect(() => {
    // Screen readers and hyphenation follow the page's language; the codes are BCP 47 tags as they are.
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    if (!mapReady || !mapHandle) return;
    setMapAttribution(mapHandle.map, [translate('mapText.basemapAttribution'), translate('mapText.dataAttribution', { date: formatSourceDate(FRAN_AS_OF) })]);
  }, [mapReady, language]);

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
        allLayersWanted={routesShown}
        onRoutesShown={onRoutesShown}
      />
      {loadState === 'loading' ? <div className="status-card" role="status">{t('app.loadingDemo')}</div> : null}
      {loadState === 'error' ? (
        <div className="status-card error" role="alert">
          {t('app.demoLoadFailed', { reason: loadError ?? '' })}
        </div>
      ) : null}
      {panelsWanted ? (
        <Suspense fallback={null}>
          <Panels candidates={candidates} onShown={onPanelsShown} />
        </Suspense>
      ) : null}
    </div>
  );
}
