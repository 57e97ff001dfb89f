/**
 * The speaker's window as a page: only the speaker console (src/features/speaker), no map, no data,
 * no store. Mounted by speaker-main.tsx (speaker.html, the app build) or by main.tsx (`?speaker=1`,
 * the presentation file, which has no second page).
 */
import { createRoot } from 'react-dom/client';
import { SpeakerWindow } from '../features/speaker/SpeakerWindow';
import { t } from '../domain/i18n';

export function mountSpeakerWindow(root: HTMLElement) {
  document.title = t('app.speakerTitle');
  createRoot(root).render(<SpeakerWindow />);
}
