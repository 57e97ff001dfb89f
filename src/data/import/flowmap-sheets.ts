/**
 * FlowmapBlue's two sheets (flowmap.blue): locations (id, name, lat, lon) and flows (origin, dest,
 * count, optional time). A locations sheet is an ordinary CSV of points; a flows sheet names its
 * places by the locations' ids, so it is read after the locations sheets of the same drop
 * (importDrop) and resolved against them (od-flows.ts). Recognised by their headers.
 */
import { normalizeHeader } from './columns';
import { madeByImport } from './links';
import type { ColumnMapping, FlowmapLocations, ParsedFile } from './types';

const FLOW_HEADERS = { from: ['origin'], to: ['dest', 'destination'], count: ['count'], date: ['time'] } as const;

/** The columns of a FlowmapBlue flows sheet (origin, dest, count, optional time), or null when the headers are not one. */
export function flowmapFlowColumns(headers: string[]): ColumnMapping | null {
  const byNormal = new Map(headers.map((h) => [normalizeHeader(h), h] as const));
  const find = (names: readonly string[]) => names.map((n) => byNormal.get(n)).find((h) => h !== undefined);
  const columns: ColumnMapping = {};
  for (const [role, names] of Object.entries(FLOW_HEADERS) as [keyof typeof FLOW_HEADERS, readonly string[]][]) {
    const header = find(names);
    if (header !== undefined) columns[role] = header;
  }
  return columns.from && columns.to && columns.count ? columns : null;
}

/** True for a FlowmapBlue locations sheet's headers: id with lat and lon. */
export function isFlowmapLocations(headers: string[]): boolean {
  const normal = new Set(headers.map(normalizeHeader));
  return normal.has('id') && (normal.has('lat') || normal.has('latitude')) && ['lon', 'lng', 'longitude'].some((h) => normal.has(h));
}

/** Adds a parsed locations sheet's places (hubs and crossings, by id, then lower-cased id, then name). */
export function addLocations(into: FlowmapLocations, parsed: ParsedFile): void {
  into.files.push(parsed.report.file);
  const places = [...parsed.entities.hubs, ...parsed.entities.crossings].filter((p) => !madeByImport(p));
  const add = (key: string, value: { id: string; name: string; coord: [number, number] }) => {
    if (!into.byKey.has(key)) into.byKey.set(key, value);
  };
  for (const p of places) add(p.id, { id: p.id, name: p.name, coord: p.coord });
  for (const p of places) add(p.id.toLowerCase(), { id: p.id, name: p.name, coord: p.coord });
  for (const p of places) add(p.name.toLowerCase(), { id: p.id, name: p.name, coord: p.coord });
}
