/**
 * Which binary reader takes a file: its content first (magic bytes), its name second, so that a
 * Parquet file called .csv is read as Parquet, and a .parquet file that is not one is told what
 * it looks like rather than passed to another parser.
 */
import { t } from '../../domain/i18n';
import { formatFromName, isArrowFile, isFlatGeobuf, isParquet, isZip, looksLike } from './detect';
import type { ImportFormat } from './types';

/** Content a binary reader claims by itself: a file with one of these is never claimed by name. */
function claimedByContent(bytes: Uint8Array): boolean {
  return isParquet(bytes) || isArrowFile(bytes) || isFlatGeobuf(bytes) || isZip(bytes);
}

/** True when the bytes are this format, or the name says so and no reader claims the bytes. */
export function binaryClaim(name: string, bytes: Uint8Array, format: ImportFormat, isFormat: (bytes: Uint8Array) => boolean): boolean {
  if (isFormat(bytes)) return true;
  return formatFromName(name) === format && !claimedByContent(bytes);
}

/** The file error for a file whose name claims a binary format its bytes are not (the message says how the format starts). */
export function notTheFormat(name: string, bytes: Uint8Array, format: 'parquet' | 'arrow' | 'flatgeobuf'): string {
  const ext = /\.[^./\\]+$/.exec(name)?.[0] ?? '';
  return t('importFormats.notTheBinaryFormat', { format, ext, looks: looksLike(bytes) });
}
