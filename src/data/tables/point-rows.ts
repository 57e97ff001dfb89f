/**
 * Crossings (one row per status period) and safe houses as columnar typed arrays for deck.gl binary
 * attributes, built once per dataset. Each row carries its month range so the GPU filter picks the
 * month's rows; rows lead back to their entity through an index.
 */
import type { Crossing, CrossingStatus, SafeHouse } from '../../domain/types';
import { monthIndex } from '../../domain/month';
import { crossingIconName } from '../../domain/crossing-status';
import { FilterClassIndex, placeProfile, safeHouseProfile, type FilterClasses } from '../../domain/filter-classes';

/**
 * Row status codes: a row stores its status as an index into this list. New statuses are appended
 * (the first five keep their codes); a status the list does not know is stored as 'unrecorded'.
 */
export const CROSSING_STATUSES: readonly CrossingStatus[] = ['open', 'closed', 'fenced', 'controls', 'unrecorded', 'restricted'];
const UNRECORDED_CODE = CROSSING_STATUSES.indexOf('unrecorded');

/** A status' row code; 'unrecorded' for anything else. */
export function crossingStatusCode(status: string): number {
  const code = CROSSING_STATUSES.indexOf(status as CrossingStatus);
  return code < 0 ? UNRECORDED_CODE : code;
}

export interface CrossingTable {
  length: number;
  positions: Float32Array;
  /** [monthFrom, monthTo] per row. */
  filterValues: Float32Array;
  /** Per row: index into CROSSING_STATUSES. */
  statuses: Uint8Array;
  /**
   * Per row: 1 when the row is a period whose end no source gives (drawn faded with a dashed ring:
   * never like a confirmed status), else 0.
   */
  endUnknown: Uint8Array;
  /** Per row: index into `crossings`. */
  rowCrossing: Uint32Array;
  filter: FilterClasses;
  /** Per crossing (same order as `crossings`): its filter class. */
  crossingClasses: Uint32Array;
  crossings: Crossing[];
}

export interface SafeHouseTable {
  length: number;
  positions: Float32Array;
  filterValues: Float32Array;
  filter: FilterClasses;
  safeHouses: SafeHouse[];
}

export function buildCrossingTable(crossings: Crossing[]): CrossingTable {
  const length = crossings.reduce((n, c) => n + c.statusPeriods.length, 0);
  const index = new FilterClassIndex();
  const table: CrossingTable = {
    length,
    positions: new Float32Array(length * 2),
    filterValues: new Float32Array(length * 2),
    statuses: new Uint8Array(length),
    endUnknown: new Uint8Array(length),
    rowCrossing: new Uint32Array(length),
    filter: { classes: new Uint32Array(length), profiles: index.profiles },
    crossingClasses: new Uint32Array(crossings.length),
    crossings,
  };
  let row = 0;
  crossings.forEach((crossing, i) => {
    const cls = index.classOf(placeProfile(crossing));
    table.crossingClasses[i] = cls;
    for (const period of crossing.statusPeriods) {
      table.filter.classes[row] = cls;
      table.positions[row * 2] = crossing.coord[0];
      table.positions[row * 2 + 1] = crossing.coord[1];
      table.filterValues[row * 2] = monthIndex(period.from);
      table.filterValues[row * 2 + 1] = monthIndex(period.to);
      table.statuses[row] = crossingStatusCode(period.status);
      // An unknown end of "status unknown" says nothing more: only a known status can be unconfirmed.
      table.endUnknown[row] = period.endUnknown === true && period.status !== 'unrecorded' ? 1 : 0;
      table.rowCrossing[row] = i;
      row++;
    }
  });
  return table;
}

export function crossingStatusAt(table: CrossingTable, row: number): CrossingStatus {
  return CROSSING_STATUSES[table.statuses[row] ?? UNRECORDED_CODE] ?? 'unrecorded';
}

/** The row's symbol in the icon atlas: the status' shape, or its "end unknown" variant. */
export function crossingIconAt(table: CrossingTable, row: number): string {
  return crossingIconName(crossingStatusAt(table, row), table.endUnknown[row] === 1);
}

/** `places`: countries by place id (a safe house is in its hub's countries). */
export function buildSafeHouseTable(safeHouses: SafeHouse[], places: Map<string, readonly string[]> = new Map()): SafeHouseTable {
  const length = safeHouses.length;
  const positions = new Float32Array(length * 2);
  const filterValues = new Float32Array(length * 2);
  const index = new FilterClassIndex();
  const classes = new Uint32Array(length);
  safeHouses.forEach((house, i) => {
    classes[i] = index.classOf(safeHouseProfile(house, places));
    positions[i * 2] = house.coord[0];
    positions[i * 2 + 1] = house.coord[1];
    filterValues[i * 2] = monthIndex(house.active.from);
    filterValues[i * 2 + 1] = monthIndex(house.active.to);
  });
  return { length, positions, filterValues, filter: { classes, profiles: index.profiles }, safeHouses };
}
