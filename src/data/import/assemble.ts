/**
 * Records of one file → ImportedEntities, with the report's accepted / repaired / rejected
 * entries. Counting: `accepted + repaired.length` is the number of entities read from rows or
 * features (hubs, crossings, safe houses, incidents, events, segments, areas, flow series). Entities the
 * import makes to satisfy references (line-end hubs, safe-house towns, corridors) are not counted
 * and say so in their notes (MADE_BY_IMPORT).
 */
import type { Crossing, Hub, SafeHouse } from '../../domain/types';
import { draftRecord, type Draft } from './drafts';
import { RowProblem } from './fields';
import { assembleFlows } from './flows';
import { kindOf } from './kinds';
import { linkSegments, Places } from './links';
import { assembleOdFlows } from './od-flows';
import { FileArea, movesPosition, outsideArea, repairArea } from './position-repairs';
import { IdAllocator, type FileContext, type RawRecord, type Repair, type Reporter } from './records';
import type { FlowmapLocations, ImportedEntities, ImportOptions } from './types';

export { buildImportedDataset } from './build-dataset';
export { MADE_BY_IMPORT } from './links';

export function emptyEntities(): ImportedEntities {
  return { corridors: [], segments: [], crossings: [], hubs: [], safeHouses: [], incidents: [], events: [], flows: [], areas: [] };
}

const NO_REPAIRS: Repair[] = [];

const ID_PREFIX: Record<Draft['list'], string> = {
  hubs: 'hub',
  crossings: 'crossing',
  safeHouses: 'safe-house',
  incidents: 'incident',
  events: 'event',
  segments: 'segment',
  areas: 'area',
};

export function rowLabel(ctx: FileContext): string {
  if (ctx.format === 'parquet' || ctx.format === 'arrow') return 'row';
  return ctx.format === 'csv' || ctx.format === 'tsv' ? 'line' : 'feature';
}

/**
 * Takes records one by one (so a large CSV is not held twice in memory): each is checked and
 * drafted at once, or rejected; ids, references and the counts are settled in finish().
 */
export class FileAssembler {
  private drafts: Draft[] = [];
  private readonly flowRecords: RawRecord[] = [];
  /** Positions of the rows read without a position repair: the area repaired positions must lie in. */
  private readonly area = new FileArea();
  /** Drafts whose position a repair moved, with their raw row: judged in finish(), once the area is known. */
  private readonly moved: { draft: Draft; raw: () => string }[] = [];

  constructor(
    private readonly ctx: FileContext,
    private readonly options: ImportOptions,
    private readonly reporter: Reporter,
  ) {}

  add(record: RawRecord): void {
    try {
      const kindRepairs: Repair[] = [];
      const kind = kindOf(record, this.options.pointKind, kindRepairs);
      const draft = draftRecord(record, kind, this.ctx, this.options.defaultPeriod);
      for (const repair of kindRepairs) draft.repairs.push(repair);
      // Most rows need no repair: share one empty list instead of keeping a million of them.
      if (draft.repairs.length === 0) draft.repairs = NO_REPAIRS;
      if (draft.repairs !== NO_REPAIRS && movesPosition(draft.repairs)) this.moved.push({ draft, raw: record.raw });
      else this.area.addGeometry(record.geometry);
      this.drafts.push(draft);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      this.reporter.reject(record.row, error.field, error.reason, record.raw());
    }
  }

  /** A position kept elsewhere without a position repair (a columnar file's incident rows): part of the file's area. */
  countPosition(lon: number, lat: number): void {
    this.area.add(lon, lat);
  }

  /** A CSV flow row (route, month, count). */
  addFlow(record: RawRecord): void {
    this.flowRecords.push(record);
  }

  /** Rejects the rows whose repaired position lies outside the file's area (position-repairs.ts). */
  private judgeMovedPositions(): void {
    if (this.moved.length === 0) return;
    const area = repairArea(this.area);
    const dropped = new Set<Draft>();
    for (const { draft, raw } of this.moved) {
      const outside = outsideArea(draft.repairs, area);
      if (!outside) continue;
      dropped.add(draft);
      this.reporter.reject(draft.row, outside.field, outside.reason, raw());
    }
    if (dropped.size > 0) this.drafts = this.drafts.filter((d) => !dropped.has(d));
  }

  /**
   * `locations`: the flow records are a FlowmapBlue flows sheet's, resolved against these (od-flows.ts).
   * `givenBefore(row, ids)` lets rows kept elsewhere (a columnar file's incidents) take their given
   * ids in file order among these: it is called before each given id with its row, then with Infinity.
   */
  finish(countHeader?: string, locations?: FlowmapLocations, ids = new IdAllocator(), givenBefore?: (row: number, ids: IdAllocator) => void): ImportedEntities {
    this.judgeMovedPositions();
    const { ctx, reporter, drafts } = this;
    const label = rowLabel(ctx);
    // Ids given in the file first (in file order), so generated ids never take one of them.
    for (const draft of drafts) {
      if (draft.givenId === undefined) continue;
      givenBefore?.(draft.row ?? 0, ids);
      const given = ids.given(draft.givenId, draft.row, label);
      draft.entity.id = given.id;
      if (given.repair) draft.repairs = [...draft.repairs, given.repair];
    }
    givenBefore?.(Infinity, ids);

    const places = new Places(ctx, ids);
    const out = emptyEntities();
    const segments: Draft[] = [];
    for (const [i, draft] of drafts.entries()) {
      if (draft.list === 'segments') {
        segments.push(draft);
        continue;
      }
      const entity = draft.entity;
      if (draft.givenId === undefined) {
        const part = draft.part === undefined ? '' : `-${draft.part}`;
        entity.id = ids.generated(`${ID_PREFIX[draft.list]}-${draft.row ?? i + 1}${part}`);
      }
      if (draft.list === 'hubs' || draft.list === 'crossings') {
        const place = entity as Hub | Crossing;
        places.add(place.id, draft.givenId, place.name, place.coord, draft.list === 'hubs');
      }
    }
    for (const draft of drafts) {
      if (draft.list === 'safeHouses') {
        const house = draft.entity as SafeHouse;
        house.hubId = places.town(house);
      }
    }
    out.corridors = segments.length > 0 ? linkSegments(segments, ctx, ids, places) : [];

    for (const draft of drafts) {
      reporter.keep(draft.row, draft.repairs);
      // A draft's list is named after the entity list it goes to.
      (out[draft.list] ??= []).push(draft.entity as never);
    }
    for (const hub of places.made) out.hubs.push(hub);
    if (this.flowRecords.length > 0 && locations) Object.assign(out, assembleOdFlows(this.flowRecords, ctx, ids, reporter, this.options, countHeader, locations));
    else if (this.flowRecords.length > 0) out.flows = assembleFlows(this.flowRecords, ctx, ids, reporter, countHeader);
    reporter.sort();
    return out;
  }
}
