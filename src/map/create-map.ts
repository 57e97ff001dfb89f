/**
 * The MapLibre map with the app's basemap, camera and controls: made by the start-up entry before
 * the rest of the app loads (start-map.ts), or by MapView when there is none to take over.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { BASEMAP_ATTRIBUTION, basemapStyle, MAP_BOUNDS, type BasemapData, type BasemapTheme } from './basemap-style';
import { markBasemapFirst } from './first-frames';

// After `vite build` MapLibre cannot find its worker on its own (docs/stack-notes.md, "MapLibre's worker after `vite build`").
maplibregl.setWorkerUrl(workerUrl);

/** The part of the map where the routes lie, framed at start. */
export const ROUTES_BOUNDS: [[number, number], [number, number]] = [
  [9.5, 31.5],
  [29.5, 48.6],
];

export const DATA_ATTRIBUTION = 'Data: Frontex (FRAN, 3 Jun 2025) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)';
/** The date of the Frontex FRAN release the demo's figures come from (the attribution line names it). */
export const FRAN_AS_OF = '2025-06-03';

const attributions = new WeakMap<maplibregl.Map, maplibregl.AttributionControl>();

/**
 * The attribution line in the interface language: the map starts with the English one (before any
 * catalogue loads) and the app sets it again when the language is known or changes.
 */
export function setMapAttribution(map: maplibregl.Map, lines: string[]): void {
  const previous = attributions.get(map);
  if (previous) map.removeControl(previous);
  // IOM's and UNHCR's CC BY 4.0 licences ask for credit where the data is shown.
  const control = new maplibregl.AttributionControl({ compact: false, customAttribution: lines });
  map.addControl(control, 'bottom-right');
  attributions.set(map, control);
}

export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [MAP_BOUNDS[0], MAP_BOUNDS[1]],
  [MAP_BOUNDS[2], MAP_BOUNDS[3]],
];

/** Maps whose `load` has fired (MapLibre tells only the listeners that were there at the time). */
const loadedMaps = new WeakSet<maplibregl.Map>();

export interface MapStart {
  theme: BasemapTheme;
  /** The basemap inline rather than fetched (the self-contained presentation file). */
  basemapData?: BasemapData | undefined;
  /** A camera from the link; otherwise the routes are framed. */
  camera?: { lon: number; lat: number; zoom: number } | undefined;
}

export function createMap(container: HTMLElement, { theme, basemapData, camera }: MapStart): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: basemapStyle({ baseUrl: document.baseURI, theme, data: basemapData }),
    ...(camera
      ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }
      : { bounds: ROUTES_BOUNDS, fitBoundsOptions: { padding: { top: 30, bottom: 150, left: 300, right: 40 } } }),
    maxBounds: MAX_BOUNDS,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    dragRotate: false,
    pitchWithRotate: false,
  });
  markBasemapFirst(map);
  map.once('load', () => loadedMaps.add(map));
  map.touchZoomRotate.disableRotation();
  map.keyboard.disable(); // arrow keys belong to the timeline
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  setMapAttribution(map, [BASEMAP_ATTRIBUTION, DATA_ATTRIBUTION]);
  return map;
}

/** Runs `fn` at the map's `load` (its first complete frame), or now if that has passed (a map started early). */
export function whenLoaded(map: maplibregl.Map, fn: () => void): void {
  if (loadedMaps.has(map)) fn();
  else map.once('load', fn);
}

