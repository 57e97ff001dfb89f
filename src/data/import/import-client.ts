/**
 * Runs an import in a fresh worker. Cancelling terminates the worker, so nothing half-done can
 * reach the workspace. Files over the size limit are refused before anything is read.
 */
import { formatBytes } from '../../domain/format-number';
import { activeLocale, t } from '../../domain/i18n';
import type { LoadedDataset } from '../../domain/workspace';
import type { ImportMessage, ImportRequest } from './import-protocol';
import { MAX_IMPORT_BYTES, type FileReport, type ImportOptions } from './types';

export interface ImportProgress {
  fileIndex: number;
  fileCount: number;
  file: string;
  /** 0..1 over all files. */
  overall: number;
}

export interface ImportResult {
  reports: FileReport[];
  projects: { file: string; raw: unknown }[];
  /** The new dataset, when any file had data. */
  loaded: LoadedDataset | null;
}

export interface ImportJob {
  promise: Promise<ImportResult>;
  cancel: () => void;
  /** Asks the worker to store the dataset in IndexedDB, then ends the worker. */
  persist: () => Promise<{ ok: true } | { ok: false; message: string }>;
}

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Files too large for the browser, with the reason to show. */
export function oversizedFiles(files: File[]): { file: File; reason: string }[] {
  return files
    .filter((f) => f.size > MAX_IMPORT_BYTES)
    .map((file) => ({ file, reason: t('importFile.tooLargeNotice', { file: file.name, size: formatBytes(file.size), limit: formatBytes(MAX_IMPORT_BYTES) }) }));
}

export function startImport(
  files: File[],
  options: ImportOptions,
  dataset: { id: string; loadedAt: string },
  onProgress: (p: ImportProgress) => void,
): ImportJob {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'routeshift-import' });
  const send = (request: ImportRequest) => worker.postMessage(request);
  let rejectParse: (error: Error) => void = () => undefined;
  let settlePersist: ((r: { ok: true } | { ok: false; message: string }) => void) | null = null;
  let result: ImportResult | null = null;

  const promise = new Promise<ImportResult>((resolve, reject) => {
    rejectParse = reject;
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const m = event.data;
      switch (m.type) {
        case 'progress':
          onProgress({ ...m, overall: (m.fileIndex + m.fraction) / m.fileCount });
          break;
        case 'parsed':
          result = { reports: m.reports, projects: m.projects, loaded: m.loaded };
          break;
        case 'chunk':
          if (result?.loaded) (result.loaded.dataset[m.key] as unknown[]).push(...m.items);
          break;
        case 'parsed-end':
          if (result) resolve(result);
          if (!result?.loaded) worker.terminate();
          break;
        case 'persisted':
          settlePersist?.({ ok: true });
          worker.terminate();
          break;
        case 'persist-failed':
          settlePersist?.({ ok: false, message: m.message });
          worker.terminate();
          break;
        case 'failed':
          worker.terminate();
          reject(new Error(m.message));
          settlePersist?.({ ok: false, message: m.message });
          break;
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      const error = new Error(event.message || t('importFile.workerStopped'));
      reject(error);
      settlePersist?.({ ok: false, message: error.message });
    };
  });
  send({ type: 'import', files, options, dataset, locale: activeLocale() });
  return {
    promise,
    cancel: () => {
      worker.terminate();
      rejectParse(new ImportCancelled());
    },
    persist: () =>
      new Promise((resolve) => {
        settlePersist = resolve;
        send({ type: 'persist' });
      }),
  };
}
