/**
 * RouteShift's data model (dataset format version 1). Pure types: no parsing, no React, no WebGL.
 * Coordinates are WGS84 [lon, lat]. Periods are inclusive month ranges. Every entity names its
 * sources (keys into Dataset.sources) and a confidence grade.
 */
import type { PartRows } from './row-selection';
import type { IncidentColumns } from './incident-columns';
import type { MonthKey } from './month';

export type LonLat = [number, number];
export type Confidence = 'high' | 'medium' | 'low';
/** How a coordinate was obtained; only 'confirmed' may be drawn as an exact point. */
export type CoordStatus = 'confirmed' | 'approximate' | 'town-substitute';
export type Region = 'Western Balkans' | 'Eastern Mediterranean' | 'Central Mediterranean' | 'Western Mediterranean' | 'Other';
export type TravelMode = 'road' | 'rail' | 'foot' | 'boat' | 'car' | 'bus' | 'taxi' | 'mixed' | 'unknown';
/**
 * A crossing's status for people in transit (regular traffic may pass a crossing that is closed for
 * transit). 'restricted': only some pass (nationality filtering, quotas, a transit zone admitting a
 * few a day). 'controls': internal border checks. 'fenced': the green border there is sealed by a
 * fence. 'unrecorded': no source gives a status for the month (shown as "status unknown").
 */
export type CrossingStatus = 'open' | 'restricted' | 'closed' | 'fenced' | 'controls' | 'unrecorded';
export type PlaceKind = 'hub' | 'landing' | 'camp' | 'departure';

export interface Period {
  from: MonthKey;
  to: MonthKey;
}

export interface EntityBase {
  id: string;
  /** Keys into Dataset.sources. */
  sources: string[];
  confidence: Confidence;
  /** True for anything not taken from a source (e.g. demo safe houses): shown as illustrative. */
  illustrative?: boolean;
  notes?: string;
}

export interface Source {
  key: string;
  title: string;
  url?: string;
  publisher?: string;
  /** Publication or data date, as precise as the source gives it. */
  date?: string;
  quality?: 'primary' | 'secondary' | 'weak' | 'dataset';
  licence?: string;
  /** Provenance details: changes made to the data, or a locator that is not a single URL. */
  notes?: string;
}

export interface Corridor extends EntityBase {
  name: string;
  region: Region;
  /** The Frontex route whose monthly detections include this corridor, if any. */
  frontexRoute?: string;
  /** A route-level flow drawn schematically from departure to arrival area (own layer). */
  schematic?: boolean;
  /**
   * A route-level flow's short label on the map, in the interface language: set only for the
   * demo's flows, from the catalogue (src/data/demo-corridor-names.ts). Without it the route-flow
   * table shortens the name (routeLabelName, English rules).
   */
  mapLabel?: string;
  active: Period;
  /** Places in travel order (ids into hubs/crossings). */
  placeIds: string[];
}

export interface RouteSegment extends EntityBase {
  corridorId: string;
  /** The corridor's region (denormalised so layers can colour segments without a lookup). */
  region?: Region;
  fromPlaceId: string;
  toPlaceId: string;
  path: LonLat[];
  mode: TravelMode;
  active: Period;
  /** True when an end of the segment is not an exact (confirmed) point. */
  approximate: boolean;
  /**
   * Monthly volume where known: the id of a FlowSeries. The series may be for the whole route
   * (scope 'route-total'), in which case the figure is not this segment's own share.
   */
  volume?: { seriesId: string; scope: VolumeScope };
  /**
   * Route context: a leg on which Frontex counts no border crossing (inside Greece after the sea
   * leg, inside Schengen, into Trieste). Drawn without width by figure; the panel says why.
   */
  context?: boolean;
  /**
   * The leg passes a crossing that is closed for transit in its months by crossing the green
   * border irregularly nearby (or hidden in vehicles), not through the checkpoint.
   */
  irregularCrossing?: boolean;
  /** Geometry is schematic (route-level flows from departure to arrival areas), not a path. */
  schematic?: boolean;
  /**
   * Drawn as a straight line between its two places because the data gives only its ends (an
   * origin–destination flow, e.g. a FlowmapBlue flows sheet): no length, countries or corridor
   * geometry is derived from it.
   */
  straightLine?: boolean;
}

/**
 * 'route-total': the whole Frontex route (not this segment's share); 'segment': the segment's own;
 * 'corridor': the corridor's own reported figure (e.g. a smuggling network's monthly numbers).
 */
export type VolumeScope = 'segment' | 'route-total' | 'corridor';

export interface CrossingStatusPeriod extends Period {
  status: CrossingStatus;
  /** The dated event that set this status, if any. */
  eventId?: string;
  sources: string[];
  /** Start and end as precise as the source gives them ('YYYY-MM-DD' or 'YYYY-MM'). */
  fromDate?: string;
  toDate?: string;
  /**
   * True when no source says when the status ended: from the month after its last confirmation
   * it is drawn as "end unknown", never as a confirmed status.
   */
  endUnknown?: boolean;
  confidence?: Confidence;
  /** What the sources say about this period. */
  note?: string;
}

export interface Crossing extends EntityBase {
  name: string;
  /** ISO 3166-1 alpha-2 codes (XK for Kosovo), in the source's order. */
  countries: [string, string];
  coord: LonLat;
  coordStatus: CoordStatus;
  /** How an approximate coordinate was derived (shown in tooltip and panel). */
  coordDerivation?: string;
  statusPeriods: CrossingStatusPeriod[];
  /** When the crossing is on an active corridor, from the source's "important periods". */
  description?: string;
}

export interface Hub extends EntityBase {
  name: string;
  kind: PlaceKind;
  countries: string[];
  coord: LonLat;
  coordStatus: CoordStatus;
  /** How an approximate coordinate was derived (shown in tooltip and panel). */
  coordDerivation?: string;
  description?: string;
}

export interface SafeHouse extends EntityBase {
  locality: string;
  /** The hub whose town stands for the (unlocated) safe house. */
  hubId: string;
  coord: LonLat;
  active: Period;
}

export interface DatedEvent extends EntityBase {
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' as the source gives it. */
  date: string;
  month: MonthKey;
  title: string;
  description: string;
  kind: string;
  placeIds: string[];
  countries: string[];
  status: 'confirmed' | 'conflict' | 'weak';
}

export interface FlowSeries extends EntityBase {
  /** e.g. 'Western Balkan Route' exactly as the source names it. */
  name: string;
  region: Region;
  /** 'reported': persons a named source reports (e.g. an investigation's monthly average). */
  measure: 'detections' | 'arrivals' | 'reported';
  /** Set when the series is the land or sea part of a route's total (Frontex border type). */
  borderType?: 'land' | 'sea';
  unit: string;
  start: MonthKey;
  /** One value per month from `start`; null where the source has no value. */
  values: (number | null)[];
}

export interface Incident extends EntityBase {
  date: string;
  month: MonthKey;
  coord: LonLat;
  deadAndMissing: number | null;
  survivors: number | null;
  cause?: string;
  location?: string;
  countryIso3?: string;
  recordType?: string;
  route?: string;
}

export interface Price extends EntityBase {
  leg: string;
  fromPlaceId?: string;
  toPlaceId?: string;
  year?: string;
  min: number | null;
  max: number | null;
  currency: string;
  unit: string;
}

/**
 * An area: a border zone, a camp, the area of an operation, a police district. A multipolygon:
 * polygons, each a list of closed rings (first the outer ring, then its holes).
 */
export interface Area extends EntityBase {
  name: string;
  polygons: LonLat[][][];
  /** Absent when the source gives no dates: shown in every month (the details say so). */
  active?: Period;
  /** ISO 3166-1 alpha-2 codes, where the source names them (for the country filter). */
  countries?: string[];
}

export interface Dataset {
  format: 'routeshift-dataset';
  version: 1;
  name: string;
  /** The newest data date among the sources, e.g. '2025-06-03'. */
  dataDate: string;
  months: Period;
  sources: Source[];
  corridors: Corridor[];
  segments: RouteSegment[];
  crossings: Crossing[];
  hubs: Hub[];
  safeHouses: SafeHouse[];
  events: DatedEvent[];
  flows: FlowSeries[];
  incidents: Incident[];
  /**
   * Incidents held as columns (imported point files: built in the import worker). In memory only:
   * a saved project or export writes them back as `incidents` objects.
   */
  incidentParts?: IncidentColumns[];
  /**
   * Set by applyFilters: the parts above are kept whole (the GPU filters what is drawn) and readers
   * skip the rows these leave out (dataset-incidents.ts), per part (undefined for an empty part).
   */
  incidentRows?: (PartRows | undefined)[];
  prices: Price[];
  /** Optional, so datasets and files written before areas existed keep their bytes. */
  areas?: Area[];
}

export type EntityKind = 'segment' | 'crossing' | 'hub' | 'safeHouse' | 'incident' | 'event' | 'area';
export interface EntityRef {
  kind: EntityKind;
  id: string;
}
