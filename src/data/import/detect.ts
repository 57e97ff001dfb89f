/**
 * What a file is: the format its name claims, the text encoding, and what its content looks
 * like (JSON, XML, zip or plain text), so that a file that is not what its name claims is told
 * so instead of being parsed into nonsense.
 */
import { t } from '../../domain/i18n';
import { clip } from './dates';
import type { ImportFormat } from './types';

/** The format a file name claims, or null for other extensions. */
export function formatFromName(name: string): ImportFormat | null {
  const lower = name.toLowerCase().trim();
  if (lower.endsWith('.routeshift.json')) return 'project';
  const ext = /\.([a-z0-9]+)$/.exec(lower)?.[1];
  switch (ext) {
    case 'geojson':
    case 'json':
      return 'geojson';
    case 'csv':
      return 'csv';
    case 'tsv':
    case 'tab':
      return 'tsv';
    case 'kml':
      return 'kml';
    case 'kmz':
      return 'kmz';
    case 'gpx':
      return 'gpx';
    case 'tcx':
      return 'tcx';
    case 'parquet':
    case 'geoparquet':
      return 'parquet';
    case 'arrow':
    case 'arrows':
    case 'feather':
    case 'ipc':
      return 'arrow';
    case 'fgb':
      return 'flatgeobuf';
    default:
      return null;
  }
}

export type XmlFormat = 'kml' | 'gpx' | 'tcx';
/** The root element of each XML format, as written. */
export const XML_ROOT_NAMES: Readonly<Record<XmlFormat, string>> = { kml: 'kml', gpx: 'gpx', tcx: 'TrainingCenterDatabase' };
const XML_ROOTS = new Map((Object.entries(XML_ROOT_NAMES) as [XmlFormat, string][]).map(([format, root]) => [root.toLowerCase(), format]));

/** The format an XML document is, from its root element's local name; null for any other XML. */
export function xmlFormatOfRoot(root: string): XmlFormat | null {
  return XML_ROOTS.get(root.toLowerCase()) ?? null;
}

const FORMAT_LABELS: Partial<Record<ImportFormat, string>> = { geojson: 'GeoJSON', kml: 'KML', kmz: 'KMZ', gpx: 'GPX', tcx: 'TCX' };

/**
 * The file-level note when the content, not the name, decided the format (a GPX saved as .kml,
 * KML as .txt), or null when the name says what the file is. A .json name claims only JSON.
 */
export function readAsNote(name: string, read: ImportFormat): string | null {
  const claimed = formatFromName(name);
  if (claimed === read || (read === 'project' && extensionOf(name).toLowerCase() === '.json')) return null;
  const label = read === 'project' ? t('importFormats.projectLabel') : (FORMAT_LABELS[read] ?? read.toUpperCase());
  const ext = extensionOf(name);
  const said = ext === '' ? 'none' : claimed === null ? 'endsIn' : 'says';
  return read === 'kmz' ? t('importFormats.readAs', { said, label, ext }) : t('importFormats.readAsBecause', { said, label, ext, why: rootHint(read) });
}

function rootHint(format: ImportFormat): string {
  if (format === 'kml' || format === 'gpx' || format === 'tcx') return t('importFormats.startsWithRoot', { root: `<${XML_ROOT_NAMES[format]}>` });
  return format === 'project' ? t('importFormats.saysProject', { tag: '"format": "routeshift-project"' }) : 'JSON';
}

export function extensionOf(name: string): string {
  return /\.[^./\\]+$/.exec(name)?.[0] ?? '';
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7) && bytes[3] === bytes[2] + 1;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const PAR1 = [0x50, 0x41, 0x52, 0x31];
const ARROW1 = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];
const FGB = [0x66, 0x67, 0x62];

/** A Parquet file starts with 'PAR1' (and ends with it too, unless it is cut short). */
export function isParquet(bytes: Uint8Array): boolean {
  return startsWith(bytes, PAR1);
}

export function endsLikeParquet(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && startsWith(bytes, PAR1, bytes.length - 4);
}

/** An Arrow IPC file (Feather v2) starts with 'ARROW1'; an IPC stream with the 0xFFFFFFFF continuation marker. */
export function isArrowFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, ARROW1);
}

export function isArrowStream(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xff, 0xff, 0xff]);
}

/** FlatGeobuf: 'fgb', a major version byte, 'fgb', a patch byte. */
export function isFlatGeobuf(bytes: Uint8Array): boolean {
  return startsWith(bytes, FGB) && startsWith(bytes, FGB, 4);
}

/** What a file that is not the binary format its name claims looks like, for the file error. */
export function looksLike(bytes: Uint8Array): string {
  if (bytes.length === 0) return t('importFormats.looksEmpty');
  if (isZip(bytes)) return t('importFormats.looksZip');
  if (isParquet(bytes)) return t('importFormats.looksParquet');
  if (isArrowFile(bytes)) return t('importFormats.looksArrow');
  if (isFlatGeobuf(bytes)) return t('importFormats.looksFlatGeobuf');
  const text = new TextDecoder().decode(bytes.subarray(0, 1024));
  // A cut multi-byte character at the end is fine; replacement characters or NULs earlier are binary.
  const head = text.slice(0, 1000);
  if (head.includes('\uFFFD') || head.includes('\u0000')) return t('importFormats.looksUnknown');
  return t('importFormats.looksLike', { content: sniff(text), opening: opening(text) });
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** UTF-8 with or without BOM → text (BOM removed). UTF-16 and other encodings are refused. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: t('importFormats.utf16', { endian: bytes[0] === 0xff ? 'little' : 'big' }) };
  }
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  if (zeros > 0 && zeros >= sample.length / 8) {
    return { ok: false, reason: t('importFormats.zeroBytes', { zeros: String(zeros), sample: String(sample.length) }) };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = at === -1 ? null : lenient.slice(0, at).split('\n').length;
    return { ok: false, reason: line === null ? t('importFormats.notUtf8') : t('importFormats.notUtf8AtLine', { line: String(line) }) };
  }
}

export type ContentKind = 'json' | 'xml' | 'text';

/** What text looks like from its first non-space character. */
export function sniff(text: string): ContentKind {
  const first = /\S/.exec(text)?.[0];
  if (first === '{' || first === '[') return 'json';
  if (first === '<') return 'xml';
  return 'text';
}

/** The start of the text for messages ("it starts with '…'"). */
export function opening(text: string): string {
  return clip(text.trimStart().split(/\r?\n/, 1)[0] ?? '', 40);
}

/** The file-level problem when the content does not fit the declared format, or null. */
export function mismatch(declared: ImportFormat, content: ContentKind, text: string): string | null {
  const fits: Record<ImportFormat, ContentKind[]> = {
    geojson: ['json'],
    project: ['json'],
    csv: ['text'],
    tsv: ['text'],
    kml: ['xml'],
    gpx: ['xml'],
    tcx: ['xml'],
    flowmap: ['text'],
    // Binary formats are claimed by their readers (import-any-file.ts) before text is decoded.
    kmz: [],
    shapefile: [],
    parquet: [],
    arrow: [],
    flatgeobuf: [],
  };
  if (fits[declared].includes(content)) return null;
  if (declared === 'geojson' || declared === 'project') {
    return t('importFormats.notJsonStart', { looks: content, opening: opening(text), jsonStart: "'{'" });
  }
  if (declared === 'kml' || declared === 'gpx' || declared === 'tcx') {
    return t('importFormats.notXmlStart', { looks: content, format: declared.toUpperCase(), opening: opening(text), xmlStart: "'<'" });
  }
  return t('importFormats.notDeclared', { content, declared, opening: opening(text) });
}
