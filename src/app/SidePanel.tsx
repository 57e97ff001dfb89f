import { lazy, Suspense } from 'react';
import type { CandidateCrossing } from '../domain/geometry-analytics';
import type { Dataset } from '../domain/types';
import { DatasetsPanel } from '../features/datasets/DatasetsPanel';
import { CandidateCrossings } from '../features/legend/CandidateCrossings';
import { LayerPanel } from '../features/legend/LayerPanel';
import { Legend } from '../features/legend/Legend';
import { MediaExportSection } from '../features/media-export/MediaExportSection';
import { SavePresentationButton } from '../features/presentation-file/SavePresentationButton';
import { StoryboardPanel } from '../features/storyboard/StoryboardPanel';
import { StartBriefing } from '../features/storyboard/BuiltInStoryButton';
import { useAppStore } from '../state/store';
import { OpenedDetails } from './OpenedDetails';

// Sections closed at start, and the note of a saved presentation file: loaded when shown.
const FilterPanel = lazy(() => import('../features/filters/FilterPanel').then((m) => ({ default: m.FilterPanel })));
const BriefingPanel = lazy(() => import('../features/briefing/BriefingPanel').then((m) => ({ default: m.BriefingPanel })));
const ReadOnlyNote = lazy(() => import('../features/presentation-file/ReadOnlyNote').then((m) => ({ default: m.ReadOnlyNote })));

/** The left panel: data, filters, layers, legend and the panel buttons. */
export function SidePanel({ dataset, maxVolume, candidates, readOnly = false }: { dataset: Dataset; maxVolume: number; candidates: CandidateCrossing[]; readOnly?: boolean }) {
  const theme = useAppStore((s) => s.theme);
  return (
    <aside className="side-panel" aria-label="Data, layers and legend">
      {readOnly ? (
        <Suspense fallback={null}>
          <ReadOnlyNote />
        </Suspense>
      ) : (
        <>
          <DatasetsPanel />
          <StartBriefing />
        </>
      )}
      {readOnly ? null : <MediaExportSection />}
      <OpenedDetails summary="Filters">
        <FilterPanel />
      </OpenedDetails>
      <details open>
        <summary>Layers</summary>
        <LayerPanel />
        <CandidateCrossings candidates={candidates} />
      </details>
      <details open>
        <summary>Legend</summary>
        <Legend dataset={dataset} maxVolume={maxVolume} />
      </details>
      {readOnly ? null : <>
      <details open>
        <summary>Storyboard</summary>
        <StoryboardPanel />
      </details>
      <OpenedDetails summary="Briefing">
        <BriefingPanel />
      </OpenedDetails>
      </>}
      <div className="side-actions">
        <button type="button" onClick={() => useAppStore.getState().setOverlay('charts')} data-testid="charts-button">Charts <kbd>C</kbd></button>
        <button type="button" onClick={() => useAppStore.getState().setOverlay('sources')} data-testid="sources-button">Sources &amp; licences <kbd>S</kbd></button>
        <button type="button" onClick={() => useAppStore.getState().setOverlay('shortcuts')}>Shortcuts <kbd>?</kbd></button>
        <button type="button" onClick={() => useAppStore.getState().toggleTheme()} aria-pressed={theme === 'dark'}>
          Dark map <kbd>T</kbd>
        </button>
        {readOnly ? null : <SavePresentationButton />}
      </div>
    </aside>
  );
}
