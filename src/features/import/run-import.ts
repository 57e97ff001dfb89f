/**
 * The import path: refuse oversized files → parse and validate in a worker → show the report →
 * commit good entities as a new dataset (or open a project). A cancelled or failed import commits
 * nothing.
 */
import { prefixDatasetIds } from '../../data/combine-datasets';
import { buildImportedDataset } from '../../data/import/assemble';
import { ImportCancelled, oversizedFiles, startImport, type ImportJob } from '../../data/import/import-client';
import type { ColumnMapping, CsvContent, ImportOptions, ParsedFile } from '../../data/import/types';
import { restoreProject } from '../../data/project/project-file';
import type { Dataset } from '../../domain/types';
import type { AppStore } from '../../state/store';
import type { LoadedDataset } from '../../state/workspace';
import { applyWorkspaceWithUndo } from './workspace-actions';

let currentJob: ImportJob | null = null;
/** Files of the last imports by name, so that a file can be imported again with a column mapping. */
const filesByName = new Map<string, File>();
let datasetCounter = 0;

export function cancelImport() {
  currentJob?.cancel();
}

/** Places of the shown data by id and by lower-cased name, for CSV segments given as from/to. */
export function knownPlaces(dataset: Dataset | null): Record<string, [number, number]> {
  const places: Record<string, [number, number]> = {};
  for (const p of [...(dataset?.hubs ?? []), ...(dataset?.crossings ?? [])]) {
    places[p.id.toLowerCase()] = p.coord;
    places[p.name.toLowerCase()] = p.coord;
  }
  return places;
}

function entityCount(file: ParsedFile): number {
  const e = file.entities;
  return e.segments.length + e.crossings.length + e.hubs.length + e.safeHouses.length + e.incidents.length + e.events.length + e.flows.length;
}

export async function runImport(store: AppStore, files: File[], mappings?: Record<string, { content: CsvContent; columns: ColumnMapping }>) {
  const state = store.getState();
  if (state.importing) {
    state.pushNotice('warning', 'An import is already running: wait for it to finish or cancel it.');
    return;
  }
  const tooLarge = oversizedFiles(files);
  for (const { reason } of tooLarge) state.pushNotice('error', reason);
  const toRead = files.filter((f) => !tooLarge.some((t) => t.file === f));
  if (toRead.length === 0) return;
  for (const f of toRead) filesByName.set(f.name, f);

  const options: ImportOptions = {
    pointKind: state.importPointKind,
    knownPlaces: knownPlaces(state.dataset),
    ...(state.dataset ? { defaultPeriod: state.dataset.months } : {}),
    ...(mappings ? { mappings } : {}),
  };
  const names = toRead.map((f) => f.name);
  state.setImporting({ files: names, currentFile: names[0] ?? '', progress: 0 });
  const job = startImport(toRead, options, (p) => store.getState().setImporting({ files: names, currentFile: p.file, progress: p.overall }));
  currentJob = job;
  try {
    commitParsed(store, await job.promise);
  } catch (error) {
    if (error instanceof ImportCancelled) store.getState().pushNotice('info', `Import of ${names.join(', ')} cancelled: nothing was added.`);
    else store.getState().pushNotice('error', `Import of ${names.join(', ')} failed: ${(error as Error).message}. Nothing was added.`);
  } finally {
    currentJob = null;
    store.getState().setImporting(null);
  }
}

/** Imports one file again with the user's column mapping. */
export function reimportWithMapping(store: AppStore, fileName: string, content: CsvContent, columns: ColumnMapping) {
  const file = filesByName.get(fileName);
  if (!file) {
    store.getState().pushNotice('error', `${fileName} is no longer at hand: drop it again to import it.`);
    return;
  }
  void runImport(store, [file], { [fileName]: { content, columns } });
}

function commitParsed(store: AppStore, parsed: ParsedFile[]) {
  const state = store.getState();
  state.setImportReports(parsed.map((p) => p.report));

  for (const p of parsed.filter((f) => f.project !== undefined)) {
    const opened = restoreProject(p.project, p.report.file);
    if (opened.ok) applyWorkspaceWithUndo(store, opened.workspace, `Opened project ${p.report.file}.`);
    else state.pushNotice('error', opened.error.message);
  }

  const withData = parsed.filter((f) => f.project === undefined && entityCount(f) > 0);
  if (withData.length === 0) return;
  const loadedAt = new Date().toISOString();
  const name = withData.map((f) => f.report.file).join(', ');
  const id = `ds-${Date.now().toString(36)}-${++datasetCounter}`;
  const loaded: LoadedDataset = {
    id,
    name,
    sourceFiles: withData.map((f) => f.report.file),
    loadedAt,
    visible: true,
    dataset: prefixDatasetIds(buildImportedDataset(withData, { name, loadedAt }), id),
  };
  state.addDataset(loaded);
}
