/**
 * What a crossing status means and how it is said on screen: one registry for the legend, the
 * drawn (export) legend, the tooltip, the detail panel, the change view and the exports.
 *
 * A status is for people in transit, not for all traffic. 'unrecorded' stays the stored value
 * (dataset format v1) but is said "status unknown" everywhere on screen.
 */
import { t } from './i18n/translate';
import type { MessageKey } from './i18n/messages/en';
import { addMonths, formatMonthShort, formatSourceDate, inPeriod, monthIndex, type MonthKey } from './month';
import type { Crossing, CrossingStatus, CrossingStatusPeriod } from './types';

/** Every status, in the order the legends list them. */
export const CROSSING_STATUS_ORDER: readonly CrossingStatus[] = ['open', 'restricted', 'closed', 'controls', 'fenced', 'unrecorded'];

interface StatusText {
  /** In running text: "closed for transit since 9 Mar 2016". */
  phrase: string;
  /** A legend's short label. */
  legend: string;
}

const STATUS_KEYS: Record<CrossingStatus, { phrase: MessageKey; legend: MessageKey }> = {
  open: { phrase: 'crossingStatus.openPhrase', legend: 'crossingStatus.openLegend' },
  restricted: { phrase: 'crossingStatus.restrictedPhrase', legend: 'crossingStatus.restrictedLegend' },
  closed: { phrase: 'crossingStatus.closedPhrase', legend: 'crossingStatus.closedLegend' },
  controls: { phrase: 'crossingStatus.controlsPhrase', legend: 'crossingStatus.controlsLegend' },
  fenced: { phrase: 'crossingStatus.fencedPhrase', legend: 'crossingStatus.fencedLegend' },
  unrecorded: { phrase: 'crossingStatus.unrecordedPhrase', legend: 'crossingStatus.unrecordedLegend' },
};

/** A status' texts in the active language, looked up when read (getters), so a language change reaches every reader. */
function statusText(status: CrossingStatus): StatusText {
  const keys = STATUS_KEYS[status];
  return {
    get phrase() {
      return t(keys.phrase);
    },
    get legend() {
      return t(keys.legend);
    },
  };
}

export const CROSSING_STATUS_TEXT: Record<CrossingStatus, StatusText> = Object.fromEntries(CROSSING_STATUS_ORDER.map((status) => [status, statusText(status)])) as Record<CrossingStatus, StatusText>;

/** The legend's line on what a status means. */
export function crossingStatusMeaning(): string {
  return t('crossingStatus.meaning');
}

export function endUnknownLegend(): string {
  return t('crossingStatus.endUnknownLegend');
}

/** A status' symbol in the icon atlas (map/layers/icon-atlas.ts), or its "end unknown" variant. */
export function crossingIconName(status: CrossingStatus, endUnknown = false): string {
  return `crossing-${status}${endUnknown && status !== 'unrecorded' ? '-end-unknown' : ''}`;
}

/** "closed for transit", "status unknown"; a status the app does not know is said as unknown. */
export function statusPhrase(status: string): string {
  return (CROSSING_STATUS_TEXT as Record<string, StatusText | undefined>)[status]?.phrase ?? CROSSING_STATUS_TEXT.unrecorded.phrase;
}

/** One line of a crossing's status history: a stored period, or a confirmed one with its "end unknown" continuation. */
export interface StatusHistoryEntry {
  status: CrossingStatus;
  /** "9 Mar 2016" or "Mar 2016". */
  fromText: string;
  /** "18 May 2016", or "end unknown". */
  toText: string;
  endUnknown: boolean;
  /** When the end is unknown: the last month (or day) a source confirms the status, e.g. "May 2016". */
  lastConfirmed?: string;
  /** The months the entry covers (the map draws the unknown part faded). */
  months: { from: MonthKey; to: MonthKey };
  /** The stored periods the entry stands for (one, or a confirmed one and its continuation). */
  periods: CrossingStatusPeriod[];
  sources: string[];
  notes: string[];
  confidence?: CrossingStatusPeriod['confidence'];
  /** The confidence of the joined "end unknown" continuation, when it has one. */
  unknownPartConfidence?: CrossingStatusPeriod['confidence'];
}

const adjoins = (a: CrossingStatusPeriod, b: CrossingStatusPeriod) => a.status === b.status && monthIndex(a.to) + 1 === monthIndex(b.from);

/**
 * The status history as a reader needs it: each stored period, except that an "end unknown" period
 * that continues the confirmed period before it (same status, next month) is one entry with it:
 * "9 Mar 2016 – end unknown (last confirmed May 2016)".
 */
export function statusHistory(crossing: Pick<Crossing, 'statusPeriods'>): StatusHistoryEntry[] {
  const entries: StatusHistoryEntry[] = [];
  crossing.statusPeriods.forEach((p, i) => {
    const previous = crossing.statusPeriods[i - 1];
    const last = entries[entries.length - 1];
    if (p.endUnknown && previous && !previous.endUnknown && last && adjoins(previous, p)) {
      last.toText = t('crossingStatus.endUnknown');
      last.endUnknown = true;
      last.lastConfirmed = formatSourceDate(previous.toDate ?? previous.to);
      last.months = { from: last.months.from, to: p.to };
      last.periods.push(p);
      if (p.confidence) last.unknownPartConfidence = p.confidence;
      last.sources = [...new Set([...last.sources, ...p.sources])];
      if (p.note && !last.notes.includes(p.note)) last.notes.push(p.note);
      return;
    }
    entries.push({
      status: p.status,
      fromText: formatSourceDate(p.fromDate ?? p.from),
      toText: p.endUnknown ? t('crossingStatus.endUnknown') : formatSourceDate(p.toDate ?? p.to),
      endUnknown: p.endUnknown === true,
      // Drawn "end unknown" from the month after its last confirmation.
      ...(p.endUnknown ? { lastConfirmed: formatMonthShort(addMonths(p.from, -1)) } : {}),
      months: { from: p.from, to: p.to },
      periods: [p],
      sources: [...p.sources],
      notes: p.note ? [p.note] : [],
      ...(p.confidence ? { confidence: p.confidence } : {}),
    });
  });
  return entries;
}

/** The status period covering a month, with its index; undefined when none does. */
export function statusPeriodAt(crossing: Pick<Crossing, 'statusPeriods'>, month: MonthKey): { period: CrossingStatusPeriod; index: number } | undefined {
  const index = crossing.statusPeriods.findIndex((p) => inPeriod(month, p));
  const period = crossing.statusPeriods[index];
  return period ? { period, index } : undefined;
}

/**
 * The status in a month in words: "closed for transit since 9 Mar 2016", and for a period whose end
 * no source gives, "closed for transit since 9 Mar 2016 — end unknown (last confirmed May 2016)".
 * "since" is the start of the run of adjoining periods with this status; it is left out when it
 * would not be before the month, and when it is only the first month of the data (`dataFrom`)
 * without a date of its own (the status held then; when it began is not in the data).
 */
export function describeStatusAt(crossing: Pick<Crossing, 'statusPeriods'>, month: MonthKey, dataFrom?: MonthKey): string {
  const at = statusPeriodAt(crossing, month);
  if (!at) return t('crossingStatus.noneThisMonth');
  const { period, index } = at;
  if (period.status === 'unrecorded') return statusPhrase('unrecorded');
  let first = index;
  while (first > 0 && adjoins(crossing.statusPeriods[first - 1] as CrossingStatusPeriod, crossing.statusPeriods[first] as CrossingStatusPeriod)) first--;
  const start = crossing.statusPeriods[first] as CrossingStatusPeriod;
  const startDate = start.fromDate ?? start.from;
  const startMonth = startDate.slice(0, 7);
  const known = start.fromDate !== undefined || dataFrom === undefined || start.from > dataFrom;
  // An "end unknown" period alone: its own fromDate says since when only if it is before the period.
  const before = first < index || !period.endUnknown || startMonth < period.from;
  const phrase = statusPhrase(period.status);
  const since = known && before && startMonth <= month ? formatSourceDate(startDate) : undefined;
  if (!period.endUnknown) return since ? t('crossingStatus.since', { status: phrase, since }) : phrase;
  const previous = crossing.statusPeriods[index - 1];
  const lastConfirmed = previous && !previous.endUnknown && adjoins(previous, period) ? formatSourceDate(previous.toDate ?? previous.to) : formatMonthShort(addMonths(period.from, -1));
  return since ? t('crossingStatus.sinceEndUnknown', { status: phrase, since, lastConfirmed }) : t('crossingStatus.endUnknownAt', { status: phrase, lastConfirmed });
}
