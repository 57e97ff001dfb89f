/**
 * Incidents as deck.gl binary attributes, one table per part: object rows (the demo, projects) are
 * turned into columns here; imported columns are drawn from their own arrays (no copy, no
 * concatenation), and a part's table is built once, so showing or hiding another dataset costs it
 * nothing.
 */
import type { Incident } from '../../domain/types';
import { findIncidentRow, incidentAt, selectIncidentRows, toIncidentColumns, type IncidentColumns } from '../../domain/incident-columns';
import { binPoints, countsForClasses, type PointBins } from '../../domain/point-bins';
import { allPass } from '../../domain/filter-classes';
import type { FilterClasses } from '../../domain/filter-classes';
import { incidentFilterClasses } from '../../domain/incident-filter-classes';

export interface IncidentPartTable {
  length: number;
  /**
   * Lon/lat per row: the columns' own 64-bit array, not a 32-bit copy. deck.gl splits it into
   * high and low parts once, when it first uploads it (a pass on the main thread, in the first
   * frame that shows the part); a copy would hold 8 more bytes per point for as long as the data
   * is loaded, and the 64-bit values are the data itself (tooltips, exports, project files).
   */
  positions: Float64Array;
  /** Radius in pixels, by dead and missing (square-root scale). */
  radii: Float32Array;
  /** [monthFrom, monthTo] per row; an incident's month twice. */
  filterValues: Float32Array;
  /** Filter class per row and what each class stands for (filters on the GPU). */
  filter: FilterClasses;
  columns: IncidentColumns;
  /** Level of detail when zoomed out: the rows grouped per cell and month, with their own attributes. */
  bins: PointBins;
  /** The bins as drawn without filters. */
  binsDrawn: BinDrawing;
}

/** What the bins layer draws from. */
export interface BinDrawing {
  length: number;
  positions: Float64Array;
  radii: Float32Array;
  filterValues: Float32Array;
}

export interface IncidentTable {
  /** Rows over all parts. */
  length: number;
  parts: IncidentPartTable[];
}

/** Above this many incidents, zoomed-out views draw bins instead of single points. */
export const BIN_MIN_POINTS = 20_000;
/** Below this zoom level, a large point set is drawn as bins. */
export const BIN_MAX_ZOOM = 6;

export function incidentRadius(deadAndMissing: number | null): number {
  return 3 + 2.2 * Math.sqrt(Math.max(0, deadAndMissing ?? 0));
}

/**
 * Bin radius in pixels: area by count relative to the part's fullest bin, and small enough that
 * neighbouring ½° cells barely touch at the zoom where bins give way to points.
 */
export function binRadius(count: number, maxCount: number): number {
  return 2 + 9 * Math.sqrt(Math.max(0, count) / Math.max(1, maxCount));
}

/** Radii, month filter values and filter classes of every row (run in the import worker for imported parts). */
export function incidentDrawing(columns: IncidentColumns): NonNullable<IncidentColumns['drawing']> {
  const { length } = columns;
  const radii = new Float32Array(length);
  const filterValues = new Float32Array(length * 2);
  for (let i = 0; i < length; i++) {
    const dead = columns.deadAndMissing[i] ?? 0;
    radii[i] = Math.min(24, incidentRadius(Number.isNaN(dead) ? 0 : dead));
    const m = columns.months[i] ?? 0;
    filterValues[i * 2] = m;
    filterValues[i * 2 + 1] = m;
  }
  return { radii, filterValues, filter: incidentFilterClasses(columns) };
}

/** Bins sized relative to the fullest; an empty bin (all its points filtered out) is never in a window. */
function drawBins(bins: PointBins, counts: Float32Array): BinDrawing {
  const filterValues = new Float32Array(bins.length * 2);
  const radii = new Float32Array(bins.length);
  let maxCount = 0;
  for (let b = 0; b < bins.length; b++) maxCount = Math.max(maxCount, counts[b] ?? 0);
  for (let b = 0; b < bins.length; b++) {
    const empty = !((counts[b] ?? 0) > 0);
    filterValues[b * 2] = empty ? -1 : (bins.months[b] ?? 0);
    filterValues[b * 2 + 1] = empty ? -1 : (bins.months[b] ?? 0);
    radii[b] = binRadius(counts[b] ?? 0, maxCount);
  }
  return { length: bins.length, positions: bins.positions, radii, filterValues };
}

function buildPartTable(columns: IncidentColumns): IncidentPartTable {
  const { length } = columns;
  const drawing = columns.drawing ?? incidentDrawing(columns);
  const { radii, filterValues, filter } = drawing;
  // Imported parts bring their bins from the worker; only small parts (the demo) are binned here.
  const bins = columns.bins ?? binPoints(columns.positions, columns.months, length, undefined, { of: filter.classes, count: filter.profiles.length });
  return { length, positions: columns.positions, radii, filterValues, filter, columns, bins, binsDrawn: drawBins(bins, bins.counts) };
}

const filteredBins = new WeakMap<IncidentPartTable, WeakMap<Uint8Array, BinDrawing>>();
/** Filters whose bin counts the selection worker is working out, per part. */
const awaited = new WeakMap<IncidentPartTable, WeakSet<Uint8Array>>();
/** The drawing last handed out per part: shown while the next one is worked out. */
const lastDrawn = new WeakMap<IncidentPartTable, BinDrawing>();

function drawingsOf(part: IncidentPartTable): WeakMap<Uint8Array, BinDrawing> {
  let byAllowed = filteredBins.get(part);
  if (!byAllowed) filteredBins.set(part, (byAllowed = new WeakMap()));
  return byAllowed;
}

/** The bin counts under `allowed` will come from the selection worker: until then the part's bins stay as drawn. */
export function awaitBinCounts(part: IncidentPartTable, allowed: Uint8Array): void {
  if (allPass(allowed) || drawingsOf(part).has(allowed) || !part.bins.classCounts) return;
  let set = awaited.get(part);
  if (!set) awaited.set(part, (set = new WeakSet()));
  set.add(allowed);
}

/** The worker's counts for `allowed` arrived: the bins are drawn from them. */
export function takeBinCounts(part: IncidentPartTable, allowed: Uint8Array, counts: Float32Array | undefined): void {
  awaited.get(part)?.delete(allowed);
  if (counts && counts.length === part.bins.length && !drawingsOf(part).has(allowed)) drawingsOf(part).set(allowed, drawBins(part.bins, counts));
}

/**
 * The part's bins under a filter (`allowed`: 1 per filter class that passes). Bins made in the import
 * worker carry counts per filter class: the selection worker sums them per bin (awaitBinCounts,
 * takeBinCounts), or, outside a filter change, this does. Without them (more than MAX_BIN_CLASSES
 * classes) the kept rows are binned again, once per filter.
 */
export function binDrawing(part: IncidentPartTable, allowed: Uint8Array): BinDrawing {
  const drawn = drawingFor(part, allowed);
  lastDrawn.set(part, drawn);
  return drawn;
}

function drawingFor(part: IncidentPartTable, allowed: Uint8Array): BinDrawing {
  if (allPass(allowed)) return part.binsDrawn;
  const byAllowed = drawingsOf(part);
  let drawn = byAllowed.get(allowed);
  if (!drawn && awaited.get(part)?.has(allowed)) return lastDrawn.get(part) ?? part.binsDrawn;
  if (!drawn) {
    const counts = countsForClasses(part.bins, allowed);
    if (counts) drawn = drawBins(part.bins, counts);
    else {
      const kept = selectIncidentRows(part.columns, (row) => allowed[part.filter.classes[row] ?? 0] === 1);
      const bins = binPoints(kept.positions, kept.months, kept.length);
      drawn = drawBins(bins, bins.counts);
    }
    byAllowed.set(allowed, drawn);
  }
  return drawn;
}

const partTables = new WeakMap<object, IncidentPartTable>();
function memo(key: object, build: () => IncidentPartTable): IncidentPartTable {
  let table = partTables.get(key);
  if (!table) {
    table = build();
    partTables.set(key, table);
  }
  return table;
}

/**
 * Object rows arrive in a new array on every recombination (show, hide, import): the part is
 * memoised by its first row object and checked against the length and last row, so the same rows
 * are not turned into columns again.
 */
const objectParts = new WeakMap<object, { length: number; last: object; table: IncidentPartTable }>();
function objectPart(incidents: readonly Incident[]): IncidentPartTable {
  const first = incidents[0] as object;
  const last = incidents[incidents.length - 1] as object;
  const known = objectParts.get(first);
  if (known && known.length === incidents.length && known.last === last) return known.table;
  const table = buildPartTable(toIncidentColumns(incidents));
  objectParts.set(first, { length: incidents.length, last, table });
  return table;
}

export function buildIncidentTable(incidents: readonly Incident[], columnParts: readonly IncidentColumns[] = []): IncidentTable {
  const parts = [
    ...(incidents.length ? [objectPart(incidents)] : []),
    ...columnParts.filter((p) => p.length > 0).map((p) => memo(p, () => buildPartTable(p))),
  ];
  return { length: parts.reduce((n, p) => n + p.length, 0), parts };
}

/** Row `row` of part `part` as an Incident (made on demand: tooltips, panels, exports). */
export function incidentAtRow(table: IncidentTable, part: number, row: number): Incident | null {
  const t = table.parts[part];
  return t && row >= 0 && row < t.length ? incidentAt(t.columns, row) : null;
}

/** Where the incident `id` is drawn, or null. */
export function incidentCoord(table: IncidentTable, id: string): [number, number] | null {
  for (const part of table.parts) {
    const row = findIncidentRow(part.columns, id);
    if (row >= 0) return [part.positions[row * 2] ?? 0, part.positions[row * 2 + 1] ?? 0];
  }
  return null;
}
