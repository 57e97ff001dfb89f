/**
 * Reads routes/places.csv into typed place records. A place with coord_status 'missing' has no
 * coordinate and never becomes a point (hub, crossing or segment end).
 */
import type { CoordStatus, Confidence, LonLat } from '../../domain/types';
import { cell, mergeKeys, numberOrNull, optionalText, parseCsv, splitList } from './csv';

export interface PlaceRecord {
  id: string;
  name: string;
  kind: string;
  countries: string[];
  /** Null when the source has no coordinate (coord_status 'missing'). */
  coord: LonLat | null;
  coordStatus: CoordStatus | 'missing';
  /** Keys of the `source` column then the `coord_source` column. */
  sources: string[];
  /** Keys of the `source` column only (the sources for the place's role and periods). */
  roleSources: string[];
  importantPeriods?: string;
  notes?: string;
  /** How the coordinate was obtained (RouteShift's derived places only). */
  derivation?: string;
  /** The file the row came from, for messages. */
  file: string;
}

const COLUMNS = ['id', 'name', 'kind', 'countries', 'lat', 'lon', 'coord_status', 'coord_source', 'important_periods', 'source', 'notes'] as const;
const STATUSES = ['confirmed', 'approximate', 'town-substitute', 'missing'] as const;

/**
 * The routes reference's places, then RouteShift's derived rows: a derived row with an id the
 * reference has replaces that place (only where the reference has no coordinates, unless its
 * `derivation` says why it replaces a located value); other derived rows add places.
 */
export function parsePlaces(text: string, derived: readonly { file: string; text: string }[] = []): Map<string, PlaceRecord> {
  const places = readPlaces(text, 'places.csv', false);
  for (const place of derived.flatMap((d) => [...readPlaces(d.text, d.file, true).values()])) {
    const original = places.get(place.id);
    if (original && original.coordStatus !== 'missing' && !/replac/i.test(place.derivation ?? '')) {
      throw new Error(`${place.file} ${place.id}: replaces a located place of places.csv; say why in derivation ("replaces …")`);
    }
    places.set(place.id, place);
  }
  return places;
}

function readPlaces(text: string, file: string, derived: boolean): Map<string, PlaceRecord> {
  const places = new Map<string, PlaceRecord>();
  for (const row of parseCsv(text, file, derived ? [...COLUMNS, 'derivation'] : COLUMNS)) {
    const id = cell(row, 'id');
    const status = cell(row, 'coord_status');
    if (!(STATUSES as readonly string[]).includes(status)) throw new Error(`${file} ${id}: unknown coord_status '${status}'`);
    const lat = numberOrNull(cell(row, 'lat'), `${file} ${id} lat`);
    const lon = numberOrNull(cell(row, 'lon'), `${file} ${id} lon`);
    const coord: LonLat | null = status === 'missing' || lat === null || lon === null ? null : [lon, lat];
    if (status !== 'missing' && coord === null) throw new Error(`${file} ${id}: coord_status '${status}' without lat/lon`);
    if (places.has(id)) throw new Error(`${file}: duplicate id ${id}`);
    const derivation = derived ? optionalText(cell(row, 'derivation')) : undefined;
    if (derived && !derivation) throw new Error(`${file} ${id}: derivation is empty (say how the coordinate was obtained)`);
    places.set(id, {
      id,
      name: cell(row, 'name'),
      kind: cell(row, 'kind'),
      countries: splitList(cell(row, 'countries')),
      coord,
      coordStatus: status as PlaceRecord['coordStatus'],
      sources: mergeKeys(cell(row, 'source'), cell(row, 'coord_source')),
      roleSources: splitList(cell(row, 'source')),
      importantPeriods: optionalText(cell(row, 'important_periods')),
      notes: optionalText(cell(row, 'notes')),
      ...(derivation ? { derivation } : {}),
      file,
    });
  }
  return places;
}

/** 'high' for a confirmed coordinate, 'medium' for approximate or town-substitute values. */
export function placeConfidence(status: CoordStatus): Confidence {
  return status === 'confirmed' ? 'high' : 'medium';
}

export function isLocated(place: PlaceRecord | undefined): place is PlaceRecord & { coord: LonLat; coordStatus: CoordStatus } {
  return place !== undefined && place.coord !== null && place.coordStatus !== 'missing';
}
