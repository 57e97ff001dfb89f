/**
 * Labels for the data's own places (imported hubs, camps, landings), thinned by zoom and priority:
 * each label gets the lowest zoom at which no more important label already takes its spot, so a
 * dense set shows its main places from afar and the rest as the user zooms in. Computed once per
 * dataset; the map then shows a prefix of the labels per zoom step (see map/layers/place-labels).
 */
import type { Hub } from '../../domain/types';
import type { PlaceLabel } from '../../domain/place-label';

const MIN_ZOOM = 3;
const MAX_ZOOM = 12;
/** Room a label needs on screen, px (a typical place name at 12 px, with a gap). */
const LABEL_BOX_PX = { width: 90, height: 22 };
/** Beyond this many places, the rest stay unlabelled (the map shows them as dots; labels would be noise). */
export const MAX_DATA_LABELS = 100_000;
const KIND_PRIORITY: Record<Hub['kind'], number> = { hub: 0, departure: 1, landing: 2, camp: 3 };

/** Demo places are named by the basemap's own labels; only imported places (ids `${dataset}/…`) get labels here. */
const isImported = (hub: Hub) => hub.id.includes('/');

/** `classes`: the filter class of each hub (same order), carried to its label. */
export function dataPlaceLabels(hubs: readonly Hub[], classes?: Uint32Array): PlaceLabel[] {
  const picked = hubs.flatMap((h, i) => (isImported(h) && h.name.trim() !== '' ? [i] : [])).slice(0, MAX_DATA_LABELS);
  const candidates = picked.map((i) => hubs[i]!);
  const order = candidates.map((_, i) => i).sort((a, b) => KIND_PRIORITY[candidates[a]!.kind] - KIND_PRIORITY[candidates[b]!.kind] || a - b);
  const minZoom = new Float32Array(candidates.length).fill(MAX_ZOOM + 1);
  // Cells counted from the data's own corner keep the keys small integers (fast Set lookups).
  let west = Infinity;
  let south = Infinity;
  for (const h of candidates) {
    west = Math.min(west, h.coord[0]);
    south = Math.min(south, h.coord[1]);
  }
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    const worldPx = 512 * 2 ** z;
    const cellLon = (LABEL_BOX_PX.width * 360) / worldPx;
    const cellLat = (LABEL_BOX_PX.height * 180) / worldPx;
    const rows = Math.ceil(180 / cellLat) + 1;
    const taken = new Set<number>();
    for (const i of order) {
      const hub = candidates[i]!;
      const key = Math.floor((hub.coord[0] - west) / cellLon) * rows + Math.floor((hub.coord[1] - south) / cellLat);
      if (taken.has(key)) continue;
      taken.add(key);
      if (minZoom[i]! > z) minZoom[i] = z;
    }
  }
  return candidates.map((hub, i) => ({
    name: hub.name,
    lon: hub.coord[0],
    lat: hub.coord[1],
    minZoom: minZoom[i]!,
    kind: 'town' as const,
    ...(classes ? { filterClass: classes[picked[i]!] ?? 0 } : {}),
  }));
}
