/**
 * Zod schema of the dataset format version 1 (src/domain/types.ts). Structure and value formats
 * only; references between entities are checked in validate-dataset.ts.
 */
import { z } from 'zod';
import { says } from './zod-messages';
import { MONTH_KEY_PATTERN } from '../domain/month';
import type { Dataset } from '../domain/types';

const SOURCE_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const monthKeySchema = z.string().regex(MONTH_KEY_PATTERN, says('projectChecks.monthKey'));
const sourceDateSchema = z.string().regex(SOURCE_DATE, says('projectChecks.sourceDate'));
const text = z.string().min(1, says('projectChecks.nonEmpty'));

export const lonLatSchema = z.tuple([
  z.number().min(-180, says('projectChecks.atLeast', { what: 'longitude', limit: '-180' })).max(180, says('projectChecks.atMost', { what: 'longitude', limit: '180' })),
  z.number().min(-90, says('projectChecks.atLeast', { what: 'latitude', limit: '-90' })).max(90, says('projectChecks.atMost', { what: 'latitude', limit: '90' })),
]);
export const confidenceSchema = z.enum(['high', 'medium', 'low']);
const coordStatusSchema = z.enum(['confirmed', 'approximate', 'town-substitute']);
const regionSchema = z.enum(['Western Balkans', 'Eastern Mediterranean', 'Central Mediterranean', 'Western Mediterranean', 'Other']);
export const travelModeSchema = z.enum(['road', 'rail', 'foot', 'boat', 'car', 'bus', 'taxi', 'mixed', 'unknown']);
const crossingStatusSchema = z.enum(['open', 'restricted', 'closed', 'fenced', 'controls', 'unrecorded']);
const placeKindSchema = z.enum(['hub', 'landing', 'camp', 'departure']);

export const periodSchema = z.object({ from: monthKeySchema, to: monthKeySchema });

const entityBase = {
  id: text,
  sources: z.array(text).min(1, says('projectChecks.needsSource')),
  confidence: confidenceSchema,
  illustrative: z.boolean().optional(),
  notes: z.string().optional(),
};

export const sourceSchema = z.object({
  key: text,
  title: text,
  url: z.url(says('projectChecks.url')).optional(),
  publisher: z.string().optional(),
  date: sourceDateSchema.optional(),
  quality: z.enum(['primary', 'secondary', 'weak', 'dataset']).optional(),
  licence: z.string().optional(),
  notes: z.string().optional(),
});

export const corridorSchema = z.object({
  ...entityBase,
  name: text,
  region: regionSchema,
  frontexRoute: z.string().optional(),
  schematic: z.boolean().optional(),
  active: periodSchema,
  placeIds: z.array(text),
});

export const segmentSchema = z.object({
  ...entityBase,
  corridorId: text,
  region: regionSchema.optional(),
  fromPlaceId: text,
  toPlaceId: text,
  path: z.array(lonLatSchema).min(2, says('projectChecks.pathTwoPoints')),
  mode: travelModeSchema,
  active: periodSchema,
  approximate: z.boolean(),
  volume: z.object({ seriesId: text, scope: z.enum(['segment', 'route-total', 'corridor']) }).optional(),
  context: z.boolean().optional(),
  irregularCrossing: z.boolean().optional(),
  schematic: z.boolean().optional(),
  straightLine: z.boolean().optional(),
});

export const crossingStatusPeriodSchema = z.object({
  from: monthKeySchema,
  to: monthKeySchema,
  status: crossingStatusSchema,
  eventId: z.string().optional(),
  sources: z.array(text),
  fromDate: sourceDateSchema.optional(),
  toDate: sourceDateSchema.optional(),
  endUnknown: z.boolean().optional(),
  confidence: confidenceSchema.optional(),
  note: z.string().optional(),
});

export const crossingSchema = z.object({
  ...entityBase,
  name: text,
  countries: z.tuple([text, text]),
  coord: lonLatSchema,
  coordStatus: coordStatusSchema,
  coordDerivation: z.string().optional(),
  statusPeriods: z.array(crossingStatusPeriodSchema),
  description: z.string().optional(),
});

export const hubSchema = z.object({
  ...entityBase,
  name: text,
  kind: placeKindSchema,
  countries: z.array(text),
  coord: lonLatSchema,
  coordStatus: coordStatusSchema,
  coordDerivation: z.string().optional(),
  description: z.string().optional(),
});

export const safeHouseSchema = z.object({
  ...entityBase,
  locality: text,
  hubId: text,
  coord: lonLatSchema,
  active: periodSchema,
});

export const eventSchema = z.object({
  ...entityBase,
  date: sourceDateSchema,
  month: monthKeySchema,
  title: text,
  description: z.string(),
  kind: text,
  placeIds: z.array(text),
  countries: z.array(text),
  status: z.enum(['confirmed', 'conflict', 'weak']),
});

export const flowSeriesSchema = z.object({
  ...entityBase,
  name: text,
  region: regionSchema,
  measure: z.enum(['detections', 'arrivals', 'reported']),
  unit: text,
  start: monthKeySchema,
  borderType: z.enum(['land', 'sea']).optional(),
  values: z.array(z.number().nonnegative(says('projectChecks.numberOrNull')).nullable()).min(1, says('projectChecks.seriesValue')),
});

export const incidentSchema = z.object({
  ...entityBase,
  date: z.string().regex(DAY, says('projectChecks.day')),
  month: monthKeySchema,
  coord: lonLatSchema,
  deadAndMissing: z.number().nonnegative().nullable(),
  survivors: z.number().nonnegative().nullable(),
  cause: z.string().optional(),
  location: z.string().optional(),
  countryIso3: z.string().optional(),
  recordType: z.string().optional(),
  route: z.string().optional(),
});

export const priceSchema = z.object({
  ...entityBase,
  leg: text,
  fromPlaceId: z.string().optional(),
  toPlaceId: z.string().optional(),
  year: z.string().regex(/^\d{4}(-\d{4})?$/, says('projectChecks.yearRange')).optional(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, says('projectChecks.currency')),
  unit: text,
});

/** A closed ring: at least 4 positions (3 corners and the first again). */
const ringSchema = z
  .array(lonLatSchema)
  .min(4, says('projectChecks.ringPositions'))
  .refine((ring) => ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1], says('projectChecks.ringClosed'));

export const areaSchema = z.object({
  ...entityBase,
  name: text,
  // Polygons, each its outer ring then its holes.
  polygons: z.array(z.array(ringSchema).min(1, says('projectChecks.outerRing'))).min(1, says('projectChecks.areaPolygon')),
  active: periodSchema.optional(),
  countries: z.array(text).optional(),
});

export const datasetSchemaV1 = z.object({
  format: z.literal('routeshift-dataset'),
  version: z.literal(1),
  name: text,
  dataDate: sourceDateSchema,
  months: periodSchema,
  sources: z.array(sourceSchema),
  corridors: z.array(corridorSchema),
  segments: z.array(segmentSchema),
  crossings: z.array(crossingSchema),
  hubs: z.array(hubSchema),
  safeHouses: z.array(safeHouseSchema),
  events: z.array(eventSchema),
  flows: z.array(flowSeriesSchema),
  incidents: z.array(incidentSchema),
  prices: z.array(priceSchema),
  // Optional, so datasets written before areas existed are unchanged.
  areas: z.array(areaSchema).optional(),
});

export type DatasetV1 = z.infer<typeof datasetSchemaV1>;

// Compile-time checks: the schema's type and Dataset must stay assignable both ways.
type Assert<T extends true> = T;
export type SchemaMatchesDataset = Assert<DatasetV1 extends Dataset ? true : false>;
export type DatasetMatchesSchema = Assert<Dataset extends DatasetV1 ? true : false>;
