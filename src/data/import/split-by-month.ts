/**
 * A timed track → one piece per month, so each piece can be a segment active in exactly that
 * month. Pieces follow runs of points in the same month, in path order (a track that goes back to
 * an earlier month gives that month a second piece). The leg into a new month belongs to the new
 * month's piece: a piece after the first starts at the last point of the piece before it, so the
 * pieces drawn together stay one continuous line. A first month with a single point has no leg
 * of its own: that point only starts the next piece.
 */
import type { MonthKey } from '../../domain/month';

export interface MonthPiece<T> {
  month: MonthKey;
  points: T[];
}

/** `points[i]` is in `months[i]`; both lists have the same length. Pure. */
export function splitByMonth<T>(points: readonly T[], months: readonly MonthKey[]): MonthPiece<T>[] {
  if (points.length !== months.length) throw new Error(`splitByMonth: ${points.length} points but ${months.length} months`);
  const pieces: MonthPiece<T>[] = [];
  let current: MonthPiece<T> | null = null;
  for (const [i, point] of points.entries()) {
    const month = months[i] as MonthKey;
    if (current === null || current.month !== month) {
      current = { month, points: i === 0 ? [] : [points[i - 1] as T] };
      pieces.push(current);
    }
    current.points.push(point);
  }
  const first = pieces[0];
  if (pieces.length > 1 && first !== undefined && first.points.length < 2) pieces.shift();
  return pieces;
}
