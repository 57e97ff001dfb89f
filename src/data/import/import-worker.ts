/// <reference lib="webworker" />
/**
 * The import worker: reads, parses, validates and assembles files off the main thread, then sends
 * the dataset in chunks (so that no single message takes long to receive), its typed arrays
 * transferred rather than copied, and, once the main thread has taken it, writes it to IndexedDB
 * itself from the copy it kept (so that the main thread never copies it again).
 */
import { openWorkspaceDb, putDataset, WorkspaceStorageError } from '../persistence/workspace-db';
import type { LoadedDataset } from '../../domain/workspace';
import { emptyEntities } from './assemble';
import { importDrop } from './import-drop';
import { loadedDatasetOf } from './loaded-dataset';
import { BULK_KEYS, CHUNK_SIZE, type ImportMessage, type ImportRequest } from './import-protocol';
import { parsedShell } from './transfer';
import { applyJobLocale } from './worker-locale';
import type { ParsedFile } from './types';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
/** What 'persist' stores: never holds a buffer that was transferred. */
let parsedDataset: LoadedDataset | null = null;

async function importFiles({ files, options, dataset: meta, locale }: Extract<ImportRequest, { type: 'import' }>) {
  await applyJobLocale(locale);
  const progressOf = (fileIndex: number, name: string) => {
    let last = -1;
    const progress = (fraction: number) => {
      if (fraction - last >= 0.01 || fraction >= 1) {
        last = fraction;
        post({ type: 'progress', fileIndex, fileCount: files.length, file: name, fraction });
      }
    };
    progress(0);
    return progress;
  };
  // importDrop reads FlowmapBlue locations sheets before their flows sheets (files in reading order).
  const dropped = files.map((file) => ({
    name: file.name,
    head: async () => new Uint8Array(await file.slice(0, 4096).arrayBuffer()),
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  }));
  const parsed: ParsedFile[] = await importDrop(dropped, options, progressOf);
  parsedDataset = loadedDatasetOf(parsed, meta);
  // The rows are in the dataset now: the parsed files' entity lists (a million objects) can go
  // before the columns are copied and posted.
  for (const file of parsed) {
    file.entities = emptyEntities();
    delete file.columns;
  }
  // The columns' buffers go to the main thread (detached here): the worker persists its own copy.
  const outgoing = parsedDataset ? parsedShell(parsedDataset) : null;
  if (outgoing) parsedDataset = outgoing.kept;
  post(
    {
      type: 'parsed',
      reports: parsed.map((p) => p.report),
      projects: parsed.filter((p) => p.project !== undefined).map((p) => ({ file: p.report.file, raw: p.project })),
      loaded: outgoing?.shell ?? null,
    },
    outgoing?.transfer,
  );
  if (parsedDataset) {
    for (const key of BULK_KEYS) {
      const list = (parsedDataset.dataset[key] ?? []) as unknown[];
      for (let i = 0; i < list.length; i += CHUNK_SIZE) post({ type: 'chunk', key, items: list.slice(i, i + CHUNK_SIZE) });
    }
  }
  post({ type: 'parsed-end' });
}

async function persist() {
  if (!parsedDataset) return post({ type: 'persisted' });
  try {
    const db = await openWorkspaceDb();
    await putDataset(db, parsedDataset);
    db.close();
    post({ type: 'persisted' });
  } catch (error) {
    post({ type: 'persist-failed', message: error instanceof WorkspaceStorageError ? error.message : (error as Error).message ?? String(error) });
  }
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const run = request.type === 'import' ? importFiles(request) : persist();
  run.catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
