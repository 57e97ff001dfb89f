/**
 * The map started by the page's entry (src/app/main.tsx) before React and the rest of the app have
 * loaded, so that the basemap draws while they load. MapView takes it over when it mounts: the map's
 * element moves into MapView's own, at the same place and size, so nothing is redrawn or refitted.
 */
import type * as maplibregl from 'maplibre-gl';
import { createMap, type MapStart } from './create-map';

let started: { map: maplibregl.Map; style: Pick<MapStart, 'theme' | 'basemapData'> } | null = null;

/**
 * Creates the map in an element placed where MapView's will be (class `map-view`), at the end of
 * `<body>`. Call once, before the app mounts.
 */
export function startMap(options: MapStart): maplibregl.Map {
  const holder = document.createElement('div');
  holder.className = 'map-view';
  const container = document.createElement('div');
  container.className = 'map-view-canvas';
  holder.append(container);
  document.body.append(holder);
  const map = createMap(container, options);
  started = { map, style: { theme: options.theme, basemapData: options.basemapData } };
  return map;
}

/**
 * The map started early, once, with the style it was made with: MapView moves its element into
 * `host` and owns the map from then.
 */
export function takeStartedMap(host: HTMLElement): { map: maplibregl.Map; style: Pick<MapStart, 'theme' | 'basemapData'> } | null {
  const taken = started;
  started = null;
  if (!taken) return null;
  const { map } = taken;
  const container = map.getContainer();
  const holder = container.parentElement;
  host.append(container);
  if (holder !== host) holder?.remove();
  return taken;
}
