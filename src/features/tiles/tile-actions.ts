/**
 * Opening tiled datasets: a URL typed by the user (checked: own origin, .pmtiles or z/x/y), a
 * .pmtiles file dropped or chosen, and references restored from a workspace or project file. A
 * file reference comes back as 'needs-file' with a button to open the file again: the browser
 * keeps no access to a file between sessions, and the dataset is never silently dropped.
 */
import type { TileOpenError } from '../../data/tiles/tile-reader';
import { t } from '../../domain/i18n';
import { parseTileUrl, tiledSourceName, type TiledDatasetRef, type TiledSourceRef } from '../../domain/tiled-source';
import type { TiledDataset } from '../../state/slices/tiles-slice';
import type { AppStore } from '../../state/store';

let counter = 0;
const newId = () => `tiles-${Date.now().toString(36)}-${++counter}`;

/** A reader's failure in the user's words, naming the file or URL. */
export function tileOpenMessage(name: string, error: unknown): string {
  if (error instanceof Error && error.name === 'TileOpenError') {
    const problem = (error as TileOpenError).problem;
    if (problem === 'not-pmtiles') return t('tiles.notPmtiles', { name, detail: (error as TileOpenError).detail });
    if (problem === 'not-vector') return t('tiles.notVector', { name });
    if (problem === 'needs-file') return t('tiles.needsFile', { name });
  }
  return t('tiles.unreadable', { name, detail: error instanceof Error ? error.message : String(error) });
}

/** Opens the reader of `ref` into the store under its id; says so, or says what is wrong. */
async function openInto(store: AppStore, ref: TiledDatasetRef, file?: File): Promise<boolean> {
  const s = store.getState();
  s.putTiledDataset({ ...ref, status: 'opening' });
  try {
    // The reader (pmtiles) loads with the first tiled dataset: most sessions open none.
    const { openTileReader } = await import('../../data/tiles/tile-reader');
    const reader = await openTileReader(ref.source, file);
    store.getState().putTiledDataset({ ...ref, status: 'ready', reader });
    return true;
  } catch (error) {
    const message = tileOpenMessage(ref.name, error);
    store.getState().putTiledDataset({ ...ref, status: 'error', error: message });
    store.getState().pushNotice('error', message);
    return false;
  }
}

function newRef(source: TiledSourceRef): TiledDatasetRef {
  return { id: newId(), name: tiledSourceName(source), source, visible: true, loadedAt: new Date().toISOString() };
}

/** Checks and opens a typed URL; returns the problem's message when it is refused up front. */
export async function openTileUrl(store: AppStore, input: string, pageUrl: string = document.baseURI): Promise<string | null> {
  const parsed = parseTileUrl(input, pageUrl);
  if (!parsed.ok) {
    if (parsed.problem === 'empty') return t('tiles.urlEmpty');
    if (parsed.problem === 'not-a-url') return t('tiles.urlNotAUrl', { input });
    if (parsed.problem === 'other-origin') return t('tiles.urlOtherOrigin', { origin: new URL(pageUrl).origin, other: parsed.origin ?? input });
    return t('tiles.urlNotTiles', { input });
  }
  const ref = newRef({ kind: 'url', url: parsed.url, format: parsed.format });
  if (await openInto(store, ref)) store.getState().pushNotice('info', t('tiles.opened', { name: ref.name }));
  return null;
}

/** Opens dropped or chosen .pmtiles files; a file a restored reference waits for fills that one. */
export async function openTileFiles(store: AppStore, files: File[]): Promise<void> {
  for (const file of files) {
    const waiting = store.getState().tiledDatasets.find((d) => d.status === 'needs-file' && d.source.kind === 'file' && d.source.fileName === file.name);
    const ref = waiting ? refOf(waiting) : newRef({ kind: 'file', fileName: file.name });
    if (await openInto(store, ref, file)) store.getState().pushNotice('info', t('tiles.opened', { name: ref.name }));
  }
}

/** Re-opens a waiting file reference with the file the user chose (whatever its name now). */
export async function reopenTileFile(store: AppStore, id: string, file: File): Promise<void> {
  const waiting = store.getState().tiledDatasets.find((d) => d.id === id);
  if (!waiting) return;
  const ref: TiledDatasetRef = { ...refOf(waiting), source: { kind: 'file', fileName: file.name } };
  await openInto(store, ref, file);
}

/** What a workspace keeps of a tiled dataset. */
export function refOf(d: TiledDataset | TiledDatasetRef): TiledDatasetRef {
  return { id: d.id, name: d.name, source: d.source, visible: d.visible, loadedAt: d.loadedAt };
}

/**
 * A restored reference as it starts: a file waits for the user; a URL is checked again against
 * this page's origin (a project file may come from elsewhere: no request may leave the origin).
 */
function restoredState(ref: TiledDatasetRef, pageUrl: string): TiledDataset {
  if (ref.source.kind === 'file') return { ...ref, status: 'needs-file', error: t('tiles.needsFile', { name: ref.source.fileName }) };
  const parsed = parseTileUrl(ref.source.url, pageUrl);
  if (parsed.ok) return { ...ref, status: 'opening' };
  const error = parsed.problem === 'other-origin' ? t('tiles.urlOtherOrigin', { origin: new URL(pageUrl).origin, other: parsed.origin ?? ref.source.url }) : t('tiles.urlNotTiles', { input: ref.source.url });
  return { ...ref, status: 'error', error };
}

/** Puts restored references in place: URLs on this origin are opened again, files wait for the user. */
export function restoreTiledDatasets(store: AppStore, refs: readonly TiledDatasetRef[], pageUrl?: string): void {
  // One already open from the same source (an undo puts back the list it had) keeps its reader and file.
  const open = new Map(store.getState().tiledDatasets.filter((d) => d.status === 'ready').map((d) => [d.id, d]));
  const sameSource = (a: TiledSourceRef, b: TiledSourceRef) => JSON.stringify(a) === JSON.stringify(b);
  const kept = (ref: TiledDatasetRef) => {
    const d = open.get(ref.id);
    return d && sameSource(d.source, ref.source) ? { ...d, name: ref.name, visible: ref.visible } : null;
  };
  const list = refs.map((ref) => kept(ref) ?? restoredState(ref, pageUrl ?? document.baseURI));
  store.getState().replaceTiledDatasets(list);
  for (const d of list) {
    if (d.status === 'ready') continue;
    if (d.status === 'opening') void openInto(store, refOf(d));
    else if (d.error) store.getState().pushNotice(d.status === 'needs-file' ? 'warning' : 'error', d.error);
  }
}
