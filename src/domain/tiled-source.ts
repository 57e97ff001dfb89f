/**
 * Tiled datasets: vector tiles too large for a browser tab, read tile by tile from the host that
 * serves RouteShift (a PMTiles archive or a z/x/y directory) or from a dropped .pmtiles file. What
 * a workspace keeps of one is a reference, never its tiles.
 */
import type { EntityFilters } from './filters';
import { isMonthKey, monthIndex } from './month';

/** 'pmtiles': one archive read by range requests; 'xyz': a `…/{z}/{x}/{y}.pbf` URL template. */
export type TileFormat = 'pmtiles' | 'xyz';

/** Where the tiles come from: a URL on the app's own origin, or a local file the user opened. */
export type TiledSourceRef = { kind: 'url'; url: string; format: TileFormat } | { kind: 'file'; fileName: string };

/** A tiled dataset as workspaces and project files keep it (by reference). */
export interface TiledDatasetRef {
  id: string;
  name: string;
  source: TiledSourceRef;
  visible: boolean;
  /** ISO date-time it was opened. */
  loadedAt: string;
}

export type TileUrlProblem = 'empty' | 'not-a-url' | 'other-origin' | 'not-tiles';

export type ParsedTileUrl = { ok: true; url: string; format: TileFormat } | { ok: false; problem: TileUrlProblem; origin?: string };

const XYZ_TEMPLATE = /\{z\}.*\{x\}.*\{y\}/;

/**
 * A URL the user typed, resolved against the page and checked: only the app's own origin is read
 * (no request leaves it), and only a .pmtiles archive or a {z}/{x}/{y} template. Braces of the
 * template are kept as typed (URL parsing would escape them).
 */
export function parseTileUrl(input: string, pageUrl: string): ParsedTileUrl {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text, pageUrl);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  const page = new URL(pageUrl);
  if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) return { ok: false, problem: 'other-origin', origin: url.protocol === 'data:' || url.protocol === 'blob:' ? url.protocol : url.origin };
  const href = url.href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  const path = url.pathname.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  if (XYZ_TEMPLATE.test(path)) return { ok: true, url: href, format: 'xyz' };
  if (/\.pmtiles$/i.test(url.pathname)) return { ok: true, url: href, format: 'pmtiles' };
  return { ok: false, problem: 'not-tiles' };
}

/** A .pmtiles file by its name. */
export function isPmtilesFileName(name: string): boolean {
  return /\.pmtiles$/i.test(name);
}

/** A name for the dataset list: the file or the last meaningful part of the URL. */
export function tiledSourceName(source: TiledSourceRef): string {
  if (source.kind === 'file') return source.fileName;
  const parts = new URL(source.url).pathname.split('/').map(decodeURIComponent).filter((p) => p && !p.includes('{'));
  return parts[parts.length - 1] ?? source.url;
}

/** Below every window: a feature without a readable month is never drawn (its time is unknown). */
export const NO_MONTH = -1;

/**
 * A feature's `month` property as a month index (year × 12 + month − 1, as `monthIndex`): a
 * 'YYYY-MM' string (what scripts/make-tiles.mjs writes), an ISO date (its month), or already an
 * index (an integer of the years 1900–2199, so that 201509 is not mistaken for one). Anything
 * else is NO_MONTH.
 */
export function monthOfProperty(value: unknown): number {
  if (isMonthKey(value)) return monthIndex(value);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 * 12 && value < 2200 * 12) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && isMonthKey(value.slice(0, 7))) return monthIndex(value.slice(0, 7));
  return NO_MONTH;
}

/** The [monthFrom, monthTo] filter value of a feature (one month: from = to), as the other time-bound layers carry. */
export function tileFilterValue(properties: Record<string, unknown> | null | undefined): [number, number] {
  const m = monthOfProperty(properties?.month);
  return [m, m];
}

/**
 * Whether a feature passes the source and confidence filters (the other filters — corridor, mode,
 * country — name things tiles do not carry, so they do not apply to tiles).
 */
export function tileFeaturePasses(properties: Record<string, unknown> | null | undefined, filters: EntityFilters): boolean {
  const source = properties?.source;
  const confidence = properties?.confidence;
  if (filters.sources?.length && !(typeof source === 'string' && filters.sources.includes(source))) return false;
  if (filters.confidence?.length && !(typeof confidence === 'string' && (filters.confidence as string[]).includes(confidence))) return false;
  return true;
}

/** The filters' part that applies to tiles, as a stable key (a change re-evaluates loaded tiles, no refetch). */
export function tileFilterKey(filters: EntityFilters): string {
  return JSON.stringify([filters.sources ?? [], filters.confidence ?? []]);
}
