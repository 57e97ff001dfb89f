/**
 * The link's camera, `c=lon,lat,zoom`. Read by the link parser (src/state/url-state.ts) and by the
 * page's entry, which starts the map before the rest of the app has loaded.
 */
import type { Camera } from './workspace';

/** The camera `c` names, or null when it is not lon,lat,zoom within the map's ranges. */
export function parseCameraParam(c: string): Camera | null {
  const [lon, lat, zoom] = c.split(',').map((v) => (v.trim() === '' ? Number.NaN : Number(v)));
  const valid = [lon, lat, zoom].every((v) => Number.isFinite(v));
  if (!valid || Math.abs(lon ?? 0) > 180 || Math.abs(lat ?? 0) > 85 || (zoom ?? -1) < 0 || (zoom ?? 99) > 22) return null;
  return { lon: lon as number, lat: lat as number, zoom: zoom as number };
}
