/**
 * Areas as flat typed arrays for deck.gl binary data, built once per dataset: one row per polygon
 * (an area of several polygons has several rows), its rings one after the other. The fill is drawn
 * from `polygonStarts` with the triangles worked out here (`indices`: deck.gl reads no holes from
 * binary positions, so the holes go into the triangulation), the outline from the same vertices cut
 * at `ringStarts`. Every vertex carries its area's [monthFrom, monthTo] and filter class, so the GPU
 * filters fill and outline alike.
 */
import { earcut } from '@math.gl/polygon';
import type { Area } from '../../domain/types';
import { monthIndex } from '../../domain/month';
import { areaProfile, FilterClassIndex, type FilterClasses } from '../../domain/filter-classes';

/** The filter range of an area without dates: every month passes. */
export const EVERY_MONTH: readonly [number, number] = [0, 1e6];

export interface AreaTable {
  /** Polygons (rows of the fill layer). */
  length: number;
  /** lon, lat per vertex: each polygon's rings in order, each ring closed. */
  positions: Float32Array;
  /** Per polygon: its first vertex; one more entry at the end (the vertex count). */
  polygonStarts: Uint32Array;
  /** Triangles of the fills (holes left out), as vertex indices into `positions`. */
  indices: Uint32Array;
  /** Per ring: its first vertex, one more entry at the end (rows of the outline layer). */
  ringStarts: Uint32Array;
  /** [monthFrom, monthTo] per vertex (areas without dates: EVERY_MONTH). */
  filterValues: Float32Array;
  /** Per vertex: its area's filter class. */
  vertexClasses: Uint32Array;
  /** Per polygon and per ring: index into `areas`. */
  rowArea: Uint32Array;
  ringArea: Uint32Array;
  /** One class per area. */
  filter: FilterClasses;
  areas: Area[];
}

function counts(areas: readonly Area[]) {
  let polygons = 0;
  let rings = 0;
  let vertices = 0;
  for (const area of areas) {
    for (const polygon of area.polygons) {
      polygons += 1;
      rings += polygon.length;
      for (const ring of polygon) vertices += ring.length;
    }
  }
  return { polygons, rings, vertices };
}

/** The triangles of one polygon whose vertices start at `start` (earcut: hole starts in vertices). */
function triangulate(positions: Float32Array, start: number, end: number, holeStarts: number[]): number[] {
  const local = earcut(positions.subarray(start * 2, end * 2), holeStarts, 2);
  return local.map((i) => i + start);
}

export function buildAreaTable(areas: Area[]): AreaTable {
  const { polygons, rings, vertices } = counts(areas);
  const positions = new Float32Array(vertices * 2);
  const filterValues = new Float32Array(vertices * 2);
  const vertexClasses = new Uint32Array(vertices);
  const polygonStarts = new Uint32Array(polygons + 1);
  const ringStarts = new Uint32Array(rings + 1);
  const rowArea = new Uint32Array(polygons);
  const ringArea = new Uint32Array(rings);
  const index = new FilterClassIndex();
  const classes = new Uint32Array(areas.length);
  const triangles: number[] = [];
  let vertex = 0;
  let row = 0;
  let ringRow = 0;
  areas.forEach((area, a) => {
    const cls = (classes[a] = index.classOf(areaProfile(area)));
    const from = area.active ? monthIndex(area.active.from) : EVERY_MONTH[0];
    const to = area.active ? monthIndex(area.active.to) : EVERY_MONTH[1];
    for (const polygon of area.polygons) {
      const start = vertex;
      const holeStarts: number[] = [];
      polygonStarts[row] = start;
      rowArea[row++] = a;
      polygon.forEach((ring, r) => {
        if (r > 0) holeStarts.push(vertex - start);
        ringStarts[ringRow] = vertex;
        ringArea[ringRow++] = a;
        for (const [lon, lat] of ring) {
          positions[vertex * 2] = lon;
          positions[vertex * 2 + 1] = lat;
          filterValues[vertex * 2] = from;
          filterValues[vertex * 2 + 1] = to;
          vertexClasses[vertex++] = cls;
        }
      });
      for (const i of triangulate(positions, start, vertex, holeStarts)) triangles.push(i);
    }
  });
  polygonStarts[polygons] = vertices;
  ringStarts[rings] = vertices;
  return {
    length: polygons,
    positions,
    polygonStarts,
    indices: Uint32Array.from(triangles),
    ringStarts,
    filterValues,
    vertexClasses,
    rowArea,
    ringArea,
    filter: { classes, profiles: index.profiles },
    areas,
  };
}
