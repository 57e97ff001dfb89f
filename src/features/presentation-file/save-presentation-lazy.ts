import { useAppStore } from '../../state/store';
import { PAYLOAD_ELEMENT_ID } from './payload-element';

/**
 * Runs "Save presentation file…". The code that builds the file is loaded on first use only: most
 * sessions never save one.
 */
export function savePresentation(): void {
  const { pushNotice } = useAppStore.getState();
  if (document.getElementById(PAYLOAD_ELEMENT_ID)) {
    pushNotice('info', 'This is a saved presentation file already: open the app to make a new one.');
    return;
  }
  import('./save-presentation')
    .then((m) => m.savePresentationFile(useAppStore))
    .catch((error: unknown) => pushNotice('error', `The presentation file could not be made: ${error instanceof Error ? error.message : String(error)}`));
}
