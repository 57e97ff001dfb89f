/** What the selection worker does with a message, apart from the worker so that Node tests can run it. */
import { selectRows, selectionBuffers, type KnownClasses } from '../../domain/row-selection';
import type { SelectionReply, SelectionRequest } from './selection-protocol';

export interface SelectionWorkerState {
  key: number;
  known: KnownClasses | null;
}

export function handleSelectionRequest(state: SelectionWorkerState, request: SelectionRequest): { reply: SelectionReply; transfer: ArrayBuffer[] } | null {
  if (request.type === 'classes') {
    state.key = request.key;
    state.known = request.known;
    return null;
  }
  if (!state.known || state.key !== request.key) {
    return { reply: { type: 'failed', id: request.id, message: `no filter classes for data ${request.key} (have ${state.key})` }, transfer: [] };
  }
  const selection = selectRows(state.known, request.filters);
  return { reply: { type: 'selected', id: request.id, selection }, transfer: selectionBuffers(selection) };
}
