/**
 * The MapLibre map with deck.gl layers interleaved in its WebGL context. The map instance and the
 * camera stay local here; the store only sees picks and readiness.
 */
import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { basemapStyle, MAP_BOUNDS, type BasemapData } from './basemap-style';
import { FLOW_LAYER_ID, LOOP_TIME, TRIP_TIME } from './layers/flow-layer';
import type { LayerRetime } from './layers/retime';
import { NO_PADDING, type Bounds, type Padding } from '../domain/framing';

/** Particle clock units per second: a particle crosses a leg in about two seconds. */
const FLOW_TIME_PER_SECOND = 20;

// After `vite build` MapLibre cannot find its worker on its own (docs/stack-notes.md, "MapLibre's worker after `vite build`").
maplibregl.setWorkerUrl(workerUrl);

/** The part of the map where the routes lie, framed at start. */
export const ROUTES_BOUNDS: [[number, number], [number, number]] = [
  [9.5, 31.5],
  [29.5, 48.6],
];

export const DATA_ATTRIBUTION = 'Data: Frontex (FRAN, 3 Jun 2025) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)';

type CameraIntentProp = { lon: number; lat: number; zoom: number; fly?: boolean; bounds?: Bounds };

/** The target of a flight in progress, per map. */
const flights = new WeakMap<maplibregl.Map, CameraIntentProp>();
/** The area a map keeps framed (a storyboard view) until the user moves it: refitted when the screen or the overlays change. */
const framed = new WeakMap<maplibregl.Map, CameraIntentProp>();

/** Where the intent puts the camera: its bounds fitted into the free area when it has some, else its centre and zoom. */
function targetOf(map: maplibregl.Map, intent: CameraIntentProp, padding: Padding) {
  if (intent.bounds) {
    const [west, south, east, north] = intent.bounds;
    const fit = map.cameraForBounds([[west, south], [east, north]], { padding });
    if (fit?.center !== undefined && fit.zoom !== undefined) return { center: maplibregl.LngLat.convert(fit.center), zoom: fit.zoom };
  }
  return { center: new maplibregl.LngLat(intent.lon, intent.lat), zoom: intent.zoom };
}

const MAX_BOUNDS: [[number, number], [number, number]] = [
  [MAP_BOUNDS[0], MAP_BOUNDS[1]],
  [MAP_BOUNDS[2], MAP_BOUNDS[3]],
];

/**
 * A framed view may need the screen to reach past the map's usual limits (a wide view fitted beside
 * a legend: the part past the edge lies under the legend), so the limits are lifted while it is
 * framed and come back when the user moves the map or another camera comes.
 */
function setFramed(map: maplibregl.Map, intent: CameraIntentProp | null) {
  if (intent) {
    if (!framed.has(map)) map.setMaxBounds(null);
    framed.set(map, intent);
  } else if (framed.has(map)) {
    framed.delete(map);
    map.setMaxBounds(MAX_BOUNDS);
  }
}

/** Seconds-scale flight for storyboard views; MapLibre jumps instead when the user prefers reduced motion. */
function moveTo(map: maplibregl.Map, intent: CameraIntentProp, padding: Padding) {
  setFramed(map, intent.bounds ? intent : null);
  const target = targetOf(map, intent, padding);
  if (intent.fly) {
    flights.set(map, intent);
    map.flyTo({ ...target, duration: 1800, essential: false });
  } else {
    flights.delete(map);
    map.jumpTo(target);
  }
}

/**
 * A flight computes its path in pixels of the size it started at: when the map is resized on the way
 * (the presenter hides the timeline, the browser goes full screen) it would land off target, so
 * the flight restarts from where it is. A framed view is fitted again to the new size.
 */
function keepFramingOnResize(map: maplibregl.Map, padding: () => Padding) {
  map.on('resize', () => refit(map, padding()));
  map.on('moveend', () => {
    if (!map.isMoving()) flights.delete(map);
  });
  // The user moving the map ends the framing (a drag, a wheel, a pinch carry the original event).
  map.on('movestart', (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) {
      setFramed(map, null);
      flights.delete(map);
    }
  });
}

/** Fits the framed view again (new size or new overlays), restarting a flight in progress. */
function refit(map: maplibregl.Map, padding: Padding) {
  const flight = flights.get(map);
  if (flight && map.isMoving()) return moveTo(map, flight, padding);
  const view = framed.get(map);
  if (view) moveTo(map, { ...view, fly: false }, padding);
}

/** The map's visible area as west, south, east, north. */
function boundsOf(map: maplibregl.Map): Bounds {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

export interface MapHandle {
  map: maplibregl.Map;
  overlay: MapLibreOverlay;
}

interface MapViewProps {
  layers: Layer[];
  theme: 'light' | 'dark' | 'projector';
  onHover: (info: PickingInfo) => void;
  onClick: (info: PickingInfo) => void;
  onZoom: (zoom: number) => void;
  onReady: (handle: MapHandle) => void;
  /** Called when the camera comes to rest, with the area it shows. */
  onMoveEnd: (camera: { lon: number; lat: number; zoom: number }, bounds: Bounds) => void;
  /** A camera from the link; otherwise the routes are framed. */
  initialCamera?: { lon: number; lat: number; zoom: number } | undefined;
  /** A camera to move to (e.g. from an opened project); `fly` moves there smoothly (a storyboard view). */
  cameraIntent?: CameraIntentProp | null;
  onCameraIntentDone?: () => void;
  /** Runs the particle clock (FLOW_LAYER_ID's currentTime) while true. */
  animateFlows?: boolean;
  /** The basemap inline rather than fetched (the self-contained presentation file). */
  basemapData?: BasemapData | undefined;
  /** Moves the time-bound layers to the current time window outside React (a month step renders nothing). */
  retime?: LayerRetime | undefined;
  /** Screen edges covered by overlays: a view's bounds are fitted into the rest. */
  framePadding?: Padding | null;
}

const asBuilt = (layers: Layer[]) => layers;

export function MapView({ layers, theme, onHover, onClick, onZoom, onReady, onMoveEnd, initialCamera, cameraIntent, onCameraIntentDone, animateFlows, basemapData, retime, framePadding }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const latestLayers = useRef(layers);
  const callbacks = useRef({ onHover, onClick, onZoom, onReady, onMoveEnd, onCameraIntentDone });
  const firstCamera = useRef(initialCamera);
  // An intent that arrives before the map has loaded waits for the 'load' event.
  const pendingIntent = useRef(cameraIntent);
  const retimed = useRef(retime?.apply ?? asBuilt);
  const padding = useRef(framePadding ?? NO_PADDING);
  useEffect(() => {
    callbacks.current = { onHover, onClick, onZoom, onReady, onMoveEnd, onCameraIntentDone };
    retimed.current = retime?.apply ?? asBuilt;
  });

  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: basemapStyle({ baseUrl: document.baseURI, theme, data: basemapData }),
      ...(firstCamera.current
        ? { center: [firstCamera.current.lon, firstCamera.current.lat] as [number, number], zoom: firstCamera.current.zoom }
        : { bounds: ROUTES_BOUNDS, fitBoundsOptions: { padding: { top: 30, bottom: 150, left: 300, right: 40 } } }),
      maxBounds: MAX_BOUNDS,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disable(); // arrow keys belong to the timeline
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // IOM's and UNHCR's CC BY 4.0 licences ask for credit where the data is shown.
    map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: DATA_ATTRIBUTION }), 'bottom-right');
    const overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onHover: (info) => callbacks.current.onHover(info),
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    map.addControl(overlay);
    // Clicks are picked here rather than through deck's own tap recognizer, which did not fire for
    // clicks on the shared canvas in interleaved mode (deck.gl 9.4 + MapLibre 6).
    map.on('click', (event) => {
      const info = overlay.pickObject({ x: event.point.x, y: event.point.y, radius: 4 });
      callbacks.current.onClick(info ?? ({ x: event.point.x, y: event.point.y, index: -1 } as PickingInfo));
    });
    map.on('zoom', () => callbacks.current.onZoom(map.getZoom()));
    keepFramingOnResize(map, () => padding.current);
    map.on('moveend', () => {
      const center = map.getCenter();
      callbacks.current.onMoveEnd({ lon: center.lng, lat: center.lat, zoom: map.getZoom() }, boundsOf(map));
    });
    map.once('load', () => {
      performance.mark('routeshift:map-load');
      handle.current = { map, overlay };
      overlay.setProps({ layers: retimed.current(latestLayers.current) });
      const intent = pendingIntent.current;
      if (intent) {
        moveTo(map, intent, padding.current);
        pendingIntent.current = null;
        callbacks.current.onCameraIntentDone?.();
      }
      callbacks.current.onZoom(map.getZoom());
      const center = map.getCenter();
      callbacks.current.onMoveEnd({ lon: center.lng, lat: center.lat, zoom: map.getZoom() }, boundsOf(map));
      callbacks.current.onReady({ map, overlay });
    });
    return () => {
      handle.current = null;
      map.remove();
    };
    // The map is created once; theme changes go through setStyle below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    handle.current?.map.setStyle(basemapStyle({ baseUrl: document.baseURI, theme, data: basemapData }), { diff: true });
  }, [theme, basemapData]);

  useEffect(() => {
    pendingIntent.current = cameraIntent;
    if (!cameraIntent || !handle.current) return;
    moveTo(handle.current.map, cameraIntent, padding.current);
    pendingIntent.current = null;
    onCameraIntentDone?.();
  }, [cameraIntent, onCameraIntentDone]);

  // New overlay boxes (the next view's caption, a hidden legend): the framed view is fitted again.
  useEffect(() => {
    const next = framePadding ?? NO_PADDING;
    const p = padding.current;
    if (next.top === p.top && next.right === p.right && next.bottom === p.bottom && next.left === p.left) return;
    padding.current = next;
    if (handle.current) refit(handle.current.map, next);
  }, [framePadding]);

  useEffect(() => {
    latestLayers.current = layers;
    handle.current?.overlay.setProps({ layers: (retime?.apply ?? asBuilt)(layers) });
  }, [layers, retime]);

  // A month step: only the time-bound layers are swapped for clones with the new filter range.
  useEffect(
    () => retime?.subscribe(() => handle.current?.overlay.setProps({ layers: retime.apply(latestLayers.current) })),
    [retime],
  );

  // The particle clock: each frame only the flow layer is cloned with a new time; no data work.
  useEffect(() => {
    if (!animateFlows) return;
    let frame = 0;
    const started = performance.now();
    const tick = (now: number) => {
      const currentTime = (((now - started) / 1000) * FLOW_TIME_PER_SECOND) % (LOOP_TIME + TRIP_TIME);
      handle.current?.overlay.setProps({ layers: retimed.current(latestLayers.current).map((l) => (l.id === FLOW_LAYER_ID ? l.clone({ currentTime } as Partial<typeof l.props>) : l)) });
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [animateFlows]);

  return <div ref={container} className="map-view" data-testid="map" aria-label="Route map" role="region" />;
}
