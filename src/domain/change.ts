/**
 * What changed between two months: which segments appeared, vanished, grew or shrank, which
 * crossings changed status, summarised by corridor and by country pair. Pure and O(n): one pass
 * over segments, crossings and flow series, with maps for every lookup.
 *
 * Choices (see also the field comments):
 * - Volume figures come from each segment's `volume.seriesId` series. Most demo series are
 *   route totals (scope 'route-total'), so segments of one route grow or shrink together. Route
 *   context legs (`context`) have no figure: they are new, vanished or unchanged.
 * - A segment end at a hub is in the hub's first country. A segment end at a crossing is in the
 *   crossing's country that the other end is not in (so both halves of a border crossing count
 *   as "Serbia → Hungary"); when both or neither qualify, its first country. '' when unknown.
 * - Crossings listed: every crossing whose state changed, plus unchanged crossings at an end of a
 *   segment present in either month. A crossing's changes count towards the corridors of those
 *   segments and towards its country pair, oriented like a segment pair when one matches.
 * - Summary counts hold only changes (keys: the segment classes and crossing changes except
 *   'unchanged'); lines without changes are left out.
 */
import type { RouteSegment, Crossing, CrossingStatus, Dataset } from './types';
import { monthIndex, type MonthKey } from './month';
import { COUNTRY_NAMES } from './countries';
import { activeLocale, t } from './i18n/translate';
import { regionNameIn } from './i18n/intl-cache';
import type { MessageKey } from './i18n/messages/en';
import { flowValueAt } from './flows';

export type ChangeClass = 'new' | 'vanished' | 'grown' | 'shrunk' | 'unchanged';
export type CrossingChangeClass = 'opened' | 'restricted' | 'closed' | 'fenced' | 'controls' | 'unchanged' | 'other';
/** ±20 % of the earlier month's figure. */
export const DEFAULT_CHANGE_THRESHOLD = 0.2;

export interface SegmentChange {
  segmentId: string;
  corridorId: string;
  change: ChangeClass;
  /** The volume figure in each month; null when the segment has no series or no value then. */
  before: number | null;
  after: number | null;
  /** Relative change (after / before − 1) when both figures are known and before > 0. */
  ratio: number | null;
  /** Country codes of the from and to place, '' when unknown. */
  countries: [string, string];
}

export interface CrossingChange {
  crossingId: string;
  name: string;
  countries: [string, string];
  /** The status period covering the month, 'inactive' when none does. */
  before: CrossingStatus | 'inactive';
  after: CrossingStatus | 'inactive';
  /** 'other': the state changed to 'unrecorded' (status unknown) or 'inactive'. */
  change: CrossingChangeClass;
}

export interface ChangeSummaryLine {
  key: string;
  label: string;
  /** e.g. "Croatia → Slovenia: 3 new segments, 2 crossings opened" */
  text: string;
  counts: Record<string, number>;
}

export interface ChangeResult {
  from: MonthKey;
  to: MonthKey;
  threshold: number;
  segments: SegmentChange[];
  crossings: CrossingChange[];
  byCorridor: ChangeSummaryLine[];
  byCountry: ChangeSummaryLine[];
}

/** Tolerance so that e.g. 100 → 120 counts as exactly +20 % despite floating point. */
const EPSILON = 1e-9;

/** Classifies two volume figures; see compareMonths for the rules. */
export function classifyVolumeChange(
  before: number | null,
  after: number | null,
  threshold = DEFAULT_CHANGE_THRESHOLD,
): { change: ChangeClass; ratio: number | null } {
  if (before === null || after === null) return { change: 'unchanged', ratio: null };
  if (before > 0) {
    const ratio = after / before - 1;
    if (ratio > 0 && ratio >= threshold - EPSILON) return { change: 'grown', ratio };
    if (ratio < 0 && ratio <= -threshold + EPSILON) return { change: 'shrunk', ratio };
    return { change: 'unchanged', ratio };
  }
  return { change: before === 0 && after > 0 ? 'grown' : 'unchanged', ratio: null };
}

/** The crossing's status in a month: the first status period covering it, else 'inactive'. */
export function crossingStateAt(crossing: Crossing, month: MonthKey): CrossingStatus | 'inactive' {
  const i = monthIndex(month);
  for (const p of crossing.statusPeriods) if (i >= monthIndex(p.from) && i <= monthIndex(p.to)) return p.status;
  return 'inactive';
}

export function classifyCrossingChange(before: CrossingStatus | 'inactive', after: CrossingStatus | 'inactive'): CrossingChangeClass {
  if (before === after) return 'unchanged';
  switch (after) {
    case 'open': return 'opened';
    case 'restricted': return 'restricted';
    case 'closed': return 'closed';
    case 'fenced': return 'fenced';
    case 'controls': return 'controls';
    default: return 'other';
  }
}

/**
 * The country's short name in the active language, or the code itself when it is not known;
 * 'Unknown' for ''. English keeps the app's own short names ('Bosnia and Herzegovina', 'Kosovo');
 * other languages get Intl's region names.
 */
export function countryName(code: string): string {
  if (!code) return t('change.unknownCountry');
  const locale = activeLocale();
  if (locale !== 'en') {
    const name = /^[A-Z]{2}$/.test(code) ? regionNameIn(locale, code) : null;
    if (name) return name;
  }
  return Object.prototype.hasOwnProperty.call(COUNTRY_NAMES, code) ? (COUNTRY_NAMES[code] as string) : code;
}

/** Counts keys in text order, each with its message (plural by the language's rules). */
const PHRASES: [key: string, message: MessageKey][] = [
  ['new', 'change.new'],
  ['vanished', 'change.vanished'],
  ['grown', 'change.grown'],
  ['shrunk', 'change.shrunk'],
  ['opened', 'change.opened'],
  ['restricted', 'change.restricted'],
  ['closed', 'change.closed'],
  ['fenced', 'change.fenced'],
  ['controls', 'change.controls'],
  ['other', 'change.other'],
];

/** "3 new segments, 1 crossing closed" (only non-zero counts, in a fixed order). */
export function describeCounts(counts: Record<string, number>): string {
  const parts: string[] = [];
  for (const [key, message] of PHRASES) {
    const count = counts[key] ?? 0;
    if (count > 0) parts.push(t(message, { count }));
  }
  return parts.join(', ');
}

interface LineDraft {
  key: string;
  label: string;
  prefix: string;
  counts: Record<string, number>;
  total: number;
}

function bump(lines: Map<string, LineDraft>, key: string, label: () => [string, string], countKey: string): void {
  let line = lines.get(key);
  if (!line) {
    const [lineLabel, prefix] = label();
    line = { key, label: lineLabel, prefix, counts: {}, total: 0 };
    lines.set(key, line);
  }
  line.counts[countKey] = (line.counts[countKey] ?? 0) + 1;
  line.total += 1;
}

function finishLines(lines: Map<string, LineDraft>): ChangeSummaryLine[] {
  return [...lines.values()]
    .sort((a, b) => b.total - a.total || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || (a.key < b.key ? -1 : 1))
    .map(({ key, label, prefix, counts }) => ({ key, label, text: t('change.summaryLine', { label: prefix, counts: describeCounts(counts) }), counts }));
}

function pairLabel(from: string, to: string): string {
  return from === to && from ? t('change.within', { country: countryName(from) }) : t('change.pair', { from: countryName(from), to: countryName(to) });
}

/**
 * Compares the dataset between two months. Throws RangeError for keys that are not months or a
 * threshold that is not a finite number ≥ 0.
 *
 * Segments (present in a month when the month is in segment.active; present in neither → not
 * listed): only in `to` → new; only in `from` → vanished; in both → by the volume figures:
 * before > 0 and after / before − 1 ≥ threshold → grown, ≤ −threshold → shrunk, else unchanged;
 * before = 0 and after > 0 → grown; an unknown figure → unchanged.
 */
export function compareMonths(dataset: Dataset, from: MonthKey, to: MonthKey, threshold = DEFAULT_CHANGE_THRESHOLD): ChangeResult {
  if (!Number.isFinite(threshold) || threshold < 0) throw new RangeError(`Not a change threshold: ${threshold}`);
  const fromIndex = monthIndex(from);
  const toIndex = monthIndex(to);

  const placeCountries = new Map<string, { countries: readonly string[]; crossing: boolean }>();
  for (const h of dataset.hubs) placeCountries.set(h.id, { countries: h.countries, crossing: false });
  for (const c of dataset.crossings) placeCountries.set(c.id, { countries: c.countries, crossing: true });
  const seriesById = new Map(dataset.flows.map((f) => [f.id, f]));
  const figures = new Map<string, [number | null, number | null]>();
  const figuresOf = (seriesId: string): [number | null, number | null] => {
    let pair = figures.get(seriesId);
    if (!pair) {
      const series = seriesById.get(seriesId);
      pair = series ? [flowValueAt(series, from), flowValueAt(series, to)] : [null, null];
      figures.set(seriesId, pair);
    }
    return pair;
  };
  const endCountry = (placeId: string, otherPlaceId: string): string => {
    const place = placeCountries.get(placeId);
    if (!place) return '';
    const first = place.countries[0] ?? '';
    if (!place.crossing) return first;
    const other = placeCountries.get(otherPlaceId)?.countries;
    if (!other) return first;
    const outside = place.countries.filter((c) => !other.includes(c));
    return outside.length === 1 ? (outside[0] as string) : first;
  };

  const segments: SegmentChange[] = [];
  /** Crossing id → corridor ids of present segments that end at it. */
  const crossingCorridors = new Map<string, Set<string>>();
  const segmentPairs = new Set<string>();
  const corridorLines = new Map<string, LineDraft>();
  const countryLines = new Map<string, LineDraft>();
  const corridorNames = new Map(dataset.corridors.map((c) => [c.id, c.name]));
  const corridorLabel = (id: string): [string, string] => {
    const name = corridorNames.get(id);
    return name === undefined ? [id, id] : [name, `${id} ${name}`];
  };
  const noteCrossingEnd = (placeId: string, corridorId: string) => {
    if (!placeCountries.get(placeId)?.crossing) return;
    let set = crossingCorridors.get(placeId);
    if (!set) crossingCorridors.set(placeId, (set = new Set()));
    set.add(corridorId);
  };

  // A leg (from place → to place) that one corridor hands over to another between the two months
  // (e.g. the trunk through North Macedonia, corridor A in September, A0 in November) continued:
  // it is compared by its figures, not listed as vanished and new.
  const legKey = (s: RouteSegment) => `${s.fromPlaceId}>${s.toPlaceId}`;
  const presence = (s: RouteSegment) => {
    const start = monthIndex(s.active.from);
    const end = monthIndex(s.active.to);
    return { inFrom: fromIndex >= start && fromIndex <= end, inTo: toIndex >= start && toIndex <= end };
  };
  const legBefore = new Map<string, number | null>();
  const legAfter = new Set<string>();
  // Schematic route-level flows are not legs of a route: they keep their own layer in the change view.
  const legs = dataset.segments.filter((s) => !s.schematic);
  for (const s of legs) {
    const { inFrom, inTo } = presence(s);
    const value = inFrom && s.volume && !s.context ? figuresOf(s.volume.seriesId)[0] : null;
    if (inFrom) legBefore.set(legKey(s), Math.max(legBefore.get(legKey(s)) ?? -1, value ?? -1));
    if (inTo) legAfter.add(legKey(s));
  }

  for (const s of legs) {
    const { inFrom, inTo } = presence(s);
    if (!inFrom && !inTo) continue;
    // Vanished from its corridor but the leg goes on in another one: its successor reports it.
    if (inFrom && !inTo && legAfter.has(legKey(s))) continue;
    // Route context legs carry no figure (none is drawn), so they never grow or shrink.
    const [valueFrom, valueTo] = s.volume && !s.context ? figuresOf(s.volume.seriesId) : [null, null];
    const continued = !inFrom && inTo && legBefore.has(legKey(s));
    const previous = legBefore.get(legKey(s));
    const before = inFrom ? valueFrom : continued && previous != null && previous >= 0 ? previous : null;
    const after = inTo ? valueTo : null;
    let change: ChangeClass;
    let ratio: number | null = null;
    if (!inFrom && !continued) change = 'new';
    else if (!inTo) change = 'vanished';
    else ({ change, ratio } = classifyVolumeChange(before, after, threshold));
    const countries: [string, string] = [endCountry(s.fromPlaceId, s.toPlaceId), endCountry(s.toPlaceId, s.fromPlaceId)];
    segments.push({ segmentId: s.id, corridorId: s.corridorId, change, before, after, ratio, countries });
    noteCrossingEnd(s.fromPlaceId, s.corridorId);
    noteCrossingEnd(s.toPlaceId, s.corridorId);
    const pairKey = `${countries[0]}→${countries[1]}`;
    segmentPairs.add(pairKey);
    if (change === 'unchanged') continue;
    bump(corridorLines, s.corridorId, () => corridorLabel(s.corridorId), change);
    bump(countryLines, pairKey, () => {
      const label = pairLabel(countries[0], countries[1]);
      return [label, label];
    }, change);
  }

  const crossings: CrossingChange[] = [];
  for (const c of dataset.crossings) {
    const before = crossingStateAt(c, from);
    const after = crossingStateAt(c, to);
    const change = classifyCrossingChange(before, after);
    const corridors = crossingCorridors.get(c.id);
    if (change === 'unchanged' && !corridors) continue;
    crossings.push({ crossingId: c.id, name: c.name, countries: [c.countries[0], c.countries[1]], before, after, change });
    if (change === 'unchanged') continue;
    for (const corridorId of corridors ?? []) bump(corridorLines, corridorId, () => corridorLabel(corridorId), change);
    const [a, b] = c.countries;
    const reversed = !segmentPairs.has(`${a}→${b}`) && segmentPairs.has(`${b}→${a}`);
    const [pa, pb] = reversed ? [b, a] : [a, b];
    bump(countryLines, `${pa}→${pb}`, () => {
      const label = pairLabel(pa, pb);
      return [label, label];
    }, change);
  }

  return { from, to, threshold, segments, crossings, byCorridor: finishLines(corridorLines), byCountry: finishLines(countryLines) };
}
