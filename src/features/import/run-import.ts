/**
 * The import path: refuse oversized files → parse, validate and assemble in a worker → show the
 * report → commit the new dataset (or open a project) → the worker stores it. A cancelled or failed
 * import commits nothing.
 */
import { ImportCancelled, oversizedFiles, startImport, type ImportJob, type ImportResult } from '../../data/import/import-client';
import type { ColumnMapping, CsvContent, ImportOptions } from '../../data/import/types';
import type { Dataset } from '../../domain/types';
import { markStored } from '../../data/persistence/stored-marks';
import { prepareIncidentParts } from '../../data/tables';
import type { AppStore } from '../../state/store';
import { applyWorkspaceWithUndo } from './workspace-actions';
import { t } from '../../domain/i18n';

let currentJob: ImportJob | null = null;
/** Files of the last imports by name, so that a file can be imported again with a column mapping. */
const filesByName = new Map<string, File>();
let datasetCounter = 0;

/** Resolves in a later task, so that the work before and after it never make one long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

export async function runImport(store: AppStore, files: File[], mappings?: Record<string, { content: CsvContent; columns: ColumnMapping }>) {
  const state = store.getState();
  if (state.importing) {
    state.pushNotice('warning', t('import.alreadyRunning'));
    return;
  }
  const tooLarge = oversizedFiles(files);
  for (const { reason } of tooLarge) state.pushNotice('error', reason);
  const toRead = files.filter((f) => !tooLarge.some((t) => t.file === f));
  if (toRead.length === 0) return;
  for (const f of toRead) filesByName.set(f.name, f);

  const options: ImportOptions = {
    pointKind: state.importPointKind,
    // Plain dated incidents go straight into columns in the worker, not an object per row.
    incidentsAsColumns: true,
    knownPlaces: knownPlaces(state.dataset),
    ...(state.dataset ? { defaultPeriod: state.dataset.months } : {}),
    ...(mappings ? { mappings } : {}),
  };
  const names = toRead.map((f) => f.name);
  const meta = { id: `ds-${Date.now().toString(36)}-${++datasetCounter}`, loadedAt: new Date().toISOString() };
  state.setImporting({ files: names, currentFile: names[0] ?? '', progress: 0 });
  const job = startImport(toRead, options, meta, (p) => store.getState().setImporting({ files: names, currentFile: p.file, progress: p.overall }));
  currentJob = job;
  let result: ImportResult;
  try {
    result = await job.promise;
  } catch (error) {
    if (error instanceof ImportCancelled) store.getState().pushNotice('info', t('import.cancelled', { files: names.join(', ') }));
    else store.getState().pushNotice('error', t('import.failed', { files: names.join(', '), reason: (error as Error).message }));
    return;
  } finally {
    currentJob = null;
    store.getState().setImporting(null);
  }
  performance.mark('routeshift:import-received');
  // Receiving the last message and applying the result are separate tasks.
  await nextTask();
  await applyImportResult(store, result);
  if (result.loaded) {
    const loaded = result.loaded;
    const stored = await job.persist();
    if (!stored.ok) store.getState().pushNotice('error', t('import.notStored', { name: loaded.name, reason: stored.message }));
  }
}

/** Imports one file again with the user's column mapping. */
export function reimportWithMapping(store: AppStore, fileName: string, content: CsvContent, columns: ColumnMapping) {
  const file = filesByName.get(fileName);
  if (!file) {
    store.getState().pushNotice('error', t('import.fileGone', { file: fileName }));
    return;
  }
  void runImport(store, [file], { [fileName]: { content, columns } });
}

/** Shows the import's reports, opens its project files and adds its dataset. */
async function applyImportResult(store: AppStore, result: ImportResult) {
  const state = store.getState();
  state.setImportReports(result.reports);
  // Project files are rare: their schema (zod) is loaded when one is opened.
  const { restoreProject } = result.projects.length ? await import('../../data/project/project-file') : { restoreProject: null };
  for (const p of result.projects) {
    if (!restoreProject) break;
    const opened = restoreProject(p.raw, p.file);
    if (opened.ok) applyWorkspaceWithUndo(store, opened.workspace, t('import.openedProject', { file: p.file }));
    else state.pushNotice('error', opened.error.message);
  }
  if (result.loaded) {
    // The report shows in this task; the new points' tables are built in the next, and the dataset
    // is added (recombining, the other tables, React and the layers) in the one after.
    await nextTask();
    // The worker stores it: the main thread must not copy it into IndexedDB again.
    markStored(result.loaded);
    performance.mark('routeshift:import-tables');
    prepareIncidentParts(result.loaded.dataset);
    await nextTask();
    // Marks for the bench's long tasks: which step of an import a long one was.
    performance.mark('routeshift:import-add');
    store.getState().addDataset(result.loaded);
    performance.mark('routeshift:import-added');
  }
}
