/* global window */
/** Level-of-detail screenshots (run from the repo root after a build): 60,000 dated points and 1,500 named places imported through the UI, seen at zoom 4.6 (bins) and 7.6 (points and place labels). */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../bench/lib/serve.mjs';
import { openPage, importThroughUi } from '../bench/lib/browser.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/driver.mjs';

fs.mkdirSync('bench/.data', { recursive: true });
// 60k dated points and 1500 named places around Balkan towns
const rnd = (() => { let a = 7; return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; })();
const towns = [[44.8, 20.46], [45.8, 15.98], [44.81, 15.87], [43.86, 18.41], [41.99, 21.43], [40.64, 22.94], [46.1, 19.66], [42.44, 19.26]];
let csv = 'id,lat,lon,date,kind\n';
for (let i = 0; i < 60000; i++) { const t = towns[i % towns.length]; csv += `p${i},${(t[0] + (rnd() - 0.5) * 1.6).toFixed(4)},${(t[1] + (rnd() - 0.5) * 2).toFixed(4)},2018-06-${String(1 + (i % 28)).padStart(2, '0')},incident\n`; }
fs.writeFileSync('bench/.data/lod-points.csv', csv);
let places = 'id,name,lat,lon,kind\n';
for (let i = 0; i < 1500; i++) { const t = towns[i % towns.length]; places += `pl${i},Village ${i},${(t[0] + (rnd() - 0.5) * 1.6).toFixed(4)},${(t[1] + (rnd() - 0.5) * 2).toFixed(4)},hub\n`; }
fs.writeFileSync('bench/.data/lod-places.csv', places);
const server = await serve(new URL('../dist', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const { page } = await openPage(browser, `${server.origin}/?m=2018-06&c=19.5,44.0,4.6`, { app: true });
await importThroughUi(page, ['bench/.data/lod-points.csv', 'bench/.data/lod-places.csv'], { timeout: 120000 });
await page.keyboard.press('Escape');
await page.waitForTimeout(4000);
await page.screenshot({ path: 'docs/screenshots/scale-bins-zoom-4.6.png' });
await page.goto(`${server.origin}/?m=2018-06&c=19.3,44.4,7.6`);
await page.waitForFunction(() => window.__routeshift?.ready, null, { timeout: 90000 });
await page.waitForTimeout(5000);
await page.screenshot({ path: 'docs/screenshots/scale-points-labels-zoom-7.6.png' });
await browser.close(); server.close?.();
console.log('done');
