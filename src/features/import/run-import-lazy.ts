import { t } from '../../domain/i18n';
import type { AppStore } from '../../state/store';

/**
 * The entry points of the import path for what is on screen at start (file input, drop zone,
 * progress). The path itself (worker client, reports, workspace actions) loads with the first file
 * chosen or dropped: most sessions never import.
 */
export function runImport(store: AppStore, files: File[]): Promise<void> {
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
