/**
 * The files of one drop, read one by one with importAnyFile. FlowmapBlue sheets are the one case
 * where files depend on each other: when the drop holds a flows sheet, its locations sheets are read
 * first (as places: hubs, whatever the point kind chosen) and the flows sheets are resolved against
 * their locations. Files come back in the order they were read, locations sheets first, so that
 * buildImportedDataset keeps the locations' ids the flows refer to.
 */
import { detectDelimiter } from './csv-import';
import { addLocations, flowmapFlowColumns, isFlowmapLocations } from './flowmap-sheets';
import { importAnyFile } from './import-any-file';
import type { FlowmapLocations, ImportOptions, ParsedFile, ProgressFn } from './types';

export interface DroppedFile {
  name: string;
  /** The first bytes (a few KB): enough for a header line. */
  head(): Promise<Uint8Array>;
  bytes(): Promise<Uint8Array>;
}

/** `progressOf(i, name)`: the progress callback of the i-th file read. */
export async function importDrop(files: readonly DroppedFile[], options: ImportOptions, progressOf: (index: number, name: string) => ProgressFn): Promise<ParsedFile[]> {
  const roles: SheetRole[] = await Promise.all(files.map(async (f) => sheetRole(f.name, await f.head())));
  const pairing = roles.includes('flows');
  const order = pairing ? [...files.keys()].sort((a, b) => Number(roles[b] === 'locations') - Number(roles[a] === 'locations')) : [...files.keys()];
  const locations: FlowmapLocations = { files: [], byKey: new Map() };
  const parsed: ParsedFile[] = [];
  for (const [step, index] of order.entries()) {
    const file = files[index] as DroppedFile;
    const role = roles[index];
    let fileOptions = options;
    if (pairing && role === 'locations') fileOptions = { ...options, pointKind: 'hub' };
    if (role === 'flows' && locations.files.length > 0) fileOptions = { ...options, flowmapLocations: locations };
    const result = await importAnyFile(file.name, await file.bytes(), fileOptions, progressOf(step, file.name));
    if (pairing && role === 'locations') addLocations(locations, result);
    parsed.push(result);
  }
  return parsed;
}

export type SheetRole = 'locations' | 'flows' | null;

/** What a dropped file is in a FlowmapBlue pair, from its name and first bytes (a CSV/TSV header line). */
export function sheetRole(name: string, head: Uint8Array): SheetRole {
  const ext = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  if (!['csv', 'tsv', 'tab', 'txt', ''].includes(ext)) return null;
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
  const end = text.search(/\r|\n/);
  const line = end === -1 ? text : text.slice(0, end);
  const delimiter = detectDelimiter(line, ext === 'tsv' || ext === 'tab' ? 'tsv' : 'csv');
  const headers = line.split(delimiter).map((h) => h.trim().replace(/^"|"$/g, ''));
  if (flowmapFlowColumns(headers)) return 'flows';
  return isFlowmapLocations(headers) ? 'locations' : null;
}
