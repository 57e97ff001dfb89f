/**
 * Crossings and hubs from the parsed places. Places without coordinates are left out (they stay
 * named in corridor notes and event place lists).
 */
import type { Crossing, DatedEvent, Hub, Period, PlaceKind } from '../../domain/types';
import { crossingStatusPeriods } from './crossing-status';
import { isLocated, placeConfidence, type PlaceRecord } from './places';

const HUB_KINDS: readonly PlaceKind[] = ['hub', 'landing', 'camp', 'departure'];

export function buildCrossings(places: Map<string, PlaceRecord>, events: readonly DatedEvent[], months: Period): Crossing[] {
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
      statusPeriods: crossingStatusPeriods(place.id, events, months),
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
      ...(place.importantPeriods ? { description: place.importantPeriods } : {}),
      sources: [...place.sources],
      confidence: placeConfidence(place.coordStatus),
      ...(place.notes ? { notes: place.notes } : {}),
    });
  }
  return hubs;
}
