/**
 * The payload of a saved presentation file: what the user prepared (visible datasets and the
 * settings with storyboard, marking, filters and layers, as a project file holds them; plus the
 * theme), carried as a JSON script element in a copy of dist/presentation.html.
 * Writing escapes `<` so that no user text can end the element; reading validates everything as a
 * project file is validated, since the file may have travelled and been edited.
 */
import { z } from 'zod';
import { restoreProject } from '../../data/project/project-file';
import type { Workspace } from '../../domain/workspace';
import { t } from '../../domain/i18n';

export const PRESENTATION_FORMAT = 'routeshift-presentation';
export const PRESENTATION_VERSION = 1;
/** Id of the script element that carries the payload. */
import { PAYLOAD_ELEMENT_ID } from './payload-element';
import { TRANSLATED } from '../../data/zod-messages';

export { PAYLOAD_ELEMENT_ID };
export const PRESENTATION_THEMES = ['light', 'dark', 'projector'] as const;
export type PresentationTheme = (typeof PRESENTATION_THEMES)[number];

export interface PresentationPayload {
  format: typeof PRESENTATION_FORMAT;
  version: typeof PRESENTATION_VERSION;
  savedAt: string;
  /** Shown as the page title and used in the file name. */
  title: string;
  /** A project file's content (src/data/project): visible user datasets, settings, storyboard, marking. */
  project: unknown;
  /** Beside the project's own map theme: the projector theme is not one of the project format's. */
  theme: PresentationTheme;
}

/** What a presentation file opens with, validated. */
export interface PresentationContent {
  title: string;
  workspace: Workspace;
  theme: PresentationTheme;
}

export type ReadPayloadResult = { ok: true; content: PresentationContent } | { ok: false; message: string };

const envelopeSchema = z.object({
  format: z.literal(PRESENTATION_FORMAT),
  version: z.literal(PRESENTATION_VERSION),
  savedAt: z.string(),
  title: z.string(),
  project: z.unknown(),
  theme: z.enum(PRESENTATION_THEMES),
});

/** The payload as a script element. `<` becomes \u003c (still the same JSON), so `</script>` in a title stays text. */
export function payloadScript(payload: PresentationPayload): string {
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PAYLOAD_ELEMENT_ID}">${json}</script>`;
}

/**
 * A copy of the presentation page with `payload` in it, before `</body>` (the app's module script
 * runs after parsing, so it finds the element wherever it is). An earlier payload is replaced.
 */
export function injectPayload(html: string, payload: PresentationPayload): string {
  const earlier = new RegExp(`<script type="application/json" id="${PAYLOAD_ELEMENT_ID}">[^<]*</script>\\n?`, 'g');
  const page = html.replace(earlier, '');
  const at = page.lastIndexOf('</body>');
  const script = `${payloadScript(payload)}\n`;
  return at < 0 ? page + script : page.slice(0, at) + script + page.slice(at);
}

/** Reads payload JSON text. Never throws. */
export function parsePayload(text: string): ReadPayloadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: t('presentationFile.notJson', { reason: (error as Error).message }) };
  }
  const envelope = envelopeSchema.safeParse(raw, TRANSLATED);
  if (!envelope.success) {
    const first = envelope.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`);
    return { ok: false, message: t('presentationFile.notReadable', { problems: first.join('; ') }) };
  }
  const project = restoreProject(envelope.data.project, t('screenText.thisPresentationFile'));
  if (!project.ok) return { ok: false, message: project.error.message };
  const { title, theme } = envelope.data;
  return { ok: true, content: { title, workspace: project.workspace, theme } };
}

/** The payload of this page: null when there is none (the normal app). */
export function readPayload(doc: Document = document): ReadPayloadResult | null {
  const element = doc.getElementById(PAYLOAD_ELEMENT_ID);
  return element ? parsePayload(element.textContent ?? '') : null;
}

/** e.g. 'routeshift-presentation-2026-11-29-balkan-route-autumn-2015.html' */
export function presentationFileName(savedAt: string, title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `routeshift-presentation-${savedAt.slice(0, 10)}${slug ? `-${slug}` : ''}.html`;
}
