/* global window, document */
/**
 * f. A large points archive (issue 17 item 6): a PMTiles archive opened by URL from the app's
 * origin (served here with byte ranges, as a static host or bucket does), then
 *   - month step main-thread time against an idle redraw (the same interleaved samples as the step
 *     line), and the tiles fetched while stepping (must be 0: a step only moves the GPU filter);
 *   - JS heap + array buffers after panning across the region, less the heap before opening it,
 *     against the heap the 1,000,000 in-memory points of the ingest line added.
 * Full run: 20,000,000 points made by bench/generate-archive.mjs (ogr2ogr; cached in bench/.data);
 * --small: the committed 24-point fixture (tests/fixtures/tiles), so `npm test` needs no GDAL.
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import { heapAfterGc, openPage } from './browser.mjs';
import { monthsFrom, sample } from './measure-step.mjs';
import { median, round } from './stats.mjs';

/** Serves `file` at …/bench-archive/archive.pmtiles with byte ranges; counts requests. */
async function serveArchive(page, file) {
  const size = fs.statSync(file).size;
  const served = { requests: 0, bytes: 0 };
  await page.route('**/bench-archive/archive.pmtiles', (route) => {
    const range = /bytes=(\d+)-(\d+)?/.exec(route.request().headers().range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = Math.min(size - 1, range?.[2] === undefined ? size - 1 : Number(range[2]));
    const body = Buffer.alloc(end - start + 1);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, body, 0, body.length, start);
    } finally {
      fs.closeSync(fd);
    }
    served.requests++;
    served.bytes += body.length;
    return route.fulfill({ status: range ? 206 : 200, body, headers: { 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes', ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}) } });
  });
  return served;
}

/** Waits until no tile has loaded for `quietMs` (the view's tiles are in). */
async function tilesSettled(page, { quietMs = 1500, timeout = 120_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await page.evaluate(() => window.__routeshift.tileLoads());
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return now;
    await page.waitForTimeout(200);
  }
  throw new Error(`tiles still loading after ${timeout / 1000} s`);
}

export async function measureArchive({ browser, origin, archive, points, samples, budgetMs = Infinity, progress = () => {} }) {
  const app = await openPage(browser, `${origin}/?m=2015-06&c=20.000,43.000,6.00`, { app: true });
  try {
    const { page, cdp } = app;
    const served = await serveArchive(page, archive);
    const heapBefore = await heapAfterGc(cdp);
    await page.locator('[data-testid=tile-url-input]').fill('bench-archive/archive.pmtiles');
    await page.locator('[data-testid=tile-url-open]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=tiled-dataset-row]')?.getAttribute('data-status') === 'ready', null, { timeout: 60_000 });
    const tilesAtOpen = await tilesSettled(page);
    progress(`archive open, ${tilesAtOpen} tiles in view`);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
    const months = monthsFrom('2015-06', samples + 3);
    await sample(page, cdp, { kind: 'step', month: months[1] });
    await sample(page, cdp, { kind: 'redraw' });
    const loadsBeforeSteps = await page.evaluate(() => window.__routeshift.tileLoads());
    const requestsBeforeSteps = served.requests;
    const steps = [];
    const redraws = [];
    const started = Date.now();
    for (let i = 0; i < samples; i++) {
      if (i >= 3 && Date.now() - started > budgetMs) break;
      steps.push(await sample(page, cdp, { kind: 'step', month: months[i + 2] }));
      redraws.push(await sample(page, cdp, { kind: 'redraw' }));
    }
    const tilesLoadedByStepping = (await page.evaluate(() => window.__routeshift.tileLoads())) - loadsBeforeSteps;
    const requestsByStepping = served.requests - requestsBeforeSteps;
    // Pan across the region: east, south, west, north, by a third of the view each time.
    const box = await page.locator('[data-testid=map]').boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const moves = [[-1, 0], [-1, 0], [0, -1], [1, 0], [1, 0], [1, 0], [0, 1], [-1, 0]];
    for (const [dx, dy] of moves) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + (dx * box.width) / 3, cy + (dy * box.height) / 3, { steps: 8 });
      await page.mouse.up();
      await tilesSettled(page, { quietMs: 1000 });
    }
    const heapAfterPan = await heapAfterGc(cdp);
    const step = median(steps.map((s) => s.taskMs));
    const redraw = median(redraws.map((s) => s.taskMs));
    if (!(step > 0) || !(redraw > 0)) throw new Error(`no main-thread time measured (step ${step} ms, redraw ${redraw} ms)`);
    return {
      points,
      archiveBytes: fs.statSync(archive).size,
      samples: steps.length,
      stepMedianMs: round(step),
      redrawMedianMs: round(redraw),
      ratio: round(step / redraw, 2),
      tilesLoadedByStepping,
      requestsByStepping,
      tilesLoadedInAll: await page.evaluate(() => window.__routeshift.tileLoads()),
      archiveRequests: served.requests,
      archiveBytesRead: served.bytes,
      heapDeltaAfterPanBytes: heapAfterPan.total - heapBefore.total,
      pageErrors: app.errors.slice(0, 5),
    };
  } finally {
    await app.close();
  }
}
