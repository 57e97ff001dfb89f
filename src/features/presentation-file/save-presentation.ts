/**
 * "Save presentation file…": a copy of the self-contained presentation page (built beside the app
 * as presentation.html) with the user's material injected, downloaded as one HTML file that opens
 * straight into the presenter on a PC with no network. Loaded on demand (dynamic import).
 */
import { serializeProject } from '../../data/project/project-file';
import { activeLocale, t } from '../../domain/i18n';
import { numberFormatFor } from '../../domain/i18n/intl-cache';
import type { AppState, AppStore } from '../../state/store';
import { DEMO_DATASET_ID, type Workspace } from '../../domain/workspace';
import { downloadText } from '../download';
import { currentWorkspace } from '../import/workspace-actions';
import {
  injectPayload,
  PRESENTATION_FORMAT,
  PRESENTATION_THEMES,
  PRESENTATION_VERSION,
  presentationFileName,
  type PresentationPayload,
  type PresentationTheme,
} from './presentation-payload';

export const PRESENTATION_PAGE = 'presentation.html';

const isPresentationTheme = (value: string): value is PresentationTheme => (PRESENTATION_THEMES as readonly string[]).includes(value);

/** The payload for the state now: only visible user datasets travel (the demo is in the page already). */
export function buildPayload(state: Pick<AppState, 'theme'>, workspace: Workspace, savedAt: string): PresentationPayload {
  const theme = isPresentationTheme(state.theme) ? state.theme : 'light';
  const visible: Workspace = {
    datasets: workspace.datasets.filter((d) => d.visible && d.id !== DEMO_DATASET_ID),
    // The project format knows the map's own themes; the projector theme travels beside it.
    settings: { ...workspace.settings, theme: theme === 'dark' ? 'dark' : 'light' },
  };
  return {
    format: PRESENTATION_FORMAT,
    version: PRESENTATION_VERSION,
    savedAt,
    title: workspace.settings.storyboard?.[0]?.title.trim() || t('presentationFile.defaultTitle'),
    project: JSON.parse(serializeProject(visible, savedAt)) as unknown,
    theme,
  };
}

/** Fetches the presentation page from the app's own origin, injects the payload and downloads it. */
export async function savePresentationFile(store: AppStore, fetchImpl: typeof fetch = fetch): Promise<void> {
  const s = store.getState();
  let page: string;
  try {
    const response = await fetchImpl(new URL(PRESENTATION_PAGE, document.baseURI).href);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    page = await response.text();
  } catch (error) {
    s.pushNotice('error', t('presentationFile.pageMissing', { page: PRESENTATION_PAGE, reason: (error as Error).message }));
    return;
  }
  const savedAt = new Date().toISOString();
  const payload = buildPayload(store.getState(), currentWorkspace(store), savedAt);
  const html = injectPayload(page, payload);
  const fileName = presentationFileName(savedAt, payload.title);
  downloadText(fileName, html, 'text/html');
  const views = store.getState().storyboard.length;
  const size = megabytes(new Blob([html]).size);
  s.pushNotice(views ? 'info' : 'warning', views ? t('presentationFile.saved', { fileName, size, views }) : t('presentationFile.savedEmpty', { fileName, size }));
}

/** '2.3 MB' (always one decimal, as the notice always had), the decimal sign the active language's. */
function megabytes(bytes: number): string {
  const value = Number((bytes / 1024 / 1024).toFixed(1));
  return t('number.megabytes', { value: numberFormatFor(activeLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(value) });
}
