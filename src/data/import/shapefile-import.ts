/**
 * The zipped-Shapefile reader's entry in BINARY_READERS: which files it claims (a zip with a .shp
 * entry, unless it holds KML; any .zip name; a loose Shapefile part, to say it must be zipped). The
 * reading itself (shapefile-read.ts, with shpjs and proj4) is loaded only when such a file comes.
 */
import { unzipSync } from 'fflate';
import { isZip } from './detect';
import type { BinaryReader } from './import-any-file';

/** Parts of a Shapefile dropped on their own instead of zipped. */
export const LOOSE_PART = /\.(shp|shx|dbf|prj|cpg)$/i;

/** Names of the zip's entries (nothing decompressed), or null when it cannot be opened. */
function entryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (file) => (names.push(file.name), false) });
  } catch {
    return null;
  }
  return names.filter((n) => !n.startsWith('__MACOSX/'));
}

export const SHAPEFILE_READER: BinaryReader = {
  format: 'shapefile',
  claims(name, bytes) {
    if (isZip(bytes)) {
      const names = entryNames(bytes) ?? [];
      // A zip with KML is a KMZ, whatever else it holds: importFile reads it.
      if (names.some((n) => /\.kml$/i.test(n))) return false;
      return names.some((n) => /\.shp$/i.test(n)) || /\.zip$/i.test(name);
    }
    return /\.zip$/i.test(name) || LOOSE_PART.test(name);
  },
  async read(name, bytes, options, reporter, onProgress) {
    const { readShapefileZip } = await import('./shapefile-read');
    return readShapefileZip(name, bytes, options, reporter, onProgress);
  },
};
