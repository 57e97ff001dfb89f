/**
 * Route segments as columnar typed arrays for deck.gl binary attributes.
 *
 * One row per (segment, active month), so the month's width (volume) is a plain attribute and
 * scrubbing only changes the GPU filter range: no array is rebuilt per month on the main thread.
 * Attributes are per vertex (PathLayer's binary layout) and rows are paths.
 */
import type { Dataset, RouteSegment } from '../../domain/types';
import { flowValueAtIndex } from '../../domain/flows';
import { monthIndex } from '../../domain/month';
import { corridorColor } from '../../domain/palette';

export interface SegmentTable {
  /** Number of rows (paths). */
  length: number;
  /** Index of each path's first vertex, length + 1 entries. */
  startIndices: Uint32Array;
  /** Vertex positions, [lon, lat] pairs. */
  positions: Float64Array;
  /** Per vertex: RGBA. */
  colors: Uint8Array;
  /** Per vertex: width in pixels. */
  widths: Float32Array;
  /** Per vertex: [monthFrom, monthTo] (month indices) — the GPU filter value. */
  filterValues: Float32Array;
  /** Per vertex: dash pattern [dash, gap]; [0, 0] for solid (land) legs. */
  dashArrays: Float32Array;
  /** Per row: index into `segments`. */
  rowSegment: Uint32Array;
  /** Per row: the month index the row stands for. */
  rowMonth: Float32Array;
  /** Per row: the volume figure behind the width, NaN when unknown. */
  rowVolume: Float64Array;
  segments: RouteSegment[];
  /** Largest volume in the table, for the legend's scale. */
  maxVolume: number;
}

export const MIN_WIDTH_PX = 2.5;
export const MAX_WIDTH_PX = 14;

/** Square-root scale: areas read as volume; a zero or unknown volume keeps the minimum width. */
export function volumeToWidth(volume: number, maxVolume: number): number {
  if (!(volume > 0) || !(maxVolume > 0)) return MIN_WIDTH_PX;
  return MIN_WIDTH_PX + (MAX_WIDTH_PX - MIN_WIDTH_PX) * Math.sqrt(volume / maxVolume);
}


export function buildSegmentTable(dataset: Pick<Dataset, 'segments' | 'flows'>): SegmentTable {
  const flows = new Map(dataset.flows.map((f) => [f.id, f]));
  const segments = dataset.segments;

  let rows = 0;
  let vertices = 0;
  for (const s of segments) {
    const months = monthIndex(s.active.to) - monthIndex(s.active.from) + 1;
    if (months <= 0 || s.path.length < 2) continue;
    rows += months;
    vertices += months * s.path.length;
  }

  const startIndices = new Uint32Array(rows + 1);
  const positions = new Float64Array(vertices * 2);
  const colors = new Uint8Array(vertices * 4);
  const widths = new Float32Array(vertices);
  const filterValues = new Float32Array(vertices * 2);
  const dashArrays = new Float32Array(vertices * 2);
  const rowSegment = new Uint32Array(rows);
  const rowMonth = new Float32Array(rows);
  const rowVolume = new Float64Array(rows);

  let maxVolume = 0;
  for (const s of segments) {
    const series = s.volume ? flows.get(s.volume.seriesId) : undefined;
    for (let m = monthIndex(s.active.from); m <= monthIndex(s.active.to); m++) {
      maxVolume = Math.max(maxVolume, (series ? flowValueAtIndex(series, m) : null) ?? 0);
    }
  }

  let row = 0;
  let vertex = 0;
  segments.forEach((s, segmentIndex) => {
    const from = monthIndex(s.active.from);
    const to = monthIndex(s.active.to);
    if (to < from || s.path.length < 2) return;
    const series = s.volume ? flows.get(s.volume.seriesId) : undefined;
    const color = corridorColor(s.corridorId);
    const alpha = s.approximate ? 200 : 255;
    const dash = s.mode === 'boat' ? [6, 4] : [0, 0];
    for (let m = from; m <= to; m++) {
      const volume = (series ? flowValueAtIndex(series, m) : null);
      const width = volumeToWidth(volume ?? 0, maxVolume);
      startIndices[row] = vertex;
      rowSegment[row] = segmentIndex;
      rowMonth[row] = m;
      rowVolume[row] = volume ?? Number.NaN;
      for (const [lon, lat] of s.path) {
        positions[vertex * 2] = lon;
        positions[vertex * 2 + 1] = lat;
        colors.set([color[0], color[1], color[2], alpha], vertex * 4);
        widths[vertex] = width;
        filterValues[vertex * 2] = m;
        filterValues[vertex * 2 + 1] = m;
        dashArrays[vertex * 2] = dash[0] ?? 0;
        dashArrays[vertex * 2 + 1] = dash[1] ?? 0;
        vertex++;
      }
      row++;
    }
  });
  startIndices[row] = vertex;

  return { length: rows, startIndices, positions, colors, widths, filterValues, dashArrays, rowSegment, rowMonth, rowVolume, segments, maxVolume };
}

/** Ids of the segments drawn in a month: the same test the GPU filter applies to each row. */
export function segmentIdsInMonth(table: SegmentTable, month: number): string[] {
  return segmentIdsInWindow(table, month, month);
}

/** Ids of the segments drawn in a window of months (inclusive), as the GPU filter draws them. */
export function segmentIdsInWindow(table: SegmentTable, from: number, to: number): string[] {
  const ids = new Set<string>();
  for (let row = 0; row < table.length; row++) {
    const month = table.rowMonth[row] ?? -1;
    if (month >= from && month <= to) {
      const segment = table.segments[table.rowSegment[row] ?? -1];
      if (segment) ids.add(segment.id);
    }
  }
  return [...ids];
}

