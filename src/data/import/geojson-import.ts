/**
 * GeoJSON (FeatureCollection, Feature, bare geometry, GeometryCollection) → records. Feature
 * numbers are 1-based positions in the file (members of a bare GeometryCollection count as
 * features). Positions are [longitude, latitude]; a point whose latitude is out of range but fits
 * when swapped is swapped (reported); lines and polygons are never swapped. Multi-part geometries
 * give one record per part (ids id-1, id-2, …), except polygons: a MultiPolygon, or the polygons of a
 * GeometryCollection (a KML MultiGeometry), are one area of several polygons.
 */
import { t } from '../../domain/i18n';
import { clip, describe, parseDate, parseDateRange } from './dates';
import { readLine, readPosition } from './coords';
import { readMultiPolygon, readPolygon } from './polygons';
import type { LonLat } from '../../domain/types';
import type { FieldRole, FieldValue, Fields, RawRecord, RecordGeometry, Repair } from './records';
import { timedLines, trackTimes, TRACK_TIME } from './track-times';
import type { ProgressFn } from './types';

/** Property names per role, normalized (lower case, letters and digits only). */
const PROPERTY_ALIASES: Partial<Record<FieldRole, readonly string[]>> = {
  id: ['id', 'fid', 'uid'],
  name: ['name', 'title', 'label', 'locality', 'place'],
  title: ['title', 'name', 'label'],
  kind: ['kind', 'type', 'entitykind', 'featurekind'],
  eventKind: ['eventkind', 'eventtype', 'category'],
  // activeFrom/activeTo: what RouteShift's own GeoJSON export writes.
  date: ['date', 'month', 'when', 'time', 'timestamp', 'start', 'begin', 'startdate', 'datefrom', 'fromdate', 'activefrom'],
  dateTo: ['end', 'until', 'enddate', 'dateto', 'todate', 'activeto'],
  corridor: ['corridor', 'corridorid', 'route', 'routename'],
  route: ['route', 'routename', 'corridor'],
  mode: ['mode', 'travelmode', 'transport'],
  country: ['countries', 'country', 'iso2', 'countrycode', 'isoa2'],
  confidence: ['confidence', 'certainty'],
  source: ['source', 'sources', 'reference', 'citation'],
  dead: ['deadandmissing', 'dead', 'deaths', 'deadmissing', 'totaldeadandmissing'],
  survivors: ['survivors'],
  description: ['description', 'desc', 'notes', 'note', 'comment', 'details'],
  from: ['fromplace', 'fromid', 'origin'],
  to: ['toplace', 'toid', 'destination'],
};

const normalize = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function looksLikeDate(value: unknown): boolean {
  if (typeof value === 'number') return parseDate(value).ok;
  return typeof value === 'string' && (parseDate(value).ok || parseDateRange(value) !== null);
}

/** Where features come from: a GeoJSON file (or a binary reader), or togeojson (GPX, KML, TCX). */
export type FeatureSource = 'geojson' | 'xml';

/** Feature properties → fields by role (first matching alias wins). */
export function propertiesToFields(props: Record<string, unknown>, featureId: unknown, source: FeatureSource = 'geojson'): Fields {
  const byKey = new Map<string, FieldValue>();
  for (const [key, value] of Object.entries(props)) {
    const k = normalize(key);
    if (!byKey.has(k)) byKey.set(k, { value, name: key });
  }
  const fields: Fields = {};
  for (const [role, aliases] of Object.entries(PROPERTY_ALIASES) as [FieldRole, readonly string[]][]) {
    for (const alias of aliases) {
      const field = byKey.get(alias);
      if (field !== undefined && field.value !== null && field.value !== undefined && field.value !== '') {
        fields[role] = field;
        break;
      }
    }
  }
  if (!fields.id && (typeof featureId === 'string' || typeof featureId === 'number')) fields.id = { value: featureId, name: 'id' };
  // 'from'/'to' are dates when they read as dates, else place names.
  for (const [key, dateRole, placeRole] of [['from', 'date', 'from'], ['to', 'dateTo', 'to']] as const) {
    const field = byKey.get(key);
    if (!field || field.value === null || field.value === '') continue;
    if (looksLikeDate(field.value)) fields[dateRole] ??= field;
    else fields[placeRole] ??= field;
  }
  // KML TimeSpan (from togeojson); per-point track times are read with the geometry (track-times.ts).
  const span = props.timespan;
  if (isObject(span)) {
    if (!fields.date && span.begin) fields.date = { value: span.begin, name: 'TimeSpan begin', timeElement: true };
    if (!fields.dateTo && span.end) fields.dateTo = { value: span.end, name: 'TimeSpan end', timeElement: true };
  }
  // KML TimeStamp and GPX <time> come as the properties 'timestamp' and 'time'.
  const dateKey = fields.date === undefined ? '' : normalize(fields.date.name);
  if (source === 'xml' && fields.date && (dateKey === 'timestamp' || dateKey === 'time')) {
    fields.date = { ...fields.date, name: dateKey === 'timestamp' ? 'TimeStamp' : 'time', timeElement: true };
  }
  return fields;
}

export type Geometries = { ok: true; geometries: RecordGeometry[]; repairs: Repair[] } | { ok: false; field: string; reason: string };

export function readGeometry(geometry: unknown, depth = 0): Geometries {
  if (!isObject(geometry) || typeof geometry.type !== 'string') {
    return { ok: false, field: 'geometry', reason: t('importGeometry.notAnObject', { found: describe(geometry) }) };
  }
  const coords = geometry.coordinates;
  const repairs: Repair[] = [];
  switch (geometry.type) {
    case 'Point': {
      const point = readPosition(coords, true);
      if (!point.ok) return point;
      if (point.repair) repairs.push(point.repair);
      return { ok: true, geometries: [{ type: 'point', coord: point.coord }], repairs };
    }
    case 'MultiPoint': {
      if (!Array.isArray(coords) || coords.length === 0) return { ok: false, field: 'geometry', reason: t('importGeometry.multiPointEmpty') };
      const geometries: RecordGeometry[] = [];
      for (const [i, position] of coords.entries()) {
        const point = readPosition(position, true, t('importGeometry.wherePoint', { n: String(i + 1) }));
        if (!point.ok) return point;
        if (point.repair) repairs.push(point.repair);
        geometries.push({ type: 'point', coord: point.coord });
      }
      return { ok: true, geometries, repairs };
    }
    case 'LineString': {
      const line = readLine(coords);
      return line.ok ? { ok: true, geometries: [{ type: 'line', path: line.path }], repairs } : line;
    }
    case 'MultiLineString': {
      if (!Array.isArray(coords) || coords.length === 0) return { ok: false, field: 'geometry', reason: t('importGeometry.multiLineEmpty') };
      const geometries: RecordGeometry[] = [];
      for (const [i, part] of coords.entries()) {
        const line = readLine(part, t('importGeometry.whereLine', { n: String(i + 1) }));
        if (!line.ok) return line;
        geometries.push({ type: 'line', path: line.path });
      }
      return { ok: true, geometries, repairs };
    }
    case 'Polygon': {
      const polygon = readPolygon(coords);
      return polygon.ok ? { ok: true, geometries: [{ type: 'polygon', polygons: [polygon.polygon] }], repairs: polygon.repairs } : polygon;
    }
    case 'MultiPolygon': {
      const read = readMultiPolygon(coords);
      return read.ok ? { ok: true, geometries: [{ type: 'polygon', polygons: read.polygons }], repairs: read.repairs } : read;
    }
    case 'GeometryCollection': {
      if (depth > 0) return { ok: false, field: 'geometry', reason: t('importGeometry.nestedCollection') };
      const members = geometry.geometries;
      if (!Array.isArray(members) || members.length === 0) return { ok: false, field: 'geometry', reason: t('importGeometry.collectionEmpty') };
      const geometries: RecordGeometry[] = [];
      const polygons: LonLat[][][] = [];
      for (const member of members) {
        const read = readGeometry(member, depth + 1);
        if (!read.ok) return read;
        for (const g of read.geometries) {
          // The collection's polygons are one area, as a MultiPolygon's are (a KML MultiGeometry).
          if (g.type === 'polygon') {
            if (polygons.length === 0) geometries.push({ type: 'polygon', polygons });
            polygons.push(...g.polygons);
          } else geometries.push(g);
        }
        repairs.push(...read.repairs);
      }
      return { ok: true, geometries, repairs };
    }
    default:
      return { ok: false, field: 'geometry', reason: t('importGeometry.unknownType', { type: clip(geometry.type, 30) }) };
  }
}

function stringify(value: unknown): string {
  try {
    return clip(JSON.stringify(value) ?? String(value), 100_000);
  } catch {
    return String(value);
  }
}

export type FeatureResult = { records: RawRecord[] } | { reject: { field: string | null; reason: string; raw: string } };

/** One feature → its records, or why it is rejected. */
export function featureRecords(feature: unknown, row: number, raw: () => string = () => stringify(feature), source: FeatureSource = 'geojson'): FeatureResult {
  if (!isObject(feature) || feature.type !== 'Feature') {
    return { reject: { field: null, reason: isObject(feature) ? t('importGeometry.notAFeatureType', { found: describe(feature.type) }) : t('importGeometry.notAFeature', { found: describe(feature) }), raw: raw() } };
  }
  const props = feature.properties ?? {};
  if (!isObject(props)) return { reject: { field: 'properties', reason: t('importGeometry.propertiesNotObject', { found: describe(props) }), raw: raw() } };
  const fields = propertiesToFields(props, feature.id, source);
  if (feature.geometry === null || feature.geometry === undefined) {
    return { records: [{ row, raw, geometry: { type: 'none' }, fields, repairs: [] }] };
  }
  const read = readGeometry(feature.geometry);
  if (!read.ok) return { reject: { field: read.field, reason: read.reason, raw: raw() } };
  const times = trackTimes(props);
  const parts = times === null ? read.geometries.map((geometry) => ({ geometry, fields })) : timedParts(read.geometries, times, fields, read.repairs);
  return { records: recordsOfParts({ row, raw, geometry: { type: 'none' }, fields, repairs: [] }, parts, read.repairs) };
}

type Part = { geometry: RecordGeometry; fields: Fields };

/** One record per geometry, numbered as parts when there are several (CSV WKT rows use it too). */
export function partRecords(record: RawRecord, geometries: RecordGeometry[], repairs: Repair[]): RawRecord[] {
  return recordsOfParts(record, geometries.map((geometry) => ({ geometry, fields: record.fields })), repairs);
}

/**
 * A repair that moved a point goes with that point's part (each is held to the file's area,
 * position-repairs.ts); every other repair goes with the first part.
 */
function recordsOfParts(record: RawRecord, parts: Part[], repairs: Repair[]): RawRecord[] {
  const many = parts.length > 1;
  return parts.map(({ geometry, fields }, i) => ({
    ...record,
    geometry,
    fields,
    repairs: [...(i === 0 ? record.repairs : []), ...repairs.filter((r) => (r.moved ? geometry.type === 'point' && r.moved.to === geometry.coord : i === 0))],
    ...(many ? { part: i + 1 } : {}),
  }));
}

/**
 * A feature with per-point times: its lines by month (track-times.ts), each with that period as
 * its dates; a point takes its time as its date when nothing else dates it.
 */
function timedParts(geometries: RecordGeometry[], times: unknown[][], fields: Fields, repairs: Repair[]): Part[] {
  const paths = geometries.flatMap((g) => (g.type === 'line' ? [g.path] : []));
  if (paths.length === 0) {
    const first = times[0]?.[0];
    const dated: Fields = fields.date || first === undefined ? fields : { ...fields, date: { value: first, name: TRACK_TIME, timeElement: true } };
    return geometries.map((geometry) => ({ geometry, fields: dated }));
  }
  const pieces = timedLines(paths, times, repairs);
  let line = 0;
  return geometries.flatMap((geometry): Part[] => {
    if (geometry.type !== 'line') return [{ geometry, fields }];
    return (pieces[line++] ?? []).map(({ path, period }) => ({
      geometry: { type: 'line', path },
      fields: period === undefined ? fields : { ...fields, date: { value: period.from, name: TRACK_TIME }, dateTo: { value: period.to, name: TRACK_TIME } },
    }));
  });
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

/**
 * Parsed GeoJSON → the features to read, numbered. Returns the file-level problem instead when
 * the value is not GeoJSON at all.
 */
export function geojsonFeatures(json: unknown): { features: unknown[] } | { error: string } {
  if (!isObject(json)) return { error: t('importFormats.geojsonNotObject', { found: describe(json) }) };
  const type = json.type;
  if (type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) return { error: t('importFormats.geojsonNoFeaturesList') };
    if (json.features.length === 0) return { error: t('importFormats.geojsonNoFeatures') };
    return { features: json.features };
  }
  if (type === 'Feature') return { features: [json] };
  if (type === 'GeometryCollection' && Array.isArray(json.geometries)) {
    if (json.geometries.length === 0) return { error: t('importFormats.geojsonNoGeometries') };
    return { features: json.geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) };
  }
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) return { features: [{ type: 'Feature', properties: {}, geometry: json }] };
  return { error: type === undefined ? t('importFormats.geojsonNoType') : t('importFormats.geojsonUnknownType', { found: describe(type) }) };
}

/** Calls `each` for every feature's records or rejection, reporting progress from `from` to 1. */
export function readFeatures(features: unknown[], each: (row: number, result: FeatureResult) => void, onProgress?: ProgressFn, from = 0.5, source: FeatureSource = 'geojson'): void {
  const step = Math.max(1, Math.floor(features.length / 100));
  features.forEach((feature, i) => {
    each(i + 1, featureRecords(feature, i + 1, undefined, source));
    if (onProgress && i % step === 0) onProgress(from + ((1 - from) * i) / features.length);
  });
}
