/**
 * splitByMonth: a timed track → one piece per run of months. Properties over random tracks (points
 * are their indexes, so "the same point" is checkable): the pieces cover every point, each piece's
 * points are in its month (but a piece's first point, shared with the piece before it), and the
 * pieces joined without their shared first points give the original path back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthKey, monthIndex } from '../../src/domain/month';
import { splitByMonth, type MonthPiece } from '../../src/data/import/split-by-month';

const START = monthIndex('2015-01');

/** Random tracks of 2–40 points: months mostly moving forward, sometimes back (a file out of order). */
const track = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: -1 }) }), { minLength: 2, maxLength: 40 })
  .map((steps) => {
    let month = START + 12;
    const months = steps.map((step, i) => monthKey((month += i === 0 ? 0 : step)));
    return { points: months.map((_, i) => i), months };
  });

/** The pieces joined, each piece after the first without its first point (shared with the one before). */
function joined(pieces: MonthPiece<number>[]): number[] {
  return pieces.flatMap((piece, k) => (k === 0 ? piece.points : piece.points.slice(1)));
}

describe('splitByMonth', () => {
  it('splits the Preševo walk of 30 October – 2 November 2015 into October and November', () => {
    const months = ['2015-10', '2015-10', '2015-10', '2015-11', '2015-11', '2015-11'];
    const pieces = splitByMonth(['Tabanovce', 'a', 'Miratovac', 'b', 'c', 'Preševo'], months);
    expect(pieces).toEqual([
      { month: '2015-10', points: ['Tabanovce', 'a', 'Miratovac'] },
      { month: '2015-11', points: ['Miratovac', 'b', 'c', 'Preševo'] },
    ]);
  });

  it('keeps a track in one month whole', () => {
    expect(splitByMonth([1, 2, 3], ['2016-03', '2016-03', '2016-03'])).toEqual([{ month: '2016-03', points: [1, 2, 3] }]);
  });

  it('gives a lone first point no piece of its own (it has no leg in its month)', () => {
    expect(splitByMonth([1, 2, 3], ['2015-10', '2015-11', '2015-11'])).toEqual([{ month: '2015-11', points: [1, 2, 3] }]);
  });

  it('refuses lists of different lengths', () => {
    expect(() => splitByMonth([1, 2], ['2015-10'])).toThrow(/2 points but 1 months/);
  });

  it('covers every point, once, in order, when the shared first points are left out', () => {
    fc.assert(
      fc.property(track, ({ points, months }) => {
        expect(joined(splitByMonth(points, months))).toEqual(points);
      }),
      { numRuns: 1000 },
    );
  });

  it("puts each piece's points in its month, but the first point it shares with the piece before", () => {
    fc.assert(
      fc.property(track, ({ points, months }) => {
        const pieces = splitByMonth(points, months);
        for (const [k, piece] of pieces.entries()) {
          expect(piece.points.length).toBeGreaterThanOrEqual(2);
          expect(piece.points.slice(1).map((p) => months[p])).toEqual(piece.points.slice(1).map(() => piece.month));
          const first = piece.points[0]!;
          // The first point is in the month, or it is where the track entered the month from another.
          const sharedStart = months[first] === piece.month || first === (k === 0 ? 0 : pieces[k - 1]!.points.at(-1));
          expect(sharedStart, `piece ${k} starts at point ${first}`).toBe(true);
          if (k > 0) expect(piece.month).not.toBe(pieces[k - 1]!.month);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('makes as many pieces as runs of one month, less a lone first point', () => {
    fc.assert(
      fc.property(track, ({ points, months }) => {
        const runs = months.filter((m, i) => i === 0 || m !== months[i - 1]).length;
        const loneFirst = runs > 1 && months[0] !== months[1] ? 1 : 0;
        expect(splitByMonth(points, months)).toHaveLength(runs - loneFirst);
      }),
      { numRuns: 1000 },
    );
  });
});
