#!/usr/bin/env node
/**
 * Turns a large table of dated points (CSV or Parquet) into Mapbox Vector Tiles that RouteShift
 * opens from the organisation's own static host: a z/x/y.pbf directory written by GDAL's ogr2ogr
 * (Debian's `gdal-bin`), and with --pmtiles also one PMTiles v3 archive of it (scripts/pack-pmtiles.mjs).
 *
 *   node scripts/make-tiles.mjs --in points.csv --out tiles/ [--shapes areas.geojson]
 *        [--minzoom 0] [--maxzoom 12] [--pmtiles tiles.pmtiles] [--name "Incident log"]
 *
 * Input columns: id, lat, lon, date or month, source, confidence, kind (others are dropped).
 * `month` in the tiles is a 'YYYY-MM' string: the input's month, or the first 7 characters of its
 * ISO date. --shapes adds lines and areas (any file ogr2ogr reads, in WGS 84) with their own
 * month, source and confidence properties, drawn at every zoom (GDAL simplifies them per zoom).
 *
 * Thinning: at low zooms points are aggregated per grid cell, month, source, confidence and kind,
 * each aggregate a point at the cell's centre with `count` = rows it stands for (a raw point has
 * count 1). Cells: 0.5° up to zoom 4, 0.05° at zooms 5–7, the rows themselves from zoom 8. So a
 * tile holds at most (cells × months × sources × confidences × kinds) features, not every row.
 * GDAL's own limits stay on as a backstop: MAX_SIZE 500 kB and MAX_FEATURES 200,000 per tile
 * (features beyond them are dropped by GDAL, so the bands above are chosen to stay well under).
 * GDAL drops them silently: afterwards every tile within 10 % of MAX_SIZE is named in a warning
 * (tilesAtSizeLimit), since it may have lost features (raw points too dense at the top zooms: raise
 * --maxzoom so that each raw tile covers less, or aggregate one zoom further).
 * Tiles are gzip-compressed (GDAL's default); RouteShift reads gzip or plain tiles.
 *
 * Parquet: Debian's GDAL 3.6 has no Parquet driver, so a Parquet file is first written out as CSV
 * with hyparquet (the library RouteShift's own Parquet import uses).
 */
import { execFileSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packDirectory } from './pack-pmtiles.mjs';

/** Zoom bands of the point layer: up to `maxzoom`, aggregated on a grid of `cell` degrees (0: raw rows). */
const BANDS = [
  { name: 'points_coarse', minzoom: 0, maxzoom: 4, cell: 0.5 },
  { name: 'points_fine', minzoom: 5, maxzoom: 7, cell: 0.05 },
  { name: 'points_raw', minzoom: 8, maxzoom: 99, cell: 0 },
];
const COLUMNS = ['id', 'lat', 'lon', 'date', 'month', 'source', 'confidence', 'kind'];

/** GDAL's per-tile size limit (compressed bytes), passed to ogr2ogr and checked afterwards. */
export const MAX_TILE_BYTES = 500_000;

/**
 * The tiles of a z/x/y.pbf directory whose size is within 10 % of `limit`: GDAL has probably
 * dropped features from them to stay under it. Sorted by zoom, then size, largest first.
 */
export function tilesAtSizeLimit(dir, limit = MAX_TILE_BYTES) {
  const found = [];
  for (const z of fs.readdirSync(dir).filter((n) => /^\d+$/.test(n))) {
    for (const x of fs.readdirSync(path.join(dir, z)).filter((n) => /^\d+$/.test(n))) {
      for (const file of fs.readdirSync(path.join(dir, z, x)).filter((n) => /^\d+\.pbf$/.test(n))) {
        const bytes = fs.statSync(path.join(dir, z, x, file)).size;
        if (bytes >= 0.9 * limit) found.push({ tile: `${z}/${x}/${file.slice(0, -4)}`, zoom: Number(z), bytes });
      }
    }
  }
  return found.sort((a, b) => a.zoom - b.zoom || b.bytes - a.bytes);
}

function warnTilesAtLimit(dir) {
  const full = tilesAtSizeLimit(dir);
  if (full.length === 0) return full;
  const zooms = [...new Set(full.map((t) => t.zoom))].join(', ');
  console.warn(
    `make-tiles: ${full.length} tile(s) at GDAL's size limit of ${MAX_TILE_BYTES / 1000} kB (zoom ${zooms}), so GDAL may have dropped points from them: ` +
      `${full.slice(0, 10).map((t) => `${t.tile} (${Math.round(t.bytes / 1000)} kB)`).join(', ')}${full.length > 10 ? ', …' : ''}. ` +
      'Raise --maxzoom (each raw tile then covers less ground) or aggregate a zoom further.',
  );
  return full;
}

function ogr(args) {
  execFileSync('ogr2ogr', args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Parquet → CSV with only the columns the tiles keep (hyparquet; GDAL 3.6 cannot read Parquet). */
async function parquetToCsv(file, out) {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } = await import('hyparquet');
  const { compressors } = await import('hyparquet-compressors');
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const present = metadata.schema.map((s) => s.name);
  const columns = COLUMNS.filter((c) => present.includes(c));
  const stream = fs.createWriteStream(out);
  stream.write(`${columns.join(',')}\n`);
  const quote = (v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const rows = Number(metadata.num_rows);
  const step = 200_000;
  for (let start = 0; start < rows; start += step) {
    const objects = await parquetReadObjects({ file: buffer, metadata, columns, rowStart: start, rowEnd: Math.min(rows, start + step), compressors });
    const text = objects.map((o) => columns.map((c) => quote(o[c] instanceof Date ? o[c].toISOString() : o[c])).join(',')).join('\n');
    if (!stream.write(`${text}\n`)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  await new Promise((resolve) => stream.end(resolve));
}

/** The file's first line, read from its first 64 kB only: the inputs run to gigabytes (more than a JS string holds). */
function firstLine(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(65536);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8').split(/\r?\n/)[0];
  } finally {
    fs.closeSync(fd);
  }
}

/** The month expression: the month column if there is one, else the date's first 7 characters. */
function monthExpression(csvFile) {
  const header = firstLine(csvFile).split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  if (header.includes('month')) return 'month';
  if (header.includes('date')) return 'substr(date, 1, 7)';
  throw new Error(`${csvFile}: needs a 'month' (YYYY-MM) or 'date' (ISO) column; found ${header.join(', ')}`);
}

function bandSql(band, month) {
  const fields = `${month} AS month, source, confidence, kind`;
  if (!band.cell) return `SELECT geom, id, ${fields}, 1 AS count FROM points`;
  const c = band.cell;
  const centre = `MakePoint((floor(ST_X(geom) / ${c}) + 0.5) * ${c}, (floor(ST_Y(geom) / ${c}) + 0.5) * ${c}, 4326)`;
  return `SELECT ${centre} AS geom, ${fields}, count(*) AS count FROM points GROUP BY floor(ST_X(geom) / ${c}), floor(ST_Y(geom) / ${c}), 2, 3, 4, 5`;
}

export async function makeTiles({ input, out, shapes, minzoom = 0, maxzoom = 12, pmtiles, name }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'make-tiles-'));
  try {
    let csv = input;
    if (/\.parquet$/i.test(input)) {
      csv = path.join(work, 'points.csv');
      await parquetToCsv(input, csv);
    }
    const month = monthExpression(csv);
    const gpkg = path.join(work, 'work.gpkg');
    ogr(['-f', 'GPKG', gpkg, csv, '-oo', 'X_POSSIBLE_NAMES=lon', '-oo', 'Y_POSSIBLE_NAMES=lat', '-oo', 'KEEP_GEOM_COLUMNS=NO', '-a_srs', 'EPSG:4326', '-nln', 'points']);
    const conf = {};
    for (const band of BANDS) {
      if (band.minzoom > maxzoom) continue;
      ogr(['-update', gpkg, gpkg, '-dialect', 'SQLite', '-sql', bandSql(band, month), '-nln', band.name]);
      conf[band.name] = { target_name: 'points', minzoom: Math.max(band.minzoom, minzoom), maxzoom: Math.min(band.maxzoom, maxzoom) };
    }
    const layers = Object.keys(conf);
    if (shapes) {
      ogr(['-update', gpkg, shapes, '-nln', 'shapes', '-t_srs', 'EPSG:4326']);
      conf.shapes = { target_name: 'shapes', minzoom, maxzoom };
      layers.push('shapes');
    }
    fs.rmSync(out, { recursive: true, force: true });
    ogr(['-f', 'MVT', out, gpkg, ...layers, '-dsco', `MINZOOM=${minzoom}`, '-dsco', `MAXZOOM=${maxzoom}`, '-dsco', `CONF=${JSON.stringify(conf)}`,
      '-dsco', `MAX_SIZE=${MAX_TILE_BYTES}`, '-dsco', 'MAX_FEATURES=200000', '-dsco', `NAME=${name ?? path.basename(out)}`]);
    const atLimit = warnTilesAtLimit(out);
    if (pmtiles) packDirectory(out, pmtiles);
    return { tilesAtLimit: atLimit };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' }, shapes: { type: 'string' }, minzoom: { type: 'string' }, maxzoom: { type: 'string' }, pmtiles: { type: 'string' }, name: { type: 'string' } } });
  if (!values.in || !values.out) {
    console.error('usage: node scripts/make-tiles.mjs --in points.csv|points.parquet --out dir [--shapes file] [--minzoom 0] [--maxzoom 12] [--pmtiles out.pmtiles] [--name text]');
    process.exit(2);
  }
  await makeTiles({ input: values.in, out: values.out, shapes: values.shapes, minzoom: Number(values.minzoom ?? 0), maxzoom: Number(values.maxzoom ?? 12), pmtiles: values.pmtiles, name: values.name });
  console.log(`tiles written to ${values.out}${values.pmtiles ? ` and ${values.pmtiles}` : ''}`);
}
