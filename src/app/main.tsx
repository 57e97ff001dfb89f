/**
 * The page's entry, kept small: it starts the map with the basemap at once, then loads the app
 * (React, deck.gl, the store, the panels), which takes the map over (src/map/start-map.ts). So the
 * basemap draws while the app's code loads (issue 17: "show the map first").
 */
import { parseCameraParam } from '../domain/camera-param';
import { isSpeakerRoute } from '../features/speaker/speaker-route';
import { startMap } from '../map/start-map';
import { inlineBasemapData } from './presentation-mode';
import './styles.css';

/** The app starts at the latest this long after the map, drawn or not. */
const APP_START_LATEST_MS = 3000;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** A page that cannot load its code says so instead of staying blank. */
function showLoadError(error: unknown) {
  root!.textContent = `RouteShift could not load: ${error instanceof Error ? error.message : String(error)}`;
}

// A presentation file is one page: its speaker window is the same file with ?speaker=1. (The app
// build opens speaker.html instead, which does not load the map's code at all.)
if (isSpeakerRoute(window.location.search)) {
  import('./speaker-root').then((m) => m.mountSpeakerWindow(root), showLoadError);
} else {
  // The store's first theme is light; a restored workspace's theme comes later through MapView.
  const c = new URLSearchParams(window.location.search).get('c');
  const map = startMap({ theme: 'light', basemapData: inlineBasemapData, camera: c === null ? undefined : (parseCameraParam(c) ?? undefined) });
  // The app runs once the basemap is drawn: its start-up work (the demo, the tables, deck.gl's
  // shaders) would otherwise hold up MapLibre's first frame. Its code is fetched meanwhile (the
  // page preloads it). A basemap that fails or takes too long does not hold the app back.
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import('./start-app').then((m) => m.startApp(root), showLoadError);
  };
  map.once('load', start);
  map.once('error', start);
  window.setTimeout(start, APP_START_LATEST_MS);
}
