/**
 * Zipped Shapefile → entities. shpjs reads each layer's .shp (reprojected to WGS84 with proj4 when
 * the .prj gives another coordinate system) and its .dbf (text in the .cpg's encoding, UTF-8 without
 * one); the features then go through the same record checks as a GeoJSON file, attributes as
 * properties. A layer is read only when its set is usable: a missing .dbf, a .prj proj4 cannot read,
 * or coordinates that cannot be longitude/latitude while no .prj says what they are, are file errors
 * naming the part, and the other layers of the zip are still read. Features are numbered from 1
 * across all layers in the zip's name order; with several layers each reported row names its layer.
 */
import { unzipSync } from 'fflate';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import { formatBytes } from '../../domain/format-number';
import { t } from '../../domain/i18n';
import { clip } from './dates';
import { isZip } from './detect';
import { assembleFeatures, type Outcome } from './import-file';
import { slugify, type Reporter } from './records';
import { LOOSE_PART } from './shapefile-import';
import { MAX_IMPORT_BYTES, type ImportOptions, type ProgressFn } from './types';

const PART = /^(.*)\.(shp|dbf|prj|cpg)$/i;

interface LayerParts {
  name: string;
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

export function readShapefileZip(name: string, bytes: Uint8Array, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): Outcome {
  const fail = (reason: string): Outcome => {
    reporter.fileError(reason);
    return { format: 'shapefile', entities: null };
  };
  if (bytes.length > MAX_IMPORT_BYTES) return fail(t('importFile.tooLarge', { size: formatBytes(bytes.length), limit: formatBytes(MAX_IMPORT_BYTES) }));
  if (LOOSE_PART.test(name) && !isZip(bytes)) {
    return fail(t('importFormats.shpLooseParts'));
  }
  if (!isZip(bytes)) return fail(t('importFormats.zipNotZip'));
  const layers = layersOf(bytes);
  if (typeof layers === 'string') return fail(layers);
  if (layers.length === 0) return fail(t('importFormats.zipNoLayers'));
  onProgress?.(0.2);
  const read = layers.map((layer) => readLayer(layer, reporter)).filter((r): r is LayerFeatures => r !== null);
  const features = read.flatMap((r) => r.features);
  if (features.length === 0) {
    if (reporter.fileErrors.length === 0) reporter.fileError(t('importFormats.shpNoFeatures'));
    return { format: 'shapefile', entities: null };
  }
  onProgress?.(0.4);
  const ctx = { file: name, slug: slugify(name.replace(/\.zip$/i, '')) || 'file', format: 'shapefile' as const, sources: [`file:${name}`] };
  const entities = assembleFeatures(features, ctx, options, reporter, onProgress);
  if (read.length > 1) nameLayers(read, reporter);
  return { format: 'shapefile', entities };
}

/** The zip's Shapefile layers with their parts, or the problem in words. */
function layersOf(bytes: Uint8Array): LayerParts[] | string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => PART.test(file.name) && !file.name.startsWith('__MACOSX/') });
  } catch (error) {
    return t('importFormats.zipCannotOpen', { message: clip(error instanceof Error ? error.message : String(error), 120) });
  }
  const byName = new Map<string, LayerParts>();
  for (const [path, data] of Object.entries(files)) {
    const [, base = path, ext = ''] = PART.exec(path) ?? [];
    let parts = byName.get(base);
    if (!parts) byName.set(base, (parts = { name: base }));
    parts[ext.toLowerCase() as 'shp' | 'dbf' | 'prj' | 'cpg'] = data;
  }
  return [...byName.values()].filter((l) => l.shp !== undefined).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

interface LayerFeatures {
  layer: string;
  features: unknown[];
}

function readLayer(parts: LayerParts, reporter: Reporter): LayerFeatures | null {
  const { name, shp, dbf, prj, cpg } = parts;
  const skip = (reason: string) => (reporter.fileError(reason), null);
  if (!shp) return null;
  if (!dbf) return skip(t('importFormats.shpNoDbf', { name }));
  const prjText = prj ? new TextDecoder().decode(prj).trim() : undefined;
  const system = prjText === undefined ? null : coordinateSystem(prjText);
  if (system === 'unknown') return skip(t('importFormats.shpUnknownPrj', { name, prj: clip(prjText ?? '', 60) }));
  const cutShort = dbfCutShort(name, dbf);
  if (cutShort) return skip(cutShort);
  let geometries: unknown[];
  let records: Record<string, unknown>[];
  try {
    // Already longitude/latitude on WGS84: no round trip through proj4 (which adds float noise).
    geometries = parseShp(shp, system === 'other' ? prjText : undefined);
    records = parseDbf(dbf, cpg ? new TextDecoder().decode(cpg).trim() : undefined);
  } catch (error) {
    return skip(t('importFormats.shpUnreadable', { name, message: clip(error instanceof Error ? error.message : String(error), 120) }));
  }
  if (records.length !== geometries.length) {
    return skip(t('importFormats.shpCountMismatch', { name, shapes: String(geometries.length), records: String(records.length) }));
  }
  if (prjText === undefined) {
    const off = firstNonDegree(geometries);
    if (off) return skip(t('importFormats.shpProjected', { name, position: off }));
  }
  return { layer: name, features: geometries.map((geometry, i) => ({ type: 'Feature', properties: properties(records[i] ?? {}), geometry })) };
}

/**
 * Why a .dbf's header cannot be trusted, or null: the parser reads as many records as the header
 * states, whatever the file's length, so a damaged record count would run it out of memory.
 */
function dbfCutShort(name: string, dbf: Uint8Array): string | null {
  if (dbf.length < 32) return t('importFormats.dbfHeaderCut', { name, bytes: String(dbf.length) });
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const end = view.getUint16(8, true) + records * view.getUint16(10, true);
  return end > dbf.length ? t('importFormats.dbfTooManyRecords', { name, records, bytes: dbf.length }) : null;
}

/** What a .prj says: WGS84 longitude/latitude, another system proj4 converts from, or one it cannot read. */
function coordinateSystem(prjText: string): 'wgs84' | 'other' | 'unknown' {
  try {
    // proj4's Projection type leaves out the fields its parser sets.
    const system = new proj4.Proj(prjText) as unknown as { projName?: string; datumCode?: string };
    return system.projName === 'longlat' && system.datumCode === 'wgs84' ? 'wgs84' : 'other';
  } catch {
    return 'unknown';
  }
}

/** dBASE values as GeoJSON properties: dates as 'YYYY-MM-DD', empty numbers (NaN) as null. */
function properties(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value instanceof Date) out[key] = Number.isNaN(value.getTime()) ? null : `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
    else if (typeof value === 'number' && Number.isNaN(value)) out[key] = null;
    else out[key] = value;
  }
  return out;
}

/** The first position outside longitude/latitude range, as 'x, y', or null. */
function firstNonDegree(geometries: unknown[]): string | null {
  for (const geometry of geometries) {
    const coordinates = (geometry as { coordinates?: unknown } | null)?.coordinates;
    const found = findPosition(coordinates, ([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
    if (found) return `${found[0]}, ${found[1]}`;
  }
  return null;
}

function findPosition(value: unknown, test: (p: [number, number]) => boolean): [number, number] | null {
  if (!Array.isArray(value)) return null;
  if (typeof value[0] === 'number') return test(value as [number, number]) ? (value as [number, number]) : null;
  for (const item of value) {
    const found = findPosition(item, test);
    if (found) return found;
  }
  return null;
}

/** With several layers, each reported row says which layer and which of its features it is. */
function nameLayers(layers: LayerFeatures[], reporter: Reporter): void {
  const starts: [number, string][] = [];
  let next = 1;
  for (const { layer, features } of layers) {
    starts.push([next, layer]);
    next += features.length;
  }
  const where = (row: number | null) => {
    if (row === null) return null;
    const at = starts.filter(([start]) => start <= row).pop();
    return at ? { layer: at[1], feature: String(row - at[0] + 1) } : null;
  };
  for (const entry of [...reporter.rejected, ...reporter.repaired]) {
    const at = where(entry.row);
    if (at) entry.reason = t('importFormats.inLayer', { reason: entry.reason, ...at });
  }
}
