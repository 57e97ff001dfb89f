/**
 * Times of track points (GPX <trkpt><time>, KML gx:Track <when>, TCX <Time>) as togeojson gives
 * them: `coordinateProperties.times` (older versions: `coordTimes`), one list for a LineString,
 * one list per line for a MultiLineString. A line whose every point has a time is split by month
 * (split-by-month.ts): each piece is active in its month. When the times cannot be matched to the
 * points (togeojson leaves out points without a time), the line is not split but shown from the
 * month of its earliest time to that of its latest, and a repair says so.
 */
import { t } from '../../domain/i18n';
import type { MonthKey } from '../../domain/month';
import type { LonLat, Period } from '../../domain/types';
import { lineProblem } from './coords';
import { clip, isAfter, parseDate } from './dates';
import type { Repair } from './records';
import { splitByMonth } from './split-by-month';

/** The field name in repairs and in the records' date fields. */
export const TRACK_TIME = 'track time';

export interface TimedLine {
  path: LonLat[];
  /** The months the line (or piece) is in; absent when no time could be read. */
  period?: Period;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The per-point time lists of a feature, one per line; null when it has none. */
export function trackTimes(props: Record<string, unknown>): unknown[][] | null {
  const holder = props.coordinateProperties;
  const raw = isObject(holder) && Array.isArray(holder.times) ? holder.times : Array.isArray(props.coordTimes) ? props.coordTimes : null;
  if (raw === null || raw.length === 0) return null;
  return raw.every(Array.isArray) ? (raw as unknown[][]) : [raw];
}

/** The month of a point's time, or why it cannot be read. */
function monthOf(time: unknown): { month: MonthKey } | { reason: string } {
  const read = parseDate(time);
  if (!read.ok) return { reason: read.reason };
  if (read.date.precision === 'year') return { reason: t('importGeometry.timeIsYear', { text: clip(String(time)) }) };
  return { month: read.date.month };
}

/** Each of the feature's lines → its pieces with their months. `times` comes from trackTimes. */
export function timedLines(paths: LonLat[][], times: unknown[][], repairs: Repair[]): TimedLine[][] {
  const aligned = times.length === paths.length && paths.every((path, i) => times[i]?.length === path.length);
  if (!aligned) return spanned(paths, times, repairs).map((line) => [line]);
  return paths.map((path, i) => splitLine(path, times[i] ?? [], paths.length > 1 ? String(i + 1) : 'none', repairs));
}

/** One line whose points each have a time → its pieces by month. `line` is its number among the feature's lines, or 'none' for a lone line. */
function splitLine(path: LonLat[], times: unknown[], line: string, repairs: Repair[]): TimedLine[] {
  const read = times.map(monthOf);
  const firstKnown = read.find((r): r is { month: MonthKey } => 'month' in r);
  const bad = read.flatMap((r, i) => ('reason' in r ? [i] : []));
  if (firstKnown === undefined) {
    repairs.push({ field: TRACK_TIME, reason: t('importGeometry.trackNoTimes', { line, detail: unreadable(read, bad) }), repair: t('importGeometry.timesLeftOut') });
    return [{ path }];
  }
  if (bad.length > 0) {
    repairs.push({ field: TRACK_TIME, reason: t('importGeometry.trackSomeTimes', { line, bad: String(bad.length), total: String(times.length), detail: unreadable(read, bad) }), repair: t('importGeometry.trackSomeTimesRepair') });
  }
  let last = firstKnown.month;
  const months = read.map((r) => (last = 'month' in r ? r.month : last));
  const pieces = splitByMonth(path, months);
  const moving = pieces.filter((piece) => lineProblem(piece.points) === null);
  for (const still of pieces.filter((piece) => !moving.includes(piece))) {
    repairs.push({ field: TRACK_TIME, reason: t('importGeometry.trackStill', { line, month: still.month }), repair: t('importGeometry.trackStillRepair', { month: still.month }) });
  }
  return moving.map((piece) => ({ path: piece.points, period: { from: piece.month, to: piece.month } }));
}

function unreadable(read: ({ month: MonthKey } | { reason: string })[], bad: number[]): string {
  const first = bad[0] as number;
  const entry = read[first];
  return t('importGeometry.trackPoint', { n: String(first + 1), reason: entry && 'reason' in entry ? entry.reason : '' });
}

/** Times that cannot be matched to points: every line from the earliest month to the latest. */
function spanned(paths: LonLat[][], times: unknown[][], repairs: Repair[]): TimedLine[] {
  const months = times.flat().flatMap((time) => {
    const read = monthOf(time);
    return 'month' in read ? [read.month] : [];
  });
  const points = paths.reduce((n, path) => n + path.length, 0);
  const count = times.reduce((n, list) => n + list.length, 0);
  if (months.length === 0) {
    repairs.push({ field: TRACK_TIME, reason: t('importGeometry.trackNoneReadable', { count: String(count) }), repair: t('importGeometry.timesLeftOut') });
    return paths.map((path) => ({ path }));
  }
  const from = months.reduce((a, b) => (isAfter(a, b) ? b : a));
  const to = months.reduce((a, b) => (isAfter(a, b) ? a : b));
  if (from !== to) repairs.push({
    field: TRACK_TIME,
    reason: t('importGeometry.trackTimesMismatch', { count: String(count), points: String(points) }),
    repair: t('importGeometry.trackSpanned', { from, to }),
  });
  return paths.map((path) => ({ path, period: { from, to } }));
}
