/* global window, performance */
/**
 * b. Ingest: a points CSV imported through the app's file input until the dataset is in the store,
 *    vs papaparse (the app's version) parsing the same File in a Web Worker of a bare page.
 * e. Memory: main-thread heap + ArrayBuffer backing stores after a GC, before and after that import,
 *    vs the bytes of the typed arrays the map draws from (window.__routeshift.binaryBytes()).
 */
import { heapAfterGc, importThroughUi, longTasksSince, openPage } from './browser.mjs';
import { round, waitInPage } from './stats.mjs';

export async function measureBareParse({ browser, baselineOrigin, file, rows, timeout }) {
  // parse.html has no map (openPage waits for a first frame): a plain context will do
  const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baselineOrigin}/parse.html`, { waitUntil: 'load' });
    const t0 = Date.now();
    await page.locator('#file').setInputFiles(file);
    const parsed = await waitInPage(page, () => window.__benchParsed, null, { timeout, interval: 50, what: 'bare papaparse parse' });
    const wallMs = Date.now() - t0;
    if (parsed.rows !== rows) throw new Error(`bare parse read ${parsed.rows} rows, expected ${rows}`);
    return { rows: parsed.rows, wallMs, pageMs: round(parsed.ms), rowsPerSecond: Math.round(rows / (wallMs / 1000)) };
  } finally {
    await context.close().catch(() => {});
  }
}

/** `shared`: an app page already open (small mode reuses one page and leaves it open). */
export async function measureAppIngest({ browser, origin, file, rows, timeout, shared }) {
  const app = shared ?? (await openPage(browser, `${origin}/?m=2018-06&c=19.500,40.500,4.60`, { app: true }));
  try {
    const { page, cdp } = app;
    const heapBefore = await heapAfterGc(cdp);
    const binaryBefore = await page.evaluate(() => window.__routeshift.binaryBytes());
    const since = await page.evaluate(() => performance.now());
    const t0 = Date.now();
    const name = await importThroughUi(page, [file], { timeout });
    const wallMs = Date.now() - t0;
    const ended = await page.evaluate(() => performance.now());
    const tasks = (await longTasksSince(page, since)).filter((t) => t.start <= ended);
    // The app's import marks (received, add, added…), to tell which step a long task was.
    const marks = await page.evaluate((t) => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('routeshift:') && m.startTime >= t).map((m) => ({ name: m.name.slice('routeshift:'.length), at: Math.round(m.startTime - t) })), since);
    const accepted = await page.locator('[data-testid=report-accepted]').first().textContent({ timeout: 5000 }).catch(() => null);
    // Let the worker finish storing the dataset and the map settle before the heap is read.
    await page.waitForTimeout(2000);
    const heapAfter = await heapAfterGc(cdp);
    const binaryAfter = await page.evaluate(() => window.__routeshift.binaryBytes());
    const binaryDelta = binaryAfter - binaryBefore;
    const heapDelta = heapAfter.total - heapBefore.total;
    if (!(binaryDelta > 0)) throw new Error(`the import added no typed-array bytes (${binaryBefore} → ${binaryAfter})`);
    return {
      ingest: {
        dataset: name,
        report: accepted?.replace(/\s+/g, ' ').trim() ?? null,
        rows,
        wallMs,
        rowsPerSecond: Math.round(rows / (wallMs / 1000)),
        longTasks: tasks.length,
        longestTaskMs: round(tasks.reduce((m, t) => Math.max(m, t.ms), 0)),
        tasks: tasks.map((t) => ({ at: Math.round(t.start - since), ms: round(t.ms) })),
        listedAt: Math.round(ended - since),
        marks,
      },
      memory: {
        points: rows,
        heapBefore,
        heapAfter,
        heapDeltaBytes: heapDelta,
        binaryBytesBefore: binaryBefore,
        binaryBytesAfter: binaryAfter,
        binaryDeltaBytes: binaryDelta,
        ratio: round(heapDelta / binaryDelta, 2),
      },
      pageErrors: app.errors.slice(0, 5),
    };
  } finally {
    if (!shared) await app.close();
  }
}
