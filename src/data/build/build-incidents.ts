/**
 * IOM Missing Migrants Project incidents with coordinates. Ids use the 1-based data row number of
 * the source CSV, so an id points back at its source row even if a row is skipped.
 */
import { isMonthKey, monthOfDate } from '../../domain/month';
import type { Incident } from '../../domain/types';
import { cell, numberOrNull, optionalText, parseCsv } from './csv';

const COLUMNS = ['date', 'month', 'record_type', 'route', 'country_iso3', 'dead_and_missing', 'survivors', 'cause', 'location', 'lon', 'lat'] as const;
/** IOM record types whose locations are approximate (aggregated or split records). */
const APPROXIMATE_TYPES = ['Cumulative Incident', 'Split Incident'];

export function isApproximateRecordType(recordType: string): boolean {
  return recordType.split(',').some((type) => APPROXIMATE_TYPES.includes(type.trim()));
}

/** A count from a cell; a negative value (a source error, e.g. survivors -1) becomes null with a note. */
function countOrNull(value: string, label: string): { value: number | null; note?: string } {
  const number = numberOrNull(value, label);
  if (number !== null && number < 0) return { value: null, note: value.trim() };
  return { value: number };
}

export function buildIncidents(text: string): Incident[] {
  const incidents: Incident[] = [];
  parseCsv(text, 'iom_mmp incidents', COLUMNS).forEach((row, index) => {
    const id = `iom-${index + 1}`;
    const lon = numberOrNull(cell(row, 'lon'), `${id} lon`);
    const lat = numberOrNull(cell(row, 'lat'), `${id} lat`);
    if (lon === null || lat === null) return;
    const date = cell(row, 'date');
    const sourceMonth = cell(row, 'month');
    const month = isMonthKey(sourceMonth) ? sourceMonth : monthOfDate(date, 'start');
    const recordType = cell(row, 'record_type');
    const approximate = isApproximateRecordType(recordType);
    const cause = optionalText(cell(row, 'cause'));
    const location = optionalText(cell(row, 'location'));
    const countryIso3 = optionalText(cell(row, 'country_iso3'));
    const route = optionalText(cell(row, 'route'));
    const dead = countOrNull(cell(row, 'dead_and_missing'), `${id} dead_and_missing`);
    const survivors = countOrNull(cell(row, 'survivors'), `${id} survivors`);
    const notes = [
      approximate ? `Approximate location: IOM record type "${recordType}" (aggregated or split records are placed approximately).` : '',
      dead.note ? `The source gives dead and missing as ${dead.note}, which is not a count; shown as unknown.` : '',
      survivors.note ? `The source gives survivors as ${survivors.note}, which is not a count; shown as unknown.` : '',
    ].filter(Boolean);
    incidents.push({
      id,
      date,
      month,
      coord: [lon, lat],
      deadAndMissing: dead.value,
      survivors: survivors.value,
      ...(cause ? { cause } : {}),
      ...(location ? { location } : {}),
      ...(countryIso3 ? { countryIso3 } : {}),
      ...(recordType ? { recordType } : {}),
      ...(route ? { route } : {}),
      sources: ['IOM-MMP'],
      confidence: approximate ? 'medium' : 'high',
      ...(notes.length > 0 ? { notes: notes.join(' ') } : {}),
    });
  });
  return incidents;
}
