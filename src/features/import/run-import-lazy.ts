import { t } from '../../domain/i18n';
import type { AppStore } from '../../state/store';
import { isPmtilesFileName } from '../../domain/tiled-source';
import { openTileFiles } from '../tiles/tile-actions';

let requested = false;

/** Whether an import has been asked for in this page (set before its code has loaded). */
export const importRequested = (): boolean => requested;

/**
 * The entry points of the import path for what is on screen at start (file input, drop zone,
 * progress). The path itself (worker client, reports, workspace actions) loads with the first file
 * chosen or dropped: most sessions never import.
 */
export function runImport(store: AppStore, allFiles: File[]): Promise<void> {
  // PMTiles archives are not imported (they can be far larger than a tab): they are read tile by tile.
  const tileFiles = allFiles.filter((f) => isPmtilesFileName(f.name));
  const files = allFiles.filter((f) => !isPmtilesFileName(f.name));
  const tiles = tileFiles.length ? openTileFiles(store, tileFiles) : Promise.resolve();
  if (!files.length) return tiles;
  requested = true;
  return import('./run-import')
    .then((m) => m.runImport(store, files))
    .catch((error: unknown) => {
      store.getState().pushNotice('error', t('import.couldNotStart', { reason: error instanceof Error ? error.message : String(error) }));
    });
}

/** Only reachable while an import runs, so the module is loaded already. */
export function cancelImport(): void {
  void import('./run-import').then((m) => m.cancelImport());
}
