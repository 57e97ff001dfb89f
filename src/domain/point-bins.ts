/**
 * Points grouped per grid cell and month: what the map draws for a large point set when zoomed out
 * (a million dots at continent scale are noise and cost every frame). Each bin keeps its month, so
 * the GPU month filter works on bins exactly as on points.
 */
export const BIN_DEGREES = 0.5;

export interface PointBins {
  length: number;
  /** Cell centre, lon/lat per bin. */
  positions: Float64Array;
  /** Points in the bin. */
  counts: Float32Array;
  /** Month index per bin. */
  months: Uint16Array;
}

export const EMPTY_BINS: PointBins = { length: 0, positions: new Float64Array(0), counts: new Float32Array(0), months: new Uint16Array(0) };

export function binPoints(positions: Float64Array, months: ArrayLike<number>, length: number, cell = BIN_DEGREES): PointBins {
  const columns = Math.ceil(360 / cell);
  const rows = Math.ceil(180 / cell);
  const index = new Map<number, number>();
  const keys: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < length; i++) {
    const cx = Math.min(columns - 1, Math.max(0, Math.floor(((positions[i * 2] ?? 0) + 180) / cell)));
    const cy = Math.min(rows - 1, Math.max(0, Math.floor(((positions[i * 2 + 1] ?? 0) + 90) / cell)));
    const key = ((months[i] ?? 0) * rows + cy) * columns + cx;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, keys.length);
      keys.push(key);
      counts.push(1);
    } else counts[at] = (counts[at] ?? 0) + 1;
  }
  const n = keys.length;
  const out: PointBins = { length: n, positions: new Float64Array(n * 2), counts: Float32Array.from(counts), months: new Uint16Array(n) };
  keys.forEach((key, b) => {
    const cx = key % columns;
    const cy = Math.floor(key / columns) % rows;
    out.positions[b * 2] = (cx + 0.5) * cell - 180;
    out.positions[b * 2 + 1] = (cy + 0.5) * cell - 90;
    out.months[b] = Math.floor(key / columns / rows);
  });
  return out;
}

export function concatBins(list: readonly PointBins[]): PointBins {
  const parts = list.filter((b) => b.length > 0);
  if (parts.length === 0) return EMPTY_BINS;
  if (parts.length === 1 && parts[0]) return parts[0];
  const length = parts.reduce((n, b) => n + b.length, 0);
  const out: PointBins = { length, positions: new Float64Array(length * 2), counts: new Float32Array(length), months: new Uint16Array(length) };
  let at = 0;
  for (const b of parts) {
    out.positions.set(b.positions, at * 2);
    out.counts.set(b.counts, at);
    out.months.set(b.months, at);
    at += b.length;
  }
  return out;
}
