/**
 * Property-based tests of FlowmapBlue sheets (issue 14, item 8): random locations and flows tables
 * dropped together. Every flow row is either one value of its pair's series, at its month and equal
 * to its count (never summed), or rejected naming its row and field; unknown ids are named.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDrop, type DroppedFile } from '../../src/data/import/import-drop';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';

/** FUZZ_SCALE=20 for a deeper run. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1) || 1;
const OPTIONS: ImportOptions = { pointKind: 'incident' };
const IDS = ['ATH', 'IDO', 'BEG', 'SUB', 'BIH'];
const UNKNOWN = ['ZAG', 'LJU'];
const MONTHS = ['2015-09', '2015-10', '2015-12', '2016-03'];

function dropped(name: string, text: string): DroppedFile {
  const bytes = new TextEncoder().encode(text);
  return { name, head: () => Promise.resolve(bytes.subarray(0, 4096)), bytes: () => Promise.resolve(bytes) };
}

const location = fc.record({ id: fc.constantFrom(...IDS), lat: fc.double({ min: 37, max: 47, noNaN: true }), lon: fc.double({ min: 14, max: 28, noNaN: true }) });
const flow = fc.record({
  origin: fc.constantFrom(...IDS, ...UNKNOWN),
  dest: fc.constantFrom(...IDS, ...UNKNOWN),
  count: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 5000 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom('', '-5', 'many', '12.5', 'NaN') }),
  time: fc.constantFrom(...MONTHS),
});
const drop = fc.record({
  locations: fc.uniqueArray(location, { selector: (l) => l.id, minLength: 1, maxLength: IDS.length }),
  flows: fc.array(flow, { minLength: 1, maxLength: 25 }),
  timed: fc.boolean(),
});
type Drop = typeof drop extends fc.Arbitrary<infer T> ? T : never;

async function importSheets({ locations, flows, timed }: Drop): Promise<ParsedFile> {
  const places = ['id,name,lat,lon', ...locations.map((l) => `${l.id},Place ${l.id},${l.lat.toFixed(4)},${l.lon.toFixed(4)}`)].join('\n');
  const header = timed ? 'origin,dest,count,time' : 'origin,dest,count';
  const rows = flows.map((f) => [f.origin, f.dest, f.count, ...(timed ? [f.time] : [])].join(','));
  const parsed = await importDrop([dropped('flows.csv', [header, ...rows].join('\n')), dropped('locations.csv', places)], OPTIONS, () => () => undefined);
  return parsed.find((p) => p.report.file === 'flows.csv')!;
}

const monthsBetween = (from: string, to: string) => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

describe('FlowmapBlue sheets fuzzing', () => {
  it('counts every row once at its month or rejects it naming the row and field', async () => {
    let keptRows = 0;
    await fc.assert(
      fc.asyncProperty(drop, async (input) => {
        const { report, entities } = await importSheets(input);
        const known = new Set(input.locations.map((l) => l.id));
        expect(report.fileErrors).toEqual([]);
        for (const problem of [...report.rejected, ...report.repaired]) expect(problem.file).toBe('flows.csv');
        const kept = new Map<string, number>();
        for (const [i, row] of input.flows.entries()) {
          const line = i + 2;
          const rejected = report.rejected.filter((r) => r.row === line);
          expect(rejected.length).toBeLessThanOrEqual(1);
          if (!known.has(row.origin)) expect(rejected[0]).toMatchObject({ field: 'origin', reason: expect.stringContaining(`'${row.origin}'`) });
          else if (!known.has(row.dest)) expect(rejected[0]).toMatchObject({ field: 'dest', reason: expect.stringContaining(`'${row.dest}'`) });
          if (rejected.length === 1) {
            expect(['origin', 'dest', 'count', 'time']).toContain(rejected[0]!.field);
            continue;
          }
          const segment = entities.segments.find((s) => s.fromPlaceId === row.origin && s.toPlaceId === row.dest);
          expect(segment, `line ${line} kept but no segment`).toBeDefined();
          const pair = `${row.origin}→${row.dest}`;
          kept.set(pair, (kept.get(pair) ?? 0) + 1);
          keptRows += 1;
          if (input.timed) {
            const series = entities.flows.find((f) => f.id === segment!.volume?.seriesId)!;
            expect(series.values[monthsBetween(series.start, row.time)]).toBe(Number(row.count));
          } else {
            expect(segment!.notes).toContain(`${Number(row.count).toLocaleString('en-GB')} (count), total, no dates given`);
          }
        }
        // Never summed: a series holds one value per kept row of its pair.
        for (const segment of entities.segments) {
          expect(segment.fromPlaceId).not.toBe(segment.toPlaceId);
          const rows = kept.get(`${segment.fromPlaceId}→${segment.toPlaceId}`) ?? 0;
          if (input.timed) expect(entities.flows.find((f) => f.id === segment.volume?.seriesId)!.values.filter((v) => v !== null)).toHaveLength(rows);
          else expect(segment.volume).toBeUndefined();
        }
        expect(entities.segments).toHaveLength(kept.size);
        expect(report.accepted + report.rejected.length).toBeLessThanOrEqual(input.flows.length);
        if (!input.timed) expect(entities.flows).toEqual([]);
      }),
      { numRuns: 60 * SCALE },
    );
    // The run reached the kept branch, not only rejections.
    expect(keptRows).toBeGreaterThan(0);
  });
});
