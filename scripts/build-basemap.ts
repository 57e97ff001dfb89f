/**
 * Builds the offline basemap into public/basemap/ from data/sources/natural-earth/ and the
 * world-atlas npm package:  npx tsx scripts/build-basemap.ts
 * All the geometry work is in src/data/build/basemap/ (pure); this file only reads and writes.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { buildBasemap } from '../src/data/build/basemap/index';
import { MAP_BOUNDS } from '../src/map/basemap-style';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'data/sources/natural-earth');
const outDir = join(root, 'public/basemap');
const require = createRequire(import.meta.url);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const ne = (name: string) => readJson<FeatureCollection>(join(srcDir, `${name}.bbox_-20_25_45_55.geojson`));

const { files, report } = buildBasemap(
  {
    neCountries: ne('ne_50m_admin_0_countries'),
    neBoundaryLines: ne('ne_50m_admin_0_boundary_lines_land'),
    neRivers: ne('ne_50m_rivers_lake_centerlines'),
    neLakes: ne('ne_50m_lakes'),
    nePlaces50m: ne('ne_50m_populated_places_simple'),
    nePlaces10m: ne('ne_10m_populated_places_simple'),
    worldCountries50m: readJson<Topology>(require.resolve('world-atlas/countries-50m.json')),
  },
  MAP_BOUNDS,
);

mkdirSync(outDir, { recursive: true });
let total = 0;
const sizes: Record<string, string> = {};
for (const [name, doc] of Object.entries(files)) {
  const path = join(outDir, name);
  writeFileSync(path, JSON.stringify(doc));
  const bytes = statSync(path).size;
  total += bytes;
  sizes[name] = `${(bytes / 1024).toFixed(1)} KiB`;
}
sizes.total = `${(total / 1024).toFixed(1)} KiB`;

console.log(JSON.stringify({ outDir: 'public/basemap', sizes, ...report }, null, 2));
