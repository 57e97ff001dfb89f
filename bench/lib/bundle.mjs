/**
 * d. Bundle sizes: every file of dist/assets raw and gzip, marked 'up front' when the app fetched it
 * before its first frame (from the first-frame measurement's server log), else 'on demand'.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileSizes } from './serve.mjs';

export function measureBundle(distDir, servedBeforeFirstFrame) {
  const assets = path.join(distDir, 'assets');
  const upFrontNames = new Set((servedBeforeFirstFrame ?? []).map((p) => path.basename(p)));
  const chunks = fs
    .readdirSync(assets)
    .filter((f) => /\.(m?js|css|wasm)$/.test(f))
    .map((name) => ({ name, ...fileSizes(path.join(assets, name)), loaded: upFrontNames.has(name) ? 'up front' : 'on demand' }))
    .sort((a, b) => b.gzip - a.gzip);
  if (!chunks.length) throw new Error(`no chunks in ${assets}`);
  const total = (list) => list.reduce((acc, c) => ({ raw: acc.raw + c.raw, gzip: acc.gzip + c.gzip }), { raw: 0, gzip: 0 });
  const js = chunks.filter((c) => /\.m?js$/.test(c.name));
  return {
    chunks,
    totals: {
      all: total(chunks),
      jsUpFront: total(js.filter((c) => c.loaded === 'up front')),
      jsOnDemand: total(js.filter((c) => c.loaded === 'on demand')),
    },
    upFrontKnown: upFrontNames.size > 0,
  };
}
