/**
 * Works out which rows the filters keep in a worker, so that a filter change on large data costs
 * the main thread no pass over the rows. The map does not wait for it (it filters on the GPU);
 * the panels' lists follow when the answer comes. Where no worker can be made (Node, jsdom, the
 * one-file presentation build) or the worker fails, the same function runs here.
 */
import type { EntityFilters } from '../../domain/filters';
import { selectRows, type KnownClasses, type RowSelection } from '../../domain/row-selection';
import type { SelectionReply, SelectionRequest } from './selection-protocol';

export interface RowSelector {
  /** `data` identifies the data the classes belong to (the map tables): they are sent once per data. */
  select(data: object, known: KnownClasses, filters: EntityFilters): Promise<RowSelection>;
  /** Selections answered by the worker so far (the test hook reads it). */
  readonly answeredOffThread: number;
}

type Pending = { known: KnownClasses; filters: EntityFilters; resolve: (s: RowSelection) => void };

export function createRowSelector(makeWorker: () => Worker = defaultWorker): RowSelector {
  let worker: Worker | null | undefined;
  let sentData: object | null = null;
  let key = 0;
  let nextId = 0;
  let answered = 0;
  const pending = new Map<number, Pending>();

  const onThread = (p: Pending) => p.resolve(selectRows(p.known, p.filters));
  const giveUp = () => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) onThread(p);
    pending.clear();
  };
  const started = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = makeWorker();
    } catch {
      return (worker = null);
    }
    worker.onmessage = (event: MessageEvent<SelectionReply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.type === 'selected') {
        answered++;
        p.resolve(reply.selection);
      } else onThread(p);
    };
    worker.onerror = giveUp;
    return worker;
  };

  return {
    get answeredOffThread() {
      return answered;
    },
    select(data, known, filters) {
      return new Promise<RowSelection>((resolve) => {
        const w = started();
        const p: Pending = { known, filters, resolve };
        if (!w) return onThread(p);
        const id = nextId++;
        pending.set(id, p);
        try {
          if (data !== sentData) {
            key++;
            w.postMessage({ type: 'classes', key, known } satisfies SelectionRequest);
            sentData = data;
          }
          w.postMessage({ type: 'select', id, key, filters } satisfies SelectionRequest);
        } catch {
          giveUp();
        }
      });
    },
  };
}

function defaultWorker(): Worker {
  return new Worker(new URL('./selection-worker.ts', import.meta.url), { type: 'module', name: 'routeshift-selection' });
}
