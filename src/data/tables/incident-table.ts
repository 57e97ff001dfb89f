/**
 * Incidents as one set of deck.gl binary attributes over every part: object rows (the demo, projects)
 * are turned into columns here, imported columns are used as they are (no copy when there is one part).
 */
import type { Incident } from '../../domain/types';
import { binPoints, concatBins, type PointBins } from '../../domain/point-bins';
import { findIncidentRow, incidentAt, toIncidentColumns, type IncidentColumns } from '../../domain/incident-columns';

export interface IncidentTable {
  length: number;
  positions: Float64Array;
  /** Radius in pixels, by dead and missing (square-root scale). */
  radii: Float32Array;
  /** [monthFrom, monthTo] per row; an incident's month twice. */
  filterValues: Float32Array;
  /** The columns the rows come from, in row order, and the first row of each. */
  parts: IncidentColumns[];
  offsets: number[];
  /** Level of detail when zoomed out: the rows grouped per cell and month, with their own attributes. */
  bins: PointBins;
  binRadii: Float32Array;
  binFilterValues: Float32Array;
}

/** Above this many incidents, zoomed-out views draw bins instead of single points. */
export const BIN_MIN_POINTS = 20_000;
/** Below this zoom level, a large point set is drawn as bins. */
export const BIN_MAX_ZOOM = 6;

export function binRadius(count: number): number {
  return Math.min(40, 3 + 2 * Math.sqrt(count));
}

export function incidentRadius(deadAndMissing: number | null): number {
  return 3 + 2.2 * Math.sqrt(Math.max(0, deadAndMissing ?? 0));
}

function concatPositions(parts: IncidentColumns[], length: number): Float64Array {
  if (parts.length === 1 && parts[0]) return parts[0].positions;
  const out = new Float64Array(length * 2);
  let at = 0;
  for (const part of parts) {
    out.set(part.positions, at);
    at += part.positions.length;
  }
  return out;
}

export function buildIncidentTable(incidents: readonly Incident[], columnParts: readonly IncidentColumns[] = []): IncidentTable {
  const parts = [...(incidents.length ? [toIncidentColumns(incidents)] : []), ...columnParts.filter((p) => p.length > 0)];
  const offsets: number[] = [];
  let length = 0;
  for (const part of parts) {
    offsets.push(length);
    length += part.length;
  }
  const radii = new Float32Array(length);
  const filterValues = new Float32Array(length * 2);
  parts.forEach((part, p) => {
    const base = offsets[p] ?? 0;
    for (let i = 0; i < part.length; i++) {
      const dead = part.deadAndMissing[i] ?? 0;
      radii[base + i] = Math.min(24, incidentRadius(Number.isNaN(dead) ? 0 : dead));
      const m = part.months[i] ?? 0;
      filterValues[(base + i) * 2] = m;
      filterValues[(base + i) * 2 + 1] = m;
    }
  });
  // Imported parts bring their bins from the worker; only small or freshly filtered parts are binned here.
  const bins = concatBins(parts.map((part) => part.bins ?? binPoints(part.positions, part.months, part.length)));
  const binFilterValues = new Float32Array(bins.length * 2);
  const binRadii = new Float32Array(bins.length);
  for (let b = 0; b < bins.length; b++) {
    binFilterValues[b * 2] = bins.months[b] ?? 0;
    binFilterValues[b * 2 + 1] = bins.months[b] ?? 0;
    binRadii[b] = binRadius(bins.counts[b] ?? 0);
  }
  return { length, positions: concatPositions(parts, length), radii, filterValues, parts, offsets, bins, binRadii, binFilterValues };
}

/** The part and row within it of table row `row`. */
function locate(table: IncidentTable, row: number): [IncidentColumns, number] | null {
  if (row < 0 || row >= table.length) return null;
  let lo = 0;
  let hi = table.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((table.offsets[mid] ?? 0) <= row) lo = mid;
    else hi = mid - 1;
  }
  const part = table.parts[lo];
  return part ? [part, row - (table.offsets[lo] ?? 0)] : null;
}

/** Table row `row` as an Incident (made on demand: tooltips, panels, exports). */
export function incidentAtRow(table: IncidentTable, row: number): Incident | null {
  const found = locate(table, row);
  return found ? incidentAt(found[0], found[1]) : null;
}

/** Where the incident `id` is drawn, or null. */
export function incidentCoord(table: IncidentTable, id: string): [number, number] | null {
  for (const [p, part] of table.parts.entries()) {
    const row = findIncidentRow(part, id);
    if (row >= 0) {
      const at = (table.offsets[p] ?? 0) + row;
      return [table.positions[at * 2] ?? 0, table.positions[at * 2 + 1] ?? 0];
    }
  }
  return null;
}
