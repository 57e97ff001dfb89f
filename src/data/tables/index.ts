/** Everything the map draws, as typed arrays prepared once per dataset (never per month). */
import type { Area, Dataset } from '../../domain/types';
import { buildAreaTable, type AreaTable } from './area-table';
import { buildHubTable, type HubTable } from './hub-table';
import { awaitBinCounts, buildIncidentTable, takeBinCounts, type IncidentPartTable, type IncidentTable } from './incident-table';
import { buildSegmentTable, type SegmentTable } from './segment-table';
import { buildRouteFlowTable, type RouteFlowTable } from './route-flow-table';
import type { PlaceLabel } from '../../domain/place-label';
import { dataPlaceLabels } from './place-label-table';
import { buildCrossingTable, buildSafeHouseTable, type CrossingTable, type SafeHouseTable } from './point-rows';
import { allowedClasses, placeCountries } from '../../domain/filter-classes';
import type { EntityFilters, KnownClasses } from '../../domain/filters';
import type { RowSelection } from '../../domain/row-selection';

export interface MapTables {
  segments: SegmentTable;
  /** The schematic route-level flows (their own layer, on the segments' width scale). */
  routeFlows: RouteFlowTable;
  incidents: IncidentTable;
  crossings: CrossingTable;
  hubs: HubTable;
  safeHouses: SafeHouseTable;
  /** Names of the data's own places, with the zoom from which each shows. */
  placeLabels: PlaceLabel[];
  areas: AreaTable;
}

/**
 * Built from the unfiltered data: filters only change which filter classes the GPU draws (see
 * domain/filter-classes), so a filter change rebuilds nothing here.
 */
export function buildMapTables(dataset: Dataset): MapTables {
  const { segments, flows, hubs: hubList, crossings, safeHouses } = dataset;
  const hubs = lastBuilt.hubs([hubList], () => buildHubTable(hubList));
  const segmentTable = lastBuilt.segments([segments, flows, hubList, crossings], () => buildSegmentTable(dataset));
  return {
    segments: segmentTable,
    routeFlows: lastBuilt.routeFlows([segmentTable, dataset.corridors], () => buildRouteFlowTable(segmentTable, dataset)),
    incidents: buildIncidentTable(dataset.incidents, dataset.incidentParts),
    crossings: lastBuilt.crossings([crossings], () => buildCrossingTable(crossings)),
    hubs,
    safeHouses: lastBuilt.safeHouses([safeHouses, hubList], () => buildSafeHouseTable(safeHouses, placeCountries(hubList))),
    placeLabels: lastBuilt.placeLabels([hubList, hubs], () => dataPlaceLabels(hubList, hubs.filter.classes)),
    areas: lastBuilt.areas([dataset.areas ?? NO_AREAS], () => buildAreaTable(dataset.areas ?? NO_AREAS)),
  };
}

/**
 * The last table built per kind, kept while its inputs are the same arrays: importing points keeps
 * the other datasets' segments (combineDatasets passes a list only one dataset has on as it is), so
 * deck.gl keeps their attributes instead of uploading (and tessellating) them again.
 */
function lastOne<T>() {
  let inputs: readonly unknown[] = [];
  let built: T | undefined;
  return (keys: readonly unknown[], build: () => T): T => {
    if (built === undefined || keys.length !== inputs.length || keys.some((k, i) => k !== inputs[i])) {
      built = build();
      inputs = keys;
    }
    return built;
  };
}

const lastBuilt = {
  segments: lastOne<SegmentTable>(),
  routeFlows: lastOne<RouteFlowTable>(),
  hubs: lastOne<HubTable>(),
  crossings: lastOne<CrossingTable>(),
  safeHouses: lastOne<SafeHouseTable>(),
  placeLabels: lastOne<PlaceLabel[]>(),
  areas: lastOne<AreaTable>(),
};

/** One empty list for datasets without areas, so their (empty) table is kept like any other. */
const NO_AREAS: Area[] = [];

/**
 * Builds the tables of a dataset's incident column parts (memoised by their columns) ahead of the
 * recombination that will use them: an import commits in several short tasks, not one long one.
 */
export function prepareIncidentParts(dataset: Dataset): void {
  if (dataset.incidentParts?.length) buildIncidentTable([], dataset.incidentParts);
}

/** The table of each of the dataset's column incident parts (undefined for an empty part). */
export function columnPartTables(tables: MapTables, dataset: Dataset): (IncidentPartTable | undefined)[] {
  return (dataset.incidentParts ?? []).map((columns) => tables.incidents.parts.find((p) => p.columns === columns));
}

/** The filter classes of the dataset's lists the tables were built from, for applyFilters and the selection worker. */
export function knownClasses(tables: MapTables, dataset: Dataset): KnownClasses {
  const objectPart = dataset.incidents.length > 0 ? tables.incidents.parts[0] : undefined;
  const parts = columnPartTables(tables, dataset);
  return {
    segments: { classes: tables.segments.segmentClasses, profiles: tables.segments.filter.profiles },
    hubs: tables.hubs.filter,
    crossings: { classes: tables.crossings.crossingClasses, profiles: tables.crossings.filter.profiles },
    safeHouses: tables.safeHouses.filter,
    ...(objectPart ? { incidents: objectPart.filter } : {}),
    incidentParts: parts.map((p) => p?.filter),
    incidentBins: parts.map((p) => (p?.bins.classCounts ? { length: p.bins.length, classCounts: p.bins.classCounts, classCount: p.bins.classCount } : undefined)),
  };
}

/**
 * A filter change whose selection the worker works out: the column parts' bins stay as drawn until
 * its counts arrive. Returns what hands them over (call it with every answer, even a late one).
 */
export function awaitSelectionBins(tables: MapTables, dataset: Dataset, filters: EntityFilters): (selection: RowSelection) => void {
  const parts = columnPartTables(tables, dataset).map((part) => part && { part, allowed: allowedClasses(part.filter.profiles, filters) });
  for (const p of parts) if (p) awaitBinCounts(p.part, p.allowed);
  return (selection) => parts.forEach((p, i) => p && takeBinCounts(p.part, p.allowed, selection.incidentParts[i]?.binCounts));
}

export type { SegmentTable, RouteFlowTable, IncidentTable, IncidentPartTable, HubTable, CrossingTable, SafeHouseTable, AreaTable };
