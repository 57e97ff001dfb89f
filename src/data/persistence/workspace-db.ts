/**
 * The workspace in IndexedDB, so imported datasets and settings survive a reload. Datasets and
 * settings live in separate stores so that moving the slider or switching a layer rewrites a few
 * bytes, not megabytes of data. Every write is one transaction: it happens entirely or not at all.
 * Every failure rejects with a WorkspaceStorageError ('quota' | 'unavailable' | 'failed').
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { pickSettings } from '../../data/project/pick-settings';
import type { LoadedDataset, Workspace, WorkspaceSettings } from '../../domain/workspace';
import { toStorageError, unavailableMessage, WorkspaceStorageError, type StorageAction } from './storage-error';

export { WorkspaceStorageError, type StorageErrorKind } from './storage-error';

export const DB_NAME = 'routeshift';
export const DB_VERSION = 1;
const SETTINGS_KEY = 'current';

/** A dataset record; `seq` keeps the user's dataset order, which keys (ids) cannot. */
export interface StoredDataset {
  id: string;
  seq: number;
  value: LoadedDataset;
}

export interface WorkspaceDbSchema extends DBSchema {
  datasets: { key: string; value: StoredDataset; indexes: { 'by-seq': number } };
  settings: { key: string; value: WorkspaceSettings };
}

export type WorkspaceDb = IDBPDatabase<WorkspaceDbSchema>;
type Store = StoreNames<WorkspaceDbSchema>;
type WriteTx<S extends Store[]> = IDBPTransaction<WorkspaceDbSchema, S, 'readwrite'>;

/**
 * Opens (creating on first use) the database. `factory` is for tests (fake-indexeddb); the app
 * passes nothing and gets the browser's IndexedDB.
 */
export async function openWorkspaceDb(factory?: IDBFactory): Promise<WorkspaceDb> {
  let request: IDBOpenDBRequest;
  try {
    // Some browsers throw SecurityError on merely reading `indexedDB` when storage is blocked.
    const idb = factory === undefined ? globalThis.indexedDB : factory;
    if (!idb) throw new WorkspaceStorageError('unavailable', unavailableMessage());
    request = idb.open(DB_NAME, DB_VERSION);
  } catch (error) {
    throw toStorageError(error, 'open', true);
  }
  request.addEventListener('upgradeneeded', (event) => {
    const db = request.result;
    // Each version's step runs once, in order, so later versions only add their own changes.
    if (event.oldVersion < 1) {
      db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('by-seq', 'seq');
      db.createObjectStore('settings');
    }
  });
  let db: WorkspaceDb;
  try {
    const opened = await wrap(request);
    if (!opened) throw new Error('the database did not open');
    db = opened as unknown as WorkspaceDb;
  } catch (error) {
    throw toStorageError(error, 'open', true);
  }
  // A newer RouteShift in another tab needs this connection gone to upgrade the database.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

/** The saved workspace, or null when nothing has been saved yet. */
export async function loadWorkspace(db: WorkspaceDb): Promise<Workspace | null> {
  let records: StoredDataset[];
  let rawSettings: unknown;
  try {
    const tx = db.transaction(['datasets', 'settings'], 'readonly');
    [records, rawSettings] = await Promise.all([tx.objectStore('datasets').getAll(), tx.objectStore('settings').get(SETTINGS_KEY), tx.done]);
  } catch (error) {
    throw toStorageError(error, 'read');
  }
  if (records.length === 0 && rawSettings === undefined) return null;
  const datasets = records
    .filter((record) => record.value !== null && typeof record.value === 'object' && typeof record.value.id === 'string')
    .sort((a, b) => a.seq - b.seq)
    .map((record) => record.value);
  return { datasets, settings: await readSettings(rawSettings) };
}

/**
 * Settings are re-checked on load: they may predate a change of the app or have been edited in
 * developer tools. Missing values take defaults; settings that cannot be used are all reset,
 * since half-applied settings would be more confusing than the start-up ones.
 */
async function readSettings(raw: unknown): Promise<WorkspaceSettings> {
  // The schema (zod) and the repairs are loaded when a saved workspace is read, not with the first frame.
  const [{ settingsSchema }, { restoreSettings }] = await Promise.all([import('../project/project-schema'), import('../project/restore-project')]);
  const parsed = settingsSchema.safeParse(restoreSettings(raw).value);
  if (parsed.success) return parsed.data;
  return settingsSchema.parse(restoreSettings({}).value);
}

export async function saveSettings(db: WorkspaceDb, settings: WorkspaceSettings): Promise<void> {
  await write(db, ['settings'], 'saveSettings', async (tx) => {
    await tx.objectStore('settings').put(pickSettings(settings), SETTINGS_KEY);
  });
}

/** Adds or replaces one dataset; a replaced dataset keeps its place in the order. */
export async function putDataset(db: WorkspaceDb, dataset: LoadedDataset): Promise<void> {
  await putDatasetsAtomically(db, [dataset]);
}

/** Adds or replaces several datasets in one transaction: after a failure none of them is saved. */
export async function putDatasetsAtomically(db: WorkspaceDb, list: LoadedDataset[]): Promise<void> {
  await write(db, ['datasets'], list.length === 1 ? { action: 'saveDataset', name: list[0]?.name ?? '' } : { action: 'saveDatasets', count: list.length }, async (tx) => {
    const store = tx.objectStore('datasets');
    const last = await store.index('by-seq').openCursor(null, 'prev');
    let next = last ? last.value.seq + 1 : 0;
    // Sequential awaits: a failing put then leaves no other request pending when we abort.
    for (const value of list) {
      const existing = await store.get(value.id);
      await store.put({ id: value.id, seq: existing ? existing.seq : next++, value });
    }
  });
}

export async function deleteDataset(db: WorkspaceDb, id: string): Promise<void> {
  await write(db, ['datasets'], 'removeDataset', async (tx) => {
    await tx.objectStore('datasets').delete(id);
  });
}

/** Replaces everything saved with `workspace`, in one transaction: a failure keeps the old one. */
export async function replaceWorkspace(db: WorkspaceDb, workspace: Workspace): Promise<void> {
  await write(db, ['datasets', 'settings'], 'saveWorkspace', async (tx) => {
    const datasets = tx.objectStore('datasets');
    await datasets.clear();
    for (const [seq, value] of workspace.datasets.entries()) await datasets.put({ id: value.id, seq, value });
    await tx.objectStore('settings').put(pickSettings(workspace.settings), SETTINGS_KEY);
  });
}

export async function clearWorkspace(db: WorkspaceDb): Promise<void> {
  await write(db, ['datasets', 'settings'], 'clearWorkspace', async (tx) => {
    await Promise.all([tx.objectStore('datasets').clear(), tx.objectStore('settings').clear()]);
  });
}

/**
 * Runs `run` in one readwrite transaction and waits for the commit. On any failure the transaction
 * is aborted explicitly: a put that throws synchronously (e.g. a value that cannot be cloned) does
 * not abort by itself, and the requests made before it would otherwise be committed.
 */
async function write<S extends Store[]>(db: WorkspaceDb, stores: S, action: StorageAction, run: (tx: WriteTx<S>) => Promise<void>): Promise<void> {
  let tx: WriteTx<S>;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (error) {
    throw toStorageError(error, action);
  }
  const done = tx.done;
  try {
    await run(tx);
    await done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished (aborted by the browser): nothing left to undo.
    }
    // Quota trouble often shows only on the transaction (at commit), not on the request that failed.
    const txError: unknown = await done.then(
      () => null,
      (reason: unknown) => reason,
    );
    throw toStorageError(txError && toStorageError(txError, action).kind === 'quota' ? txError : error, action);
  }
}
