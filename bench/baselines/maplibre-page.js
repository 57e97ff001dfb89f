/* global document */
// Bare MapLibre page: the app's basemap style and map options, no data layers.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle } from '../../src/map/basemap-style';
import { markBasemapFirst } from '../../src/map/first-frames';
import { cameraFromUrl, markFirstIdle } from './camera.js';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container: 'map',
  style: basemapStyle({ baseUrl: document.baseURI, theme: 'light' }),
  ...cameraFromUrl(),
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
});
// The basemap-first moment, detected as the app does (src/map/first-frames.ts).
markBasemapFirst(map);
markFirstIdle(map);
