/**
 * The map's deck.gl layers as a pure function of (state, data). Layers are cheap descriptions with
 * stable ids; visibility toggles `visible`, the month only moves the GPU filter range.
 */
import type { Layer } from '@deck.gl/core';
import type { MapTables } from '../../data/tables';
import type { EntityRef, LonLat } from '../../domain/types';
import type { LayerVisibility } from '../../state/slices/layers-slice';
import type { TimeWindow } from '../../domain/time-window';
import { buildChangeLayer, buildCrossingChangeLayer, type ChangeRow, type CrossingChangeRow } from './change-layer';
import { buildCandidatesLayer } from './candidates-layer';
import type { CandidateCrossing } from '../../domain/geometry-analytics';
import { buildCrossingsLayer } from './crossings-layer';
import { buildFlowLayer } from './flow-layer';
import { monthFilterProps } from './month-filter';
import { leftWindow, splitLayer, type SwipeInput } from './swipe';
import { buildHubsLayer } from './hubs-layer';
import { buildIncidentsLayer } from './incidents-layer';
import { buildPlaceLabelLayer, type PlaceLabel } from './place-labels';
import { buildSafeHousesLayer } from './safe-houses-layer';
import { buildSegmentsLayer } from './segments-layer';
import { buildSelectionLayer } from './selection-layer';

export interface LayerInput {
  tables: MapTables;
  timeWindow: TimeWindow;
  layers: LayerVisibility;
  selected: EntityRef | null;
  labels: PlaceLabel[];
  zoom: number;
  theme: 'light' | 'dark' | 'projector';
  /** Rows of a month comparison; when set, they replace the month's segments. */
  change?: ChangeRow[] | null;
  /** Crossings whose state changed in the comparison. */
  crossingChange?: CrossingChangeRow[] | null;
  /** Derived border points to show, if any. */
  candidates?: CandidateCrossing[] | null;
  /** Particles along the active segments (animated by the map). */
  flowAnimation?: boolean;
  /** Two periods side by side: the segments of the left period left of the divider. */
  swipe?: SwipeInput | null;
}

export function selectionGeometry(tables: MapTables, selected: EntityRef | null): { path: LonLat[] | null; point: LonLat | null } {
  if (!selected) return { path: null, point: null };
  switch (selected.kind) {
    case 'segment':
      return { path: tables.segments.segments.find((s) => s.id === selected.id)?.path ?? null, point: null };
    case 'crossing':
      return { path: null, point: tables.crossings.find((r) => r.crossing.id === selected.id)?.coord ?? null };
    case 'hub':
      return { path: null, point: tables.hubs.hubs.find((h) => h.id === selected.id)?.coord ?? null };
    case 'safeHouse':
      return { path: null, point: tables.safeHouses.find((r) => r.safeHouse.id === selected.id)?.coord ?? null };
    case 'incident':
      return { path: null, point: tables.incidents.incidents.find((i) => i.id === selected.id)?.coord ?? null };
    default:
      return { path: null, point: null };
  }
}

const NO_CHANGE: ChangeRow[] = [];
const NO_CROSSING_CHANGE: CrossingChangeRow[] = [];
const NO_CANDIDATES: CandidateCrossing[] = [];

function segmentsLayers(input: LayerInput): Layer[] {
  const layer = buildSegmentsLayer({
    table: input.tables.segments,
    timeWindow: input.timeWindow,
    visible: input.layers.segments && !input.change,
    // Thin lines vanish on a projector.
    ...(input.theme === 'projector' ? { widthScale: 1.5 } : {}),
  });
  if (!input.swipe) return [layer];
  return splitLayer(layer, monthFilterProps(leftWindow(input.timeWindow, input.swipe.leftMonth)), input.swipe.splitLon);
}

export function buildLayers(input: LayerInput): Layer[] {
  const { tables, timeWindow, layers, selected } = input;
  return [
    buildSelectionLayer(selectionGeometry(tables, selected)),
    ...segmentsLayers(input),
    buildChangeLayer({ rows: input.change ?? NO_CHANGE, visible: layers.segments && !!input.change }),
    buildFlowLayer({ table: tables.segments, timeWindow, visible: layers.segments && !input.change && !!input.flowAnimation }),
    buildIncidentsLayer({ table: tables.incidents, timeWindow, visible: layers.incidents }),
    buildHubsLayer({ table: tables.hubs, visible: layers.hubs }),
    buildCrossingChangeLayer({ rows: input.crossingChange ?? NO_CROSSING_CHANGE, visible: layers.crossings && !!input.crossingChange }),
    buildCandidatesLayer({ candidates: input.candidates ?? NO_CANDIDATES, visible: !!input.candidates?.length }),
    buildSafeHousesLayer({ rows: tables.safeHouses, timeWindow, visible: layers.safeHouses }),
    buildCrossingsLayer({ rows: tables.crossings, timeWindow, visible: layers.crossings }),
    buildPlaceLabelLayer(input.labels, { zoom: input.zoom, theme: input.theme, visible: layers.labels }),
  ];
}
