/**
 * Small categorical point sets (crossings by status period, hubs, safe houses) as row objects built
 * once per dataset. Each row carries its month range so the GPU filter picks the month's rows.
 */
import type { Crossing, CrossingStatus, LonLat, SafeHouse } from '../../domain/types';
import { monthIndex } from '../../domain/month';

export interface CrossingRow {
  crossing: Crossing;
  coord: LonLat;
  status: CrossingStatus;
  from: number;
  to: number;
  eventId?: string;
}

export interface SafeHouseRow {
  safeHouse: SafeHouse;
  coord: LonLat;
  from: number;
  to: number;
}

export function buildCrossingRows(crossings: Crossing[]): CrossingRow[] {
  return crossings.flatMap((crossing) =>
    crossing.statusPeriods.map((p) => ({
      crossing,
      coord: crossing.coord,
      status: p.status,
      from: monthIndex(p.from),
      to: monthIndex(p.to),
      ...(p.eventId ? { eventId: p.eventId } : {}),
    })),
  );
}

export function buildSafeHouseRows(safeHouses: SafeHouse[]): SafeHouseRow[] {
  return safeHouses.map((safeHouse) => ({
    safeHouse,
    coord: safeHouse.coord,
    from: monthIndex(safeHouse.active.from),
    to: monthIndex(safeHouse.active.to),
  }));
}
