/**
 * DejaVu Sans for the handout, fetched from the app's own public/fonts/ only when a handout is
 * made (1.4 MB: not in the first-load bundle). BASE_URL keeps the path right when the app is
 * served from a sub-path. The self-contained presentation file is read-only and offers no exports,
 * so it never needs them.
 */
import type { HandoutFonts } from './handout-model';
import { t } from '../../../domain/i18n';

export const HANDOUT_FONT_FILES = { regular: 'fonts/DejaVuSans.ttf', bold: 'fonts/DejaVuSans-Bold.ttf' } as const;

/** A TrueType file starts with version 1.0 (00 01 00 00) or 'true'. */
function isTrueType(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  return head === '\0\u0001\0\0' || head === 'true';
}

async function fetchFont(path: string, base: string, signal?: AbortSignal): Promise<Uint8Array> {
  const url = new URL(`${base}${path}`, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(t('screenText.fontNotLoaded', { path, reason: (error as Error).message }));
  }
  if (!response.ok) throw new Error(t('screenText.fontMissing', { path, status: String(response.status) }));
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isTrueType(bytes)) throw new Error(t('screenText.fontNotTrueType', { path }));
  return bytes;
}

export async function loadHandoutFonts(signal?: AbortSignal, base: string = import.meta.env.BASE_URL): Promise<HandoutFonts> {
  const [regular, bold] = await Promise.all([fetchFont(HANDOUT_FONT_FILES.regular, base, signal), fetchFont(HANDOUT_FONT_FILES.bold, base, signal)]);
  return { regular, bold };
}
