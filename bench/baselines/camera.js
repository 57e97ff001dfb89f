/* global window, URLSearchParams */
/** The camera from ?c=lon,lat,zoom (the app's own link format), else the app's usual frame. */
export function cameraFromUrl() {
  const c = new URLSearchParams(window.location.search).get('c');
  const [lon, lat, zoom] = (c ?? '19.5,40.5,4.6').split(',').map(Number);
  return { center: [lon, lat], zoom };
}

/** Marks the first map 'idle' (everything drawn) as the page's first frame, for the bench. */
export function markFirstIdle(map) {
  map.once('idle', () => {
    window.__benchReadyAt = window.performance.now();
  });
}
