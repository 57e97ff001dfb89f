/**
 * The MapLibre map with deck.gl layers interleaved in its WebGL context. The map instance and the
 * camera stay local here; the store only sees picks and readiness.
 */
import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { basemapStyle, type BasemapData } from './basemap-style';
import { createMap, MAX_BOUNDS, whenLoaded } from './create-map';
import { routesFirstMarker } from './first-frames';
import { RoutesFirst } from './routes-first';
import { takeStartedMap } from './start-map';
import { FLOW_LAYER_ID, SEGMENTS_LAYER_ID } from './layers/layer-ids';
import { LOOP_TIME, TRIP_TIME } from '../data/tables/flow-trips';
import { cloneFollowing, type LayerRetime } from './layers/retime';
import { NO_PADDING, type Bounds, type Padding } from '../domain/framing';

/** Particle clock units per second: a particle crosses a leg in about two seconds. */
const FLOW_TIME_PER_SECOND = 20;

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
  /**
   * Hands deck.gl no layer while true: the app's start-up (the stored workspace, then the link) is
   * not through yet, and a frame drawn now would show the defaults' month and layers.
   */
  holdLayers?: boolean;
  /** False while the list lacks layers whose code is still loading (routes-first.ts): "every layer handed" waits. */
  layersComplete?: boolean;
  /** Once: the first frame with the routes is drawn, or nothing was held back for it (routes-first.ts). */
  onRoutesShown?: () => void;
}

const asBuilt = (layers: Layer[]) => layers;

/** The layers last handed to each overlay (the built ones; the particle clock hands a clone of the flow layer). */
const handedLayers = new WeakMap<MapLibreOverlay, Layer[]>();
/** Each overlay's start-up staging: the segments first, the other layers after their first frame. */
const stagings = new WeakMap<MapLibreOverlay, RoutesFirst>();

/**
 * The overlay joins the map with the first layers it is handed, not before: an overlay with nothing
 * to draw still asks the map for frames (set-up, empty layer lists), and each frame before the routes'
 * first one delays it (issue 17: under a CPU rasteriser every frame is hundreds of ms of GPU process).
 */
const overlaysOnMap = new WeakSet<MapLibreOverlay>();

/** deck.gl picks only once the overlay is on the map (before that nothing is drawn to pick). */
function overlayOnMap(overlay: MapLibreOverlay): boolean {
  return overlaysOnMap.has(overlay);
}

/** Overlays whose map is still starting up (MapView's `holdLayers`). */
const held = new WeakSet<MapLibreOverlay>();

function handLayers(handle: MapHandle | null, layers: Layer[]) {
  if (!handle || held.has(handle.overlay)) return;
  const handed = stagings.get(handle.overlay)?.stage(layers) ?? layers;
  if (!overlayOnMap(handle.overlay)) {
    if (handed.length === 0) return;
    overlaysOnMap.add(handle.overlay);
    handle.map.addControl(handle.overlay);
  }
  handedLayers.set(handle.overlay, handed);
  handle.overlay.setProps({ layers: handed });
}

/** Runs `fn` once the map's overlay has every layer (the segments go first at start-up, routes-first.ts). */
export function whenAllLayersHanded(handle: MapHandle, fn: () => void): void {
  const staging = stagings.get(handle.overlay);
  if (staging) staging.whenComplete(fn);
  else fn();
}

/**
 * Compiles the shaders of `layers` (layers/warm-up.ts) now: they are handed to deck.gl with the
 * current layers until a frame has drawn them set up, then dropped; luma.gl keeps the compiled
 * programs for the layers that will need them.
 */
export function warmUpLayers(handle: MapHandle, layers: Layer[]): void {
  const { map, overlay } = handle;
  overlay.setProps({ layers: [...(handedLayers.get(overlay) ?? []), ...layers] });
  let frames = 0;
  const afterFrame = () => {
    if (layers.every((l) => l.isLoaded) || ++frames > 30) setTimeout(() => overlay.setProps({ layers: handedLayers.get(overlay) ?? [] }), 0);
    else map.once('render', afterFrame);
    map.triggerRepaint();
  };
  map.once('render', afterFrame);
  map.triggerRepaint();
}

/** The element MapLibre draws in, inside MapView's own (as start-map.ts makes it). */
function mapElement(): HTMLDivElement {
  const element = document.createElement('div');
  element.className = 'map-view-canvas';
  return element;
}

export function MapView({ layers, theme, onHover, onClick, onZoom, onReady, onMoveEnd, initialCamera, cameraIntent, onCameraIntentDone, animateFlows, basemapData, retime, framePadding, holdLayers = false, layersComplete = true, onRoutesShown }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const latestLayers = useRef(layers);
  const callbacks = useRef({ onHover, onClick, onZoom, onReady, onMoveEnd, onCameraIntentDone, onRoutesShown });
  const firstCamera = useRef(initialCamera);
  // An intent that arrives before the map has loaded waits for the 'load' event.
  const pendingIntent = useRef(cameraIntent);
  const retimed = useRef(retime?.apply ?? asBuilt);
  const holding = useRef(holdLayers);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const padding = useRef(framePadding ?? NO_PADDING);
  // The style the map was made with (a map started by the page's entry has the first theme, as the store).
  const shownStyle = useRef({ theme, basemapData });
  useEffect(() => {
    callbacks.current = { onHover, onClick, onZoom, onReady, onMoveEnd, onCameraIntentDone, onRoutesShown };
    retimed.current = retime?.apply ?? asBuilt;
  });

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    // The map the page's entry started before the app loaded, or a new one (tests, no entry).
    const taken = takeStartedMap(host);
    if (taken) shownStyle.current = { theme: taken.style.theme, basemapData: taken.style.basemapData };
    const map = taken?.map ?? createMap(host.appendChild(mapElement()), { theme, basemapData, camera: firstCamera.current });
    const overlay: MapLibreOverlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onAfterRender: () => {
        // The bench's routes-first moment (src/map/first-frames.ts): the first frame with the segments drawn.
        stagings.get(overlay)?.afterRender(markRoutesFirst());
      },
      onHover: (info) => callbacks.current.onHover(info),
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    overlayRef.current = overlay;
    if (holding.current) held.add(overlay);
    const markRoutesFirst = routesFirstMarker(map, (): Layer | undefined => handedLayers.get(overlay)?.find((l) => l.id === SEGMENTS_LAYER_ID));
    stagings.set(
      overlay,
      new RoutesFirst(
        () => handLayers(handle.current, retimed.current(latestLayers.current)),
        () => callbacks.current.onRoutesShown?.(),
      ),
    );
    // Clicks are picked here rather than through deck's own tap recognizer, which did not fire for
    // clicks on the shared canvas in interleaved mode (deck.gl 9.4 + MapLibre 6).
    map.on('click', (event) => {
      const info = overlayOnMap(overlay) ? overlay.pickObject({ x: event.point.x, y: event.point.y, radius: 4 }) : null;
      callbacks.current.onClick(info ?? ({ x: event.point.x, y: event.point.y, index: -1 } as PickingInfo));
    });
    map.on('zoom', () => callbacks.current.onZoom(map.getZoom()));
    keepFramingOnResize(map, () => padding.current);
    map.on('moveend', () => {
      const center = map.getCenter();
      callbacks.current.onMoveEnd({ lon: center.lng, lat: center.lat, zoom: map.getZoom() }, boundsOf(map));
    });
    whenLoaded(map, () => {
      performance.mark('routeshift:map-load');
      handle.current = { map, overlay };
      handLayers(handle.current, retimed.current(latestLayers.current));
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
      const element = map.getContainer();
      map.remove();
      element.remove();
    };
    // The map is created once; theme changes go through setStyle below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Only a change of style is set: setting the same one again costs frames at start-up (each one
  // rasterised before the routes' first frame can be, under a CPU rasteriser hundreds of ms).
  useEffect(() => {
    const map = handle.current?.map;
    if (!map || (shownStyle.current.theme === theme && shownStyle.current.basemapData === basemapData)) return;
    shownStyle.current = { theme, basemapData };
    map.setStyle(basemapStyle({ baseUrl: document.baseURI, theme, data: basemapData }), { diff: true });
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
    holding.current = holdLayers;
    // The overlay exists from the first effect; the handle only once the map has loaded, and the
    // hold must end even if it has not (the map's load then hands the layers).
    const overlay = overlayRef.current;
    if (overlay && !holdLayers) held.delete(overlay);
    handLayers(handle.current, (retime?.apply ?? asBuilt)(layers));
    if (overlay) stagings.get(overlay)?.setComplete(layersComplete);
  }, [layers, retime, holdLayers, layersComplete]);

  // A month step: the time-bound layers' window cells move (retime.ts) and the map draws again; the
  // layers deck.gl has keep their identity, so it updates none of them.
  useEffect(
    () =>
      retime?.subscribe(() => {
        const current = handle.current;
        // Before any layer is on the map a new window changes nothing drawn: no frame for it.
        if (!current || !overlayOnMap(current.overlay)) return;
        const layers = retime.apply(latestLayers.current);
        if (layers !== latestLayers.current) handLayers(current, layers);
        current.map.triggerRepaint();
      }),
    [retime],
  );

  // The particle clock: each frame only the flow layer is cloned with a new time; no data work.
  useEffect(() => {
    if (!animateFlows) return;
    let frame = 0;
    const started = performance.now();
    const tick = (now: number) => {
      const currentTime = (((now - started) / 1000) * FLOW_TIME_PER_SECOND) % (LOOP_TIME + TRIP_TIME);
      handLayers(handle.current, retimed.current(latestLayers.current).map((l) => (l.id === FLOW_LAYER_ID ? cloneFollowing(l, { currentTime } as Partial<typeof l.props>) : l)));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [animateFlows]);

  return <div ref={container} className="map-view" data-testid="map" aria-label="Route map" role="region" />;
}
