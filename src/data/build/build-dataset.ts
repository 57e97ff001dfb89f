/**
 * Assembles a format-v1 Dataset from the text of the source files. Pure: the caller reads files.
 */
import type { Dataset, Period } from '../../domain/types';
import { seriesEnd, buildFrontexBorderTypeFlows, buildFrontexFlows, buildUnhcrFlows } from './build-flows';
import { buildEvents, buildPrices } from './build-events';
import { buildIncidents } from './build-incidents';
import { buildCrossings, buildHubs } from './build-places';
import { buildRoutes } from './build-routes';
import { buildSafeHouses } from './build-safe-houses';
import { buildSources } from './build-sources';
import { parsePlaces } from './places';

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
  /** derived/corridors-derived.csv: RouteShift's own corridor rows, each explained and cited. */
  corridorsDerived: string;
  places: string;
  events: string;
  prices: string;
  sources: string;
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
  const places = parsePlaces(texts.places);
  const events = buildEvents(texts.events);
  const byBorderType = buildFrontexBorderTypeFlows(texts.frontexByBorderType);
  const { corridors, segments } = buildRoutes(appendCsvRows(texts.corridors, texts.corridorsDerived), places, new Set(byBorderType.map((f) => f.id)));
  const hubs = buildHubs(places);
  return {
    format: 'routeshift-dataset',
    version: 1,
    name: DATASET_NAME,
    dataDate: DATA_DATE,
    months,
    sources: buildSources(texts.sources),
    corridors,
    segments,
    crossings: buildCrossings(places, events, months),
    hubs,
    safeHouses: buildSafeHouses(hubs, places),
    events,
    flows: [...frontex, ...byBorderType, ...buildUnhcrFlows(texts.unhcrMonthly)],
    incidents: buildIncidents(texts.iomIncidents),
    prices: buildPrices(texts.prices),
  };
}
