/**
 * "Save presentation file…": a copy of the self-contained presentation page (built beside the app
 * as presentation.html) with the user's material injected, downloaded as one HTML file that opens
 * straight into the presenter on a PC with no network. Loaded on demand (dynamic import).
 */
import { serializeProject } from '../../data/project/project-file';
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
    title: workspace.settings.storyboard?.[0]?.title.trim() || 'RouteShift presentation',
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
    s.pushNotice('error', `The presentation file could not be made: ${PRESENTATION_PAGE} could not be read from this app (${(error as Error).message}). It exists only in a built app (npm run build).`);
    return;
  }
  const savedAt = new Date().toISOString();
  const payload = buildPayload(store.getState(), currentWorkspace(store), savedAt);
  const html = injectPayload(page, payload);
  const fileName = presentationFileName(savedAt, payload.title);
  downloadText(fileName, html, 'text/html');
  const views = store.getState().storyboard.length;
  const size = `${(new Blob([html]).size / 1024 / 1024).toFixed(1)} MB`;
  s.pushNotice(
    views ? 'info' : 'warning',
    views
      ? `Saved ${fileName} (${size}, ${views} view${views === 1 ? '' : 's'}): it opens in any browser, without network, straight into the presenter.`
      : `Saved ${fileName} (${size}) with no storyboard views: it shows the map read-only. Capture views first to present them.`,
  );
}
