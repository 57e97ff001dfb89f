/**
 * The bench's large points archive (issue 17 item 6): N random dated points over the Balkans
 * (illustrative: made-up positions, months, sources and confidence) written as CSV, turned into
 * tiles by scripts/make-tiles.mjs (ogr2ogr: GDAL must be installed; CI has none and uses --small)
 * and packed into one PMTiles archive. Cached in bench/.data by point count: 20,000,000 points take
 * long (tens of minutes on 2 cores) and some GB of disk while they are made.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeTiles } from '../scripts/make-tiles.mjs';

const SOURCES = ['IOM-MMP', 'UNHCR', 'FRONTEX', 'NGO-LOG'];
const CONFIDENCE = ['high', 'medium', 'low'];
const KINDS = ['incident', 'apprehension'];

/** A small deterministic generator: the same archive on every machine. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

async function writeCsv(file, points) {
  const next = random(17);
  const out = fs.createWriteStream(file);
  out.write('id,lat,lon,month,source,confidence,kind\n');
  const rows = [];
  for (let i = 0; i < points; i++) {
    const month = 2015 * 12 + Math.floor(next() * 48);
    rows.push(`p${i},${(36 + next() * 12).toFixed(5)},${(13 + next() * 16).toFixed(5)},${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')},${SOURCES[Math.floor(next() * 4)]},${CONFIDENCE[Math.floor(next() * 3)]},${KINDS[Math.floor(next() * 2)]}`);
    if (rows.length === 50_000) {
      if (!out.write(`${rows.join('\n')}\n`)) await new Promise((r) => out.once('drain', r));
      rows.length = 0;
    }
  }
  out.write(rows.length ? `${rows.join('\n')}\n` : '');
  await new Promise((r) => out.end(r));
}

/** → path of the archive of `points` points (made once, then reused). */
export async function archiveOf(points, dataDir) {
  const archive = path.join(dataDir, `archive-${points}.pmtiles`);
  if (fs.existsSync(archive)) return archive;
  fs.mkdirSync(dataDir, { recursive: true });
  const csv = path.join(dataDir, `archive-${points}.csv`);
  const tiles = path.join(dataDir, `archive-${points}-tiles`);
  await writeCsv(csv, points);
  await makeTiles({ input: csv, out: tiles, maxzoom: 9, pmtiles: `${archive}.part`, name: `${points} bench points` });
  fs.renameSync(`${archive}.part`, archive);
  fs.rmSync(csv, { force: true });
  fs.rmSync(tiles, { recursive: true, force: true });
  return archive;
}
