/**
 * Reads the bytes of one vector tile from a tiled dataset: a PMTiles archive (by HTTP range
 * requests on the app's own origin, or slices of a local File) through the `pmtiles` reader, or a
 * z/x/y directory by plain fetch. Opening checks what it can up front (the archive's header: is it
 * PMTiles at all, does it hold vector tiles) so a bad archive is refused with a reason at once.
 */
import { FetchSource, FileSource, PMTiles, TileType, type Source } from 'pmtiles';
import type { TiledSourceRef } from '../../domain/tiled-source';

export interface TileArchiveInfo {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees, when the archive says. */
  bounds: [number, number, number, number] | null;
  /** The MVT layer names, when the archive lists them. */
  layers: string[];
  /**
   * The `source` values the archive's tilestats list (GDAL and tippecanoe write them), sorted: what
   * the source filter offers for this dataset. Empty when the archive lists none.
   */
  sources: string[];
}

export interface TileReader {
  info: TileArchiveInfo;
  /** The tile's MVT bytes (decompressed), or null where the archive has no tile. */
  getTile(z: number, x: number, y: number, signal?: AbortSignal): Promise<ArrayBuffer | null>;
}

/** What is wrong with an archive, as a message key of the tiles area and its arguments. */
export class TileOpenError extends Error {
  constructor(
    readonly problem: 'not-pmtiles' | 'not-vector' | 'unreadable' | 'needs-file',
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'TileOpenError';
  }
}

const DEFAULT_MAX_ZOOM = 14;

function boundsOf(w: number, s: number, e: number, n: number): TileArchiveInfo['bounds'] {
  return [w, s, e, n].every(Number.isFinite) && w < e && s < n ? [w, s, e, n] : null;
}

function layerNames(metadata: unknown): string[] {
  const layers = (metadata as { vector_layers?: unknown } | null)?.vector_layers;
  return Array.isArray(layers) ? layers.map((l: { id?: unknown }) => (typeof l?.id === 'string' ? l.id : '')).filter(Boolean) : [];
}

/** The values tilestats lists for one attribute, over every layer (string values only). */
export function attributeValues(metadata: unknown, attribute: string): string[] {
  const layers = (metadata as { tilestats?: { layers?: unknown } } | null)?.tilestats?.layers;
  const values = new Set<string>();
  if (!Array.isArray(layers)) return [];
  for (const layer of layers as { attributes?: unknown }[]) {
    if (!Array.isArray(layer?.attributes)) continue;
    for (const a of layer.attributes as { attribute?: unknown; values?: unknown }[]) {
      if (a?.attribute !== attribute || !Array.isArray(a.values)) continue;
      for (const v of a.values) if (typeof v === 'string' && v.trim()) values.add(v);
    }
  }
  return [...values].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** A PMTiles archive from any byte source (URL, File, or bytes in memory for tests and the bench). */
export async function openPmtiles(source: Source): Promise<TileReader> {
  const archive = new PMTiles(source);
  let header;
  try {
    header = await archive.getHeader();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TileOpenError(/magic number|spec version/i.test(message) ? 'not-pmtiles' : 'unreadable', message);
  }
  if (header.tileType !== TileType.Mvt) throw new TileOpenError('not-vector', String(header.tileType));
  const metadata = await archive.getMetadata().catch(() => null);
  return {
    info: { minZoom: header.minZoom, maxZoom: header.maxZoom, bounds: boundsOf(header.minLon, header.minLat, header.maxLon, header.maxLat), layers: layerNames(metadata), sources: attributeValues(metadata, 'source') },
    async getTile(z, x, y, signal) {
      const tile = await archive.getZxy(z, x, y, signal);
      return tile ? tile.data : null;
    },
  };
}

async function gunzipIfNeeded(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bytes;
  const stream = new Response(bytes).body?.pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

/** The URL of one tile of a `{z}/{x}/{y}` template. */
export function tileUrl(template: string, z: number, x: number, y: number): string {
  return template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}

/**
 * A z/x/y directory: its metadata.json (as ogr2ogr and tippecanoe write it) gives zooms and bounds
 * when there is one; tiles are fetched as they are, gzip or not (a static host serves ogr2ogr's
 * gzip tiles without saying so).
 */
export async function openXyz(template: string, fetchImpl: typeof fetch = fetch): Promise<TileReader> {
  const base = template.slice(0, template.indexOf('{z}'));
  let info: TileArchiveInfo = { minZoom: 0, maxZoom: DEFAULT_MAX_ZOOM, bounds: null, layers: [], sources: [] };
  const response = await fetchImpl(`${base}metadata.json`).catch(() => null);
  if (response?.ok) {
    const meta = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (meta) {
      const b = String(meta.bounds ?? '').split(',').map(Number);
      const inner = typeof meta.json === 'string' ? (JSON.parse(meta.json) as unknown) : meta;
      info = {
        minZoom: Number.isFinite(Number(meta.minzoom)) ? Number(meta.minzoom) : 0,
        maxZoom: Number.isFinite(Number(meta.maxzoom)) ? Number(meta.maxzoom) : DEFAULT_MAX_ZOOM,
        bounds: b.length === 4 ? boundsOf(b[0] ?? NaN, b[1] ?? NaN, b[2] ?? NaN, b[3] ?? NaN) : null,
        layers: layerNames(inner),
        sources: attributeValues(inner, 'source'),
      };
    }
  }
  return {
    info,
    async getTile(z, x, y, signal) {
      const tile = await fetchImpl(tileUrl(template, z, x, y), signal ? { signal } : {});
      if (tile.status === 404 || tile.status === 204) return null;
      if (!tile.ok) throw new Error(`HTTP ${tile.status} for tile ${z}/${x}/${y}`);
      return gunzipIfNeeded(await tile.arrayBuffer());
    },
  };
}

/** Opens a tiled dataset's reader; a file reference needs the File itself (it is not kept). */
export function openTileReader(source: TiledSourceRef, file?: File): Promise<TileReader> {
  if (source.kind === 'file') {
    if (!file) return Promise.reject(new TileOpenError('needs-file', source.fileName));
    return openPmtiles(new FileSource(file));
  }
  if (source.format === 'pmtiles') return openPmtiles(new FetchSource(source.url));
  return openXyz(source.url);
}
