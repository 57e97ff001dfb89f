import type { AppStore } from '../../state/store';
import { downloadText } from '../download';
import { currentWorkspace } from './workspace-actions';

/** Saves the user's datasets and settings as a project file, named by date and time. */
export async function saveProject(store: AppStore) {
  // Loaded on demand: the project-file code carries the schema (zod).
  const { serializeProject } = await import('../../data/project/project-file');
  const savedAt = new Date().toISOString();
  const stamp = savedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  downloadText(`routeshift-project-${stamp}.routeshift.json`, serializeProject(currentWorkspace(store), savedAt), 'application/json');
}
