/**
 * The map's switchable layers: ids, labels and defaults. Shared vocabulary of the store, links,
 * project files, exports and the layer builders, so it lives here rather than in a slice.
 */
import { translatedRecord } from './i18n/translated-record';

export const LAYER_IDS = ['segments', 'crossings', 'hubs', 'safeHouses', 'incidents', 'labels', 'routeFlows', 'areas'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type LayerVisibility = Record<LayerId, boolean>;

/** In the active language when read. */
export const LAYER_LABELS: Record<LayerId, string> = translatedRecord({
  segments: 'layer.segments',
  crossings: 'layer.crossings',
  hubs: 'layer.hubs',
  safeHouses: 'layer.safeHouses',
  incidents: 'layer.incidents',
  labels: 'layer.labels',
  routeFlows: 'layer.routeFlows',
  areas: 'layer.areas',
});

export const DEFAULT_LAYERS: LayerVisibility = {
  segments: true,
  crossings: true,
  hubs: true,
  safeHouses: true,
  incidents: true,
  labels: true,
  routeFlows: true,
  areas: true,
};

/**
 * Layers added after links and files first listed layers (URL v1, project files, storyboard views):
 * where an older link or file could not have named one, it takes its default instead of "hidden".
 */
export const LAYERS_ADDED_LATER: readonly LayerId[] = ['routeFlows', 'areas'];

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

/** The ids of the layers shown, in LAYER_IDS order (how a storyboard view stores them). */
export function visibleLayerIds(layers: LayerVisibility): LayerId[] {
  return LAYER_IDS.filter((id) => layers[id]);
}

/**
 * A list of shown ids (a storyboard view's) as visibility by id: every known layer not listed is
 * hidden; a listed id this version does not know stays in, for whoever applies it to refuse.
 */
export function listedLayers(ids: readonly string[]): Record<string, boolean> {
  return Object.fromEntries([...LAYER_IDS.map((id): [string, boolean] => [id, false]), ...ids.map((id): [string, boolean] => [id, true])]);
}
