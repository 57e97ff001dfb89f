/**
 * Well-known text in CSV cells → a GeoJSON geometry, through @terraformer/wkt: every WKT geometry
 * (POINT, LINESTRING, POLYGON, their MULTI forms, GEOMETRYCOLLECTION), with optional Z/M values
 * (dropped by the geometry reader) and an optional EWKT 'SRID=4326;' prefix. Coordinates are
 * 'lon lat'. The geometry is then checked like a GeoJSON file's (geojson-import.ts readGeometry).
 */
import { t } from '../../domain/i18n';
import { wktToGeoJSON } from '@terraformer/wkt';
import { clip } from './dates';

export type WktResult = { ok: true; geometry: unknown } | { ok: false; reason: string };

const SRID = /^SRID=([^;]*);\s*/i;

export function parseWkt(text: string): WktResult {
  let body = text.trim();
  if (body === '') return { ok: false, reason: t('importGeometry.wktEmpty') };
  const srid = SRID.exec(body);
  if (srid) {
    if (srid[1]?.trim() !== '4326') return { ok: false, reason: t('importGeometry.wktSrid', { srid: clip(srid[1] ?? '', 20) }) };
    body = body.slice(srid[0].length);
  }
  // The parser knows its keywords in capitals only; WKT has no other letters but an exponent's e.
  const upper = body.toUpperCase();
  if (/\bEMPTY\b/.test(upper)) return { ok: false, reason: t('importGeometry.wktEmptyKeyword', { text: clip(body, 60) }) };
  try {
    return { ok: true, geometry: wktToGeoJSON(upper) };
  } catch (error) {
    // Terraformer's message is a parser trace over several lines; its last line says what it met.
    const last = (error instanceof Error ? error.message : String(error)).trim().split('\n').at(-1) ?? '';
    return { ok: false, reason: t('importGeometry.notWkt', { text: clip(body, 60), message: clip(last, 120) }) };
  }
}
