/// <reference lib="webworker" />
/**
 * The import worker: reads and parses files off the main thread, reporting progress per file.
 * The main thread only ever receives finished, validated entities.
 */
import { importFile } from './import-file';
import type { ImportOptions, ParsedFile } from './types';

export type ImportRequest = { type: 'import'; files: File[]; options: ImportOptions };
export type ImportMessage =
  | { type: 'progress'; fileIndex: number; fileCount: number; file: string; fraction: number }
  | { type: 'done'; files: ParsedFile[] }
  | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { files, options } = event.data;
  const post = (message: ImportMessage) => scope.postMessage(message);
  try {
    const parsed: ParsedFile[] = [];
    for (const [fileIndex, file] of files.entries()) {
      let last = 0;
      const progress = (fraction: number) => {
        // Throttled: a message per percent is plenty for a progress bar.
        if (fraction - last >= 0.01 || fraction >= 1) {
          last = fraction;
          post({ type: 'progress', fileIndex, fileCount: files.length, file: file.name, fraction });
        }
      };
      progress(0);
      const bytes = new Uint8Array(await file.arrayBuffer());
      parsed.push(importFile(file.name, bytes, options, progress));
      progress(1);
    }
    post({ type: 'done', files: parsed });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message ?? String(error) });
  }
};
