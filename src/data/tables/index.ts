/** Everything the map draws, prepared once per dataset (in the future: in a worker). */
import type { Dataset } from '../../domain/types';
import { buildIncidentTable, type IncidentTable } from './incident-table';
import { buildSegmentTable, type SegmentTable } from './segment-table';
import {
  buildCrossingRows,
  buildHubRows,
  buildSafeHouseRows,
  type CrossingRow,
  type HubRow,
  type SafeHouseRow,
} from './point-rows';

export interface MapTables {
  segments: SegmentTable;
  incidents: IncidentTable;
  crossings: CrossingRow[];
  hubs: HubRow[];
  safeHouses: SafeHouseRow[];
}

export function buildMapTables(dataset: Dataset): MapTables {
  return {
    segments: buildSegmentTable(dataset),
    incidents: buildIncidentTable(dataset.incidents),
    crossings: buildCrossingRows(dataset.crossings),
    hubs: buildHubRows(dataset.hubs),
    safeHouses: buildSafeHouseRows(dataset.safeHouses),
  };
}

export type { SegmentTable, IncidentTable, CrossingRow, HubRow, SafeHouseRow };
