/**
 * A row as an incident (the incident draft of draft-kinds.ts) read over scratch fields whose
 * values are swapped row by row, into one reading object refilled per row: the checks and messages
 * of the row path, without an object per row. Shared by the columnar files (columnar-rows.ts) and
 * CSV rows kept as columns (csv-incidents.ts). Throws RowProblem, as the drafts do.
 */
import { t } from '../../domain/i18n';
import { CONFIDENCES } from '../../domain/incident-columns';
import { clip, dateFormatsHint, parseDate, type DateResult, type ParsedDate } from './dates';
import { countriesNote, fail, joinNotes, readConfidence, readCount, readCountries, sourceNote, text, textOf } from './fields';
import type { Fields, Repair } from './records';

/** What an incident row gives besides its point. */
export interface IncidentReading {
  date: ParsedDate;
  confidence: number;
  dead: number | null;
  survivors: number | null;
  location: string | undefined;
  route: string | undefined;
  notes: string | undefined;
  id: string | undefined;
}

export class IncidentReader {
  private readonly dates = new Map<string, DateResult>();
  private readonly reading: IncidentReading = { date: { month: '', endMonth: '', precision: 'day', iso: '' }, confidence: 0, dead: null, survivors: null, location: undefined, route: undefined, notes: undefined, id: undefined };

  /** `fields`: the scratch fields, holding the current row's values when `read` is called. */
  constructor(private readonly fields: Fields) {}

  /** The current row as an incident; read the result before the next row. */
  read(repairs: Repair[]): IncidentReading {
    const fields = this.fields;
    const r = this.reading;
    const confidence = readConfidence(fields, repairs);
    const countries = fields.country ? readCountries(fields, repairs) : [];
    r.date = this.date(repairs);
    r.confidence = Math.max(0, CONFIDENCES.indexOf(confidence));
    r.dead = readCount(fields.dead, 'deadAndMissing');
    r.survivors = readCount(fields.survivors, 'survivors');
    r.location = textOf(fields, 'name') ?? textOf(fields, 'title');
    r.route = textOf(fields, 'route') ?? textOf(fields, 'corridor');
    r.notes = joinNotes(textOf(fields, 'description'), countries.length ? countriesNote(countries) : undefined, sourceNote(fields));
    r.id = text(fields.id);
    return r;
  }

  /** requireDate and the incident's full-day check, each distinct text read once. */
  private date(repairs: Repair[]): ParsedDate {
    const field = this.fields.date;
    const value = field?.value;
    if (field === undefined || value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      return fail(field?.name ?? 'date', t('importRow.needsDate', { what: 'incident', hint: dateFormatsHint() }));
    }
    let result = typeof value === 'string' ? this.dates.get(value) : undefined;
    if (result === undefined) {
      result = parseDate(value);
      if (typeof value === 'string' && this.dates.size < 100_000) this.dates.set(value, result);
    }
    if (!result.ok) return fail(field.name, result.reason);
    if (result.date.note) repairs.push({ field: field.name, reason: t('importRow.dayMonthAmbiguous'), repair: result.date.note });
    if (result.date.precision !== 'day') fail(field.name, t('importRow.incidentNeedsDay', { found: clip(String(value)) }));
    return result.date;
  }
}
