/**
 * KML, KMZ and GPX → GeoJSON features (via @tmcw/togeojson on an @xmldom/xmldom document: there
 * is no DOMParser in a worker or in Node), read then like GeoJSON. Feature numbers follow
 * togeojson's order: KML placemarks in document order; GPX tracks, then routes, then waypoints.
 * GPX tracks and routes become segments (mode unknown), waypoints points of the import's kind.
 */
import { DOMParser } from '@xmldom/xmldom';
import { gpx, kml } from '@tmcw/togeojson';
import { unzipSync } from 'fflate';
import { clip } from './dates';
import { MAX_IMPORT_BYTES } from './types';

export type XmlResult = { ok: true; features: unknown[] } | { ok: false; reason: string };

/** The root element's local name, lower case. */
function rootName(doc: { documentElement: { localName?: string | null; nodeName: string } | null }): string {
  const root = doc.documentElement;
  if (!root) return '';
  return (root.localName ?? root.nodeName.replace(/^.*:/, '')).toLowerCase();
}

/** Parses KML or GPX text into GeoJSON features. Never throws. */
export function xmlFeatures(text: string, format: 'kml' | 'gpx'): XmlResult {
  const label = format.toUpperCase();
  let doc: ReturnType<DOMParser['parseFromString']>;
  let fatal: string | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError') fatal ??= message;
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    return { ok: false, reason: `not valid ${label} XML: ${clip(fatal ?? messageOf(error), 200)}` };
  }
  if (fatal !== undefined) return { ok: false, reason: `not valid ${label} XML: ${clip(fatal, 200)}` };
  const root = rootName(doc);
  if (root === 'parsererror' || doc.getElementsByTagName('parsererror').length > 0) {
    return { ok: false, reason: `not valid ${label} XML: the document could not be parsed` };
  }
  if (root !== format) {
    return { ok: false, reason: `not the format its name claims: a .${format} file starts with <${format}>, but this one starts with <${clip(root, 30)}>` };
  }
  try {
    // togeojson reads an xmldom Document (its types accept one); the DOM lib's Document is only for browsers.
    const collection = format === 'kml' ? kml(doc as unknown as Document) : gpx(doc as unknown as Document);
    return { ok: true, features: collection.features };
  } catch (error) {
    return { ok: false, reason: `the ${label} could not be converted: ${clip(messageOf(error), 200)}` };
  }
}

/** The KML inside a KMZ: doc.kml, else the first .kml entry. */
export function kmzText(bytes: Uint8Array): { ok: true; kml: Uint8Array; entry: string } | { ok: false; reason: string } {
  const names: { name: string; size: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    return { ok: false, reason: `not the format its name claims: a .kmz file is a zip archive, but this one cannot be opened (${clip(messageOf(error), 100)})` };
  }
  const kmls = names.filter((n) => /\.kml$/i.test(n.name) && !n.name.startsWith('__MACOSX/'));
  const chosen = kmls.find((n) => /(^|\/)doc\.kml$/i.test(n.name)) ?? kmls[0];
  if (!chosen) return { ok: false, reason: 'the KMZ holds no .kml file' };
  if (chosen.size > MAX_IMPORT_BYTES) {
    return { ok: false, reason: `the KML inside the KMZ (${chosen.name}) is ${Math.round(chosen.size / 1048576)} MB unpacked; the limit is ${MAX_IMPORT_BYTES / 1048576} MB` };
  }
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === chosen.name });
    const data = files[chosen.name];
    if (!data) return { ok: false, reason: `the KMZ entry ${chosen.name} could not be read` };
    return { ok: true, kml: data, entry: chosen.name };
  } catch (error) {
    return { ok: false, reason: `the KMZ entry ${chosen.name} could not be unpacked (${clip(messageOf(error), 100)})` };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
