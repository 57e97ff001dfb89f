/** Messages between the main thread and the import worker. */
import type { LocaleCode } from '../../domain/i18n';
import type { Dataset } from '../../domain/types';
import type { LoadedDataset } from '../../domain/workspace';
import type { FileReport, ImportOptions } from './types';

/** Entity lists sent in chunks: each chunk is received (deserialised) in its own short task. */
export const BULK_KEYS = ['hubs', 'incidents', 'crossings', 'safeHouses', 'segments', 'events', 'areas'] as const satisfies readonly (keyof Dataset)[];
export type BulkKey = (typeof BULK_KEYS)[number];
export const CHUNK_SIZE = 10_000;

export type ImportRequest =
  /** `locale`: the interface language the worker writes the report in (the main thread's active one). */
  | { type: 'import'; files: File[]; options: ImportOptions; dataset: { id: string; loadedAt: string }; locale: LocaleCode }
  | { type: 'persist' };

export type ImportMessage =
  | { type: 'progress'; fileIndex: number; fileCount: number; file: string; fraction: number }
  /** Reports, project files, and the dataset with its bulk lists still empty. */
  | { type: 'parsed'; reports: FileReport[]; projects: { file: string; raw: unknown }[]; loaded: LoadedDataset | null }
  | { type: 'chunk'; key: BulkKey; items: unknown[] }
  | { type: 'parsed-end' }
  | { type: 'persisted' }
  | { type: 'persist-failed'; message: string }
  | { type: 'failed'; message: string };
