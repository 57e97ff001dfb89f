/**
 * FlatGeobuf with the flatgeobuf library: its features as GeoJSON, then the same record checks as
 * a GeoJSON file (assembleFeatures), features numbered from 1 in the file's order.
 */
import { t } from '../../domain/i18n';
import { clip } from './dates';
import { isFlatGeobuf } from './detect';
import { binaryClaim, notTheFormat } from './columnar-claims';
import type { BinaryReader } from './import-any-file';
import { assembleFeatures, type Outcome } from './import-file';
import { fileSlug, type Reporter } from './records';
import type { ImportOptions, ProgressFn } from './types';

const PREFIX = 12;

/** A FlatGeobuf file cut short: the lengths it states run past its end (where, and at which feature). */
class CutShort extends Error {
  constructor(
    readonly where: 'header' | 'index' | 'feature' | 'after',
    readonly feature = 0,
    readonly total = 0,
  ) {
    super(`FlatGeobuf cut short (${where})`);
  }
}

/** Throws CutShort unless the header's stated length fits in the file. */
function checkHeader(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < PREFIX || PREFIX + view.getUint32(8, true) > bytes.length) throw new CutShort('header');
}

/**
 * Throws CutShort unless the index and every feature's stated length fit in the file: the library
 * trusts those lengths and can loop without end on a truncated file, so they are walked first.
 */
function checkFeatures(bytes: Uint8Array, featuresCount: number, indexSize: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PREFIX + view.getUint32(8, true) + indexSize;
  if (offset > bytes.length) throw new CutShort('index');
  let count = 0;
  while (offset < bytes.length) {
    const end = offset + 4 <= bytes.length ? offset + 4 + view.getUint32(offset, true) : Infinity;
    if (end > bytes.length) throw new CutShort('feature', count + 1);
    offset = end;
    count += 1;
  }
  if (featuresCount > 0 && count < featuresCount) throw new CutShort('after', count, featuresCount);
}

async function readFlatGeobuf(name: string, bytes: Uint8Array, options: ImportOptions, reporter: Reporter, onProgress?: ProgressFn): Promise<Outcome> {
  const fail = (reason: string): Outcome => {
    reporter.fileError(reason);
    return { format: 'flatgeobuf', entities: null };
  };
  if (!isFlatGeobuf(bytes)) return fail(notTheFormat(name, bytes, 'flatgeobuf'));
  const [{ deserialize }, { calcTreeSize }] = await Promise.all([import('flatgeobuf/lib/mjs/geojson.js'), import('flatgeobuf/lib/mjs/packedrtree.js')]);
  const headerMetaFn = ({ featuresCount, indexNodeSize }: { featuresCount: number; indexNodeSize: number }) =>
    checkFeatures(bytes, featuresCount, indexNodeSize > 0 && featuresCount > 0 ? calcTreeSize(featuresCount, indexNodeSize) : 0);
  const features: unknown[] = [];
  try {
    checkHeader(bytes);
    for await (const feature of deserialize(bytes, { headerMetaFn })) {
      // The library numbers features from 0 as their id: a position, not an id the file gives.
      const { id: _position, ...rest } = feature;
      features.push(rest);
      if (features.length % 1000 === 0) onProgress?.(Math.min(0.5, (0.5 * features.length) / Math.max(1, bytes.length / 50)));
    }
  } catch (error) {
    if (error instanceof CutShort) return fail(t('importFormats.fgbCutShort', { where: error.where, feature: String(error.feature), total: String(error.total) }));
    const message = clip(error instanceof Error ? error.message : String(error), 200);
    return fail(features.length ? t('importFormats.fgbUnreadableAfter', { feature: String(features.length), message }) : t('importFormats.fgbUnreadable', { message }));
  }
  if (features.length === 0) return fail(t('importFormats.fgbNoFeatures'));
  const ctx = { file: name, slug: fileSlug(name), format: 'flatgeobuf' as const, sources: [`file:${name}`] };
  return { format: 'flatgeobuf', entities: assembleFeatures(features, ctx, options, reporter, onProgress) };
}

export const FLATGEOBUF_READER: BinaryReader = {
  format: 'flatgeobuf',
  claims: (name, bytes) => binaryClaim(name, bytes, 'flatgeobuf', isFlatGeobuf),
  read: readFlatGeobuf,
};
