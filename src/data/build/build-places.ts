/**
 * Crossings and hubs from the parsed places. Places without coordinates are left out (they stay
 * named in corridor notes and event place lists).
 */
import type { Crossing, Hub, Period, PlaceKind } from '../../domain/types';
import { crossingStatusPeriods, STATUS_TABLE, type StatusRow } from './crossing-status';
import { isLocated, placeConfidence, type PlaceRecord } from './places';

const HUB_KINDS: readonly PlaceKind[] = ['hub', 'landing', 'camp', 'departure'];

export function buildCrossings(places: Map<string, PlaceRecord>, statusRows: Map<string, StatusRow[]>, months: Period): Crossing[] {
  for (const [id, rows] of statusRows) {
    const place = places.get(id);
    if (!place || place.kind !== 'crossing') throw new Error(`${STATUS_TABLE} row ${rows[0]?.row ?? '?'}: '${id}' is not a crossing in the places tables`);
    if (!isLocated(place)) throw new Error(`${STATUS_TABLE} row ${rows[0]?.row ?? '?'}: crossing '${id}' has no coordinates`);
  }
  const crossings: Crossing[] = [];
  for (const place of places.values()) {
    if (place.kind !== 'crossing' || !isLocated(place)) continue;
    const [a, b, ...rest] = place.countries;
    if (a === undefined || b === undefined || rest.length > 0) throw new Error(`places.csv ${place.id}: a crossing needs two countries`);
    crossings.push({
      id: place.id,
      name: place.name,
      countries: [a, b],
      coord: place.coord,
      coordStatus: place.coordStatus,
      statusPeriods: crossingStatusPeriods(statusRows.get(place.id) ?? [], months),
      ...(place.derivation ? { coordDerivation: place.derivation } : {}),
      ...(place.importantPeriods ? { description: place.importantPeriods } : {}),
      sources: [...place.sources],
      confidence: placeConfidence(place.coordStatus),
      ...(place.notes ? { notes: place.notes } : {}),
    });
  }
  return crossings;
}

export function buildHubs(places: Map<string, PlaceRecord>): Hub[] {
  const hubs: Hub[] = [];
  for (const place of places.values()) {
    if (place.kind === 'crossing') continue;
    if (!HUB_KINDS.includes(place.kind as PlaceKind)) throw new Error(`places.csv ${place.id}: unknown kind '${place.kind}'`);
    if (!isLocated(place)) continue;
    hubs.push({
      id: place.id,
      name: place.name,
      kind: place.kind as PlaceKind,
      countries: [...place.countries],
      coord: place.coord,
      coordStatus: place.coordStatus,
      ...(place.derivation ? { coordDerivation: place.derivation } : {}),
      ...(place.importantPeriods ? { description: place.importantPeriods } : {}),
      sources: [...place.sources],
      confidence: placeConfidence(place.coordStatus),
      ...(place.notes ? { notes: place.notes } : {}),
    });
  }
  return hubs;
}
