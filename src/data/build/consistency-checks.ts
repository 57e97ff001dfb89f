/**
 * Checks the data build runs on the assembled dataset: each returns the problems it finds, as
 * messages that name the file, row or entity and what to fix. The build fails on any of them.
 */
import { MONTH_NAMES_SHORT } from '../../domain/month';
import type { DatedEvent, RouteSegment, SafeHouse } from '../../domain/types';
import { dayNumber, rowDays, STATUS_TABLE, type StatusRow } from './crossing-status';
import { frontexSeriesId } from './build-flows';
import { countedBorderOf, describeSpan, insideEu, type CountedBorder, type LegSpan } from './leg-figures';
import type { CorridorDates } from './build-routes';

const BLOCKING = new Set(['closed', 'fenced']);

/** 1. No leg passes a crossing while it is closed or fenced for transit, unless it is marked irregular. */
export function checkLegsThroughClosedCrossings(
  segments: readonly RouteSegment[],
  statusRows: ReadonlyMap<string, readonly StatusRow[]>,
  dates: ReadonlyMap<string, CorridorDates>,
  lastMonth: string,
  /** `corridor|crossing` pairs listed as a short interruption the corridor waited out. */
  interruptions: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const lastDay = dayNumber(lastMonth, 'end');
  for (const segment of segments) {
    if (segment.irregularCrossing || segment.schematic) continue;
    const corridor = dates.get(segment.corridorId);
    if (!corridor) continue;
    const [from, to] = [dayNumber(corridor.from, 'start'), dayNumber(corridor.to, 'end')];
    for (const crossingId of [segment.fromPlaceId, segment.toPlaceId]) {
      if (interruptions.has(`${segment.corridorId}|${crossingId}`)) continue;
      // A period without a known end counts until the next known one (the cautious reading).
      for (const { row, from: start, unknownTo: end } of rowDays(statusRows.get(crossingId) ?? [], lastDay)) {
        if (!BLOCKING.has(row.status) || start > to || end < from) continue;
        problems.push(
          `segment ${segment.id} (corridor ${segment.corridorId}, ${corridor.from}..${corridor.to}) passes ${crossingId}, which is ${row.status} for transit from ${row.fromDate}` +
            `${row.toDate ? ` to ${row.toDate}` : ' (end unknown)'} (${STATUS_TABLE} row ${row.row}, ${row.sources.join(', ')}): ` +
            `mark the leg as an irregular crossing in derived/irregular-crossings.csv, or correct the dates`,
        );
      }
    }
  }
  return problems;
}

/** 2. Every status period names a source. */
export function checkStatusSources(rows: readonly StatusRow[]): string[] {
  return rows.filter((row) => row.sources.length === 0).map((row) => `${STATUS_TABLE} row ${row.row} (${row.crossingId}): a status period without a source`);
}

/** 3. A corridor's legs join end to end. */
export function checkLegsConnect(segments: readonly RouteSegment[]): string[] {
  const problems: string[] = [];
  const byCorridor = new Map<string, RouteSegment[]>();
  for (const s of segments) byCorridor.set(s.corridorId, [...(byCorridor.get(s.corridorId) ?? []), s]);
  for (const [corridorId, legs] of byCorridor) {
    for (let i = 1; i < legs.length; i++) {
      const a = legs[i - 1] as RouteSegment;
      const b = legs[i] as RouteSegment;
      const end = a.path[a.path.length - 1];
      const start = b.path[0];
      if (a.toPlaceId !== b.fromPlaceId || end?.[0] !== start?.[0] || end?.[1] !== start?.[1]) {
        problems.push(`corridor ${corridorId}: ${a.id} ends at ${a.toPlaceId} but ${b.id} starts at ${b.fromPlaceId}: the legs do not connect`);
      }
    }
  }
  return problems;
}

const MONTHS = MONTH_NAMES_SHORT.map((name) => name.toLowerCase());
const DAY_MENTION = new RegExp(
  String.raw`\b(?:on|from|since|dated|at midnight on)\s+(\d{1,2})(?:\s*[–/-]\s*(\d{1,2}))?\s+(${MONTHS.join('|')})[a-z]*\.?(?:\s+(\d{4}))?`,
  'gi',
);

/**
 * The days an event's own title and description date it to: "on 22 Aug", "on 8–9 Sep 2020",
 * "from 20 Mar" (a year-less mention takes the event's year). Only mentions introduced by on,
 * from, since or dated count, so that figures and other events named in passing do not.
 */
export function daysMentioned(text: string, year: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(DAY_MENTION)) {
    const month = MONTHS.indexOf((match[3] as string).toLowerCase()) + 1;
    const y = match[4] ?? year;
    const day = (d: string) => dayNumber(`${y}-${String(month).padStart(2, '0')}-${d.padStart(2, '0')}`, 'start');
    ranges.push([day(match[1] as string), day(match[2] ?? (match[1] as string))]);
  }
  return ranges;
}

/** Days an event may lie from a day its text names: the text also dates steps of the same episode
 * ("the quota took effect on 19 Feb", "left Tobruk on 10 Jun"). */
export const EVENT_DAY_TOLERANCE = 7;

/** 4a. A day-dated event lies within a week of the days its own text gives, when it gives any. */
export function checkEventDates(events: readonly DatedEvent[]): string[] {
  const problems: string[] = [];
  for (const event of events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(event.date)) continue;
    const ranges = daysMentioned(`${event.title}. ${event.description}`, event.date.slice(0, 4));
    if (ranges.length === 0) continue;
    const day = dayNumber(event.date, 'start');
    const first = Math.min(...ranges.map(([from]) => from)) - EVENT_DAY_TOLERANCE;
    const last = Math.max(...ranges.map(([, to]) => to)) + EVENT_DAY_TOLERANCE;
    if (day < first || day > last) {
      problems.push(`event ${event.id} ("${event.title}") is dated ${event.date}, but its own text dates it to other days (${ranges.map(([f]) => new Date(f * 86_400_000).toISOString().slice(0, 10)).join(', ')})`);
    }
  }
  return problems;
}

/** 4b. A safe house's months lie within the years its own note gives. */
export function checkSafeHouseDates(safeHouses: readonly SafeHouse[]): string[] {
  const problems: string[] = [];
  for (const house of safeHouses) {
    const years = [...(house.notes ?? '').matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
    if (years.length === 0) continue;
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const [from, to] = [Number(house.active.from.slice(0, 4)), Number(house.active.to.slice(0, 4))];
    if (from < first || to > last) problems.push(`safe house ${house.id} is active ${house.active.from}..${house.active.to}, outside the years its note gives (${first}–${last})`);
  }
  return problems;
}

/** 5. A leg's Frontex figure is that of a route that counts the border the leg reaches or crosses. */
export function checkLegFigures(segments: readonly RouteSegment[], spans: ReadonlyMap<string, LegSpan>, borders: readonly CountedBorder[]): string[] {
  const problems: string[] = [];
  for (const segment of segments) {
    if (segment.schematic || segment.volume?.scope !== 'route-total') continue;
    const span = spans.get(segment.id);
    if (!span) continue;
    const seriesRoute = segment.volume.seriesId.split(':')[1];
    const where = describeSpan(span);
    if (insideEu(span)) {
      problems.push(`segment ${segment.id} (${where}) carries ${segment.volume.seriesId}, but Frontex counts no crossing inside the EU: make it route context`);
      continue;
    }
    const border = countedBorderOf(span, segment.mode, borders);
    if (border && frontexSeriesId(border.route).split(':')[1] !== seriesRoute) {
      problems.push(`segment ${segment.id} (${where}) carries ${segment.volume.seriesId}, but Frontex counts that border on the ${border.route}`);
    }
  }
  return problems;
}
