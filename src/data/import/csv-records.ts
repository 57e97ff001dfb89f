/**
 * A CSV/TSV row → records for the FileAssembler (the row path): where each mapped role's cell is,
 * and how a row of points, segments (from/to places or WKT), flows or events becomes records.
 */
import type Papa from 'papaparse';
import { t } from '../../domain/i18n';
import { checkLatLon, readNumber } from './coords';
import { clip, parseDate, parseDateRange } from './dates';
import { textOf } from './fields';
import { partRecords, readGeometry } from './geojson-import';
import { own, type FieldValue, type RawRecord, type Role } from './records';
import type { ColumnMapping, CsvContent, ImportOptions } from './types';
import { parseWkt } from './wkt';

export interface Row {
  cells: string[];
  line: number;
  start: number;
  end: number;
  errors: Papa.ParseError[];
}

const GEOMETRY_ROLES = new Set<Role>(['lat', 'lon', 'wkt', 'count']);

export type RecordsOrReject = RawRecord[] | { reject: string; field: string | null };

/** Where each mapped role's cell is (worked out once per file, not per row). */
export interface CellLayout {
  /** Role → [cell index, header], for roles whose header is in the file. */
  at: Partial<Record<Role, [number, string]>>;
  /** The roles read as fields (all but the geometry's), with their cell index and header. */
  fields: [Role, number, string][];
}

export function cellLayout(headers: string[], columns: ColumnMapping): CellLayout {
  const at: CellLayout['at'] = {};
  const fields: CellLayout['fields'] = [];
  for (const role of Object.keys(columns) as Role[]) {
    const header = columns[role];
    const index = header === undefined ? -1 : headers.indexOf(header);
    if (header === undefined || index === -1) continue;
    at[role] = [index, header];
    if (!GEOMETRY_ROLES.has(role)) fields.push([role, index, header]);
  }
  return { at, fields };
}

export function toRecords(
  row: Row,
  layout: CellLayout,
  content: CsvContent,
  options: ImportOptions,
  delimiter: string,
  raw: () => string,
): RecordsOrReject {
  const cell = (role: Role): FieldValue | undefined => {
    const at = layout.at[role];
    return at === undefined ? undefined : { value: row.cells[at[0]] ?? '', name: at[1] };
  };
  const fields: RawRecord['fields'] = {};
  for (const [role, index, name] of layout.fields) fields[role] = { value: row.cells[index] ?? '', name };
  const record: RawRecord = { row: row.line, raw, geometry: { type: 'none' }, fields, repairs: [] };

  if (content === 'flows') {
    const count = cell('count');
    if (count) fields.count = count;
    return [record];
  }
  if (content === 'events') {
    record.defaultKind = 'event';
    if (fields.kind) fields.eventKind = fields.kind;
    delete fields.kind;
    return [record];
  }
  if (content === 'points') {
    if (!fields.date && fields.from) {
      fields.date = fields.from;
      if (fields.to) fields.dateTo = fields.to;
    }
    delete fields.from;
    delete fields.to;
    const lat = cell('lat') as FieldValue;
    const lon = cell('lon') as FieldValue;
    const latNumber = readNumber(lat.value, 'latitude');
    if (!latNumber.ok) return { reject: latNumber.reason, field: lat.name };
    const lonNumber = readNumber(lon.value, 'longitude');
    if (!lonNumber.ok) return { reject: lonNumber.reason, field: lon.name };
    const checked = checkLatLon(latNumber.value, lonNumber.value, { lat: lat.name, lon: lon.name }, true);
    if (!checked.ok) return { reject: checked.reason, field: checked.field };
    // A decimal comma is the convention of ';'-separated files: only elsewhere is it a repair, and
    // then one that places the point, held to the file's area like a swap.
    for (const [n, f] of [[latNumber, lat], [lonNumber, lon]] as const) {
      if (n.repair && delimiter !== ';') record.repairs.push({ field: f.name, reason: t('importRow.decimalComma'), repair: n.repair, moved: { to: checked.coord, done: t('importRow.readAs', { text: String(f.value).trim(), value: String(n.value) }) } });
    }
    if (checked.repair) record.repairs.push(checked.repair);
    record.geometry = { type: 'point', coord: checked.coord };
    return [record];
  }
  // segments
  if (!fields.corridor && fields.route) fields.corridor = fields.route;
  record.defaultKind = 'segment';
  const wkt = cell('wkt');
  if (wkt) return wktRecords(record, wkt);
  const ends: [number, number][] = [];
  for (const role of ['from', 'to'] as const) {
    const name = textOf(fields, role);
    if (name === undefined) return { reject: t('importRow.placeEmpty', { role }), field: fields[role]?.name ?? role };
    const coord = own(options.knownPlaces, name) ?? own(options.knownPlaces, name.toLowerCase());
    if (!coord) return { reject: t('importRow.unknownPlace', { name: clip(name) }), field: fields[role]?.name ?? role };
    const [lon, lat] = coord;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      return { reject: t('importRow.placeWithoutCoordinates', { name: clip(name) }), field: fields[role]?.name ?? role };
    }
    ends.push([lon, lat]);
  }
  const [a, b] = ends as [[number, number], [number, number]];
  if (a[0] === b[0] && a[1] === b[1]) return { reject: t('importRow.samePlace'), field: fields.to?.name ?? 'to' };
  record.geometry = { type: 'line', path: [a, b] };
  record.endsFromWorkspace = true;
  return [record];
}

/**
 * A WKT cell's geometry → records, checked like GeoJSON (several for MULTILINESTRING, MULTIPOINT
 * or GEOMETRYCOLLECTION: one per part, ids id-1, id-2, …; a MULTIPOLYGON is one area). A row that
 * is not a line reads its from/to columns as dates when they are dates (an area's months).
 */
function wktRecords(record: RawRecord, wkt: FieldValue): RecordsOrReject {
  const parsed = parseWkt(String(wkt.value));
  if (!parsed.ok) return { reject: parsed.reason, field: wkt.name };
  const read = readGeometry(parsed.geometry);
  if (!read.ok) return { reject: read.reason, field: wkt.name };
  const fields = record.fields;
  if (!read.geometries.some((g) => g.type === 'line') && !fields.date) {
    for (const [role, dateRole] of [['from', 'date'], ['to', 'dateTo']] as const) {
      const field = fields[role];
      if (field && typeof field.value === 'string' && (parseDate(field.value).ok || parseDateRange(field.value) !== null)) {
        fields[dateRole] = field;
        delete fields[role];
      }
    }
  }
  // Repairs name the WKT column, not 'geometry'.
  const repairs = read.repairs.map((r) => ({ ...r, field: r.field === 'geometry' ? wkt.name : r.field }));
  return partRecords(record, read.geometries, repairs);
}
