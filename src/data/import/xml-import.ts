/**
 * KML, KMZ, GPX and TCX → GeoJSON features (via @tmcw/togeojson on an @xmldom/xmldom document:
 * there is no DOMParser in a worker or in Node), read then like GeoJSON. The root element decides
 * the format, whatever the name claims. Feature numbers follow togeojson's order: KML placemarks
 * in document order; GPX tracks, then routes, then waypoints; TCX laps. Tracks and routes become
 * segments (mode unknown), waypoints points of the import's kind. Times stay as togeojson gives
 * them (`coordinateProperties.times`, `timespan`, `timestamp`, `time`): the records read them.
 */
import { DOMParser } from '@xmldom/xmldom';
import { gpx, kml, tcx } from '@tmcw/togeojson';
import { unzipSync } from 'fflate';
import { t } from '../../domain/i18n';
import { clip } from './dates';
import { extensionOf, formatFromName, XML_ROOT_NAMES, xmlFormatOfRoot, type XmlFormat } from './detect';
import { MAX_IMPORT_BYTES } from './types';

export type XmlResult = { ok: true; format: XmlFormat; features: unknown[] } | { ok: false; reason: string };

const CONVERTERS = { kml, gpx, tcx } as const;

/** The root element's local name, lower case. */
function rootName(doc: { documentElement: { localName?: string | null; nodeName: string } | null }): string {
  const root = doc.documentElement;
  if (!root) return '';
  return (root.localName ?? root.nodeName.replace(/^.*:/, '')).toLowerCase();
}

/**
 * Parses KML, GPX or TCX text into GeoJSON features, the format decided by the root element.
 * `claimed` (the format the name claims, if an XML one) only words the messages. Never throws.
 */
export function xmlFeatures(text: string, name: string, claimed: XmlFormat | null): XmlResult {
  const label = claimed === null ? 'none' : claimed.toUpperCase();
  let doc: ReturnType<DOMParser['parseFromString']>;
  let fatal: string | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError') fatal ??= message;
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    return { ok: false, reason: t('importFormats.xmlInvalid', { format: label, message: clip(fatal ?? messageOf(error), 200) }) };
  }
  if (fatal !== undefined) return { ok: false, reason: t('importFormats.xmlInvalid', { format: label, message: clip(fatal, 200) }) };
  const root = rootName(doc);
  if (root === 'parsererror' || doc.getElementsByTagName('parsererror').length > 0) {
    return { ok: false, reason: t('importFormats.xmlUnparsed', { format: label }) };
  }
  const format = xmlFormatOfRoot(root);
  if (format === null) return { ok: false, reason: unknownRoot(root, name) };
  try {
    // togeojson reads an xmldom Document (its types accept one); the DOM lib's Document is only for browsers.
    const collection = CONVERTERS[format](doc as unknown as Document);
    return { ok: true, format, features: collection.features };
  } catch (error) {
    return { ok: false, reason: t('importFormats.xmlNotConverted', { format: format.toUpperCase(), message: clip(messageOf(error), 200) }) };
  }
}

/** What XML of another kind looks like, for the file error. */
function unknownRoot(root: string, name: string): string {
  const ext = extensionOf(name);
  const known = (Object.entries(XML_ROOT_NAMES) as [XmlFormat, string][]).map(([f, r]) => `${f.toUpperCase()} (<${r}>)`).join(', ');
  return t('importFormats.xmlUnknownRoot', {
    claim: formatFromName(name) === null ? 'unknown' : 'claimed',
    ext: ext === '' ? 'none' : ext,
    root: `<${clip(root, 30)}>`,
    page: root === 'html' ? 'yes' : 'no',
    known,
  });
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
    return { ok: false, reason: t('importFormats.kmzCannotOpen', { message: clip(messageOf(error), 100) }) };
  }
  const kmls = names.filter((n) => /\.kml$/i.test(n.name) && !n.name.startsWith('__MACOSX/'));
  const chosen = kmls.find((n) => /(^|\/)doc\.kml$/i.test(n.name)) ?? kmls[0];
  if (!chosen) return { ok: false, reason: t('importFormats.kmzNoKml') };
  if (chosen.size > MAX_IMPORT_BYTES) {
    return { ok: false, reason: t('importFormats.kmzTooLarge', { entry: chosen.name, size: String(Math.round(chosen.size / 1048576)), limit: String(MAX_IMPORT_BYTES / 1048576) }) };
  }
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === chosen.name });
    const data = files[chosen.name];
    if (!data) return { ok: false, reason: t('importFormats.kmzEntryUnreadable', { entry: chosen.name }) };
    return { ok: true, kml: data, entry: chosen.name };
  } catch (error) {
    return { ok: false, reason: t('importFormats.kmzEntryUnpack', { entry: chosen.name, message: clip(messageOf(error), 100) }) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
