/* global performance, window */
/**
 * Where the app's first frames go: cold loads of the app (fresh context each), printing every
 * `routeshift:*` performance mark (ms from navigation) and the long tasks before `ready`.
 *   npx vite build && node bench/tools/first-frame-marks.mjs [--dist dist] [--loads 3]
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/driver.mjs';
import { openPage } from '../lib/browser.mjs';
import { serve } from '../lib/serve.mjs';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, loads: { type: 'string', default: '3' } } });
const server = await serve(values.dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  for (let i = 0; i < Number(values.loads); i++) {
    const page = await openPage(browser, `${server.origin}/?m=2015-10&c=19.500,40.500,4.60`, { app: true });
    await page.page.waitForTimeout(500);
    const out = await page.page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('routeshift:')).map((m) => `${m.name.slice(11)} ${Math.round(m.startTime)}`),
      long: window.__benchLongTasks.map((t) => `${Math.round(t.start)}+${Math.round(t.ms)}`),
    }));
    console.log(`load ${i + 1}: ready ${Math.round(page.readyAt)}\n  marks: ${out.marks.join(', ')}\n  long tasks: ${out.long.join(' ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
