/**
 * Builds the offline basemap into public/basemap/ from data/sources/natural-earth/ and the
 * world-atlas npm package:  npx tsx scripts/build-basemap.ts
 * All the geometry work is in src/data/build/basemap/ (pure); this file only reads and writes.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasemap } from '../src/data/build/basemap/index';
import { readBasemapSources } from './basemap-sources';
import { MAP_BOUNDS } from '../src/map/basemap-style';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public/basemap');

const { files, report } = buildBasemap(readBasemapSources(root), MAP_BOUNDS);

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
