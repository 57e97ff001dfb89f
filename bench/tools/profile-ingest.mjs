/* global window, requestAnimationFrame */
/**
 * Where the main thread's long stretches go while a large CSV is imported (a tool, not a
 * measurement). Imports `points-<rows>.csv` under the V8 profiler, cuts the samples into busy
 * stretches (runs without an idle sample) and prints each stretch over 30 ms with its top functions.
 * The profile is kept in bench/.data/ingest.cpuprofile (open it in Chrome's DevTools).
 *
 *   npx vite build && node bench/tools/profile-ingest.mjs --rows 1000000
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/driver.mjs';
import { DATA_DIR, generate } from '../generate.mjs';
import { importThroughUi, longTasksSince, openPage, setViewport } from '../lib/browser.mjs';
import { serve } from '../lib/serve.mjs';

const at = process.argv.indexOf('--rows');
const rows = at > 0 ? Number(process.argv[at + 1]) : 1_000_000;
generate({ segments: 10, points: 10, labels: 10, csvRows: rows });
const server = await serve('dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
setViewport({ width: 1280, height: 800 });
try {
  const { page, cdp } = await openPage(browser, `${server.origin}/?m=2015-01&c=19.500,40.500,4.60`, { app: true });
  const since = await page.evaluate(() => performance.now());
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await importThroughUi(page, [path.join(DATA_DIR, `points-${rows}.csv`)], { timeout: 900_000 });
  await page.evaluate(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 1000));
  });
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync('bench/.data/ingest.cpuprofile', JSON.stringify(profile));
  const tasks = await longTasksSince(page, since);
  console.log(`long tasks: ${tasks.map((t) => `${Math.round(t.duration)} ms`).join(', ') || 'none'}`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  let stretch = null;
  const stretches = [];
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (n.callFrame.functionName === '(idle)') {
      if (stretch) stretches.push(stretch);
      stretch = null;
      return;
    }
    stretch ??= { ms: 0, self: new Map() };
    stretch.ms += ms;
    stretch.self.set(label(n), (stretch.self.get(label(n)) ?? 0) + ms);
  });
  if (stretch) stretches.push(stretch);
  for (const s of stretches.filter((x) => x.ms > 30)) {
    console.log(`\nbusy ${s.ms.toFixed(0)} ms`);
    for (const [k, ms] of [...s.self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
