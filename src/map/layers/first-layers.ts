/**
 * The layers of the first frame with data: the route segments alone (issue 17: the routes first).
 * Its own module, apart from build-layers.ts, so that the code of every other layer (text, icons,
 * polygons, their deck.gl classes) loads after that frame. buildLayers builds the same segments
 * layer through segmentsLayers, so deck.gl keeps it (same id and data) when the rest arrives.
 */
import type { Layer } from '@deck.gl/core';
import type { MapTables } from '../../data/tables';
import type { EntityRef } from '../../domain/types';
import type { LayerVisibility } from '../../domain/layers';
import type { TimeWindow } from '../../domain/time-window';
import type { CandidateCrossing } from '../../domain/geometry-analytics';
import { allowedClasses } from '../../domain/filter-classes';
import type { EntityFilters } from '../../domain/filters';
import type { ChangeRow, CrossingChangeRow } from './change-rows';
import { monthFilterProps } from './month-filter';
import type { PlaceLabel } from './place-labels';
import { buildSegmentsLayer } from './segments-layer';
import { leftWindow, splitLayer, type SwipeInput } from './swipe';

export interface LayerInput {
  tables: MapTables;
  timeWindow: TimeWindow;
  layers: LayerVisibility;
  selected: EntityRef | null;
  labels: PlaceLabel[];
  zoom: number;
  /** Applied on the GPU through each row's filter class (tables are built unfiltered). */
  filters?: EntityFilters;
  theme: 'light' | 'dark' | 'projector';
  /** The interface language, for the labels' names (default English). */
  language?: string;
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
  /** The tiled datasets' layers (tiles-layer.ts), drawn over the areas and under the routes. */
  tiled?: Layer[];
}

/** No filter: every class passes (build-layers.ts uses the same object). */
export const NO_FILTERS: EntityFilters = {};

/** The route segments (in a swipe, each side its own period's). */
export function segmentsLayers(input: LayerInput): Layer[] {
  const layer = buildSegmentsLayer({
    table: input.tables.segments,
    allowed: allowedClasses(input.tables.segments.filter.profiles, input.filters ?? NO_FILTERS),
    timeWindow: input.timeWindow,
    visible: input.layers.segments && !input.change,
    // Thin lines vanish on a projector.
    ...(input.theme === 'projector' ? { widthScale: 1.5 } : {}),
  });
  if (!input.swipe) return [layer];
  return splitLayer(layer, monthFilterProps(leftWindow(input.timeWindow, input.swipe.leftMonth)), input.swipe.splitLon);
}
