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
  /**
   * Points per bin and filter class (bin × classCount), when the rows have at most MAX_BIN_CLASSES
   * classes: a filter then recounts the bins from these, without visiting a row.
   */
  classCounts?: Float32Array;
  classCount?: number;
}

export const MAX_BIN_CLASSES = 16;

/** What recounting bins under a filter needs (the selection worker gets only this). */
export type BinClassCounts = Pick<PointBins, 'length' | 'classCounts' | 'classCount'>;

/** Each row's filter class and how many classes there are. */
export interface RowClasses {
  of: Uint32Array;
  count: number;
}

export const EMPTY_BINS: PointBins = { length: 0, positions: new Float64Array(0), counts: new Float32Array(0), months: new Uint16Array(0) };

export function binPoints(positions: Float64Array, months: ArrayLike<number>, length: number, cell = BIN_DEGREES, classes?: RowClasses): PointBins {
  const columns = Math.ceil(360 / cell);
  const rows = Math.ceil(180 / cell);
  const index = new Map<number, number>();
  const keys: number[] = [];
  const counts: number[] = [];
  const rowBin = classes && classes.count <= MAX_BIN_CLASSES ? new Uint32Array(length) : null;
  for (let i = 0; i < length; i++) {
    const cx = Math.min(columns - 1, Math.max(0, Math.floor(((positions[i * 2] ?? 0) + 180) / cell)));
    const cy = Math.min(rows - 1, Math.max(0, Math.floor(((positions[i * 2 + 1] ?? 0) + 90) / cell)));
    const key = ((months[i] ?? 0) * rows + cy) * columns + cx;
    let at = index.get(key);
    if (at === undefined) {
      at = keys.length;
      index.set(key, at);
      keys.push(key);
      counts.push(1);
    } else counts[at] = (counts[at] ?? 0) + 1;
    if (rowBin) rowBin[i] = at;
  }
  const n = keys.length;
  const out: PointBins = { length: n, positions: new Float64Array(n * 2), counts: Float32Array.from(counts), months: new Uint16Array(n) };
  if (rowBin && classes) {
    const k = classes.count;
    const classCounts = new Float32Array(n * k);
    for (let i = 0; i < length; i++) classCounts[(rowBin[i] ?? 0) * k + (classes.of[i] ?? 0)]! += 1;
    out.classCounts = classCounts;
    out.classCount = k;
  }
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

/** Points per bin counting only the classes allowed (1 per class), or null when the bins have no per-class counts. */
export function countsForClasses(bins: BinClassCounts, allowed: Uint8Array): Float32Array | null {
  const k = bins.classCount;
  if (!bins.classCounts || !k) return null;
  const out = new Float32Array(bins.length);
  for (let b = 0; b < bins.length; b++) {
    let n = 0;
    for (let c = 0; c < k; c++) if (allowed[c] === 1) n += bins.classCounts[b * k + c] ?? 0;
    out[b] = n;
  }
  return out;
}
