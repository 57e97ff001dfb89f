/**
 * Keeps the workspace in IndexedDB: restores it at start, then writes each change (datasets as they
 * are added, changed or removed; settings debounced). Storage errors become notices, never silence.
 */
import {
  deleteDataset,
  loadWorkspace,
  openWorkspaceDb,
  putDataset,
  saveSettings,
  WorkspaceStorageError,
} from '../data/persistence/workspace-db';
import { isStored } from '../data/persistence/stored-marks';
import type { AppStore } from '../state/store';
import { DEMO_DATASET_ID, type LoadedDataset } from '../domain/workspace';
import { applyWorkspace, currentWorkspace, WORKSPACE_SETTING_KEYS } from '../features/import/workspace-actions';
import { writeOnChange } from './write-on-change';
import { watchInputRest } from './input-rest';
import { t, type MessageKey, type MessageValues } from '../domain/i18n';

/** Quiet time before settings are written to IndexedDB. */
const SETTINGS_WRITE_DELAY_MS = 400;

type Db = Awaited<ReturnType<typeof openWorkspaceDb>>;

/** `key` is the whole sentence for what was not saved; the storage's own reason fills `{reason}`. */
function reportStorageError(store: AppStore, error: unknown, key: MessageKey, values: MessageValues = {}) {
  const reason = error instanceof WorkspaceStorageError ? error.message : error instanceof Error ? error.message : String(error);
  store.getState().pushNotice('error', t(key, { ...values, reason }));
}

/** What `readWorkspace` found: the database and the stored workspace, or why there is none. */
export type StoredWorkspace =
  | { db: Db; stored: Awaited<ReturnType<typeof loadWorkspace>> | null; readError?: Error }
  | { db: null; openError: unknown };

/**
 * Opens the database and reads the stored workspace, without touching the store: started with the
 * demo's download (App.tsx), so that it is back before the first frame with routes is drawn, and that
 * frame shows the workspace's month and filters rather than the defaults.
 */
export async function readWorkspace(): Promise<StoredWorkspace> {
  let db: Db;
  try {
    db = await openWorkspaceDb();
  } catch (openError) {
    return { db: null, openError };
  }
  try {
    return { db, stored: (await loadWorkspace(db)) ?? null };
  } catch (error) {
    return { db, stored: null, readError: error as Error };
  }
}

/** Puts what `readWorkspace` found back into the store. Returns the database, or null when storage is unavailable. */
export function restoreWorkspace(store: AppStore, found: StoredWorkspace, { moveCamera }: { moveCamera: boolean }): Db | null {
  if (!found.db) {
    reportStorageError(store, found.openError, 'app.workspaceNotSaved');
    return null;
  }
  if (found.readError) store.getState().pushNotice('error', t('app.workspaceUnreadable', { reason: found.readError.message }));
  else if (found.stored) applyWorkspace(store, found.stored, { moveCamera });
  return found.db;
}

/** Writes every later change. Returns the unsubscribe function. */
export function persistChanges(store: AppStore, db: Db): () => void {
  let previous = new Map(store.getState().datasets.map((d) => [d.id, d]));
  // What the link or the map start-up set before this subscription counts too ('soon'). Like the
  // link, settings wait for the slider, keys and playback to rest.
  const rest = watchInputRest(store);
  const stopSettings = writeOnChange(store, {
    keys: WORKSPACE_SETTING_KEYS,
    serialize: () => JSON.stringify(currentWorkspace(store).settings),
    // At write time the state is the one just serialized.
    write: () => saveSettings(db, currentWorkspace(store).settings).catch((error: unknown) => reportStorageError(store, error, 'app.settingsNotSaved')),
    delayMs: SETTINGS_WRITE_DELAY_MS,
    first: 'soon',
    rest,
  });

  let previousList = store.getState().datasets;
  const unsubscribe = store.subscribe((state) => {
    // Most changes (hover, month) leave the list alone: compare it by reference first.
    if (state.datasets !== previousList) {
      previousList = state.datasets;
      const next = new Map(state.datasets.map((d) => [d.id, d]));
      for (const [id, d] of next) {
        if (id !== DEMO_DATASET_ID && previous.get(id) !== d && !isStored(d)) {
          putDataset(db, d).catch((error: unknown) => reportStorageError(store, error, 'app.datasetNotSaved', { name: d.name }));
        }
      }
      for (const id of previous.keys()) {
        if (!next.has(id) && id !== DEMO_DATASET_ID) {
          deleteDataset(db, id).catch((error: unknown) => reportStorageError(store, error, 'app.removalNotSaved'));
        }
      }
      previous = next as Map<string, LoadedDataset>;
    }
  });
  return () => {
    unsubscribe();
    stopSettings();
    rest.stop();
  };
}
