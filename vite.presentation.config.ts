/**
 * The presentation build: the same app as ONE self-contained file, dist/presentation.html, for a
 * meeting-room PC with no install and no network. The app saves copies of it with the user's
 * storyboard and datasets injected (src/features/presentation-file/).
 *
 * Inlined: JS and CSS (vite-plugin-singlefile), MapLibre's worker (as a blob: URL: a file:// page
 * cannot load a worker from disk), and the files the app otherwise fetches (demo data, basemap) as
 * JSON script elements that src/data/inline-assets.ts reads. A strict CSP lets the page reach no
 * URL at all: scripts only by hash, connections and images only data:/blob:.
 *
 * Run after the main build by the main config's `presentationFile()` plugin, into the same dist/.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const PRESENTATION_FILE = 'presentation.html';
/** Must match INLINE_ASSET_PREFIX in src/data/inline-assets.ts. */
const INLINE_ASSET_PREFIX = 'routeshift-asset:';
const PUBLIC_DIR = path.resolve(import.meta.dirname, 'public');
/** What the app fetches from its own origin, relative to public/. */
const INLINED_ASSETS = ['data/demo.json', ...fs.readdirSync(path.join(PUBLIC_DIR, 'basemap')).filter((f) => f.endsWith('.json')).map((f) => `basemap/${f}`)];

/** No URL is reachable: scripts by hash only, data only from data:/blob:. */
export function presentationCsp(scriptHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'${h}'`).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'connect-src data: blob:',
    // On a file:// page (opaque origin) MapLibre turns the worker's blob: URL into a data: URL itself.
    'worker-src blob: data:',
    'font-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `maplibre-gl-worker.mjs?url` becomes a blob: URL made from the worker's source, inlined as a string. */
function maplibreWorkerAsBlob(): Plugin {
  const PREFIX = '\0routeshift-worker-blob:';
  return {
    name: 'routeshift-maplibre-worker-blob',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('maplibre-gl-worker.mjs?url')) return null;
      const resolved = await this.resolve(source.replace(/\?url$/, ''), importer, { skipSelf: true });
      if (!resolved) this.error(`Cannot resolve ${source}`);
      return PREFIX + resolved.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const source = fs.readFileSync(id.slice(PREFIX.length), 'utf8');
      return `export default URL.createObjectURL(new Blob([${JSON.stringify(source)}], { type: 'text/javascript' }));`;
    },
  };
}

/**
 * Worker files would not travel with the one HTML file: the import worker is left out (the file is
 * read-only) and the selection worker too (the filters' lists are then selected on the main thread).
 */
function withoutWorkerFiles(): Plugin {
  const WORKERS: [string, string, string][] = [
    ['/src/data/import/import-client.ts', "new URL('./import-worker.ts', import.meta.url)", 'Importing is not available in a presentation file.'],
    ['/src/data/selection/selection-client.ts', "new URL('./selection-worker.ts', import.meta.url)", 'No worker in a presentation file.'],
  ];
  return {
    name: 'routeshift-no-worker-files',
    enforce: 'pre',
    transform(code, id) {
      const worker = WORKERS.find(([file]) => id.endsWith(file));
      if (!worker) return null;
      const [file, url, message] = worker;
      if (!code.includes(url)) this.error(`${file} no longer creates its worker with ${url}: update ${path.basename(import.meta.filename)}`);
      return code.replace(url, `(() => { throw new Error(${JSON.stringify(message)}); })()`);
    },
  };
}

/** JSON inside a script element: `<` escaped so that no text can close the element. */
function jsonScript(id: string, jsonText: string): string {
  return `<script type="application/json" id="${id}">${jsonText.replace(/</g, '\\u003c')}</script>`;
}

/** After inlining: the fetched files go in as JSON scripts, and the CSP with the scripts' hashes. */
function inlineAssetsAndCsp(): Plugin {
  return {
    name: 'routeshift-presentation-assets-csp',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return this.error('index.html was not emitted');
      const others = Object.keys(bundle).filter((name) => name !== 'index.html');
      if (others.length) this.error(`The presentation file must be self-contained, but the build also emitted: ${others.join(', ')}`);
      const hashes = [...html.source.matchAll(/<script(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => `sha256-${createHash('sha256').update(m[1] ?? '', 'utf8').digest('base64')}`,
      );
      if (!hashes.length) this.error('No inline script found to hash');
      const assets = INLINED_ASSETS.map((file) => jsonScript(INLINE_ASSET_PREFIX + file, fs.readFileSync(path.join(PUBLIC_DIR, file), 'utf8').trim()));
      const csp = `<meta http-equiv="Content-Security-Policy" content="${presentationCsp(hashes)}" />`;
      // Positions found by index, not String.replace: JSON text may hold `$&` and the like.
      let source = html.source;
      const head = source.indexOf('<head>') + '<head>'.length;
      source = `${source.slice(0, head)}\n    ${csp}${source.slice(head)}`;
      const bodyEnd = source.lastIndexOf('</body>');
      delete bundle['index.html'];
      // Rolldown does not take new keys on `bundle`: the renamed file is emitted instead.
      this.emitFile({ type: 'asset', fileName: PRESENTATION_FILE, source: `${source.slice(0, bodyEnd)}${assets.join('\n')}\n  ${source.slice(bodyEnd)}` });
      },
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [react(), maplibreWorkerAsBlob(), withoutWorkerFiles(), viteSingleFile(), inlineAssetsAndCsp()],
  build: { target: 'es2022', sourcemap: false, outDir: 'dist', emptyOutDir: false },
});
