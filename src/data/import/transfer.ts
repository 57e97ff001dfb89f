/**
 * Moving the imported dataset's typed arrays to the main thread without a copy: postMessage with
 * a transfer list hands their ArrayBuffers over (the main thread receives them in no time) and
 * detaches them in the worker. The worker still has to store the dataset afterwards, so it keeps a
 * copy of the columns (copying there costs the main thread nothing).
 */
import type { IncidentColumns } from '../../domain/incident-columns';
import type { LoadedDataset } from '../../domain/workspace';
import { BULK_KEYS } from './import-protocol';

/**
 * The ArrayBuffers behind every typed array (or DataView) found in `value`, walking plain objects
 * and arrays. Each buffer is listed once, however many views share it: postMessage refuses a
 * transfer list that names a buffer twice. SharedArrayBuffers cannot be transferred and are left out.
 */
export function transferList(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
      return;
    }
    if (v instanceof ArrayBuffer) {
      buffers.add(v);
      return;
    }
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') walk(item);
      return;
    }
    for (const item of Object.values(v)) walk(item);
  };
  walk(value);
  return [...buffers];
}

type TypedArrayConstructor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => ArrayBufferView;

/**
 * `value` with every typed array (walking plain objects and arrays) copied into a fresh buffer;
 * views that shared a buffer share its copy. Objects and arrays without typed arrays in them are
 * shared, not copied. One memcpy per buffer (structuredClone would copy twice).
 */
export function copyTypedArrays<T>(value: T): T {
  const copies = new Map<ArrayBuffer, ArrayBuffer>();
  const bufferCopy = (buffer: ArrayBuffer) => {
    let copy = copies.get(buffer);
    if (!copy) {
      copy = buffer.slice(0);
      copies.set(buffer, copy);
    }
    return copy;
  };
  const holdsBuffers = (v: unknown): boolean => transferList(v).length > 0;
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (ArrayBuffer.isView(v)) {
      if (!(v.buffer instanceof ArrayBuffer)) return v;
      const buffer = bufferCopy(v.buffer);
      if (v instanceof DataView) return new DataView(buffer, v.byteOffset, v.byteLength);
      return new (v.constructor as TypedArrayConstructor)(buffer, v.byteOffset, (v as unknown as ArrayLike<number>).length);
    }
    if (v instanceof ArrayBuffer) return bufferCopy(v);
    if (!holdsBuffers(v)) return v;
    if (Array.isArray(v)) return v.map(copy);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
  };
  return copy(value) as T;
}

/** The columns with every typed array copied into fresh buffers. */
export function copyIncidentColumns(parts: readonly IncidentColumns[]): IncidentColumns[] {
  return copyTypedArrays([...parts]);
}

/**
 * What the worker keeps once `loaded`'s columns are transferred: the same dataset with its
 * incident columns copied. Everything else is shared with `loaded` (postMessage copies it, so the
 * worker's objects stay intact).
 */
export function keptAfterTransfer(loaded: LoadedDataset): LoadedDataset {
  const parts = loaded.dataset.incidentParts;
  if (!parts?.length) return loaded;
  return { ...loaded, dataset: { ...loaded.dataset, incidentParts: copyIncidentColumns(parts) } };
}

/**
 * The 'parsed' message's dataset (bulk lists empty: they follow in chunks), the buffers to transfer
 * with it, and what the worker keeps to persist (never a buffer that is transferred).
 */
export function parsedShell(loaded: LoadedDataset): { shell: LoadedDataset; transfer: ArrayBuffer[]; kept: LoadedDataset } {
  const empty = Object.fromEntries(BULK_KEYS.map((k) => [k, []]));
  const shell: LoadedDataset = { ...loaded, dataset: { ...loaded.dataset, ...empty } };
  const transfer = transferList(shell.dataset.incidentParts);
  return { shell, transfer, kept: transfer.length > 0 ? keptAfterTransfer(loaded) : loaded };
}
