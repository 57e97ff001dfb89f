/**
 * Assembles a format-v1 Dataset from the text of the source files. Pure: the caller reads files.
 */
import type { Dataset, Period } from '../../domain/types';
import { seriesEnd, buildFrontexBorderTypeFlows, buildFrontexFlows, buildUnhcrFlows } from './build-flows';
import { buildEvents, buildPrices, placePrices } from './build-events';
import { buildIncidents } from './build-incidents';
import { buildCrossings, buildHubs } from './build-places';
import { buildRouteFlows } from './build-route-flows';
import { buildRoutes, mergeCorridorRows, parseIrregularLegs } from './build-routes';
import { buildSafeHouses } from './build-safe-houses';
import { buildSources } from './build-sources';
import { buildReportedFigures } from './reported-figures';
import { parseStatusTable, statusRowsByCrossing } from './crossing-status';
import { parseBordersTable } from './leg-figures';
import { parsePlaces } from './places';
import { runChecks } from './run-checks';

/** The CSV texts the build reads, named by their file under data/sources/. */
export interface SourceTexts {
  /** frontex/frontex_ibc_monthly_by_route.csv */
  frontexMonthly: string;
  /** frontex/frontex_ibc_monthly_by_route_bordertype.csv */
  frontexByBorderType: string;
  /** iom_mmp/iom_mmp_incidents_2014-01_2025-04_bbox_-20_25_45_55.csv */
  iomIncidents: string;
  /** unhcr/unhcr_med_arrivals_monthly_2014-01_2019-11.csv */
  unhcrMonthly: string;
  /** routes/corridors.csv, places.csv, events.csv, prices.csv, sources.csv */
  corridors: string;
  /** derived/corridors-derived.csv: RouteShift's own corridor rows (new, or replacing the reference's by id), each explained and cited. */
  corridorsDerived: string;
  places: string;
  events: string;
  prices: string;
  sources: string;
  /** derived/places-derived.csv: coordinates for places the reference could not locate, and new places. */
  placesDerived: string;
  /** derived/places-route-areas.csv: departure and arrival areas of the route-level flows. */
  placesRouteAreas: string;
  /** derived/crossing-status.csv: the curated, cited status of each crossing for people in transit. */
  crossingStatus: string;
  /** derived/sources-*.csv: the sources the derived tables cite, beyond routes/sources.csv. */
  sourcesStatus: string;
  sourcesPlaces: string;
  /** derived/frontex-borders.csv: which borders Frontex counts on which route. */
  frontexBorders: string;
  /** derived/irregular-crossings.csv: legs that pass a crossing closed for transit by the green border. */
  irregularCrossings: string;
  /** derived/reported-figures.csv: a corridor's own reported monthly figure. */
  reportedFigures: string;
  /** derived/route-flows.csv: the Frontex routes as schematic route-level flows. */
  routeFlows: string;
  /** derived/price-places.csv: places for prices the reference gives only by country. */
  pricePlaces: string;
}

/** Paths of the SourceTexts files, relative to data/sources/. */
export const SOURCE_FILES: Record<keyof SourceTexts, string> = {
  frontexMonthly: 'frontex/frontex_ibc_monthly_by_route.csv',
  frontexByBorderType: 'frontex/frontex_ibc_monthly_by_route_bordertype.csv',
  iomIncidents: 'iom_mmp/iom_mmp_incidents_2014-01_2025-04_bbox_-20_25_45_55.csv',
  unhcrMonthly: 'unhcr/unhcr_med_arrivals_monthly_2014-01_2019-11.csv',
  corridors: 'routes/corridors.csv',
  corridorsDerived: 'derived/corridors-derived.csv',
  places: 'routes/places.csv',
  events: 'routes/events.csv',
  prices: 'routes/prices.csv',
  sources: 'routes/sources.csv',
  placesDerived: 'derived/places-derived.csv',
  placesRouteAreas: 'derived/places-route-areas.csv',
  crossingStatus: 'derived/crossing-status.csv',
  sourcesStatus: 'derived/sources-status.csv',
  sourcesPlaces: 'derived/sources-places.csv',
  frontexBorders: 'derived/frontex-borders.csv',
  irregularCrossings: 'derived/irregular-crossings.csv',
  reportedFigures: 'derived/reported-figures.csv',
  routeFlows: 'derived/route-flows.csv',
  pricePlaces: 'derived/price-places.csv',
};

export const DATASET_NAME = 'RouteShift demo: Balkan and Mediterranean routes';
export const DATA_DATE = '2025-06-04';

/** The rows of `extra` (same header) after those of `base`. */
export function appendCsvRows(base: string, extra: string): string {
  const [baseHeader] = base.split(/\r?\n/, 1);
  const [extraHeader, ...rows] = extra.split(/\r?\n/);
  if (extraHeader?.trim() !== baseHeader?.trim()) throw new Error('appendCsvRows: the headers differ');
  const newline = base.includes('\r\n') ? '\r\n' : '\n';
  return `${base.replace(/\s*$/, '')}${newline}${rows.filter((r) => r.trim() !== '').join(newline)}${newline}`;
}

export function buildDataset(texts: SourceTexts): Dataset {
  const frontex = buildFrontexFlows(texts.frontexMonthly);
  const first = frontex[0];
  if (!first) throw new Error('frontex: no series');
  // The dataset's months are the Frontex series' first and last month (all routes share them).
  const months: Period = { from: first.start, to: seriesEnd(first) };
  for (const series of frontex) {
    if (series.start !== months.from || seriesEnd(series) !== months.to) throw new Error(`frontex ${series.id}: months differ from ${series.name}`);
  }
  const places = parsePlaces(texts.places, [
    { file: SOURCE_FILES.placesDerived, text: texts.placesDerived },
    { file: SOURCE_FILES.placesRouteAreas, text: texts.placesRouteAreas },
  ]);
  const events = buildEvents(texts.events);
  const byBorderType = buildFrontexBorderTypeFlows(texts.frontexByBorderType);
  const borderSeries = new Set(byBorderType.map((f) => f.id));
  const borders = parseBordersTable(texts.frontexBorders);
  const reported = buildReportedFigures(texts.reportedFigures);
  const irregular = parseIrregularLegs(texts.irregularCrossings);
  const interruptions = new Set(irregular.filter((leg) => leg.kind === 'interruption').map((leg) => `${leg.corridorId}|${leg.crossingId}`));
  const routes = buildRoutes(mergeCorridorRows(texts.corridors, texts.corridorsDerived), places, {
    borders,
    borderSeries,
    irregular,
    ownFigures: reported.own,
  });
  const flowsOfRoutes = buildRouteFlows(texts.routeFlows, places, months, borderSeries, new Set(frontex.map((f) => f.name)));
  const statusTable = parseStatusTable(texts.crossingStatus);
  const statusRows = statusRowsByCrossing(statusTable);
  const hubs = buildHubs(places);
  const dataset: Dataset = {
    format: 'routeshift-dataset',
    version: 1,
    name: DATASET_NAME,
    dataDate: DATA_DATE,
    months,
    sources: buildSources(appendCsvRows(appendCsvRows(texts.sources, texts.sourcesStatus), texts.sourcesPlaces)),
    corridors: [...routes.corridors, ...flowsOfRoutes.corridors],
    segments: [...routes.segments, ...flowsOfRoutes.segments],
    crossings: buildCrossings(places, statusRows, months),
    hubs,
    safeHouses: buildSafeHouses(hubs, places),
    events,
    flows: [...frontex, ...byBorderType, ...buildUnhcrFlows(texts.unhcrMonthly), ...reported.series],
    incidents: buildIncidents(texts.iomIncidents),
    prices: placePrices(buildPrices(texts.prices), texts.pricePlaces),
  };
  runChecks({ dataset, statusTable, statusRows, dates: routes.dates, spans: routes.spans, borders, interruptions });
  return dataset;
}
