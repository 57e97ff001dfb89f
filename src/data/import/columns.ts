/**
 * Which CSV column holds what: header names are matched case-insensitively (spaces, dashes and
 * dots count as '_') against lists of common names, and the file's content is decided from the
 * roles found. When that is not certain, the caller asks the user (FileReport.needsMapping).
 */
import { t } from '../../domain/i18n';
import { exportColumnNames } from './export-header';
import { normalizeHeader } from './header-name';
import { own, type Role } from './records';
import type { ColumnMapping, CsvContent } from './types';

/** Header names per role, best first. */
const ALIASES: Record<Role, readonly string[]> = {
  id: ['id', 'fid', 'uid', 'objectid', 'object_id', 'feature_id'],
  kind: ['kind', 'type', 'category', 'place_kind', 'event_kind', 'class'],
  name: ['name', 'place', 'place_name', 'label', 'title', 'locality', 'town'],
  title: ['title', 'event', 'headline', 'name', 'label'],
  lat: ['lat', 'latitude', 'lat_dd', 'lat_deg', 'latitude_dd', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'lon_dd', 'long_dd', 'lng_dd', 'longitude_dd', 'x'],
  wkt: ['wkt', 'geometry', 'geom', 'the_geom', 'shape', 'wkt_geom', 'line'],
  from: ['from', 'from_place', 'origin', 'from_id', 'start_place'],
  to: ['to', 'to_place', 'destination', 'to_id', 'end_place'],
  date: ['date', 'month', 'when', 'start', 'from_date', 'start_date', 'date_from', 'begin', 'first_month', 'year'],
  dateTo: ['end', 'to_date', 'until', 'end_date', 'date_to', 'last_month'],
  route: ['route', 'route_name', 'frontex_route', 'series', 'corridor'],
  corridor: ['corridor', 'corridor_id', 'corridor_name', 'route', 'route_name'],
  count: ['count', 'value', 'detections', 'arrivals', 'n', 'total', 'number', 'persons'],
  description: ['description', 'notes', 'note', 'desc', 'details', 'comment', 'comments'],
  mode: ['mode', 'travel_mode', 'transport', 'means'],
  country: ['country', 'iso2', 'country_code', 'countries', 'iso_a2', 'iso', 'cc'],
  source: ['source', 'sources', 'reference', 'citation', 'source_url', 'url'],
  confidence: ['confidence', 'certainty', 'reliability'],
  dead: ['dead_and_missing', 'deadandmissing', 'dead', 'deaths', 'dead_missing', 'total_dead_and_missing', 'number_dead'],
  survivors: ['survivors', 'number_of_survivors'],
};

const ROLES = Object.keys(ALIASES) as Role[];

export { normalizeHeader };


/** The best header for each role (a header may serve two roles, e.g. 'name' as name and title). */
export function guessColumns(headers: string[]): ColumnMapping {
  const byNormal = new Map<string, string>();
  // A CSV RouteShift exported in another language: its header row read as the machine keys.
  const exported = exportColumnNames(headers.map(normalizeHeader));
  for (const [i, header] of headers.entries()) {
    const normal = exported?.[i] ?? normalizeHeader(header);
    if (normal !== '' && !byNormal.has(normal)) byNormal.set(normal, header);
  }
  const guess: ColumnMapping = {};
  for (const role of ROLES) {
    for (const alias of ALIASES[role]) {
      const header = byNormal.get(alias);
      if (header !== undefined) {
        guess[role] = header;
        break;
      }
    }
  }
  // 'route'/'corridor' and 'from'/'to' are read by role per content; a column used as lat/lon is not a count, etc.
  return guess;
}

export interface ContentDecision {
  content: CsvContent | null;
  /** True when the columns say clearly what the file holds. */
  sure: boolean;
}

function isXY(header: string | undefined): boolean {
  const normal = header === undefined ? '' : normalizeHeader(header);
  return normal === 'x' || normal === 'y';
}

/**
 * points: lat + lon; segments: wkt, or from + to; flows: route + date + count; events: date +
 * title. Columns called x/y (which may be either way round), only one of lat/lon, or a count
 * without a route are not sure.
 */
export function decideContent(guess: ColumnMapping): ContentDecision {
  const hasLat = guess.lat !== undefined;
  const hasLon = guess.lon !== undefined;
  if (hasLat && hasLon) return { content: 'points', sure: !isXY(guess.lat) && !isXY(guess.lon) };
  if (hasLat || hasLon) return { content: 'points', sure: false };
  if (guess.wkt !== undefined) return { content: 'segments', sure: true };
  if (guess.from !== undefined && guess.to !== undefined) return { content: 'segments', sure: true };
  if (guess.count !== undefined && guess.date !== undefined) return { content: 'flows', sure: guess.route !== undefined };
  if (guess.date !== undefined && guess.title !== undefined) return { content: 'events', sure: true };
  return { content: null, sure: false };
}

/** Roles a content type cannot do without, as alternatives (any one set suffices). */
const REQUIRED: Record<CsvContent, Role[][]> = {
  points: [['lat', 'lon']],
  segments: [['wkt'], ['from', 'to']],
  flows: [['date', 'count']],
  events: [['date', 'title']],
};

/**
 * The user's mapping checked against the headers, with the remaining roles filled from the guess
 * (a guessed column the user gave another role is not used twice). Returns the problem in words.
 */
export function applyMapping(
  headers: string[],
  content: CsvContent,
  columns: ColumnMapping,
  guess: ColumnMapping,
): { ok: true; columns: ColumnMapping } | { ok: false; reason: string } {
  const known = new Set(headers);
  for (const role of Object.keys(columns) as Role[]) {
    const header = columns[role];
    if (header !== undefined && header !== '' && !known.has(header)) {
      return { ok: false, reason: t('importFormats.mappingUnknownColumn', { header, role, columns: headers.join(', ') }) };
    }
  }
  const chosen: ColumnMapping = {};
  for (const role of ROLES) {
    const header = columns[role];
    if (header !== undefined && header !== '') chosen[role] = header;
  }
  const used = new Set(Object.values(chosen));
  for (const role of ROLES) {
    const header = guess[role];
    if (chosen[role] === undefined && header !== undefined && !used.has(header) && !(role in columns)) chosen[role] = header;
  }
  const alternatives = own(REQUIRED, content);
  if (!alternatives) return { ok: false, reason: t('importFormats.mappingUnknownContent', { content: String(content) }) };
  if (!alternatives.some((roles) => roles.every((role) => chosen[role] !== undefined))) {
    return { ok: false, reason: t('importFormats.mappingNeeds', { content }) };
  }
  return { ok: true, columns: chosen };
}
