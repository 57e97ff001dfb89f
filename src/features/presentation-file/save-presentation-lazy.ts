import { t } from '../../domain/i18n';
import { useAppStore } from '../../state/store';
import { PAYLOAD_ELEMENT_ID } from './payload-element';

/**
 * Runs "Save presentation file…". The code that builds the file is loaded on first use only: most
 * sessions never save one.
 */
export function savePresentation(): void {
  const { pushNotice } = useAppStore.getState();
  if (document.getElementById(PAYLOAD_ELEMENT_ID)) {
    pushNotice('info', t('presentationFile.alreadyFile'));
    return;
  }
  import('./save-presentation')
    .then((m) => m.savePresentationFile(useAppStore))
    .catch((error: unknown) => pushNotice('error', t('presentationFile.failed', { reason: error instanceof Error ? error.message : String(error) })));
}
