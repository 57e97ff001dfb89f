import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app may only talk to its own origin. The policy goes into the built index.html only:
 * Vite's dev server injects inline scripts that a strict policy would block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'routeshift-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * The files the app fetches at start-up (the demo data and the place labels) are requested with
 * the page, so that they arrive while the scripts load and compile instead of after them. The
 * attributes match the app's fetch() (CORS mode, same-origin credentials) so the preloaded
 * response is the one it gets. Not in the presentation file, which has them inlined.
 */
const STARTUP_FILES = ['data/demo.json', 'basemap/labels.json'];

function preloadStartupFiles(): Plugin {
  return {
    name: 'routeshift-preload-startup-files',
    apply: 'build',
    // Only the app's page: the speaker's window (speaker.html) fetches no data.
    transformIndexHtml: (_html, ctx) =>
      ctx.path.endsWith('/speaker.html') ? [] : STARTUP_FILES.map((href) => ({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const })),
  };
}

/**
 * After the app's build, the same app as one self-contained file (dist/presentation.html, see
 * vite.presentation.config.ts), so that every `vite build` yields both.
 */
function presentationFile(): Plugin {
  return {
    name: 'routeshift-presentation-file',
    apply: 'build',
    async closeBundle(error) {
      if (error) return;
      await build({ configFile: new URL('./vite.presentation.config.ts', import.meta.url).pathname });
    },
  };
}

/** React, which both pages load: a chunk of its own, so that the app does not load the speaker's code with it. */
const REACT_MODULES = /node_modules[\\/](react|react-dom|scheduler)[\\/]/;

/** The modules the speaker's page loads besides React and page-common: the speaker feature (see speaker.html). */
const SPEAKER_PAGE_MODULES = /vite[\\/]modulepreload-polyfill|src[\\/]features[\\/]speaker[\\/]|src[\\/]app[\\/]speaker-root\.tsx$/;

/** The speaker page's entry (its HTML and main module): its own chunk, outside both groups. */
const SPEAKER_PAGE_ENTRY = /[\\/]speaker\.html$|src[\\/]app[\\/]speaker-main\.tsx$/;

/**
 * The app page's entry and what it needs to start the map (src/app/main.tsx): MapLibre, the basemap
 * style, the page's presentation mode. Loaded first; the app follows as a chunk of its own.
 */
const MAP_START_MODULES = /[\\/]index\.html$|node_modules[\\/]maplibre-gl[\\/]|src[\\/]map[\\/](create-map|start-map|basemap-style|first-frames)\.ts$|src[\\/]app[\\/](main\.tsx|presentation-mode\.ts)$|src[\\/]domain[\\/]camera-param\.ts$|src[\\/]features[\\/]presentation-file[\\/]payload-element\.ts$/;

/**
 * What both pages' code uses (the speaker route, the inline-assets check, the message catalogue's core
 * with English and its formatter, month arithmetic and the clicker's keys, Vite's preload helper and modulepreload polyfill): a tiny chunk of its own, so that neither page loads the other's code (a module
 * in the map-start chunk would make the speaker's window run the app's entry).
 */
const PAGE_COMMON_MODULES = /vite[\\/](preload-helper|modulepreload-polyfill)|src[\\/]domain[\\/]i18n[\\/](index|locales|translate|load-catalogue|intl-cache|messages[\\/]en)\.ts$|node_modules[\\/](intl-messageformat|@formatjs[\\/][^\\/]+|tslib)[\\/]|src[\\/]features[\\/]speaker[\\/]speaker-route\.ts$|src[\\/]data[\\/]inline-assets\.ts$|src[\\/]domain[\\/](month|time-window)\.ts$|src[\\/]features[\\/]commands[\\/]keys\.ts$/;

// base './' keeps every asset URL relative to the page: the app only ever loads from its own origin.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadStartupFiles(), presentationFile()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    // Two pages: the app, and the speaker's window (speaker.html). Everything the app loads at start
    // (statically reachable from its entry) in one chunk: left to itself, Rolldown cuts the modules
    // that on-demand chunks share with start-up into a dozen small chunks, each compressed on its own,
    // all loaded before the first frame anyway. What the speaker's window needs (React and the
    // speaker modules) is taken first into a chunk of its own, which both pages load: the speaker's
    // window never loads the app's start chunk (tests/e2e/specs/u-speaker-window.mjs checks it).
    rolldownOptions: {
      // `app` is loaded by the index page's entry once it has started the map (src/app/main.tsx).
      input: { index: 'index.html', speaker: 'speaker.html', app: 'src/app/start-app.tsx' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'page-common', test: PAGE_COMMON_MODULES, priority: 4 },
            { name: 'map-start', test: MAP_START_MODULES, priority: 3 },
            { name: 'react', test: REACT_MODULES, priority: 2 },
            { name: 'speaker-page', test: SPEAKER_PAGE_MODULES, priority: 2 },
            // The speaker page's entry module stays its page's own chunk.
            { name: 'start', tags: ['$initial'], test: (id) => !SPEAKER_PAGE_ENTRY.test(id), priority: 1 },
          ],
        },
      },
    },
  },
  // Module workers ({ type: 'module' }) as ES modules, so that the import worker loads the Parquet,
  // Arrow and FlatGeobuf libraries as chunks of their own only when such a file is imported.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
