/* global performance */
/**
 * c. First frame: cold loads (fresh context each) of the app with the demo data, the bare MapLibre
 * page and the bare React + deck.gl + MapLibre page, interleaved; time from navigation to the
 * first map 'idle' with the data drawn, and the JavaScript (gzip) asked for before the first frame
 * with data (routes-first), workers included.
 * Also the basemap-first and routes-first moments (marks set by src/map/first-frames.ts, on every page).
 */
import { openPage } from './browser.mjs';
import { scriptBytesSince } from './serve.mjs';
import { median, round, waitInPage } from './stats.mjs';

const CAMERA = 'c=19.500,40.500,4.60';

/** The marks of src/map/first-frames.ts, set by the app and the bare pages alike. */
const BASEMAP_FIRST = 'routeshift:basemap-first';
const ROUTES_FIRST = 'routeshift:routes-first';

/** performance.now() of a mark, once the page has set it. */
function markTime(page, name, url) {
  return waitInPage(page, (n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout: 30_000, interval: 50, what: `mark ${name} on ${url}` });
}

async function coldLoad(browser, server, url, { app, marks }) {
  const from = server.log.length;
  const page = await openPage(browser, url, { app });
  try {
    if (page.errors.length) throw new Error(`page errors on ${url}: ${page.errors.slice(0, 3).join(' | ')}`);
    const at = {};
    for (const name of marks) at[name] = await markTime(page.page, name, url);
    // The moment of the first frame with the page's data, on the server log's clock (ms since the epoch).
    const timeOrigin = await page.page.evaluate(() => performance.timeOrigin);
    // (A page without routes, the bare MapLibre one: everything it asked for.)
    const routesFirstAt = at[ROUTES_FIRST] === undefined ? Infinity : timeOrigin + at[ROUTES_FIRST];
    return {
      ms: page.readyAt,
      basemapFirstMs: at[BASEMAP_FIRST],
      routesFirstMs: at[ROUTES_FIRST],
      scripts: scriptBytesSince(server.log, from),
      scriptsBeforeRoutes: scriptBytesSince(server.log, from, routesFirstAt),
      served: server.log.slice(from).filter((e) => e.at <= routesFirstAt).map((e) => e.path),
    };
  } finally {
    await page.close();
  }
}

export async function measureFirstFrame({ browser, appServer, baselineServer, loads }) {
  const runs = { app: [], maplibre: [], stack: [] };
  for (let i = 0; i < loads; i++) {
    runs.app.push(await coldLoad(browser, appServer, `${appServer.origin}/?m=2015-10&${CAMERA}`, { app: true, marks: [BASEMAP_FIRST, ROUTES_FIRST] }));
    runs.maplibre.push(await coldLoad(browser, baselineServer, `${baselineServer.origin}/maplibre.html?${CAMERA}`, { app: false, marks: [BASEMAP_FIRST] }));
    runs.stack.push(await coldLoad(browser, baselineServer, `${baselineServer.origin}/stack.html?${CAMERA}`, { app: false, marks: [BASEMAP_FIRST, ROUTES_FIRST] }));
  }
  const times = (list, key) => (list[0][key] === undefined ? {} : { [`${key.replace(/Ms$/, '')}MedianMs`]: round(median(list.map((r) => r[key]))), [`${key.replace(/Ms$/, '')}AllMs`]: list.map((r) => round(r[key])) });
  const summary = (list) => ({
    medianMs: round(median(list.map((r) => r.ms))),
    allMs: list.map((r) => round(r.ms)),
    ...times(list, 'basemapFirstMs'),
    ...times(list, 'routesFirstMs'),
    scriptsGzip: list[0].scripts.gzip,
    scriptsBeforeRoutesGzip: list[0].scriptsBeforeRoutes.gzip,
    scriptsBeforeRoutesFiles: list[0].scriptsBeforeRoutes.files,
    scriptsRaw: list[0].scripts.raw,
    scriptFiles: list[0].scripts.files,
  });
  const app = summary(runs.app);
  const maplibre = summary(runs.maplibre);
  const stack = summary(runs.stack);
  return {
    loads,
    app,
    bareMaplibre: maplibre,
    bareStack: stack,
    firstFrameRatio: round(app.medianMs / maplibre.medianMs, 2),
    basemapFirstRatio: round(app.basemapFirstMedianMs / maplibre.basemapFirstMedianMs, 2),
    routesFirstRatio: round(app.routesFirstMedianMs / stack.routesFirstMedianMs, 2),
    /** JS before each page's first frame with its data (routes-first), the item 4 line (bench/README.md, c). */
    scriptBytesRatio: round(app.scriptsBeforeRoutesGzip / stack.scriptsBeforeRoutesGzip, 2),
    /** JS up to the app's `ready` (every layer and the panels) against the bare stack page's first frame: context. */
    scriptBytesToReadyRatio: round(app.scriptsGzip / stack.scriptsGzip, 2),
    /** Paths the app asked for before its first frame with routes (first load), for the bundle table. */
    appServedBeforeFirstFrame: [...new Set(runs.app[0].served)],
  };
}

