/**
 * c. First frame: cold loads (fresh context each) of the app with the demo data, the bare MapLibre
 * page and the bare React + deck.gl + MapLibre page, interleaved; time from navigation to the
 * first map 'idle' with the data drawn, and the JavaScript (gzip) served before it, workers included.
 */
import { openPage } from './browser.mjs';
import { scriptBytesSince } from './serve.mjs';
import { median, round } from './stats.mjs';

const CAMERA = 'c=19.500,40.500,4.60';

async function coldLoad(browser, server, url, app) {
  const from = server.log.length;
  const page = await openPage(browser, url, { app });
  try {
    if (page.errors.length) throw new Error(`page errors on ${url}: ${page.errors.slice(0, 3).join(' | ')}`);
    return { ms: page.readyAt, scripts: scriptBytesSince(server.log, from), served: server.log.slice(from).map((e) => e.path) };
  } finally {
    await page.close();
  }
}

export async function measureFirstFrame({ browser, appServer, baselineServer, loads }) {
  const runs = { app: [], maplibre: [], stack: [] };
  for (let i = 0; i < loads; i++) {
    runs.app.push(await coldLoad(browser, appServer, `${appServer.origin}/?m=2015-10&${CAMERA}`, true));
    runs.maplibre.push(await coldLoad(browser, baselineServer, `${baselineServer.origin}/maplibre.html?${CAMERA}`, false));
    runs.stack.push(await coldLoad(browser, baselineServer, `${baselineServer.origin}/stack.html?${CAMERA}`, false));
  }
  const summary = (list) => ({
    medianMs: round(median(list.map((r) => r.ms))),
    allMs: list.map((r) => round(r.ms)),
    scriptsGzip: list[0].scripts.gzip,
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
    scriptBytesRatio: round(app.scriptsGzip / stack.scriptsGzip, 2),
    /** Paths the app fetched up to its first frame (first load), for the bundle table. */
    appServedBeforeFirstFrame: [...new Set(runs.app[0].served)],
  };
}

