/** Turns a deck.gl pick (layer id + row index) into a reference to the entity it draws. */
import type { MapTables } from '../../data/tables';
import { splitLayerId } from './layer-ids';
import { MAP_KINDS, type MapKindEntry, type MapKinds, type PickedRow } from './map-kinds';

export type { PickedRow };

/** Each layer id's entry, per set of entries (built once: picking runs on every hover). */
const entryByLayer = new WeakMap<MapKinds, Map<string, MapKindEntry>>();

function entriesByLayerId(kinds: MapKinds): Map<string, MapKindEntry> {
  let byLayer = entryByLayer.get(kinds);
  if (!byLayer) {
    byLayer = new Map(Object.values(kinds).flatMap((entry) => entry.layerIds.map((id) => [id, entry] as const)));
    entryByLayer.set(kinds, byLayer);
  }
  return byLayer;
}

export function pickedEntity(tables: MapTables, layerId: string | undefined, index: number, object: unknown, kinds: MapKinds = MAP_KINDS): PickedRow | null {
  if (index < 0 || !layerId) return null;
  const [baseId, part] = splitLayerId(layerId);
  return entriesByLayerId(kinds).get(baseId)?.pick(tables, { layerId: baseId, part, index, object }) ?? null;
}
