/**
 * Whole-workspace actions: snapshot the user's workspace, apply one (opening a project, restoring
 * the stored workspace, undo), and build a project for saving.
 */
import { hasFilters } from '../../domain/filters';
import { applySettings } from '../../state/apply-settings';
import { browserLanguage } from '../../state/browser-language';
import { t } from '../../domain/i18n';
import type { AppState, AppStore } from '../../state/store';
import { DEMO_DATASET_ID, type Workspace } from '../../domain/workspace';
import { refOf, restoreTiledDatasets } from '../tiles/tile-actions';

/** The store state currentWorkspace's settings are made of: a change to another key cannot change them. */
export const WORKSPACE_SETTING_KEYS = ['month', 'layers', 'theme', 'camera', 'datasets', 'filters', 'storyboard', 'marking', 'language', 'tiledDatasets'] as const satisfies readonly (keyof AppState)[];

export function currentWorkspace(store: AppStore): Workspace {
  const s = store.getState();
  return {
    datasets: s.datasets.filter((d) => d.id !== DEMO_DATASET_ID),
    settings: {
      month: s.month,
      layers: s.layers,
      theme: s.theme,
      camera: s.camera,
      demoVisible: s.datasets.find((d) => d.id === DEMO_DATASET_ID)?.visible ?? true,
      ...(hasFilters(s.filters) ? { filters: s.filters } : {}),
      ...(s.storyboard.length ? { storyboard: s.storyboard } : {}),
      ...(s.marking ? { marking: s.marking } : {}),
      // Only a choice: following the browser's language is the default, nothing to keep.
      ...(s.language !== browserLanguage() ? { language: s.language } : {}),
      ...(s.tiledDatasets.length ? { tiles: s.tiledDatasets.map(refOf) } : {}),
    },
  };
}

/**
 * Puts a workspace in place: its datasets first (the month is clamped to the data they make), then
 * its settings through applySettings, like a link or a storyboard view. Says what could not be used.
 */
export function applyWorkspace(store: AppStore, workspace: Workspace, { moveCamera }: { moveCamera: boolean }) {
  const s = store.getState();
  const { settings } = workspace;
  s.replaceUserDatasets(workspace.datasets);
  s.setDatasetVisible(DEMO_DATASET_ID, settings.demoVisible);
  const problems = applySettings(store.getState, {
    layers: settings.layers,
    filters: settings.filters ?? {},
    theme: settings.theme,
    month: settings.month,
    ...(settings.language !== undefined ? { language: settings.language } : {}),
    // A workspace keeps no selection; what was selected may not be in its data.
    selected: null,
    ...(moveCamera && settings.camera ? { camera: settings.camera } : {}),
  });
  s.setStoryboard(settings.storyboard ?? []);
  s.setMarking(settings.marking ?? '');
  restoreTiledDatasets(store, settings.tiles ?? []);
  if (problems.length) s.pushNotice('warning', t('import.settingsProblems', { problems: problems.join('; ') }));
}

/** Applies a workspace and offers to go back to the one before. */
export function applyWorkspaceWithUndo(store: AppStore, workspace: Workspace, message: string) {
  const before = currentWorkspace(store);
  applyWorkspace(store, workspace, { moveCamera: true });
  store.getState().pushNotice('info', message, { label: t('import.undo'), run: () => applyWorkspace(store, before, { moveCamera: true }) });
}
