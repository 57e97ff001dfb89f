/* global window, performance, requestAnimationFrame */
/**
 * Where a month step's main-thread time goes, next to an idle redraw's (a tool, not a measurement):
 * a Chromium trace of `--steps` month steps and as many redraws (each followed by 3 frames, as in
 * the bench), and the main thread's self time per trace event, per action.
 *
 *   npx vite build && node bench/tools/trace-step.mjs --segments 50000 --points 50000 --labels 10000 --steps 6
 *   (--rest <ms>: wait this long after each action too, e.g. past the link's write)
 */
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
const steps = arg('steps', 6);
const rest = arg('rest', 0);
const files = generate(sizes);
// --dist <folder>: another build (e.g. of the commit before a change).
const distAt = process.argv.indexOf('--dist');
const server = await serve(distAt > 0 ? process.argv[distAt + 1] : 'dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
setViewport({ width: 480, height: 320 });

/** Self time (µs) per event name of the events on one thread within [from, to). */
function selfTimes(events, from, to) {
  const inside = events.filter((e) => e.ph === 'X' && e.ts >= from && e.ts < to).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const by = new Map();
  const stack = [];
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) by.set(parent.key, (by.get(parent.key) ?? 0) - e.dur);
    const frame = e.args?.data?.functionName || e.args?.data?.type || '';
    const key = `${e.name}${frame ? ` ${frame}` : ''}`;
    by.set(key, (by.get(key) ?? 0) + e.dur);
    stack.push({ ...e, key });
  }
  return by;
}

try {
  const { page, cdp } = await openPage(browser, `${server.origin}/?m=2015-01&c=19.500,40.500,4.60`, { app: true });
  await importThroughUi(page, [files.places, files.incidents], { timeout: 600_000 });
  await importThroughUi(page, [files.segments], { timeout: 600_000 });
  const act = (what) =>
    page.evaluate(
      async ({ what, rest }) => {
        const t0 = performance.now();
        if (what === 'redraw') window.__routeshift.repaint();
        else window.__routeshift.setMonth(what);
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => setTimeout(r, rest));
        return [t0, performance.now()];
      },
      { what, rest },
    );
  await act('2015-02');
  await act('redraw');
  await page.waitForTimeout(1000);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,blink,navigation,loading,ipc,blink.user_timing,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const marks = [];
  for (let i = 0; i < steps; i++) {
    await page.evaluate((i) => performance.mark(`step-${i}`), i);
    await act(`2015-${String(3 + (i % 9)).padStart(2, '0')}`);
    await page.evaluate((i) => performance.mark(`redraw-${i}`), i);
    await act('redraw');
    marks.push(i);
  }
  await page.evaluate(() => performance.mark('end'));
  await cdp.send('Tracing.end');
  await done;
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const mains = [...names].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  const markTs = new Map(events.filter((e) => e.ph === 'R' || (e.cat?.includes('blink.user_timing') && e.name)).map((e) => [e.name, e.ts]));
  // The renderer with the marks is the app's.
  const markEvent = events.find((e) => e.name === 'step-0');
  const main = mains.find((k) => markEvent && k.startsWith(`${markEvent.pid}:`)) ?? mains[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);
  /** Per action kind: one Map of self times per sample. */
  const samples = { step: [], redraw: [] };
  for (const i of marks) {
    const spans = { step: [markTs.get(`step-${i}`), markTs.get(`redraw-${i}`)], redraw: [markTs.get(`redraw-${i}`), markTs.get(i + 1 < steps ? `step-${i + 1}` : 'end')] };
    for (const kind of ['step', 'redraw']) {
      const [from, to] = spans[kind];
      if (from === undefined || to === undefined) throw new Error(`mark missing for ${kind} ${i}`);
      samples[kind].push(selfTimes(onMain, from, to));
    }
  }
  const median = (values) => {
    const s = [...values].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const keys = [...new Set(samples.step.flatMap((m) => [...m.keys()]).concat(samples.redraw.flatMap((m) => [...m.keys()])))];
  // Medians: one major GC in a window would dwarf a mean.
  const per = (kind, k) => median(samples[kind].map((m) => m.get(k) ?? 0)) / 1000;
  const sum = (kind) => median(samples[kind].map((m) => [...m.values()].reduce((a, b) => a + b, 0))) / 1000;
  console.log(`main-thread self time per action, ms (median of ${steps}): step ${sum('step').toFixed(2)}, redraw ${sum('redraw').toFixed(2)}`);
  console.log('    step   redraw   event');
  for (const k of keys.sort((a, b) => per('step', b) + per('redraw', b) - per('step', a) - per('redraw', a)).slice(0, 30)) {
    console.log(`${per('step', k).toFixed(2).padStart(8)} ${per('redraw', k).toFixed(2).padStart(8)}   ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
