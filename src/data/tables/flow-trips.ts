/**
 * Moving particles along the active segments: a few trips per segment-month row, more where the
 * month's volume is larger. Built once per segment table; the animation only moves a time uniform
 * and the month stays a GPU filter, so playing costs no data work on the main thread.
 */
import type { SegmentTable } from './segment-table';

/** Animation clock units: a particle crosses a leg in TRIP_TIME; trips start across LOOP_TIME. */
export const LOOP_TIME = 100;
export const TRIP_TIME = 40;
const MAX_TRIPS_PER_ROW = 5;

export interface FlowTrips {
  length: number;
  startIndices: Uint32Array;
  positions: Float32Array;
  timestamps: Float32Array;
  filterValues: Float32Array;
  /** Per vertex: the segment row's filter class. */
  vertexClasses: Uint32Array;
  colors: Uint8Array;
}

export function tripsPerRow(volume: number, maxVolume: number): number {
  if (!(volume > 0) || !(maxVolume > 0)) return 1;
  return 1 + Math.round((MAX_TRIPS_PER_ROW - 1) * Math.sqrt(volume / maxVolume));
}

export function buildFlowTrips(table: SegmentTable): FlowTrips {
  let trips = 0;
  let vertices = 0;
  const counts = new Uint8Array(table.length);
  for (let row = 0; row < table.length; row++) {
    const n = tripsPerRow(table.rowVolume[row] ?? 0, table.maxVolume);
    counts[row] = n;
    trips += n;
    vertices += n * ((table.startIndices[row + 1] ?? 0) - (table.startIndices[row] ?? 0));
  }
  const startIndices = new Uint32Array(trips + 1);
  const positions = new Float32Array(vertices * 2);
  const timestamps = new Float32Array(vertices);
  const filterValues = new Float32Array(vertices * 2);
  const colors = new Uint8Array(vertices * 4);
  const vertexClasses = new Uint32Array(vertices);
  let trip = 0;
  let v = 0;
  for (let row = 0; row < table.length; row++) {
    const first = table.startIndices[row] ?? 0;
    const last = table.startIndices[row + 1] ?? first;
    const n = counts[row] ?? 1;
    for (let k = 0; k < n; k++) {
      // Evenly spaced starts, shifted per row so that neighbouring legs do not pulse together.
      const start = ((k / n) * LOOP_TIME + (row * 7.3) % LOOP_TIME) % LOOP_TIME;
      startIndices[trip++] = v;
      for (let src = first; src < last; src++, v++) {
        positions[v * 2] = table.positions[src * 2] ?? 0;
        positions[v * 2 + 1] = table.positions[src * 2 + 1] ?? 0;
        timestamps[v] = start + (TRIP_TIME * (src - first)) / Math.max(1, last - first - 1);
        filterValues[v * 2] = table.filterValues[src * 2] ?? 0;
        filterValues[v * 2 + 1] = table.filterValues[src * 2 + 1] ?? 0;
        colors.set([255, 255, 255, 235], v * 4);
        vertexClasses[v] = table.vertexClasses[src] ?? 0;
      }
    }
  }
  startIndices[trip] = v;
  return { length: trips, startIndices, positions, timestamps, filterValues, vertexClasses, colors };
}
