/**
 * Everything around the map: header, side panel, timeline, details, tooltips, overlays, notices and
 * the import's drop zone. Loaded after the first frame with routes (App.tsx, issue 17: the map
 * first), so neither its code nor its first render stands between the basemap and the routes.
 */
import { lazy, memo, Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { CandidateCrossing } from '../domain/geometry-analytics';
import { buildCommands } from '../features/commands/registry';
import { useShortcuts } from '../features/commands/use-shortcuts';
import { EmptyState as EmptyStateView } from '../features/datasets/EmptyState';
import { HoverTooltip, preloadTooltip } from '../features/details/HoverTooltip';
import { TileHoverTooltip } from '../features/tiles/TileHoverTooltip';
import { MarkingBanner } from '../features/briefing/MarkingBanner';
import { DropZone } from '../features/import/DropZone';
import { ImportProgress } from '../features/import/ImportProgress';
import { Notices } from '../features/notices/Notices';
import { LanguageMenu } from '../features/i18n/LanguageMenu';
import { useT } from '../features/i18n/use-t';
import { Timeline as TimelineView } from '../features/timeline/Timeline';
import { usePlayback } from '../features/timeline/use-playback';
import { resolveEntity } from '../state/selectors';
import { useAppStore } from '../state/store';
import { SidePanel as SidePanelView } from './SidePanel';
import { readOnly } from './presentation-mode';
import { useHeaderHeight } from './use-header-height';

// Panels re-renders on selection, overlays and loading (never on a month step): panels whose props
// did not change skip it.
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

interface PanelsProps {
  /** The candidate crossings the map's layers were built with. */
  candidates: CandidateCrossing[];
  /** Runs once the panels are on the page (App waits for them before it is ready). */
  onShown: () => void;
}

export function Panels({ candidates, onShown }: PanelsProps) {
  const headerRef = useRef<HTMLElement>(null);
  useHeaderHeight(headerRef);
  const dataset = useAppStore((s) => s.dataset);
  const tables = useAppStore((s) => s.tables);
  const selected = useAppStore((s) => s.selected);
  const tileFeature = useAppStore((s) => s.tileFeature);
  const overlay = useAppStore((s) => s.overlay);
  const openEventId = useAppStore((s) => s.openEventId);
  const importReports = useAppStore((s) => s.importReports);
  const t = useT();
  // Panels rendered only while on, so that their code is not loaded before they are.
  const comparing = useAppStore((s) => s.compare !== null);
  const swiping = useAppStore((s) => s.swipeMonth !== null);
  const presenting = useAppStore((s) => s.presenting !== null);
  const commands = useMemo(() => buildCommands(), []);
  useShortcuts(useAppStore, commands);
  usePlayback();
  useEffect(() => onShown(), [onShown]);
  // The first hover should not wait for the tooltip's code: fetched once the page is quiet.
  useEffect(() => {
    const timer = window.setTimeout(preloadTooltip, 1500);
    return () => window.clearTimeout(timer);
  }, []);
  const resolved = resolveEntity(dataset, selected);

  return (
    <>
      <header className="app-header" ref={headerRef}>
        <div className="app-title">
          <h1>RouteShift</h1>
          <LanguageMenu />
        </div>
        <p>{t('app.tagline')}</p>
      </header>
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
    </>
  );
}
