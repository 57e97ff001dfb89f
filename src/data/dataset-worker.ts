/// <reference lib="webworker" />
/**
 * Reads and validates a dataset file off the main thread: the demo's 2 MB of JSON and its schema
 * check (zod) would otherwise hold the first frame back and keep zod out of the main bundle.
 */
import { loadDataset } from './load-dataset';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ url: string }>) => {
  loadDataset(event.data.url).then(
    (dataset) => scope.postMessage({ ok: true, dataset }),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
