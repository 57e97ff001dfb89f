/** Everything the map draws, as typed arrays prepared once per dataset (never per month). */
import type { Dataset } from '../../domain/types';
import { buildHubTable, type HubTable } from './hub-table';
import { buildIncidentTable, type IncidentPartTable, type IncidentTable } from './incident-table';
import { buildSegmentTable, type SegmentTable } from './segment-table';
import type { PlaceLabel } from '../../domain/place-label';
import { dataPlaceLabels } from './place-label-table';
import { buildCrossingTable, buildSafeHouseTable, type CrossingTable, type SafeHouseTable } from './point-rows';
import { placeCountries } from '../../domain/filter-classes';
import type { KnownClasses } from '../../domain/filters';

export interface MapTables {
  segments: SegmentTable;
  incidents: IncidentTable;
  crossings: CrossingTable;
  hubs: HubTable;
  safeHouses: SafeHouseTable;
  /** Names of the data's own places, with the zoom from which each shows. */
  placeLabels: PlaceLabel[];
}

/**
 * Built from the unfiltered data: filters only change which filter classes the GPU draws (see
 * domain/filter-classes), so a filter change rebuilds nothing here.
 */
export function buildMapTables(dataset: Dataset): MapTables {
  const hubs = buildHubTable(dataset.hubs);
  return {
    segments: buildSegmentTable(dataset),
    incidents: buildIncidentTable(dataset.incidents, dataset.incidentParts),
    crossings: buildCrossingTable(dataset.crossings),
    hubs,
    safeHouses: buildSafeHouseTable(dataset.safeHouses, placeCountries(dataset.hubs)),
    placeLabels: dataPlaceLabels(dataset.hubs, hubs.filter.classes),
  };
}

/** The filter classes of the dataset's lists the tables were built from, for applyFilters. */
export function knownClasses(tables: MapTables, dataset: Dataset): KnownClasses {
  const objectPart = dataset.incidents.length > 0 ? tables.incidents.parts[0] : undefined;
  return {
    segments: { classes: tables.segments.segmentClasses, profiles: tables.segments.filter.profiles },
    hubs: tables.hubs.filter,
    crossings: { classes: tables.crossings.crossingClasses, profiles: tables.crossings.filter.profiles },
    safeHouses: tables.safeHouses.filter,
    ...(objectPart ? { incidents: objectPart.filter } : {}),
    incidentParts: (dataset.incidentParts ?? []).map((columns) => tables.incidents.parts.find((p) => p.columns === columns)?.filter),
  };
}

export type { SegmentTable, IncidentTable, IncidentPartTable, HubTable, CrossingTable, SafeHouseTable };
