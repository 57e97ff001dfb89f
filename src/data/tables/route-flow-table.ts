/**
 * Schematic route-level flows (segments with `schematic: true`: one per Frontex route, from its
 * usual departure area to its arrival area) as typed arrays for their own layer.
 *
 * Built like the segment table: one row per run of months with the same figure, so a month step
 * only moves the GPU filter range. Width is on the segment table's scale (its `maxVolume` covers
 * both), so a flow and a corridor with the same figure are drawn equally wide. Each row also gets an
 * arrow head at the arrival end, and each flow a name label and a figure label per run.
 */
import type { Dataset, LonLat, RouteSegment } from '../../domain/types';
import { formatNumber } from '../../domain/format-number';
import { t } from '../../domain/i18n';
import { ROUTE_FLOW_ARROW_ALPHA, ROUTE_FLOW_BAND_ALPHA, routeFlowColor } from '../../domain/route-flow-palette';
import type { FilterClasses } from '../../domain/filter-classes';
import { volumeRuns, volumeToWidth, type SegmentTable } from './segment-table';

export interface RouteFlowLabel {
  /** 'name': the route, for the flow's whole period; 'figure': the month's detections, per run. */
  kind: 'name' | 'figure';
  /** The text drawn: for a figure, worded in the active language each time it is read (see figureLabel). */
  readonly text: string;
  /** 'figure': the run's detections, null when the source has no figure for those months. */
  volume?: number | null;
  position: LonLat;
  /** [monthFrom, monthTo] as month indices: the GPU filter value. */
  months: [number, number];
  filterClass: number;
  /** Pixels the flow's label pair is moved by so that it does not cover another's (see declutter). */
  offset: [number, number];
}

export interface RouteFlowTable {
  /** Number of rows (paths). */
  length: number;
  /** Index of each path's first vertex, length + 1 entries. */
  startIndices: Uint32Array;
  /** Per vertex: [lon, lat]. */
  positions: Float32Array;
  /** Per vertex: the band's RGBA (translucent) and the centre line's (opaque). */
  colors: Uint8Array;
  lineColors: Uint8Array;
  /** Per vertex: width in pixels, on the segments' scale. */
  widths: Float32Array;
  /** Per vertex: [monthFrom, monthTo]. */
  filterValues: Float32Array;
  /** Per vertex: the row's filter class. */
  vertexClasses: Uint32Array;
  /** Per row: filter class; the profiles are the segment table's (one filter for both). */
  filter: FilterClasses;
  /** Per row: index into `segments` (the segment table's list). */
  rowSegment: Uint32Array;
  rowMonth: Float32Array;
  rowMonthTo: Float32Array;
  /** Per row: the figure behind the width, NaN when unknown. */
  rowVolume: Float64Array;
  /** Per row, the arrow head: its tip, screen angle (degrees counter-clockwise from east), size (px), RGBA. */
  arrowPositions: Float32Array;
  arrowAngles: Float32Array;
  arrowSizes: Float32Array;
  arrowColors: Uint8Array;
  /** Per row: [monthFrom, monthTo]. */
  arrowFilterValues: Float32Array;
  labels: RouteFlowLabel[];
  segments: RouteSegment[];
  /** The shared width scale's maximum (the segment table's). */
  maxVolume: number;
}

/** Web Mercator y (radians) of a latitude: for the arrow's angle on a north-up map. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));

/** Screen angle of the path's last leg (degrees, counter-clockwise from east, north up). */
export function arrivalAngle(path: readonly LonLat[]): number {
  const [lon1, lat1] = path[path.length - 2] ?? [0, 0];
  const [lon2, lat2] = path[path.length - 1] ?? [0, 0];
  return (Math.atan2(mercatorY(lat2) - mercatorY(lat1), ((lon2 - lon1) * Math.PI) / 180) * 180) / Math.PI;
}

/** The point halfway along a path (by length on a plane scaled at its latitude). */
export function pathMidpoint(path: readonly LonLat[]): LonLat {
  const legs: number[] = [];
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const [ax, ay] = path[i - 1] as LonLat;
    const [bx, by] = path[i] as LonLat;
    const len = Math.hypot((bx - ax) * Math.cos((((ay + by) / 2) * Math.PI) / 180), by - ay);
    legs.push(len);
    total += len;
  }
  let left = total / 2;
  for (let i = 0; i < legs.length; i++) {
    const len = legs[i] ?? 0;
    if (left <= len && len > 0) {
      const [ax, ay] = path[i] as LonLat;
      const [bx, by] = path[i + 1] as LonLat;
      const t = left / len;
      return [ax + (bx - ax) * t, ay + (by - ay) * t];
    }
    left -= len;
  }
  return (path[0] ?? [0, 0]) as LonLat;
}

/**
 * A figure label whose text follows the interface language: the table is built once per data (a
 * month step never rebuilds it), so the words are looked up when the label layer reads them, which
 * it does again on a language change (the layer's getText trigger is the language).
 */
function figureLabel(volume: number | null, place: Omit<RouteFlowLabel, 'kind' | 'text' | 'volume'>): RouteFlowLabel {
  return {
    kind: 'figure',
    volume,
    ...place,
    get text() {
      return volume === null ? t('mapText.routeFlowNoFigure') : t('mapText.routeFlowDetections', { count: volume, figure: formatNumber(volume) });
    },
  };
}

/** Arrow head size: wider than the band it ends, never a speck. */
export const arrowSize = (width: number) => 10 + width * 1.6;

/**
 * A route's name as a map label, short enough that ten of them fit the whole region:
 * 'Western Mediterranean Route, sea borders (route-level flow)' → 'W. Med, sea'.
 */
export function routeLabelName(name: string): string {
  return name
    .replace(/\s*\((schematic|route-level)[^)]*\)\s*$/i, '')
    .replace(/,\s*(land|sea)\s+borders?\b/gi, ', $1')
    .replace(/^Circular\s+(?:route\s+)?(?:from\s+)?(\S+?)(?:\s+to\s+|\s*[–-]\s*)(\S+)$/i, '$1–$2')
    .replace(/\b(Western|Eastern|Central)\b/g, (w) => `${w[0]}.`)
    .replace(/\bMediterranean\b/g, 'Med')
    .replace(/\s+[Rr]oute\b/g, '')
    .replace(/\bBalkan\b/g, 'Balkans')
    .replace(/\bAfrican\b/g, 'Africa')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The zoom at which labels are kept apart: about the whole region in view (they show from zoom 5 down). */
const DECLUTTER_ZOOM = 3.5;
const CHAR_PX = 7.8;
const PAIR_HEIGHT_PX = 32;

/**
 * Moves label pairs (name over figure) that would cover one another at the region's zoom: each
 * pair in turn takes the first offset, nearest first, at which its box is clear of those placed.
 * Worked out once per table; the GPU only draws the offsets.
 */
export function declutter(labels: RouteFlowLabel[]) {
  // MapLibre's world is 512 px wide at zoom 0.
  const scale = 512 * 2 ** DECLUTTER_ZOOM;
  const groups = new Map<string, RouteFlowLabel[]>();
  for (const l of labels) {
    const key = l.position.join();
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  // The largest flows keep their place; the smaller ones make way.
  const figure = (group: RouteFlowLabel[]) => Math.max(0, ...group.map((l) => l.volume ?? 0));
  const ordered = [...groups.values()].sort((a, b) => figure(b) - figure(a));
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const steps: [number, number][] = [[0, 0]];
  for (let k = 1; k <= 3; k++) steps.push([0, k * PAIR_HEIGHT_PX], [0, -k * PAIR_HEIGHT_PX], [k * 50, 0], [-k * 50, 0]);
  for (const group of ordered) {
    const [lon, lat] = group[0]?.position ?? [0, 0];
    const x = ((lon + 180) / 360) * scale;
    const y = ((Math.PI - mercatorY(lat)) / (2 * Math.PI)) * scale;
    const width = Math.max(...group.map((l) => l.text.length), 16) * CHAR_PX;
    const box = ([dx, dy]: [number, number]) => ({ x0: x + dx - width / 2, x1: x + dx + width / 2, y0: y + dy - PAIR_HEIGHT_PX / 2, y1: y + dy + PAIR_HEIGHT_PX / 2 });
    const clear = (b: ReturnType<typeof box>) => placed.every((p) => b.x1 <= p.x0 || b.x0 >= p.x1 || b.y1 <= p.y0 || b.y0 >= p.y1);
    const offset = steps.find((step) => clear(box(step))) ?? [0, 0];
    placed.push(box(offset));
    for (const l of group) l.offset = offset;
  }
}

export function buildRouteFlowTable(table: SegmentTable, dataset: Pick<Dataset, 'flows' | 'corridors'>): RouteFlowTable {
  const flows = new Map(dataset.flows.map((f) => [f.id, f]));
  const corridors = new Map(dataset.corridors.map((c) => [c.id, c]));
  const segments = table.segments;
  const drawn: { index: number; runs: [number, number, number | null][] }[] = [];
  let rows = 0;
  let vertices = 0;
  segments.forEach((s, index) => {
    if (!s.schematic || s.path.length < 2) return;
    const runs = volumeRuns(s, s.volume ? flows.get(s.volume.seriesId) : undefined);
    if (runs.length === 0) return;
    drawn.push({ index, runs });
    rows += runs.length;
    vertices += runs.length * s.path.length;
  });

  const startIndices = new Uint32Array(rows + 1);
  const positions = new Float32Array(vertices * 2);
  const colors = new Uint8Array(vertices * 4);
  const lineColors = new Uint8Array(vertices * 4);
  const widths = new Float32Array(vertices);
  const filterValues = new Float32Array(vertices * 2);
  const vertexClasses = new Uint32Array(vertices);
  const rowClasses = new Uint32Array(rows);
  const rowSegment = new Uint32Array(rows);
  const rowMonth = new Float32Array(rows);
  const rowMonthTo = new Float32Array(rows);
  const rowVolume = new Float64Array(rows);
  const arrowPositions = new Float32Array(rows * 2);
  const arrowAngles = new Float32Array(rows);
  const arrowSizes = new Float32Array(rows);
  const arrowColors = new Uint8Array(rows * 4);
  const arrowFilterValues = new Float32Array(rows * 2);
  const labels: RouteFlowLabel[] = [];
  // One label per route and series, on the first of its segments.
  const labelled = new Set<string>();

  let row = 0;
  let vertex = 0;
  for (const { index, runs } of drawn) {
    const s = segments[index] as RouteSegment;
    const corridor = corridors.get(s.corridorId);
    const color = routeFlowColor(s.region ?? corridor?.region);
    const cls = table.segmentClasses[index] ?? 0;
    const tip = s.path[s.path.length - 1] as LonLat;
    const angle = arrivalAngle(s.path);
    const labelKey = `${s.corridorId}|${s.volume?.seriesId ?? ''}`;
    const label = !labelled.has(labelKey) ? pathMidpoint(s.path) : null;
    labelled.add(labelKey);
    if (label) {
      const first = runs[0]?.[0] ?? 0;
      const last = runs[runs.length - 1]?.[1] ?? first;
      labels.push({ kind: 'name', text: corridor?.mapLabel ?? routeLabelName(corridor?.name ?? s.corridorId), position: label, months: [first, last], filterClass: cls, offset: [0, 0] });
    }
    for (const [from, to, volume] of runs) {
      const width = volumeToWidth(volume ?? 0, table.maxVolume);
      rowClasses[row] = cls;
      startIndices[row] = vertex;
      rowSegment[row] = index;
      rowMonth[row] = from;
      rowMonthTo[row] = to;
      rowVolume[row] = volume ?? Number.NaN;
      for (const [lon, lat] of s.path) {
        positions[vertex * 2] = lon;
        positions[vertex * 2 + 1] = lat;
        colors.set([color[0], color[1], color[2], ROUTE_FLOW_BAND_ALPHA], vertex * 4);
        lineColors.set(color, vertex * 4);
        widths[vertex] = width;
        filterValues[vertex * 2] = from;
        filterValues[vertex * 2 + 1] = to;
        vertexClasses[vertex] = cls;
        vertex++;
      }
      arrowPositions[row * 2] = tip[0];
      arrowPositions[row * 2 + 1] = tip[1];
      arrowAngles[row] = angle;
      arrowSizes[row] = arrowSize(width);
      arrowColors.set([color[0], color[1], color[2], ROUTE_FLOW_ARROW_ALPHA], row * 4);
      arrowFilterValues[row * 2] = from;
      arrowFilterValues[row * 2 + 1] = to;
      if (label) {
        labels.push(figureLabel(volume, { position: label, months: [from, to], filterClass: cls, offset: [0, 0] }));
      }
      row++;
    }
  }
  startIndices[row] = vertex;
  declutter(labels);

  return {
    length: rows,
    startIndices,
    positions,
    colors,
    lineColors,
    widths,
    filterValues,
    vertexClasses,
    filter: { classes: rowClasses, profiles: table.filter.profiles },
    rowSegment,
    rowMonth,
    rowMonthTo,
    rowVolume,
    arrowPositions,
    arrowAngles,
    arrowSizes,
    arrowColors,
    arrowFilterValues,
    labels,
    segments,
    maxVolume: table.maxVolume,
  };
}

/** Ids of the schematic flows drawn in a window of months (inclusive), as the GPU filter draws them. */
export function routeFlowIdsInWindow(table: RouteFlowTable, from: number, to: number, allowed?: Uint8Array): string[] {
  const ids = new Set<string>();
  for (let row = 0; row < table.length; row++) {
    if (allowed && allowed[table.filter.classes[row] ?? 0] !== 1) continue;
    if ((table.rowMonth[row] ?? Infinity) <= to && (table.rowMonthTo[row] ?? -1) >= from) ids.add(table.segments[table.rowSegment[row] ?? -1]?.id ?? '');
  }
  ids.delete('');
  return [...ids];
}
