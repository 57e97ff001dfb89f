/* global window, requestAnimationFrame, DataTransfer, File */
/**
 * RouteShift e2e driver: a static server for the built app, one headless Debian Chromium for the
 * whole run, and a fresh browser context per spec with given/when/then helpers.
 *
 * Every request a page makes is recorded. Anything that is not on http://127.0.0.1:<port> (data:
 * and blob: URLs excepted) is aborted and reported by externalRequests(): the app must work offline.
 *
 * Env: E2E_DIST (directory to serve, default dist/), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 800 };
export const READY_TIMEOUT_MS = 60_000;
const FAIL_FAST_READY_TIMEOUT_MS = 20_000;
export const DEFAULT_WAIT_MS = 15_000;
export const CHROMIUM_ARGS = [
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--enable-webgl',
  '--ignore-gpu-blocklist',
];
export const LAYER_IDS = ['segments', 'crossings', 'hubs', 'safeHouses', 'incidents', 'labels', 'routeFlows', 'areas'];

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM' → 'October 2015' (same as src/domain/month.ts formatMonthLong). */
export function formatMonthLong(key) {
  const m = MONTH_KEY.exec(key);
  if (!m) throw new RangeError(`Not a month key: ${JSON.stringify(key)}`);
  return `${LONG_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

export function isMonthKey(value) {
  return typeof value === 'string' && MONTH_KEY.test(value);
}

/** Matches "October 2015" anywhere in a string. */
export const LONG_MONTH_TEXT = new RegExp(`\\b(${LONG_MONTHS.join('|')}) \\d{4}\\b`);

/**
 * Retry an async assertion until it stops throwing; rethrow its last error after `timeout` ms.
 * Returns whatever `fn` returns.
 */
export async function eventually(fn, { timeout = DEFAULT_WAIT_MS, interval = 150 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() + interval > deadline) {
        if (error instanceof Error) error.message = `${error.message} (still failing after ${timeout} ms)`;
        throw error;
      }
    }
    await sleep(interval);
  }
}

// ---------------------------------------------------------------------------------------------
// Static server
// ---------------------------------------------------------------------------------------------

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pbf': 'application/x-protobuf',
  '.mvt': 'application/vnd.mapbox-vector-tile',
  '.bin': 'application/octet-stream',
};

/** Serve `root` on 127.0.0.1 on a free port. Resolves to { port, origin, notFound, close }. */
export function startStaticServer(root) {
  const rootAbs = path.resolve(root);
  const notFound = [];
  const server = http.createServer((req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, 'Bad Request');
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(rootAbs, pathname);
    if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) return send(404, 'Not Found');
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        notFound.push(pathname);
        return send(404, 'Not Found');
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        port,
        origin: `http://127.0.0.1:${port}`,
        notFound,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// PNG decoding (8-bit RGB/RGBA, non-interlaced: what Chromium's screenshots are)
// ---------------------------------------------------------------------------------------------

/** Decode a PNG buffer to { width, height, channels, data } where data is RGBA bytes. */
export function decodePng(buf) {
  const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIG)) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat = [];
  while (pos + 8 <= buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    pos += 12 + len;
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const bitDepth = body[8];
      colourType = body[9];
      const interlace = body[12];
      if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) {
        throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace})`);
      }
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
  }
  if (!width || !height) throw new Error('PNG has no IHDR');
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  if (raw.length < height * (stride + 1)) throw new Error('PNG data too short');
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const out = y * stride;
    const prev = out - stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? px[out + x - channels] : 0;
      const b = y > 0 ? px[prev + x] : 0;
      const c = y > 0 && x >= channels ? px[prev + x - channels] : 0;
      let v = raw[src + x];
      switch (filter) {
        case 0: break;
        case 1: v += a; break;
        case 2: v += b; break;
        case 3: v += (a + b) >> 1; break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      px[out + x] = v & 0xff;
    }
  }
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    data[i * 4] = px[j];
    data[i * 4 + 1] = px[j + 1];
    data[i * 4 + 2] = px[j + 2];
    data[i * 4 + 3] = channels === 4 ? px[j + 3] : 255;
  }
  return { width, height, channels, data };
}

/**
 * Colour statistics of a decoded image (alpha ignored), optionally over a crop given as fractions
 * { x0, y0, x1, y1 } of the image. → { pixels, distinct, dominant: '#rrggbb', dominantShare }
 */
export function colourStats(img, crop = { x0: 0, y0: 0, x1: 1, y1: 1 }) {
  const xa = Math.floor(img.width * crop.x0);
  const xb = Math.ceil(img.width * crop.x1);
  const ya = Math.floor(img.height * crop.y0);
  const yb = Math.ceil(img.height * crop.y1);
  const counts = new Map();
  let pixels = 0;
  for (let y = ya; y < yb; y++) {
    for (let x = xa; x < xb; x++) {
      const i = (y * img.width + x) * 4;
      const key = (img.data[i] << 16) | (img.data[i + 1] << 8) | img.data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
      pixels++;
    }
  }
  let dominantKey = 0;
  let dominantCount = 0;
  for (const [key, n] of counts) {
    if (n > dominantCount) {
      dominantCount = n;
      dominantKey = key;
    }
  }
  return {
    pixels,
    distinct: counts.size,
    dominant: `#${dominantKey.toString(16).padStart(6, '0')}`,
    dominantShare: pixels ? dominantCount / pixels : 1,
  };
}

// ---------------------------------------------------------------------------------------------
// Session: one server + one browser for the whole run
// ---------------------------------------------------------------------------------------------

/**
 * Start the static server for `distDir` and launch Chromium.
 * → { origin, browser, server, externalRequests(), newDriver(name), close() }
 */
export async function startSession({ distDir = process.env.E2E_DIST ?? 'dist' } = {}) {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`${index} not found: build the app first (npx vite build)`);
  const server = await startStaticServer(distDir);
  const { origin } = server;
  const isAllowed = (url) => url === origin || url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  /** Every external request of the session: { spec, url, kind }. */
  const sessionExternal = [];
  const session = {
    origin,
    browser,
    server,
    isAllowed,
    /** 'unknown' until an appOpen finishes: then 'ok', or 'never' if it timed out before any success. */
    readyState: 'unknown',
    externalRequests: () => [...sessionExternal],
    newDriver: (name) => createDriver(session, name, sessionExternal),
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
  return session;
}

async function createDriver(session, specName, sessionExternal) {
  const { origin, isAllowed } = session;
  const context = await session.browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const requests = [];
  const external = [];
  const failed = [];
  const errors = [];
  const noteExternal = (url, kind) => {
    const entry = { spec: specName, url, kind };
    external.push(entry);
    sessionExternal.push(entry);
  };

  // Block anything not served by our own server, and record it.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isAllowed(url)) return route.continue();
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    const url = req.url();
    requests.push(url);
    if (!isAllowed(url)) noteExternal(url, req.resourceType());
  });
  context.on('requestfailed', (req) => failed.push(`${req.url()}: ${req.failure()?.errorText ?? 'failed'}`));

  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message ?? String(err)}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    const where = loc?.url ? ` (${loc.url}:${loc.lineNumber})` : '';
    errors.push(`console.error: ${msg.text()}${where}`);
  });
  page.on('crash', () => errors.push('page crashed'));
  page.on('websocket', (ws) => {
    if (!ws.url().startsWith(`ws://127.0.0.1:${new URL(origin).port}`)) noteExternal(ws.url(), 'websocket');
  });

  const testid = (id) => page.locator(`[data-testid="${id}"]`);

  /** Call window.__routeshift[name](...args) in the page. */
  const hook = (name, ...args) =>
    page.evaluate(
      ([n, a]) => {
        const rs = window.__routeshift;
        if (!rs) throw new Error('window.__routeshift is missing');
        if (typeof rs[n] !== 'function') throw new Error(`window.__routeshift.${n} is not a function`);
        return rs[n](...a);
      },
      [name, args],
    );

  const nextFrames = (n = 2) =>
    page.evaluate(
      (count) =>
        new Promise((resolve) => {
          const step = (left) => (left <= 0 ? resolve(true) : requestAnimationFrame(() => step(left - 1)));
          step(count);
        }),
      n,
    );

  const textOf = async (id) => ((await testid(id).first().textContent({ timeout: DEFAULT_WAIT_MS })) ?? '').replace(/\s+/g, ' ').trim();

  const given = {
    /**
     * Open /?query and wait until window.__routeshift.ready === true (60 s; 20 s once the app has
     * failed to get ready in this session without ever succeeding, so a broken build fails fast).
     */
    async appOpen(query = '') {
      const q = String(query).replace(/^\?/, '');
      const url = `${origin}/${q ? `?${q}` : ''}`;
      const limit = session.readyState === 'never' ? FAIL_FAST_READY_TIMEOUT_MS : READY_TIMEOUT_MS;
      const deadline = Date.now() + limit;
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: limit });
      try {
        await page.waitForFunction(() => window.__routeshift?.ready === true, null, {
          timeout: Math.max(1000, deadline - Date.now()),
          polling: 100,
        });
      } catch (error) {
        const state = await page
          .evaluate(() => (window.__routeshift ? `ready=${JSON.stringify(window.__routeshift.ready)}` : 'window.__routeshift missing'))
          .catch(() => 'page unreachable');
        const errs = errors.length ? `; page errors: ${errors.slice(0, 5).join(' | ')}` : '';
        if (session.readyState !== 'ok') session.readyState = 'never';
        throw new Error(`app at ${url} not ready within ${limit / 1000} s (${state})${errs}\n${error.message.split('\n')[0]}`);
      }
      session.readyState = 'ok';
    },
  };

  const when = {
    async pressKey(key, times = 1) {
      for (let i = 0; i < times; i++) await page.keyboard.press(key);
    },
    setMonth: (key) => hook('setMonth', key),
    clickAt: (x, y) => page.mouse.click(x, y),
    moveTo: (x, y) => page.mouse.move(x, y),
    focus: (id) => testid(id).first().focus({ timeout: DEFAULT_WAIT_MS }),
    click: (id) => testid(id).first().click({ timeout: DEFAULT_WAIT_MS }),
    /**
     * Drop files on the page as a user dragging them from the desktop would: [{ name, text, type }],
     * or [{ name, bytes }] for binary files (a Buffer or Uint8Array, sent as base64).
     */
    async dropFiles(files) {
      const sent = files.map((f) => (f.bytes ? { name: f.name, type: f.type, base64: Buffer.from(f.bytes).toString('base64') } : f));
      const dataTransfer = await page.evaluateHandle((list) => {
        const dt = new DataTransfer();
        for (const f of list) {
          const body = f.base64 === undefined ? f.text : Uint8Array.from(globalThis.atob(f.base64), (c) => c.charCodeAt(0));
          dt.items.add(new File([body], f.name, { type: f.type ?? '' }));
        }
        return dt;
      }, sent);
      await page.dispatchEvent('[data-testid=map]', 'dragenter', { dataTransfer });
      await page.dispatchEvent('[data-testid=map]', 'dragover', { dataTransfer });
      await page.dispatchEvent('[data-testid=map]', 'drop', { dataTransfer });
    },
  };

  const then = {
    /** The app's month (hook) is `key` and month-label shows it ("October 2015"). */
    async monthIs(key, { timeout = DEFAULT_WAIT_MS } = {}) {
      const expected = formatMonthLong(key);
      await eventually(
        async () => {
          const month = await hook('month');
          assert.equal(month, key, `__routeshift.month() is ${JSON.stringify(month)}, expected ${key}`);
          const label = await textOf('month-label');
          assert.ok(label.includes(expected), `month-label reads ${JSON.stringify(label)}, expected "${expected}"`);
        },
        { timeout },
      );
    },
    async monthLabelContains(text, { timeout = DEFAULT_WAIT_MS } = {}) {
      await eventually(async () => {
        const label = await textOf('month-label');
        assert.ok(label.includes(text), `month-label reads ${JSON.stringify(label)}, expected it to contain "${text}"`);
      }, { timeout });
    },
    async visible(id, { timeout = DEFAULT_WAIT_MS } = {}) {
      try {
        await testid(id).first().waitFor({ state: 'visible', timeout });
      } catch {
        throw new Error(`[data-testid="${id}"] not visible within ${timeout} ms`);
      }
    },
    /** Absent from the DOM or not visible. */
    async hidden(id, { timeout = DEFAULT_WAIT_MS } = {}) {
      try {
        await testid(id).first().waitFor({ state: 'hidden', timeout });
      } catch {
        throw new Error(`[data-testid="${id}"] still visible after ${timeout} ms`);
      }
    },
    async hasText(id, { timeout = DEFAULT_WAIT_MS } = {}) {
      return eventually(async () => {
        const text = await textOf(id);
        assert.ok(text.length > 0, `[data-testid="${id}"] has no text`);
        return text;
      }, { timeout });
    },
    noExternalRequests() {
      assert.deepEqual(external.map((e) => e.url), [], 'requests left 127.0.0.1');
    },
    noPageErrors() {
      assert.deepEqual([...errors], [], 'page errors / console errors');
    },
  };

  return {
    name: specName,
    origin,
    page,
    context,
    session,
    given,
    when,
    then,
    hook,
    testid,
    textOf,
    nextFrames,
    eventually,
    /** Requests of this spec that were not on 127.0.0.1 (all were aborted). */
    externalRequests: () => [...external],
    /** Console errors and uncaught page errors of this spec. */
    pageErrors: () => [...errors],
    requests: () => [...requests],
    failedRequests: () => [...failed],
    /** PNG of the page, or of the element with data-testid `testid`, after two animation frames. */
    async screenshot(file, { testid: id, fullPage = false } = {}) {
      await nextFrames(2);
      if (file) fs.mkdirSync(path.dirname(file), { recursive: true });
      const opts = { type: 'png', timeout: 30_000, animations: 'allow', ...(file ? { path: file } : {}) };
      return id ? testid(id).first().screenshot(opts) : page.screenshot({ ...opts, fullPage });
    },
    /** Assertions every spec ends with. */
    teardown() {
      then.noExternalRequests();
      then.noPageErrors();
    },
    async close() {
      await context.close().catch(() => {});
    },
  };
}
