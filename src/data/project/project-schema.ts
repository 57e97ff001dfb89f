/**
 * Zod schema of the project file format (version 2: version 1 with optional areas in datasets): a Workspace (src/state/workspace.ts) with an
 * envelope saying what the file is. Each dataset is checked with the dataset format's own schema so
 * a project can never smuggle in data the importer would have refused.
 */
import { z } from 'zod';
import { says } from '../zod-messages';
import { LAYER_IDS, type LayerId } from '../../domain/layers';
import { LATEST_PROJECT_VERSION } from './migrations';
import type { Workspace } from '../../domain/workspace';
import { confidenceSchema, datasetSchemaV1, monthKeySchema, travelModeSchema } from '../schema-v1';

export const PROJECT_FORMAT = 'routeshift-project';
export const PROJECT_APP = 'RouteShift';

const text = z.string().min(1, says('projectChecks.nonEmpty'));
// Any date-time JavaScript can read: files may have been written by other tools or edited by hand.
const dateTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), says('projectChecks.dateTime'));

const layerShape = Object.fromEntries(LAYER_IDS.map((id) => [id, z.boolean(says('projectChecks.boolean'))])) as Record<
  LayerId,
  z.ZodBoolean
>;
export const layersSchema = z.object(layerShape);

export const cameraSchema = z.object({
  lon: z.number().min(-180, says('projectChecks.atLeast', { what: 'longitude', limit: '-180' })).max(180, says('projectChecks.atMost', { what: 'longitude', limit: '180' })),
  lat: z.number().min(-90, says('projectChecks.atLeast', { what: 'latitude', limit: '-90' })).max(90, says('projectChecks.atMost', { what: 'latitude', limit: '90' })),
  zoom: z.number().min(0, says('projectChecks.atLeast', { what: 'zoom', limit: '0' })).max(24, says('projectChecks.atMost', { what: 'zoom', limit: '24' })),
});

export const filtersSchema = z.object({
  corridors: z.array(z.string()).optional(),
  modes: z.array(travelModeSchema).optional(),
  countries: z.array(z.string()).optional(),
  sources: z.array(z.string()).optional(),
  confidence: z.array(confidenceSchema).optional(),
});

const entityRefSchema = z.object({
  kind: z.enum(['segment', 'crossing', 'hub', 'safeHouse', 'incident', 'event', 'area'], says('projectChecks.entityKind')),
  id: text,
});

/** One storyboard view (src/domain/storyboard.ts). */
export const storyViewSchema = z.object({
  id: text,
  title: z.string(),
  caption: z.string(),
  notes: z.string(),
  camera: cameraSchema,
  // The area shown when captured (west, south, east, north); optional, so older files open unchanged.
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()], says('projectChecks.bounds')).refine(([w, s, e, n]) => w < e && s < n && s >= -90 && n <= 90, says('projectChecks.boundsOrder')).optional(),
  hide: z.object({ caption: z.boolean().optional(), badge: z.boolean().optional(), legend: z.boolean().optional() }).optional(),
  month: monthKeySchema,
  windowMode: z.enum(['month', 'range', 'since'], says('projectChecks.expectedOneOf', { values: "'month', 'range'", last: "'since'" })),
  windowStart: monthKeySchema,
  trail: z.boolean(says('projectChecks.boolean')),
  // Layer ids a later version adds are kept and ignored when the view is applied.
  visibleLayers: z.array(z.string()),
  filters: filtersSchema,
  selected: entityRefSchema.nullable(),
  // Keys into the datasets' sources (a built-in briefing's views cite them); optional, so older files open.
  sources: z.array(text).optional(),
});

/** A tiled dataset by reference (src/domain/tiled-source.ts): a URL, or the name of a local file. */
export const tiledRefSchema = z.object({
  id: text,
  name: text,
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('url'), url: text, format: z.enum(['pmtiles', 'xyz'], says('projectChecks.expectedOneOf', { values: "'pmtiles'", last: "'xyz'" })) }),
    z.object({ kind: z.literal('file'), fileName: text }),
  ], says('projectChecks.tileSource')),
  visible: z.boolean(says('projectChecks.boolean')),
  loadedAt: dateTime,
});

export const settingsSchema = z.object({
  month: monthKeySchema,
  layers: layersSchema,
  theme: z.enum(['light', 'dark', 'projector'], says('projectChecks.expectedOneOf', { values: "'light', 'dark'", last: "'projector'" })),
  camera: cameraSchema.nullable(),
  demoVisible: z.boolean(says('projectChecks.boolean')),
  filters: filtersSchema.optional(),
  storyboard: z.array(storyViewSchema).optional(),
  marking: z.string().optional(),
  // The interface language (issue 16). Any string: an unknown code is reported when applied, not a
  // broken file. Older versions strip it (z.object drops keys it does not know), so no version bump.
  language: z.string().optional(),
  // Tiled datasets by reference (issue 17). Optional: files without them keep their bytes. An older
  // version drops them (z.object strips unknown keys), as it has nothing to draw them with.
  tiles: z.array(tiledRefSchema).optional(),
});

export const loadedDatasetSchema = z.object({
  id: text,
  name: text,
  sourceFiles: z.array(z.string()),
  loadedAt: dateTime,
  visible: z.boolean(says('projectChecks.boolean')),
  dataset: datasetSchemaV1,
});

export const workspaceSchema = z.object({
  datasets: z.array(loadedDatasetSchema),
  settings: settingsSchema,
});

/**
 * What a file must hold once migrated to the latest version and restored. savedAt and app are
 * informative, so not required to open.
 */
export const projectSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(LATEST_PROJECT_VERSION),
  savedAt: dateTime.optional(),
  app: z.string().optional(),
  workspace: workspaceSchema,
});

export type ProjectFile = z.infer<typeof projectSchema>;

// Compile-time checks: the schema and the workspace contract must stay assignable both ways.
type Assert<T extends true> = T;
type WorkspaceV1 = z.infer<typeof workspaceSchema>;
export type SchemaMatchesWorkspace = Assert<WorkspaceV1 extends Workspace ? true : false>;
export type WorkspaceMatchesSchema = Assert<Workspace extends WorkspaceV1 ? true : false>;
