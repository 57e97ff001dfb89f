/** Everything the map draws, prepared once per dataset (in the future: in a worker). */
import type { Dataset } from '../../domain/types';
import { buildHubTable, type HubTable } from './hub-table';
import { buildIncidentTable, type IncidentTable } from './incident-table';
import { buildSegmentTable, type SegmentTable } from './segment-table';
import {
  buildCrossingRows,
  buildSafeHouseRows,
  type CrossingRow,
  type SafeHouseRow,
} from './point-rows';

export interface MapTables {
  segments: SegmentTable;
  incidents: IncidentTable;
  crossings: CrossingRow[];
  hubs: HubTable;
  safeHouses: SafeHouseRow[];
}

export function buildMapTables(dataset: Dataset): MapTables {
  return {
    segments: buildSegmentTable(dataset),
    incidents: buildIncidentTable(dataset.incidents, dataset.incidentParts),
    crossings: buildCrossingRows(dataset.crossings),
    hubs: buildHubTable(dataset.hubs),
    safeHouses: buildSafeHouseRows(dataset.safeHouses),
  };
}

export type { SegmentTable, IncidentTable, HubTable, CrossingRow, SafeHouseRow };
