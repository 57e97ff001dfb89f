/**
 * MVT bytes → deck.gl's binary feature tables, by loaders.gl's MVT loader. In the browser it
 * decodes in loaders.gl's own worker, loaded from the app's origin (the worker script is bundled as
 * an asset: loaders.gl would otherwise fetch it from a CDN, which the app never does). Where the
 * asset is inlined (the self-contained presentation file, whose policy allows no data: workers) and
 * in Node, it decodes on the calling thread.
 */
import { parse } from '@loaders.gl/core';
import { MVTLoader } from '@loaders.gl/mvt';
import mvtWorkerUrl from '@loaders.gl/mvt/mvt-worker.js?url';

export interface TileIndex {
  x: number;
  y: number;
  z: number;
}

const workerUsable = typeof Worker !== 'undefined' && !mvtWorkerUrl.startsWith('data:');

/** Coordinates are left in the tile's own frame ('local'): the tile layer places them. */
export function decodeTile(bytes: ArrayBuffer, tileIndex: TileIndex): Promise<unknown> {
  return parse(bytes, MVTLoader, {
    worker: workerUsable,
    mvt: { shape: 'binary', coordinates: 'local', tileIndex, ...(workerUsable ? { workerUrl: mvtWorkerUrl } : {}) },
  } as Record<string, unknown>);
}
