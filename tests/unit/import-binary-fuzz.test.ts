/**
 * Property-based tests of the binary readers (issue 14, item 8): zipped Shapefiles corrupted entry by
 * entry, FlatGeobuf read as the same GeoJSON, and random bytes or prefixes of every binary fixture
 * under every binary and text name. importAnyFile never rejects and every problem names the file.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importAnyFile } from '../../src/data/import/import-any-file';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';
import { check } from '../import-check';

/** FUZZ_SCALE=20 for a deeper run. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1) || 1;
const OPTIONS: ImportOptions = { pointKind: 'hub' };
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));

async function imported(name: string, bytes: Uint8Array): Promise<ParsedFile> {
  const parsed = await importAnyFile(name, bytes, OPTIONS);
  check(parsed, name);
  return parsed;
}

/** What an import made, without the file it came from. */
const entitiesOf = (parsed: ParsedFile) => JSON.parse(JSON.stringify({ entities: parsed.entities, columns: parsed.columns ?? null })) as unknown;

// ---------- Zipped Shapefile ----------
const SHAPEFILES = ['shapefile-area.zip', 'shapefile-layers.zip', 'shapefile-no-dbf.zip', 'shapefile-places.zip', 'shapefile-utm-no-prj.zip', 'shapefile-utm.zip'];
type Entries = [string, Uint8Array][];
const entriesOf = (zip: string): Entries => Object.entries(unzipSync(fixture(zip)));
const rezip = (entries: Entries) => zipSync(Object.fromEntries(entries.map(([n, b]) => [n, [b, { level: 0 }]])) as Parameters<typeof zipSync>[0]);

const recase = (name: string, upper: boolean[]) => [...name].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join('');

/** One random change to one entry of the list (by position modulo its length). */
const corruption = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), keep: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bytes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }) }),
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), upper: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }) }),
  fc.record({ op: fc.constant('recase' as const), at: fc.nat(), upper: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }) }),
  fc.record({ op: fc.constant('junk' as const), name: fc.constantFrom('readme.txt', '__MACOSX/._places.shp', 'x.shp', 'a/b.dbf', 'notes.prj', 'empty.cpg', '.shp'), bytes: fc.uint8Array({ maxLength: 64 }) }),
);
type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

function corrupt(entries: Entries, c: Corruption): Entries {
  if (c.op === 'junk') return [...entries, [c.name, c.bytes]];
  if (entries.length === 0) return entries;
  const i = c.at % entries.length;
  const [name, bytes] = entries[i]!;
  const replace = (entry: [string, Uint8Array]) => entries.map((e, j) => (j === i ? entry : e));
  switch (c.op) {
    case 'truncate':
      return replace([name, bytes.slice(0, Math.floor(bytes.length * c.keep))]);
    case 'flip': {
      const copy = bytes.slice();
      for (const [at, mask] of c.bytes) if (copy.length > 0) copy[at % copy.length]! ^= mask;
      return replace([name, copy]);
    }
    case 'drop':
      return entries.filter((_, j) => j !== i);
    case 'duplicate':
      return [...entries, [recase(name, c.upper) === name ? `copy/${name}` : recase(name, c.upper), bytes.slice()]];
    case 'recase':
      return replace([recase(name, c.upper), bytes]);
  }
}

describe('zipped Shapefile fuzzing', () => {
  it('survives corrupted, dropped, duplicated, renamed and junk entries under any name', async () => {
    const input = fc.record({
      zip: fc.constantFrom(...SHAPEFILES),
      changes: fc.array(corruption, { minLength: 1, maxLength: 4 }),
      name: fc.constantFrom('fuzz.zip', 'FUZZ.ZIP', 'fuzz.shp', 'fuzz', 'fuzz.csv', 'fuzz.kmz', 'fuzz.geojson'),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ zip, changes, name }) => {
        const bytes = rezip(changes.reduce(corrupt, entriesOf(zip)));
        await imported(name, bytes);
      }),
      { numRuns: 60 * SCALE },
    );
  });

  it('refuses a .dbf whose record count runs past its end (found by this fuzz: the parser looped out of memory)', async () => {
    const entries = entriesOf('shapefile-places.zip').map(([n, b]): [string, Uint8Array] => {
      if (!n.endsWith('.dbf')) return [n, b];
      const copy = b.slice();
      new DataView(copy.buffer).setUint32(4, 1_442_840_579, true);
      return [n, copy];
    });
    const parsed = await imported('s.zip', rezip(entries));
    expect(parsed.report.fileErrors.map((e) => e.reason)).toEqual([expect.stringContaining('places.dbf states 1,442,840,579 records, more than its')]);
  });

  it('reads the same entities whatever the entries’ order and the case of their names', async () => {
    const input = fc.record({ zip: fc.constantFrom(...SHAPEFILES), seed: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), upper: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }) });
    await fc.assert(
      fc.asyncProperty(input, async ({ zip, seed, upper }) => {
        const entries = entriesOf(zip);
        const shuffled = entries.map((e, i) => ({ e, key: seed[i % seed.length]! * 31 + i })).sort((a, b) => a.key - b.key).map(({ e }) => e);
        // One case for every entry: a layer's parts keep sharing one base name.
        const renamed = shuffled.map(([n, b]): [string, Uint8Array] => [upper[0] ? n.toUpperCase() : n.toLowerCase(), b]);
        const original = await imported('s.zip', fixture(zip));
        const changed = await imported('s.zip', rezip(renamed));
        expect(entitiesOf(changed)).toEqual(entitiesOf(original));
        expect(changed.report.accepted).toBe(original.report.accepted);
        expect(changed.report.fileErrors.length).toBe(original.report.fileErrors.length);
      }),
      { numRuns: 30 * SCALE },
    );
  });
});

// ---------- FlatGeobuf ----------
const lon = fc.double({ min: 13, max: 29, noNaN: true });
const lat = fc.double({ min: 37, max: 48, noNaN: true });
const position = fc.tuple(lon, lat);
const properties = fc.record({
  name: fc.constantFrom('Idomeni', 'Šid', 'Belgrade', 'x'),
  kind: fc.constantFrom('hub', 'crossing', 'incident', 'safe_house', 'restaurant'),
  date: fc.constantFrom('2015-10-17', '2016-03', '17.10.2015', 'soon', '1899-01-01'),
});
const feature = fc.record({
  geometry: fc.oneof(
    position.map((coordinates) => ({ type: 'Point' as const, coordinates })),
    fc.array(position, { minLength: 2, maxLength: 5 }).map((coordinates) => ({ type: 'LineString' as const, coordinates })),
  ),
  properties,
});
/** One geometry type a file (FlatGeobuf stores one per file unless told otherwise). */
const collection = fc.record({ points: fc.boolean(), features: fc.array(feature, { minLength: 1, maxLength: 12 }) }).map(({ points, features }) => ({
  type: 'FeatureCollection' as const,
  features: features.filter((f) => (f.geometry.type === 'Point') === points).map((f) => ({ type: 'Feature' as const, ...f })),
})).filter((fcol) => fcol.features.length > 0);

const fgbOf = (geojson: unknown) => serialize(geojson as Parameters<typeof serialize>[0]);
const reportOf = (parsed: ParsedFile) => {
  const { format: _f, file: _n, bytes: _b, ...rest } = parsed.report;
  return JSON.parse(JSON.stringify(rest).replaceAll('t.fgb', 'FILE').replaceAll('t.geojson', 'FILE')) as unknown;
};
const sameFile = (parsed: ParsedFile) => JSON.parse(JSON.stringify(entitiesOf(parsed)).replaceAll('t.fgb', 'FILE').replaceAll('t.geojson', 'FILE').replaceAll('t-fgb', 'FILE').replaceAll('t-geojson', 'FILE')) as unknown;

describe('FlatGeobuf fuzzing', () => {
  it('reads random points and lines as the same entities and report as GeoJSON', async () => {
    await fc.assert(
      fc.asyncProperty(collection, async (geojson) => {
        const fgb = await imported('t.fgb', fgbOf(geojson));
        const json = await imported('t.geojson', new TextEncoder().encode(JSON.stringify(geojson)));
        expect(fgb.report.format).toBe('flatgeobuf');
        expect(reportOf(fgb)).toEqual(reportOf(json));
        expect(sameFile(fgb)).toEqual(sameFile(json));
      }),
      { numRuns: 40 * SCALE },
    );
  });

  it('gives a file error for a truncated file, never a hang or a throw', async () => {
    const input = collection.chain((geojson) => {
      const bytes = fgbOf(geojson);
      return fc.nat({ max: bytes.length - 1 }).map((length) => bytes.slice(0, length));
    });
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        const parsed = await imported('t.fgb', bytes);
        expect(parsed.report.fileErrors.length).toBeGreaterThan(0);
      }),
      // A run slower than the limit fails (it is never counted as passed).
      { numRuns: 60 * SCALE, interruptAfterTimeLimit: 20_000 * SCALE, markInterruptAsFailure: true },
    );
  });
});

// ---------- Any bytes under any name ----------
const BINARY_NAMES = ['.parquet', '.geoparquet', '.arrow', '.feather', '.arrows', '.ipc', '.fgb', '.zip', '.shp'];
const TEXT_NAMES = ['.csv', '.geojson', '.kml', '.gpx', '.tcx', '.json', '.kmz', '.txt', ''];
const BINARY_FIXTURES = ['points.parquet', 'points-geo.parquet', 'points.arrow', 'points-stream.arrows', 'places.fgb', 'shapefile-places.zip', 'shapefile-layers.zip'];

describe('binary names and bytes', () => {
  const name = fc.constantFrom(...BINARY_NAMES, ...TEXT_NAMES).map((ext) => `fuzz${ext}`);
  it('random bytes: a file error or entities, never a rejection', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), name, async (bytes, file) => {
        await imported(file, bytes);
      }),
      { numRuns: 100 * SCALE },
    );
  });

  it('prefixes of every binary fixture: a file error or entities, never a rejection', async () => {
    const input = fc.constantFrom(...BINARY_FIXTURES).chain((f) => {
      const bytes = fixture(f);
      return fc.tuple(fc.constant(f), fc.nat({ max: bytes.length }).map((n) => bytes.slice(0, n)));
    });
    await fc.assert(
      fc.asyncProperty(input, name, async ([, bytes], file) => {
        const parsed = await imported(file, bytes);
        const kept = parsed.report.accepted + parsed.report.repaired.length;
        expect(parsed.report.fileErrors.length > 0 || kept > 0 || parsed.report.rejected.length > 0 || parsed.report.needsMapping !== undefined).toBe(true);
      }),
      { numRuns: 100 * SCALE, endOnFailure: true },
    );
  });
});
