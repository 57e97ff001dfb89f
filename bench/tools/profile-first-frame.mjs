/* global performance */
/**
 * Where the main thread goes before the app's first frame with routes: a CPU profile (CDP Profiler)
 * of one cold load, self time summed by script and by function, from navigation to the
 * `routeshift:routes-first` mark (or `ready` with --until ready).
 *   npx vite build && node bench/tools/profile-first-frame.mjs [--dist dist] [--top 40] [--until routes-first]
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, VIEWPORT } from '../../tests/e2e/driver.mjs';
import { serve } from '../lib/serve.mjs';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, top: { type: 'string', default: '40' }, until: { type: 'string', default: 'routes-first' }, from: { type: 'string' } } });
const server = await serve(values.dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/?m=2015-10&c=19.500,40.500,4.60`, { waitUntil: 'domcontentloaded' });
  const mark = `routeshift:${values.until}`;
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 90_000 });
  const { profile } = await cdp.send('Profiler.stop');
  const untilMs = await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, mark);
  const timeOriginUs = await page.evaluate(() => performance.timeOrigin * 1000);
  // Profile timestamps are monotonic µs; samples after the mark are dropped via the page clock's
  // offset, estimated from the profile's end (≈ now).
  const nowMs = await page.evaluate(() => performance.now());
  const endUs = profile.endTime;
  const markUs = endUs - (nowMs - untilMs) * 1000;
  const fromMs = values.from ? await page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? 0, `routeshift:${values.from}`) : 0;
  const fromUs = endUs - (nowMs - fromMs) * 1000;
  void timeOriginUs;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFn = new Map();
  const byUrl = new Map();
  let t = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    if (t > markUs || (values.from && t < fromUs)) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const n = nodes.get(id);
    const f = n.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    total += dt;
    const url = (f.url || f.functionName).replace(/^.*\//, '');
    const fn = `${f.functionName || '(anon)'} ${url}:${f.lineNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
    byUrl.set(url, (byUrl.get(url) ?? 0) + dt);
  });
  const top = Number(values.top);
  console.log(`main-thread busy ${values.from ? `from ${values.from} (${Math.round(fromMs)} ms) ` : ''}before ${mark} (${Math.round(untilMs)} ms): ${Math.round(total)} ms`);
  for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
  console.log('--- functions');
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
