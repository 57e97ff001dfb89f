/**
 * Times of track points (GPX <trkpt><time>, KML gx:Track <when>, TCX <Time>) as togeojson gives
 * them: `coordinateProperties.times` (older versions: `coordTimes`), one list for a LineString,
 * one list per line for a MultiLineString. A line whose every point has a time is split by month
 * (split-by-month.ts): each piece is active in its month. When the times cannot be matched to the
 * points (togeojson leaves out points without a time), the line is not split but shown from the
 * month of its earliest time to that of its latest, and a repair says so.
 */
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
  if (read.date.precision === 'year') return { reason: `'${clip(String(time))}' is a year, not a time` };
  return { month: read.date.month };
}

/** Each of the feature's lines → its pieces with their months. `times` comes from trackTimes. */
export function timedLines(paths: LonLat[][], times: unknown[][], repairs: Repair[]): TimedLine[][] {
  const aligned = times.length === paths.length && paths.every((path, i) => times[i]?.length === path.length);
  if (!aligned) return spanned(paths, times, repairs).map((line) => [line]);
  return paths.map((path, i) => splitLine(path, times[i] ?? [], paths.length > 1 ? ` (line ${i + 1})` : '', repairs));
}

/** One line whose points each have a time → its pieces by month. */
function splitLine(path: LonLat[], times: unknown[], where: string, repairs: Repair[]): TimedLine[] {
  const read = times.map(monthOf);
  const firstKnown = read.find((r): r is { month: MonthKey } => 'month' in r);
  const bad = read.flatMap((r, i) => ('reason' in r ? [i] : []));
  if (firstKnown === undefined) {
    repairs.push({ field: TRACK_TIME, reason: `no point time of the track${where} could be read (${unreadable(read, bad)})`, repair: 'the times were left out' });
    return [{ path }];
  }
  if (bad.length > 0) {
    repairs.push({ field: TRACK_TIME, reason: `${bad.length} of the ${times.length} point times of the track${where} could not be read (${unreadable(read, bad)})`, repair: 'those points go with the month of the last readable time before them (at the start: of the first one)' });
  }
  let last = firstKnown.month;
  const months = read.map((r) => (last = 'month' in r ? r.month : last));
  const pieces = splitByMonth(path, months);
  const moving = pieces.filter((piece) => lineProblem(piece.points) === null);
  for (const still of pieces.filter((piece) => !moving.includes(piece))) {
    repairs.push({ field: TRACK_TIME, reason: `the track${where} does not move in ${still.month}`, repair: `no segment for ${still.month}` });
  }
  return moving.map((piece) => ({ path: piece.points, period: { from: piece.month, to: piece.month } }));
}

function unreadable(read: ({ month: MonthKey } | { reason: string })[], bad: number[]): string {
  const first = bad[0] as number;
  const entry = read[first];
  return `point ${first + 1}: ${entry && 'reason' in entry ? entry.reason : ''}`;
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
    repairs.push({ field: TRACK_TIME, reason: `none of the track's ${count} point times could be read`, repair: 'the times were left out' });
    return paths.map((path) => ({ path }));
  }
  const from = months.reduce((a, b) => (isAfter(a, b) ? b : a));
  const to = months.reduce((a, b) => (isAfter(a, b) ? a : b));
  if (from !== to) repairs.push({
    field: TRACK_TIME,
    reason: `the track has ${count} point times for ${points} points, so they cannot be matched to its points`,
    repair: `not split by month: shown from ${from} to ${to}`,
  });
  return paths.map((path) => ({ path, period: { from, to } }));
}
