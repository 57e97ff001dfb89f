/* global window, PerformanceObserver, performance */
/**
 * Measures a large CSV import in the built app, in headless Chromium: wall time from choosing the
 * file to the report, and the main thread's long tasks meanwhile (PerformanceObserver 'longtask').
 * Usage: npx vite build && node bench/measure-import.mjs [megabytes=100]
 * The CSV is generated deterministically into the OS temp folder (not the repo).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSession } from '../tests/e2e/driver.mjs';

const megabytes = Number(process.argv[2] ?? 100);
const file = path.join(os.tmpdir(), `routeshift-points-${megabytes}mb.csv`);

function generate() {
  if (fs.existsSync(file) && fs.statSync(file).size >= megabytes * 1024 * 1024) return;
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const out = fs.createWriteStream(file);
  out.write('id,name,lat,lon,date\n');
  let bytes = 0;
  let i = 0;
  const target = megabytes * 1024 * 1024;
  const chunk = [];
  while (bytes < target) {
    const line = `p${i},Point ${i},${(40 + random() * 8).toFixed(5)},${(14 + random() * 14).toFixed(5)},${2015 + Math.floor(random() * 8)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}\n`;
    chunk.push(line);
    bytes += line.length;
    i++;
    if (chunk.length === 10000) out.write(chunk.splice(0).join(''));
  }
  out.end(chunk.join(''));
  return new Promise((resolve) => out.on('finish', resolve));
}

await generate();
const rows = Number((fs.readFileSync(file).toString('latin1').match(/\n/g) ?? []).length) - 1;
const session = await startSession();
try {
  const driver = await session.newDriver('measure-import');
  const { page } = driver;
  if (process.env.SHOW_CONSOLE) page.on('console', (m) => console.log('page:', m.text()));
  await driver.given.appOpen('m=2018-06');
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({ type: 'longtask', buffered: false });
  });
  await page.evaluate(() => window.__routeshift.setMonth('2018-06'));
  const t0 = Date.now();
  const started = await page.evaluate(() => performance.now());
  await page.locator('[data-testid=import-input]').setInputFiles(file);
  await page.locator('[data-testid=import-report]').waitFor({ state: 'visible', timeout: 15 * 60_000 });
  const wall = Date.now() - t0;
  const ended = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(() => window.__longTasks);
  const during = tasks.filter((t) => t.start >= started && t.start <= ended);
  const longest = during.reduce((m, t) => Math.max(m, t.ms), 0);
  const report = await page.locator('[data-testid=report-accepted]').first().textContent();
  await page.waitForTimeout(3000);
  if (process.env.SHOW_CONSOLE) console.log('long tasks', JSON.stringify(during.map((t) => [Math.round(t.start), Math.round(t.ms)])));
  const result = { file: path.basename(file), megabytes, rows, wallSeconds: wall / 1000, rowsPerSecond: Math.round(rows / (wall / 1000)), longTasks: during.length, longestMainThreadTaskMs: Math.round(longest), report };
  console.log(JSON.stringify(result, null, 2));
  await driver.close();
} finally {
  await session.close();
}
