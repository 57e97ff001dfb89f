/** Loads a dataset file in a worker (see dataset-worker.ts); where no worker can start, on this thread. */
import type { Dataset } from '../domain/types';
import { DatasetLoadError } from './load-dataset-error';

export async function loadDatasetOffThread(url: string, fallback: (url: string) => Promise<Dataset>): Promise<Dataset> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module', name: 'routeshift-dataset' });
  } catch {
    return fallback(url);
  }
  const file = url.split('/').pop() ?? url;
  return new Promise<Dataset>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ok: true; dataset: Dataset } | { ok: false; message: string }>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.dataset);
      else reject(new DatasetLoadError(event.data.message, file));
    };
    worker.onerror = (event) => {
      worker.terminate();
      event.preventDefault();
      // A worker that cannot load (e.g. a file opened from disk) leaves the job to this thread.
      fallback(url).then(resolve, reject);
    };
    worker.postMessage({ url });
  });
}
