/**
 * The map's deck.gl layers as a pure function of (state, data). Layers are cheap descriptions with
 * stable ids; visibility toggles `visible`, the month only moves the GPU filter range.
 */
import type { Layer } from '@deck.gl/core';
import type { MapTables } from '../../data/tables';
import { NO_FILTERS, segmentsLayers, type LayerInput } from './first-layers';
import { BIN_MAX_ZOOM, BIN_MIN_POINTS } from '../../data/tables/incident-table';
import { buildIncidentBinsLayers } from './incident-bins-layer';
import type { EntityRef } from '../../domain/types';
import { MAP_KINDS, type MapKinds, type SelectionGeometry } from './map-kinds';
import { buildChangeLayer, buildCrossingChangeLayer, type ChangeRow, type CrossingChangeRow } from './change-layer';
import { buildAreasLayers } from './areas-layer';
import { buildCandidatesLayer } from './candidates-layer';
import type { CandidateCrossing } from '../../domain/geometry-analytics';
import { buildCrossingsLayer } from './crossings-layer';
import { buildFlowLayer } from './flow-layer';
import { monthFilterProps } from './month-filter';
import { leftWindow, splitLayer } from './swipe';
import { buildHubsLayer } from './hubs-layer';
import { buildIncidentsLayers } from './incidents-layer';
import { buildPlaceLabelLayer, type PlaceLabel } from './place-labels';
import { buildSafeHousesLayer } from './safe-houses-layer';
import { buildRouteFlowLabelLayer, buildRouteFlowLayers } from './route-flows-layer';
import { buildSelectionLayer } from './selection-layer';
import { allowedClasses, allPass } from '../../domain/filter-classes';

export type { LayerInput } from './first-layers';

export function selectionGeometry(tables: MapTables, selected: EntityRef | null, kinds: MapKinds = MAP_KINDS): SelectionGeometry {
  return (selected && kinds[selected.kind]?.selection(tables, selected.id)) ?? { path: null, point: null };
}

export const DATA_LABELS_LAYER_ID = 'data-place-labels';

/** Level of detail: a large point set seen from afar is drawn as bins. */
export function incidentsBinned(count: number, zoom: number): boolean {
  return count > BIN_MIN_POINTS && zoom < BIN_MAX_ZOOM;
}

const NO_CHANGE: ChangeRow[] = [];
const NO_CROSSING_CHANGE: CrossingChangeRow[] = [];
const NO_CANDIDATES: CandidateCrossing[] = [];

/** The data's place labels whose place passes the filters (one array per labels and filter). */
const labelsByFilter = new WeakMap<PlaceLabel[], WeakMap<Uint8Array, PlaceLabel[]>>();
function filteredLabels(labels: PlaceLabel[], allowed: Uint8Array): PlaceLabel[] {
  if (allPass(allowed)) return labels;
  let byAllowed = labelsByFilter.get(labels);
  if (!byAllowed) labelsByFilter.set(labels, (byAllowed = new WeakMap()));
  let kept = byAllowed.get(allowed);
  if (!kept) byAllowed.set(allowed, (kept = labels.filter((l) => allowed[l.filterClass ?? 0] === 1)));
  return kept;
}

/** The schematic route-level flows (own toggle), and in a swipe each side its own period's. */
function routeFlowInput(input: LayerInput) {
  return {
    table: input.tables.routeFlows,
    allowed: allowedClasses(input.tables.routeFlows.filter.profiles, input.filters ?? NO_FILTERS),
    timeWindow: input.timeWindow,
    visible: input.layers.routeFlows,
    zoom: input.zoom,
    theme: input.theme,
    ...(input.theme === 'projector' ? { widthScale: 1.5 } : {}),
  };
}

function withSwipe(layers: Layer[], input: LayerInput): Layer[] {
  const { swipe } = input;
  if (!swipe) return layers;
  return layers.flatMap((layer) => splitLayer(layer, monthFilterProps(leftWindow(input.timeWindow, swipe.leftMonth)), swipe.splitLon));
}

export function buildLayers(input: LayerInput): Layer[] {
  const { tables, timeWindow, layers, selected } = input;
  const filters = input.filters ?? NO_FILTERS;
  const binned = incidentsBinned(tables.incidents.length, input.zoom);
  const allowed = (t: { filter: { profiles: Parameters<typeof allowedClasses>[0] } }) => allowedClasses(t.filter.profiles, filters);
  const dataLabels = filteredLabels(tables.placeLabels, allowed(tables.hubs));
  return [
    // Areas under everything else: the routes, places and the selection are drawn over them.
    ...withSwipe(buildAreasLayers({ table: tables.areas, timeWindow, visible: layers.areas, allowed: allowed(tables.areas), ...(input.theme === 'projector' ? { widthScale: 1.5 } : {}) }), input),
    buildSelectionLayer(selectionGeometry(tables, selected)),
    ...(input.tiled ?? []),
    // Schematic flows under the corridors they summarise.
    ...withSwipe(buildRouteFlowLayers(routeFlowInput(input)), input),
    ...segmentsLayers(input),
    buildChangeLayer({ rows: input.change ?? NO_CHANGE, visible: layers.segments && !!input.change }),
    buildFlowLayer({ table: tables.segments, timeWindow, visible: layers.segments && !input.change && !!input.flowAnimation, allowed: allowed(tables.segments) }),
    ...buildIncidentsLayers({ table: tables.incidents, timeWindow, visible: layers.incidents && !binned, filters }),
    buildHubsLayer({ table: tables.hubs, visible: layers.hubs, allowed: allowed(tables.hubs) }),
    // Above the place dots: a dense gazetteer would otherwise hide the density the bins show (the
    // bins are translucent and not pickable, so places stay visible and clickable under them).
    ...buildIncidentBinsLayers({ table: tables.incidents, timeWindow, visible: layers.incidents && binned, filters }),
    buildCrossingChangeLayer({ rows: input.crossingChange ?? NO_CROSSING_CHANGE, visible: layers.crossings && !!input.crossingChange }),
    buildCandidatesLayer({ candidates: input.candidates ?? NO_CANDIDATES, visible: !!input.candidates?.length }),
    buildSafeHousesLayer({ table: tables.safeHouses, timeWindow, visible: layers.safeHouses, allowed: allowed(tables.safeHouses) }),
    buildCrossingsLayer({ table: tables.crossings, timeWindow, visible: layers.crossings, allowed: allowed(tables.crossings) }),
    ...withSwipe([buildRouteFlowLabelLayer(routeFlowInput(input))], input),
    buildPlaceLabelLayer(input.labels, { zoom: input.zoom, theme: input.theme, visible: layers.labels, language: input.language ?? 'en' }),
    buildPlaceLabelLayer(dataLabels, { zoom: input.zoom, theme: input.theme, visible: layers.labels && dataLabels.length > 0, id: DATA_LABELS_LAYER_ID, language: input.language ?? 'en' }),
  ];
}

export { layersEverShown } from './layers-ever-shown';
