/**
 * The ingest measurement of `bench/run.mjs` (b.) as an A/B in one run: each round takes the bare
 * papaparse parse and the app's import of the same points CSV from two builds, in alternating
 * order, so that the machine's load falls on both alike. Prints and writes every raw figure and
 * the medians (ratio = app rows/s ÷ the same round's bare rows/s).
 *
 *   npx vite build --outDir /tmp/before (at the commit before) && npx vite build &&
 *   node bench/tools/measure-ingest-ab.mjs --a /tmp/before --b dist --rows 1000000 --rounds 3 --out result.json
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, VIEWPORT } from '../../tests/e2e/driver.mjs';
import { generate } from '../generate.mjs';
import { setViewport } from '../lib/browser.mjs';
import { measureAppIngest, measureBareParse } from '../lib/measure-ingest.mjs';
import { serve } from '../lib/serve.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const rows = Number(arg('rows', 1_000_000));
const rounds = Number(arg('rounds', 3));
const builds = { a: arg('a', null), b: arg('b', 'dist') };
const out = arg('out', null);
if (!builds.a) throw new Error('usage: node bench/tools/measure-ingest-ab.mjs --a <dist before> [--b <dist after>] [--rows N] [--rounds N] [--out file]');

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (m) => console.error(`ingest-ab: ${m}`);

const { points } = generate({ segments: 10, points: 10, labels: 10, csvRows: rows });
log('building the bare pages (bench/baselines)');
execFileSync('npx', ['vite', 'build', '-c', 'bench/baselines/vite.config.mjs', '--logLevel', 'error'], { stdio: 'inherit' });
const servers = { a: await serve(builds.a), b: await serve(builds.b), bare: await serve('bench/.dist-baselines') };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
setViewport(VIEWPORT);
const timeout = 30 * 60_000;
const samples = [];
try {
  for (let r = 0; r < rounds; r++) {
    const bare = await measureBareParse({ browser, baselineOrigin: servers.bare.origin, file: points, rows, timeout });
    const round = { round: r + 1, loadAverage: os.loadavg()[0], bare: { wallMs: bare.wallMs, rowsPerSecond: bare.rowsPerSecond } };
    for (const key of r % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
      const { ingest, pageErrors } = await measureAppIngest({ browser, origin: servers[key].origin, file: points, rows, timeout });
      round[key] = { ...ingest, ratio: Number((ingest.rowsPerSecond / bare.rowsPerSecond).toFixed(3)), pageErrors };
      log(`round ${r + 1} ${key}: ${ingest.wallMs} ms, ${round[key].ratio}× bare (${bare.wallMs} ms), longest task ${ingest.longestTaskMs} ms (${ingest.longTasks} long)`);
    }
    samples.push(round);
  }
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close();
}
const summary = Object.fromEntries(
  ['a', 'b'].map((key) => [
    key,
    {
      build: builds[key],
      medianRatio: median(samples.map((s) => s[key].ratio)),
      medianWallMs: median(samples.map((s) => s[key].wallMs)),
      medianLongestTaskMs: median(samples.map((s) => s[key].longestTaskMs)),
      maxLongestTaskMs: Math.max(...samples.map((s) => s[key].longestTaskMs)),
    },
  ]),
);
summary.bareMedianWallMs = median(samples.map((s) => s.bare.wallMs));
const result = { date: new Date().toISOString(), command: `node ${path.relative(process.cwd(), process.argv[1])} ${process.argv.slice(2).join(' ')}`, rows, rounds, machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model }, summary, samples };
console.log(JSON.stringify(summary, null, 1));
if (out) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}
