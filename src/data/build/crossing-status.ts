/**
 * A crossing's status over time, from the dated events that name it. Periods do not overlap and
 * cover the dataset's months in order; before the first status event the status is 'unrecorded'.
 */
import { addMonths, monthIndex } from '../../domain/month';
import type { CrossingStatus, CrossingStatusPeriod, DatedEvent, Period } from '../../domain/types';

/** The status an event sets, or null when its kind does not change a crossing's status. */
export function statusOfEvent(event: Pick<DatedEvent, 'kind' | 'title' | 'description'>): CrossingStatus | null {
  switch (event.kind) {
    case 'border-closure':
      return 'closed';
    case 'fence':
      return 'fenced';
    case 'border-opening':
      return 'open';
    case 'policy':
      return /check|control/i.test(`${event.title} ${event.description}`) ? 'controls' : null;
    default:
      return null;
  }
}

/** Orders dates so that a less precise date ('2015-11') sorts before a precise one in the same month. */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function crossingStatusPeriods(crossingId: string, events: readonly DatedEvent[], months: Period): CrossingStatusPeriod[] {
  const first = monthIndex(months.from);
  const last = monthIndex(months.to);
  // One status event per month: the latest date wins (ties: the later row of events.csv).
  const byMonth = new Map<number, { event: DatedEvent; status: CrossingStatus }>();
  for (const event of events) {
    if (!event.placeIds.includes(crossingId)) continue;
    const status = statusOfEvent(event);
    if (status === null) continue;
    const index = Math.max(first, monthIndex(event.month));
    if (index > last) continue;
    const current = byMonth.get(index);
    if (!current || compareDates(event.date, current.event.date) >= 0) byMonth.set(index, { event, status });
  }
  const periods: CrossingStatusPeriod[] = [];
  let from = months.from;
  let state: Omit<CrossingStatusPeriod, 'from' | 'to'> = { status: 'unrecorded', sources: [] };
  for (const index of [...byMonth.keys()].sort((a, b) => a - b)) {
    const change = byMonth.get(index);
    if (!change) continue;
    const month = addMonths(months.from, index - first);
    if (index > monthIndex(from)) periods.push({ from, to: addMonths(month, -1), ...state });
    from = month;
    state = { status: change.status, eventId: change.event.id, sources: [...change.event.sources] };
  }
  periods.push({ from, to: months.to, ...state });
  return periods;
}
