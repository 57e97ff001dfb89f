/**
 * A static server for the bench that logs every file it serves ({ path, at }), so the bench can
 * count the JavaScript a page loaded before its first frame, workers included (their requests do
 * not always reach Playwright's page events).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv', '.png': 'image/png', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

export function serve(root) {
  const rootAbs = path.resolve(root);
  const log = [];
  const server = http.createServer((req, res) => {
    let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(rootAbs, pathname);
    if (!file.startsWith(rootAbs + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Cache-Control': 'no-store' });
      return res.end();
    }
    log.push({ path: pathname, file, at: Date.now() });
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, log, close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }) });
    });
  });
}

const gzipCache = new Map();
/** Raw and gzip (level 9, as a server would precompress) bytes of a file. */
export function fileSizes(file) {
  let sizes = gzipCache.get(file);
  if (!sizes) {
    const raw = fs.readFileSync(file);
    sizes = { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
    gzipCache.set(file, sizes);
  }
  return sizes;
}

export const isScript = (p) => /\.(m?js)$/.test(p);

/** JS files (unique) served from `log` since index `from` (and requested by `until`, ms since the epoch, if given): { files, raw, gzip }. */
export function scriptBytesSince(log, from, until = Infinity) {
  const files = [...new Set(log.slice(from).filter((e) => isScript(e.path) && e.at <= until).map((e) => e.file))];
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const s = fileSizes(f);
    raw += s.raw;
    gzip += s.gzip;
  }
  return { files: files.map((f) => path.basename(f)), raw, gzip };
}
