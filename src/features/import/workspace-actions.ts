/**
 * Whole-workspace actions: snapshot the user's workspace, apply one (opening a project, restoring
 * the stored workspace, undo), and build a project for saving.
 */
import { hasFilters } from '../../domain/filters';
import type { AppStore } from '../../state/store';
import { DEMO_DATASET_ID, type Workspace } from '../../domain/workspace';

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
    },
  };
}

export function applyWorkspace(store: AppStore, workspace: Workspace, { moveCamera }: { moveCamera: boolean }) {
  const s = store.getState();
  s.replaceUserDatasets(workspace.datasets);
  s.setDatasetVisible(DEMO_DATASET_ID, workspace.settings.demoVisible);
  s.setLayers(workspace.settings.layers);
  s.setFilters(workspace.settings.filters ?? {});
  s.setTheme(workspace.settings.theme);
  s.setMonth(workspace.settings.month);
  s.setStoryboard(workspace.settings.storyboard ?? []);
  s.setMarking(workspace.settings.marking ?? '');
  if (moveCamera && workspace.settings.camera) s.setCameraIntent(workspace.settings.camera);
}

/** Applies a workspace and offers to go back to the one before. */
export function applyWorkspaceWithUndo(store: AppStore, workspace: Workspace, message: string) {
  const before = currentWorkspace(store);
  applyWorkspace(store, workspace, { moveCamera: true });
  store.getState().pushNotice('info', message, { label: 'Undo', run: () => applyWorkspace(store, before, { moveCamera: true }) });
}
