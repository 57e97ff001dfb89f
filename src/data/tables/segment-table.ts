/**
 * Route segments as columnar typed arrays for deck.gl binary attributes.
 *
 * One row per run of months in which a segment has the same figure, so the month's width (volume) is
 * a plain attribute and scrubbing only changes the GPU filter range: no array is rebuilt per month
 * on the main thread.
 * Attributes are per vertex (PathLayer's binary layout) and rows are paths. Schematic route-level
 * flows are not rows here (route-flow-table.ts draws them) but are in `segments`, the filter classes
 * and the width scale.
 */
import type { Dataset, FlowSeries, RouteSegment } from '../../domain/types';
import { flowValueAtIndex } from '../../domain/flows';
import { monthIndex } from '../../domain/month';
import { corridorColor } from '../../domain/palette';
import { FilterClassIndex, placeCountries, segmentProfile, type FilterClasses } from '../../domain/filter-classes';

export interface SegmentTable {
  /** Number of rows (paths). */
  length: number;
  /** Index of each path's first vertex, length + 1 entries. */
  startIndices: Uint32Array;
  /** Vertex positions, [lon, lat] pairs. */
  positions: Float32Array;
  /** Per vertex: RGBA. */
  colors: Uint8Array;
  /** Per vertex: width in pixels. */
  widths: Float32Array;
  /** Per vertex: [monthFrom, monthTo] (month indices) — the GPU filter value. */
  filterValues: Float32Array;
  /** Per vertex: dash pattern [dash, gap]; [0, 0] for solid (land) legs. */
  dashArrays: Float32Array;
  /** Per vertex: the row's filter class (the GPU's category attribute). */
  vertexClasses: Uint32Array;
  /** Per row: filter class, and what each class stands for. */
  filter: FilterClasses;
  /** Per segment (same order as `segments`, drawn or not): its filter class, indexing filter.profiles. */
  segmentClasses: Uint32Array;
  /** Per row: index into `segments`. */
  rowSegment: Uint32Array;
  /** Per row: the first and last month index of the run of months the row stands for. */
  rowMonth: Float32Array;
  rowMonthTo: Float32Array;
  /** Per row: the volume figure behind the width, NaN when unknown. */
  rowVolume: Float64Array;
  segments: RouteSegment[];
  /** Segments not drawn because an identical one is: first segment's index → the others. */
  alsoDrawn: Map<number, number[]>;
  /** Largest volume in the table and of the schematic route-level flows (one width scale for both), for the legend's scale. */
  maxVolume: number;
}

export const MIN_WIDTH_PX = 2.5;
export const MAX_WIDTH_PX = 14;
/**
 * Route context legs (Frontex counts no border crossing there): thinner than any counted leg,
 * lighter and dotted, with no figure behind them, so they never read as a counted flow. Dash and
 * gap are in half-widths and the round caps reach one half-width into each gap: a gap of 2 or less
 * is closed by the caps (the line then looks solid).
 */
export const CONTEXT_WIDTH_PX = 1.5;
export const CONTEXT_ALPHA = 150;
export const CONTEXT_DASH: [number, number] = [1, 4];
export const SEA_DASH: [number, number] = [6, 4];

/** Square-root scale: areas read as volume; a zero or unknown volume keeps the minimum width. */
export function volumeToWidth(volume: number, maxVolume: number): number {
  if (!(volume > 0) || !(maxVolume > 0)) return MIN_WIDTH_PX;
  return MIN_WIDTH_PX + (MAX_WIDTH_PX - MIN_WIDTH_PX) * Math.sqrt(volume / maxVolume);
}


/** A segment's months cut into runs of the same figure: [firstMonth, lastMonth, volume | null]. */
export function volumeRuns(s: RouteSegment, series: FlowSeries | undefined): [number, number, number | null][] {
  const runs: [number, number, number | null][] = [];
  for (let m = monthIndex(s.active.from); m <= monthIndex(s.active.to); m++) {
    const volume = series ? flowValueAtIndex(series, m) : null;
    const last = runs[runs.length - 1];
    if (last && last[2] === volume) last[1] = m;
    else runs.push([m, m, volume]);
  }
  return runs;
}

/** Segments drawn exactly alike (same path, colour, style, period, figures and filter class) share one row. */
function drawingKey(s: RouteSegment, filterClass: number): string {
  return `${filterClass}|${corridorColor(s.corridorId).join()}|${s.mode === 'boat'}|${s.approximate}|${s.context === true}|${s.context ? '' : (s.volume?.seriesId ?? '')}|${s.active.from}|${s.active.to}|${s.path.join(';')}`;
}

/**
 * Level of detail for the GPU: a row per run of months with the same figure (not per month), and
 * one row for segments that would be drawn on top of each other identically.
 */
export function buildSegmentTable(dataset: Pick<Dataset, 'segments' | 'flows'> & Partial<Pick<Dataset, 'hubs' | 'crossings'>>): SegmentTable {
  const flows = new Map(dataset.flows.map((f) => [f.id, f]));
  const segments = dataset.segments;
  const places = placeCountries([...(dataset.hubs ?? []), ...(dataset.crossings ?? [])]);
  const classIndex = new FilterClassIndex();
  const segmentClass = new Uint32Array(segments.length);

  const firstAlike = new Map<string, number>();
  const alsoDrawn = new Map<number, number[]>();
  const drawn: { index: number; runs: [number, number, number | null][] }[] = [];
  let rows = 0;
  let vertices = 0;
  let maxVolume = 0;
  segments.forEach((s, index) => {
    segmentClass[index] = classIndex.classOf(segmentProfile(s, places));
    if (monthIndex(s.active.to) < monthIndex(s.active.from) || s.path.length < 2) return;
    // Schematic route-level flows are drawn by their own layer (route-flow-table.ts), on this scale.
    if (s.schematic) {
      for (const run of volumeRuns(s, s.volume ? flows.get(s.volume.seriesId) : undefined)) maxVolume = Math.max(maxVolume, run[2] ?? 0);
      return;
    }
    const key = drawingKey(s, segmentClass[index] ?? 0);
    const first = firstAlike.get(key);
    if (first !== undefined) {
      alsoDrawn.set(first, [...(alsoDrawn.get(first) ?? []), index]);
      return;
    }
    firstAlike.set(key, index);
    // A route context leg has no figure drawn, whatever series it names.
    const runs = volumeRuns(s, s.volume && !s.context ? flows.get(s.volume.seriesId) : undefined);
    for (const run of runs) maxVolume = Math.max(maxVolume, run[2] ?? 0);
    drawn.push({ index, runs });
    rows += runs.length;
    vertices += runs.length * s.path.length;
  });

  const startIndices = new Uint32Array(rows + 1);
  const positions = new Float32Array(vertices * 2);
  const colors = new Uint8Array(vertices * 4);
  const widths = new Float32Array(vertices);
  const filterValues = new Float32Array(vertices * 2);
  const dashArrays = new Float32Array(vertices * 2);
  const vertexClasses = new Uint32Array(vertices);
  const rowClasses = new Uint32Array(rows);
  const rowSegment = new Uint32Array(rows);
  const rowMonth = new Float32Array(rows);
  const rowMonthTo = new Float32Array(rows);
  const rowVolume = new Float64Array(rows);

  let row = 0;
  let vertex = 0;
  for (const { index, runs } of drawn) {
    const s = segments[index] as RouteSegment;
    const color = corridorColor(s.corridorId);
    const context = s.context === true;
    const alpha = context ? CONTEXT_ALPHA : s.approximate ? 200 : 255;
    const dash = context ? CONTEXT_DASH : s.mode === 'boat' ? SEA_DASH : [0, 0];
    const cls = segmentClass[index] ?? 0;
    for (const [from, to, volume] of runs) {
      rowClasses[row] = cls;
      const width = context ? CONTEXT_WIDTH_PX : volumeToWidth(volume ?? 0, maxVolume);
      startIndices[row] = vertex;
      rowSegment[row] = index;
      rowMonth[row] = from;
      rowMonthTo[row] = to;
      rowVolume[row] = volume ?? Number.NaN;
      for (const [lon, lat] of s.path) {
        positions[vertex * 2] = lon;
        positions[vertex * 2 + 1] = lat;
        colors.set([color[0], color[1], color[2], alpha], vertex * 4);
        widths[vertex] = width;
        filterValues[vertex * 2] = from;
        filterValues[vertex * 2 + 1] = to;
        dashArrays[vertex * 2] = dash[0] ?? 0;
        dashArrays[vertex * 2 + 1] = dash[1] ?? 0;
        vertexClasses[vertex] = cls;
        vertex++;
      }
      row++;
    }
  }
  startIndices[row] = vertex;

  const filter = { classes: rowClasses, profiles: classIndex.profiles };
  return { length: rows, startIndices, positions, colors, widths, filterValues, dashArrays, vertexClasses, filter, segmentClasses: segmentClass, rowSegment, rowMonth, rowMonthTo, rowVolume, segments, alsoDrawn, maxVolume };
}

/** Ids of the segments drawn in a month: the same test the GPU filter applies to each row. */
export function segmentIdsInMonth(table: SegmentTable, month: number, allowed?: Uint8Array): string[] {
  return segmentIdsInWindow(table, month, month, allowed);
}

/**
 * Ids of the segments drawn in a window of months (inclusive), as the GPU filter draws them;
 * `allowed`: 1 per filter class that the filters let through (all when absent).
 */
export function segmentIdsInWindow(table: SegmentTable, from: number, to: number, allowed?: Uint8Array): string[] {
  const ids = new Set<string>();
  for (let row = 0; row < table.length; row++) {
    if (allowed && allowed[table.filter.classes[row] ?? 0] !== 1) continue;
    if ((table.rowMonth[row] ?? Infinity) <= to && (table.rowMonthTo[row] ?? -1) >= from) {
      const index = table.rowSegment[row] ?? -1;
      const segment = table.segments[index];
      if (segment) ids.add(segment.id);
      for (const other of table.alsoDrawn.get(index) ?? []) ids.add(table.segments[other]?.id ?? '');
    }
  }
  ids.delete('');
  return [...ids];
}

