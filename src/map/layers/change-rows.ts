/** The rows the change view draws (change-layer.ts), apart from its deck.gl layers. */
import type { ChangeClass, ChangeResult, CrossingChangeClass } from '../../domain/change';
import type { Crossing, LonLat, RouteSegment } from '../../domain/types';

export interface ChangeRow {
  segmentId: string;
  path: LonLat[];
  change: ChangeClass;
}

const rowsCache = new WeakMap<ChangeResult, ChangeRow[]>();

/** One row per compared segment; built once per comparison, not per frame. */
export function changeRows(result: ChangeResult, segments: RouteSegment[]): ChangeRow[] {
  let rows = rowsCache.get(result);
  if (!rows) {
    const byId = new Map(segments.map((s) => [s.id, s]));
    rows = result.segments.flatMap((c) => {
      const s = byId.get(c.segmentId);
      return s ? [{ segmentId: c.segmentId, path: s.path, change: c.change }] : [];
    });
    // Unchanged first, so that changes are drawn on top.
    rows.sort((a, b) => Number(a.change !== 'unchanged') - Number(b.change !== 'unchanged'));
    rowsCache.set(result, rows);
  }
  return rows;
}

export interface CrossingChangeRow {
  crossingId: string;
  coord: LonLat;
  change: Exclude<CrossingChangeClass, 'unchanged'>;
}

const crossingRowsCache = new WeakMap<ChangeResult, CrossingChangeRow[]>();

export function crossingChangeRows(result: ChangeResult, crossings: Crossing[]): CrossingChangeRow[] {
  let rows = crossingRowsCache.get(result);
  if (!rows) {
    const byId = new Map(crossings.map((c) => [c.id, c]));
    rows = result.crossings.flatMap((c) => {
      const crossing = byId.get(c.crossingId);
      return crossing && c.change !== 'unchanged' ? [{ crossingId: c.crossingId, coord: crossing.coord, change: c.change }] : [];
    });
    crossingRowsCache.set(result, rows);
  }
  return rows;
}
