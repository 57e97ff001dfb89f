/**
 * Datasets already written to IndexedDB by someone else (the import worker writes what it parsed,
 * so the main thread never has to copy a large dataset a second time).
 */
import type { LoadedDataset } from '../../domain/workspace';

const stored = new WeakSet<LoadedDataset>();

export function markStored(dataset: LoadedDataset) {
  stored.add(dataset);
}

export function isStored(dataset: LoadedDataset): boolean {
  return stored.has(dataset);
}
