/* global window, requestAnimationFrame */
/**
 * A CPU profile of month steps (not a measurement: a tool to see where a step's main-thread time
 * goes). Imports generated data, takes `--steps` month steps under the V8 profiler and prints the
 * functions with the most self time, by bundle file and line.
 *
 *   npx vite build && node bench/tools/profile-step.mjs --segments 50000 --points 50000 --labels 10000
 *   (--redraw: idle redraws instead; --filter: filter changes instead; --heap: allocation sites)
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/driver.mjs';
import { generate } from '../generate.mjs';
import { importThroughUi, openPage, setViewport } from '../lib/browser.mjs';
import { serve } from '../lib/serve.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const sizes = { segments: arg('segments', 50_000), points: arg('points', 50_000), labels: arg('labels', 10_000), csvRows: 10 };
const steps = arg('steps', 8);
const redraw = process.argv.includes('--redraw');
/** Profile filter changes (confidence high / none, alternately) instead of month steps. */
const filter = process.argv.includes('--filter');
const heap = process.argv.includes('--heap');
const files = generate(sizes);

// --dist <folder>: another build (e.g. of the commit before a change).
const distAt = process.argv.indexOf('--dist');
const server = await serve(distAt > 0 ? process.argv[distAt + 1] : 'dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
setViewport({ width: 480, height: 320 });
try {
  const { page, cdp } = await openPage(browser, `${server.origin}/?m=2015-01&c=19.500,40.500,4.60`, { app: true });
  await importThroughUi(page, [files.places, files.incidents], { timeout: 600_000 });
  await importThroughUi(page, [files.segments], { timeout: 600_000 });
  const stepOnce = (month) =>
    page.evaluate(async (m) => {
      if (m === 'redraw') window.__routeshift.repaint();
      else if (m.startsWith('filter')) window.__routeshift.setFilters(m === 'filter-high' ? { confidence: ['high'], modes: ['land'] } : {});
      else window.__routeshift.setMonth(m);
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    }, month);
  await stepOnce('2015-02');
  await stepOnce('redraw');
  await cdp.send('HeapProfiler.collectGarbage');
  const monthOf = (i) => (redraw ? 'redraw' : filter ? (i % 2 ? 'filter-none' : 'filter-high') : `2015-${String(3 + (i % 9)).padStart(2, '0')}`);
  if (heap) {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096 });
    for (let i = 0; i < steps; i++) await stepOnce(monthOf(i));
    const { profile: sampled } = await cdp.send('HeapProfiler.stopSampling');
    const bySite = new Map();
    const walk = (node, stack) => {
      const f = node.callFrame;
      const here = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      const own = node.selfSize;
      if (own) bySite.set(`${here} <- ${stack}`, (bySite.get(`${here} <- ${stack}`) ?? 0) + own);
      for (const c of node.children) walk(c, here);
    };
    walk(sampled.head, '');
    console.log(`allocation sites over ${steps} ${redraw ? 'redraws' : 'steps'} (KB)`);
    for (const [k, b] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(b / 1024).toFixed(0).padStart(8)}  ${k}`);
    process.exit(0);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < steps; i++) await stepOnce(monthOf(i));
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync('bench/.data/step.cpuprofile', JSON.stringify(profile));
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${steps} ${redraw ? 'redraws' : filter ? 'filter changes' : 'steps'}, ${total.toFixed(0)} ms sampled`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
  await server.close();
}
