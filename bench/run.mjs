/**
 * `npm run bench` (full sizes) and `npm run bench -- --small` (tiny sizes, for `npm test`): the
 * issue-4 targets measured in headless Debian Chromium, each against its baseline in the same run.
 * See bench/README.md. Builds dist/ only when it is missing; always builds the bare pages
 * (bench/baselines → bench/.dist-baselines). Prints a table and writes
 * bench/results/<date>-<full|small>.json. Timings never fail the run: the exit status is 1 only
 * when a measurement could not be taken.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, VIEWPORT } from '../tests/e2e/driver.mjs';
import { generate } from './generate.mjs';
import { openPage, setViewport } from './lib/browser.mjs';
import { measureBundle } from './lib/bundle.mjs';
import { measureFirstFrame } from './lib/measure-first-frame.mjs';
import { measureAppIngest, measureBareParse } from './lib/measure-ingest.mjs';
import { measureStep } from './lib/measure-step.mjs';
import { measureArchive } from './lib/measure-archive.mjs';
import { archiveOf } from './generate-archive.mjs';
import { buildTable, formatTable } from './lib/report.mjs';
import { serve } from './lib/serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const small = process.argv.includes('--small');
const MODE = small ? 'small' : 'full';
/** `--only firstFrame,bundle,ingest,step`: a subset (results file gets an `-only-…` suffix). */
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const ONLY = onlyArg ? new Set(onlyArg.split(',')) : null;
const wanted = (name) => !ONLY || ONLY.has(name);
const argValue = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** `--viewport=640x400` overrides the page size; `--step-budget-min=N` caps the step sampling time. */
const stepBudgetMs = Number(argValue('step-budget-min') ?? Infinity) * 60_000;
const SIZES = small
  ? { segments: 2_000, points: 1_000, labels: 200, csvRows: 5_000, steps: 4, loads: 1, importTimeout: 60_000, viewport: { width: 480, height: 320 } }
  : { segments: 500_000, points: 200_000, labels: 50_000, csvRows: 1_000_000, steps: 20, loads: 5, importTimeout: 30 * 60_000, viewport: VIEWPORT };

/** Points of the full run's tiled archive (issue 17: 20,000,000). */
const ARCHIVE_POINTS = 20_000_000;

const viewportArg = argValue('viewport')?.split('x').map(Number);
if (viewportArg?.length === 2 && viewportArg.every((v) => v > 0)) SIZES.viewport = { width: viewportArg[0], height: viewportArg[1] };

const log = (msg) => console.log(`bench: ${msg}`);

function build() {
  const dist = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    log('dist/ missing: vite build');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  }
  log('building the bare pages (bench/baselines)');
  execFileSync('npx', ['vite', 'build', '-c', 'bench/baselines/vite.config.mjs', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  return { dist, baselines: path.join(HERE, '.dist-baselines') };
}

function machine(browserVersion) {
  const cpus = os.cpus();
  return { nproc: cpus.length, cpu: cpus[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: browserVersion, loadAverage: os.loadavg().map((v) => Number(v.toFixed(2))) };
}

async function main() {
  const started = Date.now();
  const dirs = build();
  log(`generating data (${JSON.stringify({ segments: SIZES.segments, points: SIZES.points, labels: SIZES.labels, csvRows: SIZES.csvRows })})`);
  const files = generate(SIZES);
  setViewport(SIZES.viewport);
  const appServer = await serve(dirs.dist);
  const baselineServer = await serve(dirs.baselines);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const results = { date: new Date().toISOString(), mode: MODE, command: `node ${[path.relative(ROOT, process.argv[1]), ...process.argv.slice(2)].join(' ')}`, sizes: SIZES, machine: machine(browser.version()) };
  const errors = {};
  const out = path.join(HERE, 'results', `${results.date.slice(0, 10)}-${MODE}${ONLY ? `-only-${[...ONLY].join('-')}` : ''}.json`);
  const write = () => {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify({ ...results, table: buildTable(results), errors }, null, 2)}\n`);
  };
  const attempt = async (name, fn) => {
    const t0 = Date.now();
    log(`${name}…`);
    try {
      results[name] = await fn();
      log(`${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
      log(`${name} FAILED: ${errors[name]}`);
    }
    write(); // a long full run keeps what it has measured so far
  };
  try {
    if (wanted('firstFrame') || wanted('bundle')) await attempt('firstFrame', () => measureFirstFrame({ browser, appServer, baselineServer, loads: SIZES.loads }));
    if (wanted('bundle')) await attempt('bundle', () => measureBundle(dirs.dist, results.firstFrame?.appServedBeforeFirstFrame));
    if (wanted('ingest')) await attempt('bareParse', () => measureBareParse({ browser, baselineOrigin: baselineServer.origin, file: files.points, rows: SIZES.csvRows, timeout: SIZES.importTimeout }));
    // Small mode only proves every measurement can be taken: one app page serves ingest and steps.
    const shared = small ? await openPage(browser, `${appServer.origin}/?m=2015-01&c=19.500,40.500,4.60`, { app: true }).catch(() => undefined) : undefined;
    if (wanted('ingest')) await attempt('appIngest', () => measureAppIngest({ browser, origin: appServer.origin, file: files.points, rows: SIZES.csvRows, timeout: SIZES.importTimeout, shared }));
    // The same rows as Parquet, imported through the app in a page of its own: rows/s against the CSV's.
    if (wanted('ingest')) await attempt('parquetIngest', async () => (await measureAppIngest({ browser, origin: appServer.origin, file: files.pointsParquet, rows: SIZES.csvRows, timeout: SIZES.importTimeout })).ingest);
    if (results.appIngest) {
      results.ingest = results.appIngest.ingest;
      results.memory = results.appIngest.memory;
    }
    if (wanted('step')) await attempt('step', () => measureStep({ browser, origin: appServer.origin, files, samples: SIZES.steps, importTimeout: SIZES.importTimeout, shared, budgetMs: stepBudgetMs, progress: (m) => log(`  step: ${m}`) }));
    await shared?.close();
    // A tiled archive of points: --small uses the committed fixture (no GDAL needed), a full run 20M points.
    if (wanted('archive')) {
      await attempt('archive', async () => {
        const archive = small ? path.join(ROOT, 'tests/fixtures/tiles/incidents.pmtiles') : await archiveOf(ARCHIVE_POINTS, path.join(HERE, '.data'));
        return measureArchive({ browser, origin: appServer.origin, archive, points: small ? 24 : ARCHIVE_POINTS, samples: SIZES.steps, budgetMs: stepBudgetMs, progress: (m) => log(`  archive: ${m}`) });
      });
    }
  } finally {
    await browser.close().catch(() => {});
    await appServer.close();
    await baselineServer.close();
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  write();
  results.table = buildTable(results);
  console.log(`\n${formatTable(results.table)}\n`);
  if (results.step) log(`context: month-step frame ${results.step.stepMedian.frameMs} ms vs redraw ${results.step.redrawMedian.frameMs} ms (SwiftShader: CPU rasterising), ${results.step.longTasksWhileStepping} long tasks while stepping`);
  if (results.bundle) log(`context: dist JS up front ${(results.bundle.totals.jsUpFront.gzip / 1024).toFixed(0)} KB gzip, on demand ${(results.bundle.totals.jsOnDemand.gzip / 1024).toFixed(0)} KB gzip`);
  log(`wrote ${path.relative(ROOT, out)} in ${results.seconds} s`);
  const failed = Object.keys(errors);
  if (failed.length) {
    log(`could not measure: ${failed.join(', ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
