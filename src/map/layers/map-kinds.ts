/**
 * The map's entry per entity kind (see src/domain/entity-kinds.ts): the deck.gl layers whose rows
 * are the kind's entities, the entity at a picked row, and where a selected one is drawn.
 * pickedEntity and selectionGeometry only look these up.
 */
import type { MapTables } from '../../data/tables';
import { incidentAtRow, incidentCoord } from '../../data/tables/incident-table';
import { monthKey } from '../../domain/month';
import type { EntityKind, EntityRef, LonLat } from '../../domain/types';
import {
  AREA_OUTLINES_LAYER_ID,
  AREAS_LAYER_ID,
  CHANGE_LAYER_ID,
  CROSSING_CHANGE_LAYER_ID,
  CROSSINGS_LAYER_ID,
  HUBS_LAYER_ID,
  INCIDENTS_LAYER_ID,
  ROUTE_FLOW_ARROWS_LAYER_ID,
  ROUTE_FLOWS_LAYER_ID,
  SAFE_HOUSES_LAYER_ID,
  SEGMENTS_LAYER_ID,
} from './layer-ids';

export interface PickedRow {
  ref: EntityRef;
  /** The month of the picked row where rows are per month. */
  month?: string;
}

/** A selected entity's path (lines) or point. */
export interface SelectionGeometry {
  path: LonLat[] | null;
  point: LonLat | null;
}

/** Where a pick landed: the layer id without its part suffix (`incidents#2` → `incidents`, part 2). */
export interface LayerPick {
  layerId: string;
  part: number;
  index: number;
  /** deck.gl's picked object: the row itself for layers drawn from objects (the change views). */
  object: unknown;
}

export interface MapKindEntry {
  /** Base ids of the layers drawing this kind (a swipe's left copy is `left-…`). */
  layerIds: readonly string[];
  /** The entity drawn at the picked row (index ≥ 0), or null. */
  pick(tables: MapTables, pick: LayerPick): PickedRow | null;
  selection(tables: MapTables, id: string): SelectionGeometry;
}

export type MapKinds = Readonly<Record<string, MapKindEntry>>;

const point = (coord: LonLat | null | undefined): SelectionGeometry => ({ path: null, point: coord ?? null });
/** The entity an object row of a change view stands for. */
const objectId = (object: unknown, field: 'segmentId' | 'crossingId') => (object as Record<string, string | undefined> | null)?.[field];

/** A row of the segments' or route flows' table (rows are per segment and month). */
function segmentRow(table: MapTables['segments'] | MapTables['routeFlows'], index: number): PickedRow | null {
  const segment = table.segments[table.rowSegment[index] ?? -1];
  const month = table.rowMonth[index];
  return segment ? { ref: { kind: 'segment', id: segment.id }, ...(month !== undefined ? { month: monthKey(month) } : {}) } : null;
}

const ROUTE_FLOW_IDS = [ROUTE_FLOWS_LAYER_ID, ROUTE_FLOW_ARROWS_LAYER_ID, `left-${ROUTE_FLOWS_LAYER_ID}`, `left-${ROUTE_FLOW_ARROWS_LAYER_ID}`];

export const MAP_KINDS: { readonly [K in EntityKind]: MapKindEntry } = {
  segment: {
    layerIds: [SEGMENTS_LAYER_ID, `left-${SEGMENTS_LAYER_ID}`, ...ROUTE_FLOW_IDS, CHANGE_LAYER_ID],
    pick(tables, { layerId, index, object }) {
      if (layerId === CHANGE_LAYER_ID) {
        const id = objectId(object, 'segmentId');
        return id ? { ref: { kind: 'segment', id } } : null;
      }
      // Band and arrow heads share rows: a schematic flow is a segment (its panel says so).
      return segmentRow(ROUTE_FLOW_IDS.includes(layerId) ? tables.routeFlows : tables.segments, index);
    },
    selection: (tables, id) => ({ path: tables.segments.segments.find((s) => s.id === id)?.path ?? null, point: null }),
  },
  crossing: {
    layerIds: [CROSSINGS_LAYER_ID, CROSSING_CHANGE_LAYER_ID],
    pick(tables, { layerId, index, object }) {
      const id = layerId === CROSSING_CHANGE_LAYER_ID ? objectId(object, 'crossingId') : tables.crossings.crossings[tables.crossings.rowCrossing[index] ?? -1]?.id;
      return id ? { ref: { kind: 'crossing', id } } : null;
    },
    selection: (tables, id) => point(tables.crossings.crossings.find((c) => c.id === id)?.coord),
  },
  hub: {
    layerIds: [HUBS_LAYER_ID],
    pick(tables, { index }) {
      const hub = tables.hubs.hubs[index];
      return hub ? { ref: { kind: 'hub', id: hub.id } } : null;
    },
    selection: (tables, id) => point(tables.hubs.hubs.find((h) => h.id === id)?.coord),
  },
  safeHouse: {
    layerIds: [SAFE_HOUSES_LAYER_ID],
    pick(tables, { index }) {
      const house = tables.safeHouses.safeHouses[index];
      return house ? { ref: { kind: 'safeHouse', id: house.id } } : null;
    },
    selection: (tables, id) => point(tables.safeHouses.safeHouses.find((h) => h.id === id)?.coord),
  },
  incident: {
    layerIds: [INCIDENTS_LAYER_ID],
    pick(tables, { part, index }) {
      const incident = incidentAtRow(tables.incidents, part, index);
      return incident ? { ref: { kind: 'incident', id: incident.id } } : null;
    },
    selection: (tables, id) => point(incidentCoord(tables.incidents, id)),
  },
  // Events are not drawn on the map (the timeline shows them).
  event: {
    layerIds: [],
    pick: () => null,
    selection: () => point(null),
  },
  area: {
    layerIds: [AREAS_LAYER_ID, AREA_OUTLINES_LAYER_ID, `left-${AREAS_LAYER_ID}`, `left-${AREA_OUTLINES_LAYER_ID}`],
    pick(tables, { layerId, index }) {
      const { areas, rowArea, ringArea } = tables.areas;
      // Fill rows are polygons, outline rows rings (a swipe's left copies too).
      const area = areas[(layerId.endsWith(AREA_OUTLINES_LAYER_ID) ? ringArea : rowArea)[index] ?? -1];
      return area ? { ref: { kind: 'area', id: area.id } } : null;
    },
    // The selection outlines the first polygon's outer ring.
    selection: (tables, id) => ({ path: tables.areas.areas.find((a) => a.id === id)?.polygons[0]?.[0] ?? null, point: null }),
  },
};
