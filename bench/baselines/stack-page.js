/* global document */
// Bare React + deck.gl + MapLibre page: what any app on this stack loads before its first frame.
import { createElement, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import { basemapStyle } from '../../src/map/basemap-style';
import { markBasemapFirst, routesFirstMarker } from '../../src/map/first-frames';
import { cameraFromUrl, markFirstIdle } from './camera.js';

maplibregl.setWorkerUrl(workerUrl);

const POINTS = [
  [20.45, 44.79],
  [23.73, 37.98],
  [15.98, 45.81],
  [26.55, 39.1],
];

function BareMap() {
  const container = useRef(null);
  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current,
      style: basemapStyle({ baseUrl: document.baseURI, theme: 'light' }),
      ...cameraFromUrl(),
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    const layer = new ScatterplotLayer({ id: 'points', data: POINTS, getPosition: (p) => p, getRadius: 8, radiusUnits: 'pixels', getFillColor: [200, 60, 40] });
    // The basemap-first and routes-first moments, detected as the app does (src/map/first-frames.ts):
    // here the "routes" are the one ScatterplotLayer.
    markBasemapFirst(map);
    map.addControl(new MapLibreOverlay({ interleaved: true, layers: [layer], onAfterRender: routesFirstMarker(map, () => layer) }));
    markFirstIdle(map);
    return () => map.remove();
  }, []);
  return createElement('div', { ref: container, style: { width: '100%', height: '100%' } });
}

createRoot(document.getElementById('root')).render(createElement(BareMap));
