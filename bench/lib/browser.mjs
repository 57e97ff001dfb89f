/* global window, performance, PerformanceObserver */
/**
 * Browser helpers shared by the measurements: a fresh context per page (cold caches, empty
 * IndexedDB), the moment the app's test hook turns ready, long tasks, and the heap via CDP.
 */
import { VIEWPORT } from '../../tests/e2e/driver.mjs';
import { waitInPage } from './stats.mjs';

/**
 * Records performance.now() when window.__routeshift.ready first turns true (the app sets it at the
 * map's first 'idle' with the data's layers drawn), as window.__benchReadyAt: the bare pages set
 * the same flag at their first 'idle'.
 */
function recordAppReady() {
  let hook;
  Object.defineProperty(window, '__routeshift', {
    configurable: true,
    get: () => hook,
    set(value) {
      hook = value;
      let ready = value.ready;
      Object.defineProperty(value, 'ready', {
        configurable: true,
        enumerable: true,
        get: () => ready,
        set(next) {
          ready = next;
          if (next === true && window.__benchReadyAt === undefined) window.__benchReadyAt = performance.now();
        },
      });
    },
  });
}

function observeLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
}

let viewport = VIEWPORT;
/** The page size of every context from now on (small mode draws less: SwiftShader rasterises on the CPU). */
export function setViewport(size) {
  viewport = size;
}

export async function openPage(browser, url, { app = false, timeout = 90_000 } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  if (app) await context.addInitScript(recordAppReady);
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  const readyAt = await waitInPage(page, () => window.__benchReadyAt, null, { timeout, interval: 50, what: `first frame of ${url}` });
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, readyAt, errors, close: () => context.close().catch(() => {}) };
}

/** Long tasks that started at or after `since` (page clock, ms). */
export async function longTasksSince(page, since) {
  return page.evaluate((t) => window.__benchLongTasks.filter((e) => e.start >= t), since);
}

/** Main-thread JS heap + ArrayBuffer backing stores after a full GC, bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const backing = usage.backingStorageSize ?? 0;
  return { used: usage.usedSize, backing, total: usage.usedSize + backing, hasBackingStorage: usage.backingStorageSize !== undefined };
}

/** CDP Performance metrics by name (TaskDuration and ScriptDuration are cumulative seconds). */
export async function perfMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Imports files through the app's file input; resolves when a new dataset is in the store. */
export async function importThroughUi(page, files, { timeout }) {
  const before = await page.evaluate(() => window.__routeshift.datasetNames().length);
  await page.locator('[data-testid=import-input]').setInputFiles(files);
  await waitInPage(page, (n) => window.__routeshift.datasetNames().length > n, before, { timeout, interval: 100, what: `import of ${files.length} file(s)` });
  return page.evaluate(() => window.__routeshift.datasetNames().at(-1));
}
