/** Everything the map draws, as typed arrays prepared once per dataset (never per month). */
import type { Dataset } from '../../domain/types';
import { buildHubTable, type HubTable } from './hub-table';
import { buildIncidentTable, type IncidentPartTable, type IncidentTable } from './incident-table';
import { buildSegmentTable, type SegmentTable } from './segment-table';
import type { PlaceLabel } from '../../domain/place-label';
import { dataPlaceLabels } from './place-label-table';
import { buildCrossingTable, buildSafeHouseTable, type CrossingTable, type SafeHouseTable } from './point-rows';

export interface MapTables {
  segments: SegmentTable;
  incidents: IncidentTable;
  crossings: CrossingTable;
  hubs: HubTable;
  safeHouses: SafeHouseTable;
  /** Names of the data's own places, with the zoom from which each shows. */
  placeLabels: PlaceLabel[];
}

export function buildMapTables(dataset: Dataset): MapTables {
  return {
    segments: buildSegmentTable(dataset),
    incidents: buildIncidentTable(dataset.incidents, dataset.incidentParts),
    crossings: buildCrossingTable(dataset.crossings),
    hubs: buildHubTable(dataset.hubs),
    safeHouses: buildSafeHouseTable(dataset.safeHouses),
    placeLabels: dataPlaceLabels(dataset.hubs),
  };
}

export type { SegmentTable, IncidentTable, IncidentPartTable, HubTable, CrossingTable, SafeHouseTable };
