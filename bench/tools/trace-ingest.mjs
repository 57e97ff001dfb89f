/* global performance */
/**
 * What each long main-thread task is made of while a large CSV is imported (a tool, not a
 * measurement): a Chromium trace of the import, its main-thread tasks over 50 ms, and for each the
 * events inside it with the most time (scripts by function and file, GC, message handling, layout).
 *
 *   npx vite build --sourcemap && node bench/tools/trace-ingest.mjs --rows 1000000
 * (with source maps, script time is shown by source file and line)
 */
import fs from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/driver.mjs';
import { generate } from '../generate.mjs';
import { importThroughUi, openPage, setViewport } from '../lib/browser.mjs';
import { serve } from '../lib/serve.mjs';

const at = process.argv.indexOf('--rows');
const rows = at > 0 ? Number(process.argv[at + 1]) : 1_000_000;
const { points } = generate({ segments: 10, points: 10, labels: 10, csvRows: rows });
const server = await serve('dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
setViewport({ width: 1280, height: 800 });
try {
  const { page, cdp } = await openPage(browser, `${server.origin}/?m=2018-06&c=19.500,40.500,4.60`, { app: true });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await importThroughUi(page, [points], { timeout: 900_000 });
  const listedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  await page.waitForTimeout(3000);
  await cdp.send('Tracing.end');
  await done;
  const { profile } = await cdp.send('Profiler.stop');
  // Sample times on the trace's clock (both are monotonic microseconds).
  const sampleTimes = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) sampleTimes.push((t += d));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const maps = new Map();
  const where = (frame) => {
    const file = frame.url.split('/').pop();
    if (!file) return '';
    if (!maps.has(file)) {
      const mapFile = path.join('dist/assets', `${file}.map`);
      maps.set(file, fs.existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, 'utf8'))) : null);
    }
    const p = maps.get(file)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    return p?.source ? `${p.source.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/')}:${p.line}` : `${file}:${frame.lineNumber}`;
  };
  /** Self time by function, and the nearest src/ frame above it, for samples within [from, to). */
  const jsIn = (from, to) => {
    const by = new Map();
    sampleTimes.forEach((ts, i) => {
      if (ts < from || ts >= to) return;
      let n = nodes.get(profile.samples[i]);
      const own = `${n.callFrame.functionName || '(anon)'} ${where(n.callFrame)}`;
      let app = '';
      for (let up = n; up && !app; up = nodes.get(parents.get(up.id))) {
        const w = up.callFrame.url ? where(up.callFrame) : '';
        if (w.startsWith('src/')) app = `${up.callFrame.functionName || '(anon)'} ${w}`;
      }
      const key = app && !own.includes(app) ? `${own}  <  ${app}` : own;
      by.set(key, (by.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    return [...by].sort((a, b) => b[1] - a[1]).slice(0, 8);
  };
  // The renderer's main thread: the one with the most RunTask time among CrRendererMain threads.
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const main = [...names].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 50_000 && main.includes(`${e.pid}:${e.tid}`));
  const navStart = events.find((e) => e.name === 'TracingStartedInBrowser')?.ts ?? tasks[0]?.ts ?? 0;
  console.log(`${tasks.length} main-thread tasks over 50 ms (times from the trace's start; listed ${new Date(listedAt).toISOString()})`);
  for (const t of tasks) {
    const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.dur);
    const by = new Map();
    for (const e of inside) {
      const frame = e.args?.data?.functionName || e.args?.data?.url?.split('/').pop() || '';
      const key = `${e.name}${frame ? ` ${frame}` : ''}`;
      by.set(key, Math.max(by.get(key) ?? 0, e.dur));
    }
    console.log(`\ntask at +${((t.ts - navStart) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(0)} ms`);
    for (const [k, d] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`${(d / 1000).toFixed(1).padStart(9)} ms  ${k}`);
    console.log('   JS samples:');
    for (const [k, d] of jsIn(t.ts, t.ts + t.dur)) console.log(`${(d / 1000).toFixed(1).padStart(9)} ms  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
