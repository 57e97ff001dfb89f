/**
 * The entity kinds (segments, crossings, hubs, safe houses, incidents, events, areas), described once.
 *
 * Each concern keeps its own per-kind entries, in one module, as a record keyed by kind:
 * - here (domain): labels, the Dataset list, the layer switches that show it, find by id, prefix ids;
 * - src/map/layers/map-kinds.ts: the deck.gl layers whose rows it is, pick row → ref, selection geometry;
 * - src/data/export/export-kinds.ts: which layer switch gates an entity, its export item;
 * - src/features/details/detail-kinds.ts: what the detail panel and tooltip say;
 * - src/data/import/draft-kinds.ts: the draft an import record of that target becomes.
 * The real records are typed `{ [K in EntityKind]: … }`, so TypeScript flags a kind missing an entry.
 * The generic code (resolveEntity, pickedEntity, selectionGeometry, visibleItems, entityDetails,
 * draftRecord, prefixDatasetIds) only looks entries up or loops over them, and takes the records as
 * an optional last parameter (default: the real ones): tests/unit/entity-kinds.test.ts adds a
 * made-up kind that way, with one entry per concern and no other change.
 *
 * Entries are written with method syntax: an entry of a specific entity type (Hub) then fits the
 * generic parameter type, whose entity is only `{ id: string }`.
 */
import { findIncident } from './dataset-incidents';
import { t } from './i18n/translate';
import type { LayerId } from './layers';
import type { Area, Crossing, Dataset, DatedEvent, EntityKind, Hub, Incident, RouteSegment, SafeHouse } from './types';

/** The object type of each kind. */
export interface EntityOfKind {
  segment: RouteSegment;
  crossing: Crossing;
  hub: Hub;
  safeHouse: SafeHouse;
  incident: Incident;
  event: DatedEvent;
  area: Area;
}

/** An entity together with its kind (what the detail panel and tooltip describe). */
export type ResolvedEntity = { [K in EntityKind]: { kind: K; entity: EntityOfKind[K] } }[EntityKind];

export interface EntityKindDescription<E extends { id: string } = { id: string }> {
  /** Lower case: "safe house", "safe houses" (the real kinds' are getters: in the active language when read). */
  label: string;
  plural: string;
  /** The Dataset list holding the kind's objects (incidents also live in column parts). */
  list: string;
  /** The layer switches that can show it: none for events (shown with their month, on the timeline). */
  layers: readonly LayerId[];
  find(dataset: Dataset, id: string): E | undefined;
  /** A copy with its id and every id it references prefixed (combineDatasets' user datasets). */
  prefixIds(entity: E, prefix: (id: string) => string): E;
}

export type EntityKinds = { readonly [K in EntityKind]: EntityKindDescription<EntityOfKind[K]> };
/** Any set of kind descriptions: the real ones, or the real ones plus a test's made-up kind. */
export type KindDescriptions = Readonly<Record<string, EntityKindDescription>>;

/** In the order exports list the kinds. */
export const ENTITY_KINDS: EntityKinds = {
  segment: {
    get label() {
      return t('entityKind.segment');
    },
    get plural() {
      return t('entityKind.segmentPlural');
    },
    list: 'segments',
    // A schematic route-level flow is a segment drawn on its own layer.
    layers: ['segments', 'routeFlows'],
    find: (d, id) => d.segments.find((s) => s.id === id),
    prefixIds: (s, p) => ({
      ...s,
      id: p(s.id),
      corridorId: p(s.corridorId),
      fromPlaceId: p(s.fromPlaceId),
      toPlaceId: p(s.toPlaceId),
      sources: s.sources.map(p),
      ...(s.volume ? { volume: { ...s.volume, seriesId: p(s.volume.seriesId) } } : {}),
    }),
  },
  crossing: {
    get label() {
      return t('entityKind.crossing');
    },
    get plural() {
      return t('entityKind.crossingPlural');
    },
    list: 'crossings',
    layers: ['crossings'],
    find: (d, id) => d.crossings.find((c) => c.id === id),
    prefixIds: (c, p) => ({
      ...c,
      id: p(c.id),
      sources: c.sources.map(p),
      statusPeriods: c.statusPeriods.map((sp) => ({ ...sp, sources: sp.sources.map(p), ...(sp.eventId ? { eventId: p(sp.eventId) } : {}) })),
    }),
  },
  hub: {
    get label() {
      return t('entityKind.hub');
    },
    get plural() {
      return t('entityKind.hubPlural');
    },
    list: 'hubs',
    layers: ['hubs'],
    find: (d, id) => d.hubs.find((h) => h.id === id),
    prefixIds: (h, p) => ({ ...h, id: p(h.id), sources: h.sources.map(p) }),
  },
  safeHouse: {
    get label() {
      return t('entityKind.safeHouse');
    },
    get plural() {
      return t('entityKind.safeHousePlural');
    },
    list: 'safeHouses',
    layers: ['safeHouses'],
    find: (d, id) => d.safeHouses.find((s) => s.id === id),
    prefixIds: (s, p) => ({ ...s, id: p(s.id), hubId: p(s.hubId), sources: s.sources.map(p) }),
  },
  incident: {
    get label() {
      return t('entityKind.incident');
    },
    get plural() {
      return t('entityKind.incidentPlural');
    },
    list: 'incidents',
    layers: ['incidents'],
    // Imported incidents are columns, not objects in the list.
    find: findIncident,
    prefixIds: (i, p) => ({ ...i, id: p(i.id), sources: i.sources.map(p) }),
  },
  event: {
    get label() {
      return t('entityKind.event');
    },
    get plural() {
      return t('entityKind.eventPlural');
    },
    list: 'events',
    layers: [],
    find: (d, id) => d.events.find((e) => e.id === id),
    prefixIds: (e, p) => ({ ...e, id: p(e.id), placeIds: e.placeIds.map(p), sources: e.sources.map(p) }),
  },
  area: {
    get label() {
      return t('entityKind.area');
    },
    get plural() {
      return t('entityKind.areaPlural');
    },
    // Optional in Dataset: datasets written before areas existed have none.
    list: 'areas',
    layers: ['areas'],
    find: (d, id) => d.areas?.find((a) => a.id === id),
    prefixIds: (a, p) => ({ ...a, id: p(a.id), sources: a.sources.map(p) }),
  },
};

/** Every real kind, in ENTITY_KINDS order. */
export const ENTITY_KIND_IDS = Object.keys(ENTITY_KINDS) as EntityKind[];

/** The objects of a kind's Dataset list (a test kind's list is a field the Dataset type does not name). */
export function entityList(dataset: Dataset, kind: EntityKindDescription): readonly { id: string }[] {
  return ((dataset as unknown as Record<string, unknown>)[kind.list] as { id: string }[] | undefined) ?? [];
}
