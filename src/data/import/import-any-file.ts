/**
 * Every file the import worker reads. Binary formats whose libraries read asynchronously (zipped
 * Shapefile, Parquet, Arrow IPC, FlatGeobuf) are claimed by a reader in BINARY_READERS, by their
 * content first and their name second; every other file goes to importFile (text formats, KMZ,
 * project files), which stays synchronous for the tests and tools that call it directly.
 */
import { ARROW_READER } from './arrow-import';
import { FLATGEOBUF_READER } from './flatgeobuf-import';
import { importFile, internalError, parsedFile, type Outcome } from './import-file';
import { PARQUET_READER } from './parquet-import';
import { Reporter } from './records';
import { SHAPEFILE_READER } from './shapefile-import';
import type { ImportFormat, ImportOptions, ParsedFile, ProgressFn } from './types';

export interface BinaryReader {
  format: ImportFormat;
  /** True when this reader takes the file: by its content (magic bytes, zip entries), else its name. */
  claims(name: string, bytes: Uint8Array): boolean;
  /** Never rejects on bad input: file errors and rejected rows go to the reporter. */
  read(name: string, bytes: Uint8Array, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): Promise<Outcome>;
}

/** The binary readers, tried in order. */
// Magic bytes first (Parquet, Arrow, FlatGeobuf); the Shapefile reader also claims any .zip by name.
export const BINARY_READERS: readonly BinaryReader[] = [PARQUET_READER, ARROW_READER, FLATGEOBUF_READER, SHAPEFILE_READER];

export async function importAnyFile(name: string, bytes: Uint8Array, options: ImportOptions, onProgress?: ProgressFn, readers: readonly BinaryReader[] = BINARY_READERS): Promise<ParsedFile> {
  const reader = readers.find((r) => r.claims(name, bytes));
  if (!reader) return importFile(name, bytes, options, onProgress);
  const reporter = new Reporter(name);
  let outcome: Outcome;
  try {
    outcome = await reader.read(name, bytes, options, reporter, onProgress);
  } catch (error) {
    outcome = { ...internalError(name, reporter, error), format: reader.format };
  }
  return parsedFile(name, bytes, reporter, outcome, onProgress);
}
