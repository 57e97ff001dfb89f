/** What an export lists per visible entity: the flat item both the GeoJSON and the CSV writers format. */
import { monthIndex, type MonthKey } from '../../domain/month';
import type { Confidence, EntityKind, LonLat, Period } from '../../domain/types';

/** Inclusive; a single month is `{ from: m, to: m }`. */
export interface MonthRange {
  from: MonthKey;
  to: MonthKey;
}

export type ExportKind = EntityKind;

export type ExportGeometry =
  | { type: 'Point'; coordinates: LonLat }
  | { type: 'LineString'; coordinates: LonLat[] }
  | { type: 'Polygon'; coordinates: LonLat[][] }
  | { type: 'MultiPolygon'; coordinates: LonLat[][][] }
  | null;

export interface ExportItem {
  kind: ExportKind;
  id: string;
  name: string;
  geometry: ExportGeometry;
  /** A period's first month or a date, as the data gives it. */
  from: string | null;
  to: string | null;
  value: number | string | null;
  unit: string | null;
  confidence: Confidence;
  /** Not taken from a source (always true for safe houses). */
  illustrative: boolean;
  /** Every source key the item rests on, including those of its flow series and status periods. */
  sources: string[];
  /** Kind-specific fields for GeoJSON properties. */
  details: Record<string, string | number | boolean | null>;
}

export function overlaps(period: Period, months: MonthRange): boolean {
  return monthIndex(period.from) <= monthIndex(months.to) && monthIndex(period.to) >= monthIndex(months.from);
}

export const unique = (keys: string[]) => [...new Set(keys)];
