/**
 * The map's layer ids, apart from the layers' code (which loads after the first frame with routes,
 * first-layers.ts): what picks, tests and the staging need to name a layer, without its deck.gl class.
 */

export const AREAS_LAYER_ID = 'areas';
export const AREA_OUTLINES_LAYER_ID = 'area-outlines';
export const CANDIDATES_LAYER_ID = 'candidate-crossings';
export const CHANGE_LAYER_ID = 'change';
export const CROSSING_CHANGE_LAYER_ID = 'change-crossings';
export const CROSSINGS_LAYER_ID = 'crossings';
export const FLOW_LAYER_ID = 'flow-particles';
export const HUBS_LAYER_ID = 'hubs';
export const INCIDENT_BINS_LAYER_ID = 'incident-bins';
export const INCIDENTS_LAYER_ID = 'incidents';
export const PLACE_LABELS_LAYER_ID = 'place-labels';
export const ROUTE_FLOWS_LAYER_ID = 'route-flows';
export const ROUTE_FLOW_LINES_LAYER_ID = 'route-flows-line';
export const ROUTE_FLOW_ARROWS_LAYER_ID = 'route-flows-arrows';
export const ROUTE_FLOW_LABELS_LAYER_ID = 'route-flows-labels';
export const SAFE_HOUSES_LAYER_ID = 'safeHouses';
export const SEGMENTS_LAYER_ID = 'segments';
export const SELECTION_LAYER_ID = 'selection';

/**
 * One layer per part, so that each draws from its part's own arrays: `incidents`, `incidents#1`, …
 * (deck.gl matches picking layer ids by prefix, so picking 'incidents' finds them all).
 */
export function partLayerId(base: string, part: number): string {
  return part === 0 ? base : `${base}#${part}`;
}

/** [base id, part] of a layer id made by partLayerId. */
export function splitLayerId(id: string): [string, number] {
  const at = id.lastIndexOf('#');
  return at < 0 ? [id, 0] : [id.slice(0, at), Number(id.slice(at + 1))];
}
