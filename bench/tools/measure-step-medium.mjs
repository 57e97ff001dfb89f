/**
 * The step-cost measurement of `bench/run.mjs` (a.) at medium sizes, for before/after comparisons
 * of a change on this machine (the full sizes take ~27 s a frame to rasterise on the CPU).
 *
 *   npx vite build && node bench/tools/measure-step-medium.mjs --segments 50000 --points 50000 --labels 10000 --samples 12
 *   (--dist <folder>: another build, e.g. of the commit before a change, for an A/B on the same machine)
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/driver.mjs';
import { generate } from '../generate.mjs';
import { setViewport } from '../lib/browser.mjs';
import { measureStep } from '../lib/measure-step.mjs';
import { serve } from '../lib/serve.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const sizes = { segments: arg('segments', 50_000), points: arg('points', 50_000), labels: arg('labels', 10_000), csvRows: 10 };
const files = generate(sizes);
const distAt = process.argv.indexOf('--dist');
const server = await serve(distAt > 0 ? process.argv[distAt + 1] : 'dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
setViewport({ width: arg('width', 480), height: arg('height', 320) });
try {
  const result = await measureStep({ browser, origin: server.origin, files, samples: arg('samples', 12), importTimeout: 600_000, progress: (m) => console.error(`  ${m}`) });
  const { stepMedian, redrawMedian, ratio, scriptRatio, samples, longTasksWhileStepping, pageErrors } = result;
  console.log(JSON.stringify({ sizes, samples, stepMedian, redrawMedian, ratio, scriptRatio, longTasksWhileStepping, pageErrors }, null, 1));
} finally {
  await browser.close();
  await server.close();
}
