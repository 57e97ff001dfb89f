/**
 * Entity kinds are described once (src/domain/entity-kinds.ts) with one entry per concern. Shown
 * here: every real kind has an entry in every concern, and a made-up kind added with one entry per
 * concern is resolved, picked, selected, exported, detailed, drafted and combined by the generic
 * code without any other change.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_IDS, ENTITY_KINDS, entityList, type EntityKindDescription, type KindDescriptions } from '../../src/domain/entity-kinds';
import type { Confidence, Dataset, EntityKind, LonLat } from '../../src/domain/types';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { inPeriod, type MonthKey } from '../../src/domain/month';
import { resolveEntity } from '../../src/state/selectors';
import { combineDatasets, prefixDatasetIds } from '../../src/data/combine-datasets';
import { buildMapTables } from '../../src/data/tables';
import { MAP_KINDS, type MapKindEntry, type MapKinds } from '../../src/map/layers/map-kinds';
import { pickedEntity } from '../../src/map/layers/pick';
import { selectionGeometry } from '../../src/map/layers/build-layers';
import { EXPORT_KINDS, type ExportKindEntry, type ExportKinds } from '../../src/data/export/export-kinds';
import { visibleItems } from '../../src/data/export/visible-entities';
import { DETAIL_KINDS, type DetailKindEntry, type DetailKinds } from '../../src/features/details/detail-kinds';
import { entityDetails } from '../../src/features/details/entity-details';
import { DRAFT_KINDS, draftOf, pointOf, type DraftKindEntry, type DraftKinds } from '../../src/data/import/draft-kinds';
import { draftRecord, type DraftEntity, type ListName } from '../../src/data/import/drafts';
import type { RawRecord } from '../../src/data/import/records';
import { demoDataset } from '../fixtures/demo-fixture';

describe('every real kind has an entry in every concern', () => {
  const concerns = { map: MAP_KINDS, export: EXPORT_KINDS, details: DETAIL_KINDS, drafts: DRAFT_KINDS };
  it.each(Object.entries(concerns))('%s', (_name, entries) => {
    expect(Object.keys(entries).sort()).toEqual([...ENTITY_KIND_IDS].sort());
  });

  it("finds each kind's entities in the Dataset list it names", () => {
    // The demo has no areas (its file stays as it is): one is added here.
    const area = { id: 'zone-1', sources: ['frontex-wb'], confidence: 'medium' as const, name: 'Border zone', polygons: [[[[20, 46], [20.2, 46], [20.2, 46.1], [20, 46]] as [number, number][]]] };
    const dataset = { ...demoDataset(), areas: [area] };
    for (const kind of ENTITY_KIND_IDS) {
      const first = entityList(dataset, ENTITY_KINDS[kind])[0];
      expect(first, kind).toBeDefined();
      expect(resolveEntity(dataset, { kind, id: first!.id })).toEqual({ kind, entity: first });
    }
  });

  it('a deck.gl layer draws one kind only', () => {
    const ids = Object.values(MAP_KINDS).flatMap((entry) => entry.layerIds);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

// ---- A made-up kind: photos of checkpoints, points shown with the hubs' switch. ----

interface CheckpointPhoto {
  id: string;
  sources: string[];
  confidence: Confidence;
  coord: LonLat;
  month: MonthKey;
  caption: string;
}
type PhotoDataset = Dataset & { checkpointPhotos: CheckpointPhoto[] };
/** A real kind is one more member of EntityKind (src/domain/types.ts): the casts stand for that line. */
const PHOTO = 'checkpointPhoto' as EntityKind;
const PHOTO_LIST = 'checkpointPhotos' as ListName;
const PHOTO_LAYER_ID = 'checkpoint-photos';
const photosOf = (d: Dataset) => (d as PhotoDataset).checkpointPhotos;

const PHOTOS: CheckpointPhoto[] = [
  { id: 'ph-1', sources: ['UNHCR'], confidence: 'high', coord: [19.9, 46.2], month: '2015-10', caption: 'Röszke, queue at the fence' },
  { id: 'ph-2', sources: ['UNHCR'], confidence: 'low', coord: [22.5, 41.1], month: '2016-03', caption: 'Idomeni, closed gate' },
];

// One entry per concern, and nothing else.
const photoKind: EntityKindDescription<CheckpointPhoto> = {
  label: 'checkpoint photo',
  plural: 'checkpoint photos',
  list: 'checkpointPhotos',
  layers: ['hubs'],
  find: (d, id) => photosOf(d).find((p) => p.id === id),
  prefixIds: (p, prefix) => ({ ...p, id: prefix(p.id), sources: p.sources.map(prefix) }),
};
const photoMap: MapKindEntry = {
  layerIds: [PHOTO_LAYER_ID],
  pick: (_tables, { object }) => ({ ref: { kind: PHOTO, id: (object as CheckpointPhoto).id } }),
  // A real kind would draw from a table of its own (src/data/tables); the test's photos are few.
  selection: (_tables, id) => ({ path: null, point: PHOTOS.find((p) => p.id === id)?.coord ?? null }),
};
const photoExport: ExportKindEntry<CheckpointPhoto> = {
  gate: () => 'hubs',
  candidates: photosOf,
  item: (p, { months }) =>
    inPeriod(p.month, months)
      ? { kind: PHOTO, id: p.id, name: p.caption, geometry: { type: 'Point', coordinates: p.coord }, from: p.month, to: p.month, value: null, unit: null, confidence: p.confidence, illustrative: false, sources: p.sources, details: { caption: p.caption } }
      : null,
};
const photoDetails: DetailKindEntry<CheckpointPhoto> = {
  describe: (_dataset, p) => ({ kindLabel: 'Checkpoint photo', title: p.caption, rows: [{ label: 'Month', value: p.month }], caveats: [], remarks: [], sources: p.sources, prices: [] }),
};
const photoDraft: DraftKindEntry = {
  draft: (r) => draftOf(r, PHOTO_LIST, { id: '', sources: r.sources, confidence: r.confidence, coord: pointOf(r), month: '2015-10', caption: r.name ?? 'photo' } as CheckpointPhoto as unknown as DraftEntity),
};

const kinds: KindDescriptions = { ...ENTITY_KINDS, checkpointPhoto: photoKind };
const mapKinds: MapKinds = { ...MAP_KINDS, checkpointPhoto: photoMap };
const exportKinds: ExportKinds = { ...EXPORT_KINDS, checkpointPhoto: photoExport };
const detailKinds: DetailKinds = { ...DETAIL_KINDS, checkpointPhoto: photoDetails };
const draftKinds: DraftKinds = { ...DRAFT_KINDS, checkpointPhoto: photoDraft };

describe('a kind added with one entry per concern', () => {
  const dataset: PhotoDataset = { ...demoDataset(), checkpointPhotos: PHOTOS };
  const tables = buildMapTables(dataset);
  const photo = PHOTOS[0]!;
  const ref = { kind: PHOTO, id: photo.id };

  it('is resolved by id', () => {
    expect(resolveEntity(dataset, ref, kinds)).toEqual({ kind: PHOTO, entity: photo });
    expect(resolveEntity(dataset, ref)).toBeNull();
  });

  it('is picked from its layer and selected on the map; the real kinds pick as before', () => {
    expect(pickedEntity(tables, PHOTO_LAYER_ID, 0, photo, mapKinds)).toEqual({ ref });
    expect(pickedEntity(tables, PHOTO_LAYER_ID, 0, photo)).toBeNull();
    expect(selectionGeometry(tables, ref, mapKinds)).toEqual({ path: null, point: photo.coord });
    expect(pickedEntity(tables, 'hubs', 2, null, mapKinds)).toEqual(pickedEntity(tables, 'hubs', 2, null));
  });

  it('is exported after the real kinds, behind its layer switch', () => {
    const months = { from: '2015-10', to: '2015-10' };
    const real = visibleItems(dataset, months, DEFAULT_LAYERS);
    const withPhotos = visibleItems(dataset, months, DEFAULT_LAYERS, kinds, exportKinds);
    expect(withPhotos.slice(0, real.length)).toEqual(real);
    expect(withPhotos.slice(real.length).map((item) => [item.kind, item.id])).toEqual([[PHOTO, 'ph-1']]);
    expect(visibleItems(dataset, months, { ...DEFAULT_LAYERS, hubs: false }, kinds, exportKinds).some((item) => item.kind === PHOTO)).toBe(false);
  });

  it('is described in the detail panel and tooltip', () => {
    const resolved = resolveEntity(dataset, ref, kinds)!;
    expect(entityDetails(dataset, resolved, '2015-10', null, detailKinds)).toMatchObject({ kindLabel: 'Checkpoint photo', title: photo.caption });
  });

  it('is drafted from an imported record of its target', () => {
    const record: RawRecord = { row: 7, raw: () => '', geometry: { type: 'point', coord: [20, 45] }, fields: { name: { name: 'name', value: 'Horgos gate' } }, repairs: [] };
    const ctx = { file: 'photos.csv', slug: 'photos', format: 'csv' as const, sources: ['file:photos.csv'] };
    const draft = draftRecord(record, { target: PHOTO }, ctx, undefined, draftKinds);
    expect(draft).toMatchObject({ row: 7, list: 'checkpointPhotos', entity: { caption: 'Horgos gate', coord: [20, 45], sources: ['file:photos.csv'] } });
  });

  it("gets its ids prefixed and its list combined with other datasets'", () => {
    const user = prefixDatasetIds(dataset, 'ds-1', kinds) as PhotoDataset;
    expect(user.checkpointPhotos.map((p) => p.id)).toEqual(['ds-1/ph-1', 'ds-1/ph-2']);
    const combined = combineDatasets([dataset, user], kinds) as PhotoDataset;
    expect(combined.checkpointPhotos.map((p) => p.id)).toEqual(['ph-1', 'ph-2', 'ds-1/ph-1', 'ds-1/ph-2']);
    expect(combined.hubs).toHaveLength(dataset.hubs.length * 2);
  });
});
