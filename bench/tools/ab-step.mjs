/* global window */
/**
 * An A/B of the step measurement (`bench/lib/measure-step.mjs`) at medium sizes: one page per
 * build, all open in one browser, the data imported into each, then step/redraw pairs taken from
 * the pages in turn (the order alternating each round), so every build is measured under the same
 * load of the machine. Prints per build the medians, the step ÷ redraw ratio and the median step
 * and redraw against the first build; `--out <file>` writes every raw sample as JSON.
 *
 *   npx vite build --outDir /tmp/before-dist   (on the commit before)
 *   npx vite build && node bench/tools/ab-step.mjs --dist /tmp/before-dist --dist dist --samples 12
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/driver.mjs';
import { generate } from '../generate.mjs';
import { importThroughUi, openPage, setViewport } from '../lib/browser.mjs';
import { monthsFrom, sample } from '../lib/measure-step.mjs';
import { serve } from '../lib/serve.mjs';
import { median, round } from '../lib/stats.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const dists = process.argv.flatMap((a, i) => (a === '--dist' ? [process.argv[i + 1]] : []));
if (dists.length < 2) throw new Error('give at least two builds: --dist <before> --dist <after>');
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? process.argv[outAt + 1] : null;
const samples = arg('samples', 12);
const sizes = { segments: arg('segments', 50_000), points: arg('points', 50_000), labels: arg('labels', 10_000), csvRows: 10 };
const files = generate(sizes);
const servers = await Promise.all(dists.map((d) => serve(d)));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
setViewport({ width: arg('width', 480), height: arg('height', 320) });
const log = (m) => console.error(`  ${m}`);
const pages = [];
try {
  for (const [i, server] of servers.entries()) {
    const app = await openPage(browser, `${server.origin}/?m=2015-01&c=19.500,40.500,4.60`, { app: true });
    await importThroughUi(app.page, [files.places, files.incidents], { timeout: 600_000 });
    await importThroughUi(app.page, [files.segments], { timeout: 600_000 });
    await app.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    pages.push({ dist: dists[i], app, steps: [], redraws: [] });
    log(`${dists[i]}: data imported`);
  }
  const months = monthsFrom('2015-01', samples + 3);
  // Warm-up: the first use of each path compiles shaders and JIT code.
  for (const p of pages) {
    await sample(p.app.page, p.app.cdp, { kind: 'step', month: months[1] });
    await sample(p.app.page, p.app.cdp, { kind: 'redraw' });
  }
  for (let i = 0; i < samples; i++) {
    const order = i % 2 === 0 ? pages : [...pages].reverse();
    for (const p of order) {
      p.steps.push(await sample(p.app.page, p.app.cdp, { kind: 'step', month: months[i + 2] }));
      p.redraws.push(await sample(p.app.page, p.app.cdp, { kind: 'redraw' }));
    }
    log(`${i + 1}/${samples} rounds`);
  }
  const summary = pages.map((p) => {
    const step = median(p.steps.map((s) => s.taskMs));
    const redraw = median(p.redraws.map((s) => s.taskMs));
    return {
      dist: p.dist,
      stepTaskMs: round(step),
      redrawTaskMs: round(redraw),
      ratio: round(step / redraw, 2),
      stepScriptMs: round(median(p.steps.map((s) => s.scriptMs))),
      redrawScriptMs: round(median(p.redraws.map((s) => s.scriptMs))),
      pageErrors: p.app.errors.slice(0, 5),
    };
  });
  const [base] = pages;
  // Paired by round: this build's step minus the first build's step in the same round.
  const paired = pages.slice(1).map((p) => ({
    dist: p.dist,
    stepMinusFirstMs: round(median(p.steps.map((s, i) => s.taskMs - base.steps[i].taskMs))),
    redrawMinusFirstMs: round(median(p.redraws.map((s, i) => s.taskMs - base.redraws[i].taskMs))),
  }));
  const result = { sizes, samples, load: (await import('node:os')).loadavg().map((l) => round(l, 2)), summary, paired };
  console.log(JSON.stringify(result, null, 1));
  if (out) fs.writeFileSync(out, JSON.stringify({ ...result, raw: pages.map((p) => ({ dist: p.dist, steps: p.steps, redraws: p.redraws })) }, null, 1));
  // The visible segments agree across builds (the same data drawn at the same month).
  const visible = await Promise.all(pages.map((p) => p.app.page.evaluate(() => window.__routeshift.visibleSegmentIds().length)));
  if (new Set(visible).size > 1) console.error(`  visible segments differ between builds: ${visible.join(', ')}`);
} finally {
  for (const p of pages) await p.app.close();
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
