/// <reference lib="webworker" />
/** The selection worker: which rows the filters keep, off the main thread (see selection-client.ts). */
import { handleSelectionRequest, type SelectionWorkerState } from './selection-handler';
import type { SelectionRequest } from './selection-protocol';

const state: SelectionWorkerState = { key: -1, known: null };

self.onmessage = (event: MessageEvent<SelectionRequest>) => {
  const answer = handleSelectionRequest(state, event.data);
  if (answer) (self as unknown as DedicatedWorkerGlobalScope).postMessage(answer.reply, answer.transfer);
};
