import { lazy, Suspense } from 'react';
import type { CandidateCrossing } from '../domain/geometry-analytics';
import type { Dataset } from '../domain/types';
import { CommandButton } from '../features/commands/CommandButton';
import { DatasetsPanel } from '../features/datasets/DatasetsPanel';
import { CandidateCrossings } from '../features/legend/CandidateCrossings';
import { LayerPanel } from '../features/legend/LayerPanel';
import { Legend } from '../features/legend/Legend';
import { MediaExportSection } from '../features/media-export/MediaExportSection';
import { StoryboardPanel } from '../features/storyboard/StoryboardPanel';
import { StartBriefing } from '../features/storyboard/BuiltInStoryButton';
import { useAppStore } from '../state/store';
import { OpenedDetails } from './OpenedDetails';
import { useT } from '../features/i18n/use-t';

// Sections closed at start, and the note of a saved presentation file: loaded when shown.
const FilterPanel = lazy(() => import('../features/filters/FilterPanel').then((m) => ({ default: m.FilterPanel })));
const BriefingPanel = lazy(() => import('../features/briefing/BriefingPanel').then((m) => ({ default: m.BriefingPanel })));
const ReadOnlyNote = lazy(() => import('../features/presentation-file/ReadOnlyNote').then((m) => ({ default: m.ReadOnlyNote })));

/**
 * The left panel: data, filters, layers, legend and the panel buttons. The buttons are the command
 * registry's (features/commands/registry.ts): name, key and action as the keys and the "?" overlay have them.
 */
export function SidePanel({ dataset, maxVolume, candidates, readOnly = false }: { dataset: Dataset; maxVolume: number; candidates: CandidateCrossing[]; readOnly?: boolean }) {
  const theme = useAppStore((s) => s.theme);
  const t = useT();
  return (
    <aside className="side-panel" aria-label={t('app.sidePanel')}>
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
      <OpenedDetails summary={t('app.sectionFilters')}>
        <FilterPanel />
      </OpenedDetails>
      <details open>
        <summary>{t('app.sectionLayers')}</summary>
        <LayerPanel />
        <CandidateCrossings candidates={candidates} />
      </details>
      <details open>
        <summary>{t('app.sectionLegend')}</summary>
        <Legend dataset={dataset} maxVolume={maxVolume} />
      </details>
      {readOnly ? null : <>
      <details open>
        <summary>{t('app.sectionStoryboard')}</summary>
        <StoryboardPanel />
      </details>
      <OpenedDetails summary={t('app.sectionBriefing')}>
        <BriefingPanel />
      </OpenedDetails>
      </>}
      <div className="side-actions">
        <CommandButton id="charts.toggle" data-testid="charts-button" />
        <CommandButton id="sources.toggle" data-testid="sources-button" />
        <CommandButton id="shortcuts.toggle" />
        <CommandButton id="theme.toggle" aria-pressed={theme === 'dark'} />
        {readOnly ? null : (
          <CommandButton id="presentation.save" data-testid="save-presentation" title={t('app.savePresentationHint')} />
        )}
      </div>
    </aside>
  );
}
