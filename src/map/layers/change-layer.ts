import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { ChangeClass, ChangeResult, CrossingChangeClass } from '../../domain/change';
import type { Crossing, LonLat, RouteSegment } from '../../domain/types';
import type { RGBA } from '../../domain/palette';

export const CHANGE_LAYER_ID = 'change';
const DASH = new PathStyleExtension({ dash: true });

/** Change classes: distinct hue and, for vanished, a dashed line — never colour alone. */
/** Its words are the compare panel's (screenText.changeClass). */
export const CHANGE_STYLE: Record<ChangeClass, { color: RGBA; width: number; dashed: boolean }> = {
  new: { color: [0, 158, 115, 255], width: 7, dashed: false },
  vanished: { color: [213, 94, 0, 255], width: 4, dashed: true },
  grown: { color: [0, 114, 178, 255], width: 7, dashed: false },
  shrunk: { color: [230, 159, 0, 255], width: 3, dashed: false },
  unchanged: { color: [150, 150, 150, 200], width: 2, dashed: false },
};

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

export function buildChangeLayer({ rows, visible }: { rows: ChangeRow[]; visible: boolean }) {
  return new PathLayer<ChangeRow, PathStyleExtensionProps<ChangeRow>>({
    id: CHANGE_LAYER_ID,
    visible,
    data: rows,
    getPath: (r) => r.path,
    getColor: (r) => CHANGE_STYLE[r.change].color,
    getWidth: (r) => CHANGE_STYLE[r.change].width,
    getDashArray: (r) => (CHANGE_STYLE[r.change].dashed ? [4, 3] : [0, 0]),
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    dashJustified: true,
    extensions: [DASH],
    pickable: true,
    autoHighlight: true,
  });
}

export const CROSSING_CHANGE_LAYER_ID = 'change-crossings';

/** Crossings whose state changed: a ring in the colour of the change, under the crossing symbol. */
/** The compare panel says the change in words (stateText): only the colour here. */
export const CROSSING_CHANGE_STYLE: Record<Exclude<CrossingChangeClass, 'unchanged'>, { color: RGBA }> = {
  opened: { color: [0, 158, 115, 255] },
  restricted: { color: [0, 114, 178, 255] },
  closed: { color: [213, 94, 0, 255] },
  fenced: { color: [204, 121, 167, 255] },
  controls: { color: [230, 159, 0, 255] },
  other: { color: [120, 120, 120, 255] },
};

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

export function buildCrossingChangeLayer({ rows, visible }: { rows: CrossingChangeRow[]; visible: boolean }) {
  return new ScatterplotLayer<CrossingChangeRow>({
    id: CROSSING_CHANGE_LAYER_ID,
    visible,
    data: rows,
    getPosition: (r) => r.coord,
    getRadius: 17,
    radiusUnits: 'pixels',
    filled: false,
    stroked: true,
    getLineColor: (r) => CROSSING_CHANGE_STYLE[r.change].color,
    getLineWidth: 4,
    lineWidthUnits: 'pixels',
    pickable: true,
  });
}
