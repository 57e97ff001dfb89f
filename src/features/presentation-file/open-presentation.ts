/**
 * Boot of a saved presentation file: its datasets and settings go into the store (nothing is read
 * from or written to IndexedDB), and the presenter opens at the first view.
 */
import { t } from '../../domain/i18n';
import type { AppStore } from '../../state/store';
import type { Theme } from '../../domain/workspace';
import { applyWorkspace } from '../import/workspace-actions';
import type { PresentationContent } from './presentation-payload';

const APP_THEMES: readonly Theme[] = ['light', 'dark', 'projector'];

/** Call once the demo dataset is in the store (the workspace says whether it is shown). */
export function openPresentation(store: AppStore, content: PresentationContent) {
  applyWorkspace(store, content.workspace, { moveCamera: true });
  // A theme this app does not have (a newer file) leaves the map's own one.
  if ((APP_THEMES as readonly string[]).includes(content.theme)) store.getState().setTheme(content.theme as Theme);
  if (content.title) document.title = t('presentationFile.pageTitle', { title: content.title });
  // applyWorkspace has put the storyboard and the marking back.
  if (store.getState().storyboard.length) store.getState().startPresenting(0);
}
