/**
 * Deterministic synthetic data for `npm run bench`, written to bench/.data/ (gitignored) in formats
 * the app imports (src/data/import/README.md):
 *
 *   places-<labels>.csv        id,name,lat,lon,kind=hub      named places (what labels are drawn from)
 *   incidents-<points>.csv     id,kind,lat,lon,date,dead     dated points (full day: they step by month)
 *   segments-<segments>.csv    id,from,to,month,mode         from/to name places of places-<labels>.csv
 *   points-<rows>.csv          id,lat,lon,date,kind          dated points, kind incident (ingest and memory)
 *   points-<rows>.parquet      the same rows as Parquet (date a DATE column): the Parquet ingest line
 *
 * Everything clusters around real Balkan/Mediterranean towns, months spread over 2015–2024, and the
 * same arguments always give the same bytes (mulberry32 with a fixed seed per file).
 * Usage: node bench/generate.mjs [--segments N] [--points N] [--labels N] [--csvRows N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteBuffer } from 'hyparquet-writer';

export const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '.data');

/** Towns the synthetic data clusters around: [name, lat, lon]. */
const ANCHORS = [
  ['Athens', 37.98, 23.73], ['Thessaloniki', 40.64, 22.94], ['Lesvos', 39.1, 26.55], ['Izmir', 38.42, 27.14],
  ['Istanbul', 41.01, 28.98], ['Edirne', 41.68, 26.56], ['Sofia', 42.7, 23.32], ['Skopje', 41.99, 21.43],
  ['Gevgelija', 41.14, 22.5], ['Belgrade', 44.79, 20.45], ['Subotica', 46.1, 19.67], ['Sarajevo', 43.86, 18.41],
  ['Bihac', 44.82, 15.87], ['Zagreb', 45.81, 15.98], ['Ljubljana', 46.06, 14.51], ['Trieste', 45.65, 13.78],
  ['Budapest', 47.5, 19.04], ['Vienna', 48.21, 16.37], ['Tirana', 41.33, 19.82], ['Podgorica', 42.44, 19.26],
  ['Tripoli', 32.89, 13.19], ['Sfax', 34.74, 10.76], ['Lampedusa', 35.5, 12.6], ['Catania', 37.5, 15.09],
  ['Valletta', 35.9, 14.51], ['Bari', 41.12, 16.87], ['Patras', 38.25, 21.73], ['Chios', 38.37, 26.14],
];

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A point near a random anchor: gaussian-ish spread of about `spread` degrees. */
function nearAnchor(random, spread, anchor = Math.floor(random() * ANCHORS.length)) {
  const [, lat, lon] = ANCHORS[anchor % ANCHORS.length];
  const g = () => (random() + random() + random() - 1.5) * spread;
  return [lat + g(), lon + g()];
}

const pad = (n) => String(n).padStart(2, '0');
const monthOf = (random) => `${2015 + Math.floor(random() * 10)}-${pad(1 + Math.floor(random() * 12))}`;
const dayOf = (random) => `${monthOf(random)}-${pad(1 + Math.floor(random() * 28))}`;

/** Writes `rows` lines made by `line(i)` under `header`, skipping the work when the file exists. */
function writeCsv(name, header, rows, line) {
  const file = path.join(DATA_DIR, name);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const fd = fs.openSync(`${file}.tmp`, 'w');
  let chunk = [`${header}\n`];
  for (let i = 0; i < rows; i++) {
    chunk.push(`${line(i)}\n`);
    if (chunk.length >= 20_000) {
      fs.writeSync(fd, chunk.join(''));
      chunk = [];
    }
  }
  fs.writeSync(fd, chunk.join(''));
  fs.closeSync(fd);
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

export function placeName(i) {
  return `Place ${i}`;
}

/**
 * The same rows as points-<rows>.csv, as Parquet: lat/lon doubles (the CSV's 5 decimals), the date
 * a DATE column, id and kind strings, written by hyparquet-writer with its defaults (snappy, row
 * groups of 100,000 after a first of 1,000).
 */
function writeParquet(name, rows, line) {
  const file = path.join(DATA_DIR, name);
  if (fs.existsSync(file)) return file;
  const ids = new Array(rows);
  const lats = new Float64Array(rows);
  const lons = new Float64Array(rows);
  const dates = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const [id, lat, lon, date] = line(i).split(',');
    ids[i] = id;
    lats[i] = Number(lat);
    lons[i] = Number(lon);
    dates[i] = new Date(`${date}T00:00:00Z`);
  }
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'id', data: ids },
      { name: 'lat', data: lats },
      { name: 'lon', data: lons },
      { name: 'date', data: dates },
      { name: 'kind', data: new Array(rows).fill('incident') },
    ],
    schema: [
      { name: 'root', num_children: 5 },
      { name: 'id', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      { name: 'lat', type: 'DOUBLE', repetition_type: 'REQUIRED' },
      { name: 'lon', type: 'DOUBLE', repetition_type: 'REQUIRED' },
      { name: 'date', type: 'INT32', converted_type: 'DATE', repetition_type: 'REQUIRED' },
      { name: 'kind', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
    ],
  });
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.writeFileSync(`${file}.tmp`, new Uint8Array(buffer));
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

/** → { places, incidents, segments, points, pointsParquet }: absolute paths of the generated files. */
export function generate({ segments = 500_000, points = 200_000, labels = 50_000, csvRows = 1_000_000 } = {}) {
  const placesRandom = mulberry32(1);
  const places = writeCsv(`places-${labels}.csv`, 'id,name,lat,lon,kind', labels, (i) => {
    const [lat, lon] = nearAnchor(placesRandom, 1.2, i);
    return `pl${i},${placeName(i)},${lat.toFixed(5)},${lon.toFixed(5)},hub`;
  });
  const incidentsRandom = mulberry32(2);
  const incidents = writeCsv(`incidents-${points}.csv`, 'id,kind,lat,lon,date,dead', points, (i) => {
    const [lat, lon] = nearAnchor(incidentsRandom, 0.6);
    return `in${i},incident,${lat.toFixed(5)},${lon.toFixed(5)},${dayOf(incidentsRandom)},${Math.floor(incidentsRandom() * 8)}`;
  });
  const segmentsRandom = mulberry32(3);
  const modes = ['road', 'foot', 'boat', 'bus', 'car', 'rail'];
  // Place i lies near anchor i % ANCHORS.length; stepping by multiples of that keeps most legs
  // within one region, and a few jump to the next anchor.
  const segmentsFile = writeCsv(`segments-${segments}-of-${labels}.csv`, 'id,from,to,month,mode', segments, (i) => {
    const from = Math.floor(segmentsRandom() * labels);
    let to = (from + ANCHORS.length * (1 + Math.floor(segmentsRandom() * 20)) + (segmentsRandom() < 0.2 ? 1 : 0)) % labels;
    if (to === from) to = (from + 1) % labels;
    return `sg${i},${placeName(from)},${placeName(to)},${monthOf(segmentsRandom)},${modes[Math.floor(segmentsRandom() * modes.length)]}`;
  });
  // Dated sightings: a million rows of this kind are what an analyst's phone extractions and logs
  // hold. (Undated places, a gazetteer, stay row objects in the app: see bench/README.md.)
  const pointLine = () => {
    const pointsRandom = mulberry32(4);
    return (i) => {
      const [lat, lon] = nearAnchor(pointsRandom, 0.8);
      return `p${i},${lat.toFixed(5)},${lon.toFixed(5)},${dayOf(pointsRandom)},incident`;
    };
  };
  const pointsFile = writeCsv(`points-${csvRows}.csv`, 'id,lat,lon,date,kind', csvRows, pointLine());
  const pointsParquet = writeParquet(`points-${csvRows}.parquet`, csvRows, pointLine());
  return { places, incidents, segments: segmentsFile, points: pointsFile, pointsParquet };
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!key || !Number.isInteger(value) || value < 1) throw new Error(`usage: node bench/generate.mjs [--segments N] [--points N] [--labels N] [--csvRows N]`);
    out[key] = value;
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = generate(parseArgs(process.argv.slice(2)));
  for (const file of Object.values(files)) console.log(`${path.relative(process.cwd(), file)}  ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);
}
