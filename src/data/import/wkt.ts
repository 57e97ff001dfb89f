/**
 * Well-known text lines in CSV cells: LINESTRING and MULTILINESTRING (with optional Z/M values,
 * which are dropped, and an optional EWKT 'SRID=4326;' prefix). Coordinates are 'lon lat'.
 */
import type { LonLat } from '../../domain/types';
import { clip } from './dates';
import { lineProblem } from './coords';

export type WktResult = { ok: true; lines: LonLat[][] } | { ok: false; reason: string };

const HEAD = /^(?:SRID=(\d+);\s*)?([A-Za-z]+)\s*(?:(?:ZM|Z|M)\s*)?(.*)$/s;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function parseWktLines(text: string): WktResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'the WKT line is empty' };
  const head = HEAD.exec(trimmed);
  if (!head) return { ok: false, reason: `not WKT: '${clip(trimmed)}'; expected LINESTRING (lon lat, lon lat, …)` };
  const srid = head[1];
  if (srid !== undefined && srid !== '4326') return { ok: false, reason: `SRID ${srid} is not supported: coordinates must be WGS84 longitude/latitude (SRID 4326)` };
  const type = (head[2] ?? '').toUpperCase();
  const body = (head[3] ?? '').trim();
  if (type === 'POINT' || type === 'MULTIPOINT') return { ok: false, reason: `a ${type} is not a line: a segment needs a LINESTRING` };
  if (type === 'POLYGON' || type === 'MULTIPOLYGON') return { ok: false, reason: 'polygons are not supported: draw a point or a line' };
  if (type !== 'LINESTRING' && type !== 'MULTILINESTRING') return { ok: false, reason: `unknown WKT type '${clip(head[2] ?? '', 30)}'; expected LINESTRING or MULTILINESTRING` };
  if (body.toUpperCase() === 'EMPTY') return { ok: false, reason: `the ${type} is EMPTY: a line needs at least two points` };

  const parts = type === 'LINESTRING' ? unwrap(body, 1) : unwrap(body, 2);
  if (!parts) return { ok: false, reason: `the ${type} is not written as ${type === 'LINESTRING' ? '(lon lat, lon lat, …)' : '((lon lat, …), (lon lat, …))'}` };
  const lines: LonLat[][] = [];
  for (const [i, part] of parts.entries()) {
    const where = parts.length > 1 ? `line ${i + 1}: ` : '';
    const path: LonLat[] = [];
    for (const [j, pair] of part.split(',').entries()) {
      const numbers = pair.trim().split(/\s+/);
      if (numbers.length < 2 || numbers.length > 4 || !numbers.every((n) => NUMBER.test(n))) {
        return { ok: false, reason: `${where}point ${j + 1} '${clip(pair.trim(), 40)}' is not 'longitude latitude'` };
      }
      const lon = Number(numbers[0]);
      const lat = Number(numbers[1]);
      if (lat < -90 || lat > 90) return { ok: false, reason: `${where}point ${j + 1}: latitude ${lat} is out of range (−90 to 90)` };
      if (lon < -180 || lon > 180) return { ok: false, reason: `${where}point ${j + 1}: longitude ${lon} is out of range (−180 to 180)` };
      path.push([lon, lat]);
    }
    const problem = lineProblem(path);
    if (problem) return { ok: false, reason: `${where}${problem}` };
    lines.push(path);
  }
  return { ok: true, lines };
}

/** '(a, b)' → ['a, b'] (depth 1); '((a, b), (c))' → ['a, b', 'c'] (depth 2). null when malformed. */
function unwrap(body: string, depth: 1 | 2): string[] | null {
  if (!body.startsWith('(') || !body.endsWith(')')) return null;
  const inner = body.slice(1, -1).trim();
  if (depth === 1) return /[()]/.test(inner) ? null : [inner];
  const parts: string[] = [];
  const re = /\(([^()]*)\)\s*(,\s*|$)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = re.exec(inner)) !== null) {
    parts.push(match[1] ?? '');
    consumed = re.lastIndex;
    if (consumed >= inner.length) break;
  }
  return consumed === inner.length && parts.length > 0 ? parts : null;
}
