/**
 * One row of a columnar table read the way a CSV row is read (coords.ts, fields.ts, dates.ts),
 * through one scratch record whose values are swapped row by row: the checks and messages are the
 * CSV ones, without an object per row. Throws RowProblem, as the drafts do.
 */
import { t } from '../../domain/i18n';
import type { LonLat } from '../../domain/types';
import { cellValue, rowText, type ColumnPlan, type ColumnValues } from './column-table';
import { checkLatLon, readNumber, readPosition } from './coords';
import { fail } from './fields';
import { IncidentReader, type IncidentReading } from './incident-reading';
import type { FieldRole, FieldValue, Fields, Repair } from './records';

export type { IncidentReading } from './incident-reading';

export class ColumnRows {
  /** The fields of the current row (one FieldValue per role, its value replaced per row). */
  readonly fields: Fields = {};
  private readonly cells: [FieldValue, ColumnValues][] = [];
  private readonly reader = new IncidentReader(this.fields);

  constructor(
    readonly plan: ColumnPlan,
    readonly columns: Record<string, ColumnValues>,
  ) {
    for (const [role, name] of plan.fields) {
      const field: FieldValue = { value: null, name };
      const column = columns[name];
      if (!column) continue;
      this.fields[role] = field;
      this.cells.push([field, column]);
    }
  }

  /** Makes row `i` the current row. */
  load(i: number): void {
    for (const [field, column] of this.cells) field.value = cellValue(column, i);
  }

  /** The current row's fields as a record of their own (for the FileAssembler). */
  ownFields(): Fields {
    const out: Fields = {};
    for (const role of Object.keys(this.fields) as FieldRole[]) {
      const field = this.fields[role] as FieldValue;
      out[role] = { value: field.value, name: field.name };
    }
    return out;
  }

  raw(i: number): string {
    return rowText(this.columns, i);
  }

  /** The current row as an incident (incident-reading.ts), in one reading object refilled per row. */
  incident(repairs: Repair[]): IncidentReading {
    return this.reader.read(repairs);
  }

  /** Row `i`'s point from latitude and longitude columns, checked as in CSV (a swap is a repair). */
  latLon(i: number, lat: ColumnValues, lon: ColumnValues, names: { lat: string; lon: string }, repairs: Repair[]): LonLat {
    const a = lat.values[i];
    const o = lon.values[i];
    // The common case first: two numbers in range.
    if (typeof a === 'number' && typeof o === 'number' && a >= -90 && a <= 90 && o >= -180 && o <= 180) return [o, a];
    const latNumber = readNumber(cellValue(lat, i), 'latitude');
    if (!latNumber.ok) return fail(names.lat, latNumber.reason);
    const lonNumber = readNumber(cellValue(lon, i), 'longitude');
    if (!lonNumber.ok) return fail(names.lon, lonNumber.reason);
    for (const [n, name] of [[latNumber, names.lat], [lonNumber, names.lon]] as const) {
      if (n.repair) repairs.push({ field: name, reason: t('importRow.decimalComma'), repair: n.repair });
    }
    const checked = checkLatLon(latNumber.value, lonNumber.value, names, true);
    if (!checked.ok) return fail(checked.field, checked.reason);
    if (checked.repair) repairs.push(checked.repair);
    return checked.coord;
  }

  /** A GeoJSON Point geometry's position, checked as in GeoJSON files. */
  point(geometry: { coordinates?: unknown }, repairs: Repair[]): LonLat {
    const read = readPosition(geometry.coordinates, true);
    if (!read.ok) return fail(read.field, read.reason);
    if (read.repair) repairs.push(read.repair);
    return read.coord;
  }
}
