/**
 * The bare pages the bench compares the app with, built like the app (Vite, React plugin, same
 * target, base './') into bench/.dist-baselines/. public/ is copied so the bare MapLibre page draws
 * the app's own basemap files.
 *   maplibre.html  MapLibre + the app's basemap style, nothing else
 *   stack.html     React + deck.gl (MapLibreOverlay, one ScatterplotLayer) + MapLibre, same basemap
 *   parse.html     papaparse (the app's version) parsing a chosen File in a Web Worker
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: path.join(here, '../../public'),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    sourcemap: process.env.BASELINE_SOURCEMAP === "1",
    chunkSizeWarningLimit: 2500,
    outDir: path.join(here, '../.dist-baselines'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        maplibre: path.join(here, 'maplibre.html'),
        stack: path.join(here, 'stack.html'),
        parse: path.join(here, 'parse.html'),
      },
    },
  },
});
