/**
 * Coordinates from user files: numbers as written in cells (with a decimal comma allowed) and the
 * range checks, with one repair: a point whose latitude is out of range but which fits when the
 * two values are swapped is swapped (and that is reported). The swap is marked as moving the point:
 * FileAssembler keeps it only inside the file's area (position-repairs.ts).
 */
import type { LonLat } from '../../domain/types';
import { t, type MessageKey } from '../../domain/i18n';
import { clip } from './dates';
import type { Repair } from './records';

export type NumberResult = { ok: true; value: number; repair?: string } | { ok: false; reason: string };

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A number written in a cell or property: '44.8', '44,8' (decimal comma, a repair), 44.8. */
/** What a number is, for the messages (each its own sentence in the catalogue: 'dead and missing' reads differently per language). */
export type NumberLabel = 'latitude' | 'longitude' | 'count' | 'deadAndMissing' | 'survivors';

const NUMBER_LABELS = {
  latitude: 'importRow.labelLatitude',
  longitude: 'importRow.labelLongitude',
  count: 'importRow.labelCount',
  deadAndMissing: 'importRow.labelDeadAndMissing',
  survivors: 'importRow.labelSurvivors',
} as const satisfies Record<NumberLabel, MessageKey>;

/** The number's name in the active language, as the subject of its message ("latitude 95 is …", "Breitengrad: 95 ist …"). */
export function numberLabel(label: NumberLabel): string {
  return t(NUMBER_LABELS[label]);
}

export function readNumber(value: unknown, label: NumberLabel): NumberResult {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: t('importRow.notFinite', { what: numberLabel(label), value: String(value) }) };
  }
  if (typeof value !== 'string') return { ok: false, reason: t('importRow.numberMissing', { what: numberLabel(label) }) };
  const text = value.trim().replace(/\u2212/g, '-');
  if (text === '') return { ok: false, reason: t('importRow.numberEmpty', { what: numberLabel(label) }) };
  if (PLAIN.test(text)) return { ok: true, value: Number(text) };
  if (DECIMAL_COMMA.test(text)) return { ok: true, value: Number(text.replace(',', '.')), repair: t('importRow.decimalCommaRead', { text }) };
  return { ok: false, reason: t('importRow.notANumber', { what: numberLabel(label), text: clip(text) }) };
}

export type CoordResult = { ok: true; coord: LonLat; repair?: Repair } | { ok: false; field: string; reason: string };

function latOk(v: number): boolean {
  return v >= -90 && v <= 90;
}

function lonOk(v: number): boolean {
  return v >= -180 && v <= 180;
}

/**
 * Checks a latitude/longitude pair. With `allowSwap`, a latitude outside ±90 whose longitude
 * would be a valid latitude is swapped: the only reading in which the point exists.
 */
export function checkLatLon(lat: number, lon: number, fields: { lat: string; lon: string }, allowSwap: boolean): CoordResult {
  if (latOk(lat) && lonOk(lon)) return { ok: true, coord: [lon, lat] };
  if (allowSwap && !latOk(lat) && lonOk(lat) && latOk(lon)) {
    const coord: LonLat = [lat, lon];
    return {
      ok: true,
      coord,
      repair: {
        field: `${fields.lat}, ${fields.lon}`,
        reason: t('importRow.latitudeOutOfRange', { lat: String(lat) }),
        repair: t('importRow.swapped'),
        moved: { to: coord, done: t('importGeometry.swappedDone') },
      },
    };
  }
  if (!latOk(lat)) return { ok: false, field: fields.lat, reason: t('importRow.latitudeOutOfRange', { lat: String(lat) }) };
  return { ok: false, field: fields.lon, reason: t('importRow.longitudeOutOfRange', { lon: String(lon) }) };
}

/** A GeoJSON position [lon, lat, …]. */
export function readPosition(value: unknown, allowSwap: boolean, where = t('importGeometry.whereCoordinates')): CoordResult {
  if (!Array.isArray(value) || value.length < 2) {
    return { ok: false, field: 'geometry', reason: t('importGeometry.positionShape', { where, found: describeShort(value) }) };
  }
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return { ok: false, field: 'geometry', reason: t('importGeometry.positionNotNumbers', { where, found: describeShort(value) }) };
  }
  const checked = checkLatLon(lat, lon, { lat: 'geometry', lon: 'geometry' }, allowSwap);
  if (!checked.ok) return { ...checked, field: 'geometry', reason: t('importGeometry.at', { where, reason: checked.reason }) };
  if (checked.repair) checked.repair.field = 'geometry';
  return checked;
}

/** A GeoJSON line's positions: at least two, not all the same. */
export function readLine(value: unknown, where = t('importGeometry.whereCoordinates')): { ok: true; path: LonLat[] } | { ok: false; field: string; reason: string } {
  if (!Array.isArray(value)) return { ok: false, field: 'geometry', reason: t('importGeometry.lineNotList', { where, found: describeShort(value) }) };
  const path: LonLat[] = [];
  for (const [i, position] of value.entries()) {
    const checked = readPosition(position, false, pointOf(where, i + 1));
    if (!checked.ok) return checked;
    path.push(checked.coord);
  }
  const problem = lineProblem(path);
  return problem ? { ok: false, field: 'geometry', reason: t('importGeometry.at', { where, reason: problem }) } : { ok: true, path };
}

/** Why a path cannot be a segment, or null. */
export function lineProblem(path: LonLat[]): string | null {
  if (path.length < 2) return t('importGeometry.lineTooShort', { count: String(path.length) });
  const [lon0, lat0] = path[0] as LonLat;
  if (path.every(([lon, lat]) => lon === lon0 && lat === lat0)) return t('importGeometry.lineStill');
  return null;
}

/** "line 2 point 3": point `n` of the part `where` names, in the active language. */
export function pointOf(where: string, n: number): string {
  return t('importGeometry.whereIn', { where, part: t('importGeometry.wherePoint', { n: String(n) }) });
}

function describeShort(value: unknown): string {
  if (value === undefined) return t('importGeometry.nothing');
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return clip(text, 40);
}
