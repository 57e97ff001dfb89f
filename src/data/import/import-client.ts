/**
 * Runs an import in a fresh worker. Cancelling terminates the worker, so nothing half-done can
 * reach the workspace. Files over the size limit are refused before anything is read.
 */
import type { ImportMessage, ImportRequest } from './import-worker';
import { MAX_IMPORT_BYTES, type ImportOptions, type ParsedFile } from './types';

export interface ImportProgress {
  fileIndex: number;
  fileCount: number;
  file: string;
  /** 0..1 over all files. */
  overall: number;
}

export interface ImportJob {
  promise: Promise<ParsedFile[]>;
  cancel: () => void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Files too large for the browser, with the reason to show. */
export function oversizedFiles(files: File[]): { file: File; reason: string }[] {
  return files
    .filter((f) => f.size > MAX_IMPORT_BYTES)
    .map((file) => ({ file, reason: `${file.name} is ${formatBytes(file.size)}; RouteShift imports files up to ${formatBytes(MAX_IMPORT_BYTES)}. Split it into smaller files.` }));
}

export function startImport(files: File[], options: ImportOptions, onProgress: (p: ImportProgress) => void): ImportJob {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'routeshift-import' });
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<ParsedFile[]>((resolve, rejectPromise) => {
    reject = rejectPromise;
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress({ ...message, overall: (message.fileIndex + message.fraction) / message.fileCount });
      } else if (message.type === 'done') {
        worker.terminate();
        resolve(message.files);
      } else {
        worker.terminate();
        rejectPromise(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      rejectPromise(new Error(event.message || 'The import worker stopped'));
    };
  });
  const request: ImportRequest = { type: 'import', files, options };
  worker.postMessage(request);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      reject(new ImportCancelled());
    },
  };
}
