/**
 * A crossing's status over time, from RouteShift's curated table (derived/crossing-status.csv):
 * one cited row per period, status for people in transit. Statuses are never inferred from events.
 *
 * A period without an end ("end unknown") is drawn as confirmed up to its last confirmation and
 * as `endUnknown` from the month after, until the crossing's next period or the end of the data.
 * Months no row covers are 'unrecorded' (shown as "status unknown").
 */
import { addMonths, monthIndex } from '../../domain/month';
import type { Confidence, CrossingStatus, CrossingStatusPeriod, Period } from '../../domain/types';
import { cell, optionalText, parseCsv, splitList } from './csv';

export const STATUS_TABLE = 'derived/crossing-status.csv';
const COLUMNS = ['crossing_id', 'from', 'to', 'last_confirmed', 'status', 'source', 'confidence', 'note'] as const;
const STATUSES: readonly CrossingStatus[] = ['open', 'restricted', 'closed', 'controls', 'fenced'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** One row of the curated table, as read (dates as the source gives them). */
export interface StatusRow {
  crossingId: string;
  /** 1-based data row number, for messages. */
  row: number;
  fromDate: string;
  /** '' = end unknown. */
  toDate: string;
  lastConfirmed: string;
  status: CrossingStatus;
  sources: string[];
  confidence: Confidence;
  note?: string;
}

function label(row: number, crossingId: string, field: string): string {
  return `${STATUS_TABLE} row ${row} (${crossingId || 'no crossing'}), ${field}`;
}

function date(value: string, row: number, crossingId: string, field: string, required: boolean): string {
  if (value === '' && !required) return '';
  if (!DATE.test(value)) throw new Error(`${label(row, crossingId, field)}: expected 'YYYY-MM-DD' or 'YYYY-MM', found '${value}'`);
  return value;
}

/** Reads and checks each row on its own (dates, status, sources); relations are checked later. */
export function parseStatusTable(text: string): StatusRow[] {
  return parseCsv(text, STATUS_TABLE, COLUMNS).map((raw, index) => {
    const row = index + 1;
    const crossingId = cell(raw, 'crossing_id');
    if (crossingId === '') throw new Error(`${label(row, crossingId, 'crossing_id')}: empty`);
    const status = cell(raw, 'status') as CrossingStatus;
    if (!STATUSES.includes(status)) throw new Error(`${label(row, crossingId, 'status')}: '${status}' is not one of ${STATUSES.join(', ')}`);
    const confidence = cell(raw, 'confidence') as Confidence;
    if (!CONFIDENCES.includes(confidence)) throw new Error(`${label(row, crossingId, 'confidence')}: '${confidence}' is not high, medium or low`);
    const sources = splitList(cell(raw, 'source'));
    if (sources.length === 0) throw new Error(`${label(row, crossingId, 'source')}: a status period needs a source`);
    const fromDate = date(cell(raw, 'from'), row, crossingId, 'from', true);
    const toDate = date(cell(raw, 'to'), row, crossingId, 'to', false);
    const lastConfirmed = date(cell(raw, 'last_confirmed'), row, crossingId, 'last_confirmed', false);
    if (toDate !== '' && lastConfirmed !== '') throw new Error(`${label(row, crossingId, 'last_confirmed')}: only for a period whose end is unknown (to is set)`);
    if (toDate !== '' && toDate < fromDate) throw new Error(`${label(row, crossingId, 'to')}: ${toDate} is before ${fromDate}`);
    if (lastConfirmed !== '' && lastConfirmed < fromDate) throw new Error(`${label(row, crossingId, 'last_confirmed')}: ${lastConfirmed} is before ${fromDate}`);
    const note = optionalText(cell(raw, 'note'));
    return { crossingId, row, fromDate, toDate, lastConfirmed, status, sources, confidence, ...(note ? { note } : {}) };
  });
}

/** Groups rows per crossing, in time order; throws when two periods of one crossing overlap. */
export function statusRowsByCrossing(rows: readonly StatusRow[]): Map<string, StatusRow[]> {
  const byCrossing = new Map<string, StatusRow[]>();
  for (const row of rows) byCrossing.set(row.crossingId, [...(byCrossing.get(row.crossingId) ?? []), row]);
  for (const [id, list] of byCrossing) {
    list.sort((a, b) => (a.fromDate < b.fromDate ? -1 : a.fromDate > b.fromDate ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1] as StatusRow;
      const current = list[i] as StatusRow;
      if (previous.toDate === '' || previous.toDate >= current.fromDate) {
        const end = previous.toDate === '' ? 'no end (end unknown)' : `an end of ${previous.toDate}`;
        throw new Error(`${STATUS_TABLE}: periods of ${id} overlap: row ${previous.row} (from ${previous.fromDate}, ${end}) and row ${current.row} (from ${current.fromDate}); give the earlier one an end before the later one starts`);
      }
    }
  }
  return byCrossing;
}

/** Day number (days since 1970-01-01) of a date's first or last day ('YYYY-MM' → 1st or last of the month). */
export function dayNumber(value: string, bound: 'start' | 'end'): number {
  const [y = 0, m = 1, d] = value.split('-').map(Number);
  if (d !== undefined) return Date.UTC(y, m - 1, d) / 86_400_000;
  return bound === 'start' ? Date.UTC(y, m - 1, 1) / 86_400_000 : Date.UTC(y, m, 0) / 86_400_000;
}

/**
 * A row's days: confirmed [from, confirmedTo] and, when its end is unknown, (confirmedTo, unknownTo]:
 * an end no source gives is taken as lasting until the crossing's next period (or the data's end).
 */
export interface RowDays {
  row: StatusRow;
  from: number;
  confirmedTo: number;
  unknownTo: number;
}

export function rowDays(rows: readonly StatusRow[], lastDay: number): RowDays[] {
  return rows.map((row, i) => {
    const next = rows[i + 1];
    const until = next ? dayNumber(next.fromDate, 'start') - 1 : lastDay;
    const from = dayNumber(row.fromDate, 'start');
    if (row.toDate) {
      const to = Math.min(dayNumber(row.toDate, 'end'), until);
      return { row, from, confirmedTo: to, unknownTo: to };
    }
    const confirmedTo = Math.min(row.lastConfirmed ? dayNumber(row.lastConfirmed, 'end') : dayNumber(row.fromDate, 'end'), until);
    return { row, from, confirmedTo, unknownTo: until };
  });
}

/**
 * The crossing's status per month, as periods covering `months` exactly. A month takes the status
 * that held on most of its days (a recorded status beats "unknown"; a tie goes to the later row);
 * months with no recorded day are 'unrecorded'. Day-precise dates stay on each period.
 */
export function crossingStatusPeriods(rows: readonly StatusRow[], months: Period): CrossingStatusPeriod[] {
  const first = monthIndex(months.from);
  const last = monthIndex(months.to);
  const days = rowDays(rows, dayNumber(months.to, 'end'));
  const periods: CrossingStatusPeriod[] = [];
  let current: { key: string; period: CrossingStatusPeriod } | null = null;
  for (let index = first; index <= last; index++) {
    const month = addMonths(months.from, index - first);
    const start = dayNumber(month, 'start');
    const end = dayNumber(month, 'end');
    let best: { days: number; span: RowDays; unknown: boolean } | null = null;
    for (const span of days) {
      for (const unknown of [false, true]) {
        const from = unknown ? span.confirmedTo + 1 : span.from;
        const to = unknown ? span.unknownTo : span.confirmedTo;
        const overlap = Math.min(to, end) - Math.max(from, start) + 1;
        if (overlap > 0 && (!best || overlap >= best.days)) best = { days: overlap, span, unknown };
      }
    }
    const key = best ? `${best.span.row.row}:${best.unknown}` : 'unrecorded';
    if (current && current.key === key) {
      current.period.to = month;
      continue;
    }
    const period: CrossingStatusPeriod = best
      ? periodOf(best.span.row, month, month, best.unknown ? { endUnknown: true } : {})
      : { from: month, to: month, status: 'unrecorded', sources: [] };
    periods.push(period);
    current = { key, period };
  }
  return periods;
}

function periodOf(row: StatusRow, from: string, to: string, extra: Partial<CrossingStatusPeriod> = {}): CrossingStatusPeriod {
  return {
    from,
    to,
    status: row.status,
    sources: [...row.sources],
    fromDate: row.fromDate,
    ...(row.toDate ? { toDate: row.toDate } : {}),
    confidence: row.confidence,
    ...(row.note ? { note: row.note } : {}),
    ...extra,
  };
}
