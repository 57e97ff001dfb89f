/**
 * Whether this page is a saved presentation file, read once at start: its payload (the user's
 * material) and its inlined basemap. In that mode the app is read-only and never touches IndexedDB.
 */
import { hasInlineAssets, inlineJson } from '../data/inline-assets';
import { hasPayloadElement } from '../features/presentation-file/payload-element';
import { BASEMAP_FILES, type BasemapData } from '../map/basemap-style';

/** The page carries a payload (valid or not; it is read, with its schema, when opened). */
export const hasPresentationPayload = hasPayloadElement();

/**
 * A presentation file is read-only: no import, no editing, no stored workspace. So is the bare
 * template (dist/presentation.html opened as it is): it has no import worker.
 */
export const readOnly = hasPresentationPayload || hasInlineAssets();

function inlineBasemap(): BasemapData | undefined {
  const entries = BASEMAP_FILES.map((name) => [name, inlineJson(`basemap/${name}.json`)] as const).filter(([, data]) => data !== undefined);
  return entries.length ? (Object.fromEntries(entries) as BasemapData) : undefined;
}

/** The basemap carried by the page (the presentation build), or undefined to fetch it. */
export const inlineBasemapData = inlineBasemap();
