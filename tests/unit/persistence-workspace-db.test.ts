// idb checks `instanceof IDBRequest` etc. against globals, which Node lacks: the auto import installs
// fake-indexeddb's classes. Each test still gets its own fresh factory (an empty browser profile).
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isQuotaError, toStorageError, WorkspaceStorageError } from '../../src/data/persistence/storage-error';
import {
  clearWorkspace,
  deleteDataset,
  loadWorkspace,
  openWorkspaceDb,
  putDataset,
  putDatasetsAtomically,
  replaceWorkspace,
  saveSettings,
  type WorkspaceDb,
} from '../../src/data/persistence/workspace-db';
import type { LoadedDataset, Workspace } from '../../src/domain/workspace';
import { smallDatasets, smallWorkspace } from '../fixtures/project/small-workspace';

let db: WorkspaceDb;

beforeEach(async () => {
  db = await openWorkspaceDb(new IDBFactory());
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

async function rejection(promise: Promise<unknown>): Promise<WorkspaceStorageError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspaceStorageError);
    return error as WorkspaceStorageError;
  }
  throw new Error('expected a rejection');
}

/** A dataset IndexedDB cannot store: structured clone refuses functions. */
function uncloneable(base: LoadedDataset): LoadedDataset {
  return { ...base, id: 'ds-bad', dataset: { ...base.dataset, name: (() => 'no') as unknown as string } };
}

describe('workspace database', () => {
  it('has nothing saved at first', async () => {
    expect(await loadWorkspace(db)).toBeNull();
  });

  it('saves and loads datasets and settings', async () => {
    const ws = smallWorkspace();
    await saveSettings(db, ws.settings);
    for (const ds of ws.datasets) await putDataset(db, ds);
    expect(await loadWorkspace(db)).toEqual(ws);
  });

  it('keeps the dataset order, also when a dataset is replaced', async () => {
    const [a, b] = smallDatasets() as [LoadedDataset, LoadedDataset];
    // Ids chosen so that key order and insertion order disagree.
    await putDataset(db, { ...a, id: 'z-first' });
    await putDataset(db, { ...b, id: 'a-second' });
    await putDataset(db, { ...a, id: 'z-first', name: 'Renamed' });
    const loaded = await loadWorkspace(db);
    expect(loaded?.datasets.map((d) => [d.id, d.name])).toEqual([
      ['z-first', 'Renamed'],
      ['a-second', b.name],
    ]);
  });

  it('fills default settings when only datasets were saved', async () => {
    await putDataset(db, smallDatasets()[0] as LoadedDataset);
    const loaded = await loadWorkspace(db);
    expect(loaded?.settings).toMatchObject({ month: '2015-09', theme: 'light', camera: null, demoVisible: true });
  });

  it('deletes a dataset', async () => {
    const ws = smallWorkspace();
    await replaceWorkspace(db, ws);
    await deleteDataset(db, ws.datasets[0]?.id as string);
    const loaded = await loadWorkspace(db);
    expect(loaded?.datasets.map((d) => d.id)).toEqual([ws.datasets[1]?.id]);
    expect(loaded?.settings).toEqual(ws.settings);
  });

  it('replaces and clears the workspace', async () => {
    const ws = smallWorkspace();
    await replaceWorkspace(db, ws);
    const next: Workspace = { datasets: [ws.datasets[1] as LoadedDataset], settings: { ...ws.settings, month: '2016-05' } };
    await replaceWorkspace(db, next);
    expect(await loadWorkspace(db)).toEqual(next);
    await clearWorkspace(db);
    expect(await loadWorkspace(db)).toBeNull();
  });

  it('replaceWorkspace is atomic: a failure mid-way keeps the old workspace', async () => {
    const old = smallWorkspace();
    await replaceWorkspace(db, old);
    const [first] = smallDatasets() as [LoadedDataset];
    const broken: Workspace = { datasets: [{ ...first, id: 'ds-new' }, uncloneable(first)], settings: { ...old.settings, month: '2020-01' } };
    const error = await rejection(replaceWorkspace(db, broken));
    expect(error.kind).toBe('failed');
    expect(error.message).toMatch(/save the workspace/);
    expect(await loadWorkspace(db)).toEqual(old);
  });

  it('putDatasetsAtomically saves all or none', async () => {
    const [a, b] = smallDatasets() as [LoadedDataset, LoadedDataset];
    await putDataset(db, a);
    const error = await rejection(putDatasetsAtomically(db, [{ ...a, name: 'Changed' }, b, uncloneable(a)]));
    expect(error.kind).toBe('failed');
    const loaded = await loadWorkspace(db);
    expect(loaded?.datasets).toEqual([a]);
    await putDatasetsAtomically(db, [b, { ...a, name: 'Changed' }]);
    expect((await loadWorkspace(db))?.datasets.map((d) => d.name)).toEqual(['Changed', b.name]);
  });

  it('maps QuotaExceededError to kind quota with what to do', async () => {
    await replaceWorkspace(db, smallWorkspace());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await rejection(putDataset(db, { ...(smallDatasets()[1] as LoadedDataset), id: 'ds-big' }));
    expect(error.kind).toBe('quota');
    expect(error.message).toMatch(/remove a dataset/i);
    expect(error.message).toMatch(/export a project file/i);
    vi.restoreAllMocks();
    expect((await loadWorkspace(db))?.datasets).toHaveLength(2);
  });

  it('saving settings failing on quota leaves the datasets alone', async () => {
    await replaceWorkspace(db, smallWorkspace());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect((await rejection(saveSettings(db, { ...smallWorkspace().settings, theme: 'light' }))).kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await loadWorkspace(db)).toEqual(smallWorkspace());
  });
});

describe('storage errors', () => {
  it('recognises quota errors across browsers', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' })).toBe(true);
    expect(isQuotaError(new Error('Component returned failure code: 0x80630001 (NS_ERROR_DOM_QUOTA_REACHED)'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(toStorageError(new DOMException('x', 'QuotaExceededError'), 'saveSettings').kind).toBe('quota');
    expect(toStorageError(new DOMException('x', 'DataCloneError'), 'saveSettings').kind).toBe('failed');
  });

  it('reports IndexedDB missing or refused as unavailable', async () => {
    const missing = await rejection(openWorkspaceDb(null as unknown as IDBFactory));
    expect(missing.kind).toBe('unavailable');
    expect(missing.message).toMatch(/export a project file/i);
    const refusing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    expect((await rejection(openWorkspaceDb(refusing))).kind).toBe('unavailable');
  });
});
