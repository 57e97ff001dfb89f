/** Turns a deck.gl pick (layer id + row index) into a reference to the entity it draws. */
import type { MapTables } from '../../data/tables';
import type { EntityRef } from '../../domain/types';
import { monthKey } from '../../domain/month';
import { incidentAtRow } from '../../data/tables/incident-table';
import { CHANGE_LAYER_ID, CROSSING_CHANGE_LAYER_ID } from './change-layer';
import { CROSSINGS_LAYER_ID } from './crossings-layer';
import { HUBS_LAYER_ID } from './hubs-layer';
import { INCIDENTS_LAYER_ID, splitLayerId } from './incidents-layer';
import { SAFE_HOUSES_LAYER_ID } from './safe-houses-layer';
import { SEGMENTS_LAYER_ID } from './segments-layer';
import { ROUTE_FLOW_ARROWS_LAYER_ID, ROUTE_FLOWS_LAYER_ID } from './route-flows-layer';

export interface PickedRow {
  ref: EntityRef;
  /** The month of the picked row where rows are per month. */
  month?: string;
}

export function pickedEntity(tables: MapTables, layerId: string | undefined, index: number, object: unknown): PickedRow | null {
  if (index < 0 || !layerId) return null;
  const [baseId, part] = splitLayerId(layerId);
  switch (baseId) {
    case SEGMENTS_LAYER_ID:
    case `left-${SEGMENTS_LAYER_ID}`: {
      const segment = tables.segments.segments[tables.segments.rowSegment[index] ?? -1];
      const month = tables.segments.rowMonth[index];
      return segment ? { ref: { kind: 'segment', id: segment.id }, ...(month !== undefined ? { month: monthKey(month) } : {}) } : null;
    }
    // Band and arrow heads share rows: a schematic flow is a segment (its panel says so).
    case ROUTE_FLOWS_LAYER_ID:
    case ROUTE_FLOW_ARROWS_LAYER_ID:
    case `left-${ROUTE_FLOWS_LAYER_ID}`:
    case `left-${ROUTE_FLOW_ARROWS_LAYER_ID}`: {
      const { routeFlows } = tables;
      const segment = routeFlows.segments[routeFlows.rowSegment[index] ?? -1];
      const month = routeFlows.rowMonth[index];
      return segment ? { ref: { kind: 'segment', id: segment.id }, ...(month !== undefined ? { month: monthKey(month) } : {}) } : null;
    }
    case INCIDENTS_LAYER_ID: {
      const incident = incidentAtRow(tables.incidents, part, index);
      return incident ? { ref: { kind: 'incident', id: incident.id } } : null;
    }
    case CROSSINGS_LAYER_ID: {
      const crossing = tables.crossings.crossings[tables.crossings.rowCrossing[index] ?? -1];
      return crossing ? { ref: { kind: 'crossing', id: crossing.id } } : null;
    }
    case CHANGE_LAYER_ID: {
      const id = (object as { segmentId?: string } | null)?.segmentId;
      return id ? { ref: { kind: 'segment', id } } : null;
    }
    case CROSSING_CHANGE_LAYER_ID: {
      const id = (object as { crossingId?: string } | null)?.crossingId;
      return id ? { ref: { kind: 'crossing', id } } : null;
    }
    case HUBS_LAYER_ID: {
      const hub = tables.hubs.hubs[index];
      return hub ? { ref: { kind: 'hub', id: hub.id } } : null;
    }
    case SAFE_HOUSES_LAYER_ID: {
      const house = tables.safeHouses.safeHouses[index];
      return house ? { ref: { kind: 'safeHouse', id: house.id } } : null;
    }
    default:
      return null;
  }
}
