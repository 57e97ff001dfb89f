#!/usr/bin/env node
/**
 * Packs a z/x/y.pbf tile directory (as ogr2ogr -f MVT writes it) into one PMTiles v3 archive, so a
 * tile set is one file on a static host, read by HTTP range requests. No library on npm writes
 * PMTiles (the `pmtiles` package only reads), so this is a small writer of the v3 layout
 * (https://github.com/protomaps/PMTiles, spec/v3/spec.md): a 127-byte header, the root directory,
 * the JSON metadata, leaf directories when the root would not fit in the first 16 KiB, then the
 * tiles in tile-id order (clustered). Directories and metadata are stored uncompressed; tiles as
 * they are in the directory (gzip when they start with the gzip magic bytes, else none).
 * Tile ids come from the reader's own `zxyToTileId`, so writer and reader agree on the Hilbert order.
 * Archives made elsewhere (tippecanoe, planetiler) open in RouteShift the same way.
 *
 *   node scripts/pack-pmtiles.mjs <tile-dir> <out.pmtiles>
 *
 * Runs in Node without GDAL (CI has none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import { zxyToTileId } from 'pmtiles';

const HEADER_BYTES = 127;
const ROOT_LIMIT = 16_384 - HEADER_BYTES;
const LEAF_ENTRIES = 4096;

function varints(values) {
  const out = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return out;
}

/** A directory as the spec serialises it: count, tile-id deltas, run lengths, lengths, offsets. */
export function serializeDirectory(entries) {
  let last = 0;
  const ids = entries.map((e) => {
    const delta = e.tileId - last;
    last = e.tileId;
    return delta;
  });
  const offsets = entries.map((e, i) => (i > 0 && e.offset === entries[i - 1].offset + entries[i - 1].length ? 0 : e.offset + 1));
  return Uint8Array.from([...varints([entries.length]), ...varints(ids), ...varints(entries.map((e) => e.runLength)), ...varints(entries.map((e) => e.length)), ...varints(offsets)]);
}

/** Root and leaves: the entries in the root if they fit, else leaves of LEAF_ENTRIES under it. */
function directories(entries) {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_LIMIT) return { root, leaves: new Uint8Array(0) };
  const parts = [];
  const rootEntries = [];
  let offset = 0;
  for (let i = 0; i < entries.length; i += LEAF_ENTRIES) {
    const chunk = entries.slice(i, i + LEAF_ENTRIES);
    const bytes = serializeDirectory(chunk);
    rootEntries.push({ tileId: chunk[0].tileId, offset, length: bytes.length, runLength: 0 });
    parts.push(bytes);
    offset += bytes.length;
  }
  const leaves = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) leaves.set(p, (at += p.length) - p.length);
  return { root: serializeDirectory(rootEntries), leaves };
}

function readTiles(dir) {
  const tiles = [];
  for (const z of fs.readdirSync(dir).filter((n) => /^\d+$/.test(n))) {
    for (const x of fs.readdirSync(path.join(dir, z)).filter((n) => /^\d+$/.test(n))) {
      for (const file of fs.readdirSync(path.join(dir, z, x)).filter((n) => /^\d+\.(pbf|mvt)$/.test(n))) {
        const y = Number(file.split('.')[0]);
        tiles.push({ tileId: zxyToTileId(Number(z), Number(x), y), z: Number(z), bytes: fs.readFileSync(path.join(dir, z, x, file)) });
      }
    }
  }
  return tiles.sort((a, b) => a.tileId - b.tileId);
}

/** GDAL's metadata.json: bounds, centre and the vector_layers and tilestats JSON it carries as a string. */
function readMetadata(dir) {
  const file = path.join(dir, 'metadata.json');
  if (!fs.existsSync(file)) return { meta: {}, bounds: [-180, -85, 180, 85], center: [0, 0, 0] };
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const inner = typeof raw.json === 'string' ? JSON.parse(raw.json) : {};
  const bounds = String(raw.bounds ?? '-180,-85,180,85').split(',').map(Number);
  const center = String(raw.center ?? '0,0,0').split(',').map(Number);
  // tilestats (GDAL and tippecanoe write it): the values of each attribute, e.g. the sources a filter offers.
  const meta = { name: raw.name, description: raw.description, type: raw.type, vector_layers: inner.vector_layers ?? [], ...(inner.tilestats ? { tilestats: inner.tilestats } : {}) };
  return { meta, bounds, center };
}

function writeUint64(view, at, value) {
  view.setUint32(at, value % 2 ** 32, true);
  view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
}

export function packDirectory(dir, out) {
  const tiles = readTiles(dir);
  if (tiles.length === 0) throw new Error(`${dir}: no z/x/y.pbf tiles found`);
  const gzip = tiles[0].bytes[0] === 0x1f && tiles[0].bytes[1] === 0x8b;
  let offset = 0;
  const entries = tiles.map((t) => {
    const entry = { tileId: t.tileId, offset, length: t.bytes.length, runLength: 1 };
    offset += t.bytes.length;
    return entry;
  });
  const { root, leaves } = directories(entries);
  const { meta, bounds, center } = readMetadata(dir);
  const metadata = Buffer.from(JSON.stringify(meta), 'utf8');
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  'PMTiles'.split('').forEach((c, i) => header.setUint8(i, c.charCodeAt(0)));
  header.setUint8(7, 3);
  const rootAt = HEADER_BYTES;
  const metaAt = rootAt + root.length;
  const leavesAt = metaAt + metadata.length;
  const dataAt = leavesAt + leaves.length;
  [rootAt, root.length, metaAt, metadata.length, leavesAt, leaves.length, dataAt, offset, tiles.length, tiles.length, tiles.length].forEach((v, i) => writeUint64(header, 8 + i * 8, v));
  header.setUint8(96, 1); // clustered
  header.setUint8(97, 1); // internal compression: none
  header.setUint8(98, gzip ? 2 : 1);
  header.setUint8(99, 1); // MVT
  header.setUint8(100, Math.min(...tiles.map((t) => t.z)));
  header.setUint8(101, Math.max(...tiles.map((t) => t.z)));
  const e7 = (v) => Math.round(v * 1e7);
  [bounds[0], bounds[1], bounds[2], bounds[3]].forEach((v, i) => header.setInt32(102 + i * 4, e7(v), true));
  header.setUint8(118, Math.round(center[2] ?? 0));
  header.setInt32(119, e7(center[0] ?? 0), true);
  header.setInt32(123, e7(center[1] ?? 0), true);
  const fd = fs.openSync(out, 'w');
  try {
    for (const part of [new Uint8Array(header.buffer), root, metadata, leaves, ...tiles.map((t) => t.bytes)]) fs.writeSync(fd, part);
  } finally {
    fs.closeSync(fd);
  }
  return { tiles: tiles.length, bytes: dataAt + offset };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out) {
    console.error('usage: node scripts/pack-pmtiles.mjs <tile-dir> <out.pmtiles>');
    process.exit(2);
  }
  const { tiles, bytes } = packDirectory(dir, out);
  console.log(`${out}: ${tiles} tiles, ${bytes} bytes`);
}
