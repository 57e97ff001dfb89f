/**
 * The committed fixture archive (scripts/make-tiles.mjs + scripts/pack-pmtiles.mjs) read by the
 * app's tile reader: header checks, the same tile bytes as the z/x/y directory it was packed from,
 * decoded by loaders.gl with month, source and confidence kept; a file that is no archive refused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Source } from 'pmtiles';
import { attributeValues, openPmtiles, openXyz, TileOpenError, tileUrl } from '../../src/data/tiles/tile-reader';
import { decodeTile } from '../../src/data/tiles/decode-tile';

const DIR = 'tests/fixtures/tiles';

function bytesSource(bytes: Buffer): Source {
  return { getKey: () => 'memory', getBytes: async (offset, length) => ({ data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + Math.min(bytes.length, offset + length)) as ArrayBuffer }) };
}

/** Every z/x/y.pbf of the fixture directory. */
function directoryTiles(): { z: number; x: number; y: number; file: string }[] {
  const out: { z: number; x: number; y: number; file: string }[] = [];
  for (const z of readdirSync(join(DIR, 'xyz')).filter((n) => /^\d+$/.test(n)))
    for (const x of readdirSync(join(DIR, 'xyz', z)))
      for (const f of readdirSync(join(DIR, 'xyz', z, x))) out.push({ z: Number(z), x: Number(x), y: Number(f.split('.')[0]), file: join(DIR, 'xyz', z, x, f) });
  return out;
}

describe('PMTiles fixture', () => {
  it('opens with its zooms, bounds and layers', async () => {
    const reader = await openPmtiles(bytesSource(readFileSync(join(DIR, 'incidents.pmtiles'))));
    expect(reader.info.minZoom).toBe(0);
    expect(reader.info.maxZoom).toBe(8);
    expect(reader.info.layers).toEqual(['points', 'shapes']);
    // The sources the archive's tilestats list (every layer's): what the source filter offers.
    expect(reader.info.sources).toEqual(['FRONTEX', 'IOM-MMP', 'UNHCR']);
    const [w, s, e, n] = reader.info.bounds!;
    expect(w).toBeLessThan(16.5);
    expect(e).toBeGreaterThan(21.9);
    expect(s).toBeLessThan(41.6);
    expect(n).toBeGreaterThanOrEqual(46);
  });

  it('holds exactly the tiles of the directory it was packed from, byte for byte once unzipped', async () => {
    const reader = await openPmtiles(bytesSource(readFileSync(join(DIR, 'incidents.pmtiles'))));
    const tiles = directoryTiles();
    expect(tiles.length).toBeGreaterThan(10);
    for (const t of tiles) {
      const got = await reader.getTile(t.z, t.x, t.y);
      expect(got, `${t.z}/${t.x}/${t.y}`).not.toBeNull();
      expect(Buffer.from(got!).equals(gunzipSync(readFileSync(t.file)))).toBe(true);
    }
    // A tile the directory lacks is absent from the archive too.
    expect(await reader.getTile(8, 0, 0)).toBeNull();
  });

  it('decodes a tile with month, source and confidence on its features', async () => {
    const reader = await openPmtiles(bytesSource(readFileSync(join(DIR, 'incidents.pmtiles'))));
    const bytes = await reader.getTile(0, 0, 0);
    const tile = (await decodeTile(bytes!, { x: 0, y: 0, z: 0 })) as { points: { properties: Record<string, unknown>[]; numericProps: Record<string, { value: ArrayLike<number> }> } };
    const props = tile.points.properties;
    expect(props.length).toBeGreaterThan(0);
    expect(new Set(props.map((p) => p.month))).toEqual(new Set(['2015-09', '2015-10']));
    expect(new Set(props.map((p) => p.source))).toEqual(new Set(['IOM-MMP', 'UNHCR', 'FRONTEX']));
    expect(props.every((p) => ['high', 'medium', 'low'].includes(String(p.confidence)))).toBe(true);
    // Low zooms hold aggregates: the counts add up to the 24 rows of the CSV.
    const counts = Array.from(tile.points.numericProps.count!.value);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(24);
  });

  it('refuses bytes that are not an archive, saying so', async () => {
    const error = await openPmtiles(bytesSource(Buffer.from('this is a text file, not tiles'.padEnd(200, '.')))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TileOpenError);
    expect((error as TileOpenError).problem).toBe('not-pmtiles');
  });
});

describe('z/x/y directory', () => {
  it('reads metadata.json and unzips tiles served as they are', async () => {
    const fetchFile = (async (input: RequestInfo | URL) => {
      const path = String(input).replace('http://h/', '');
      try {
        return new Response(readFileSync(join(DIR, path)));
      } catch {
        return new Response(null, { status: 404 });
      }
    }) as typeof fetch;
    const reader = await openXyz('http://h/xyz/{z}/{x}/{y}.pbf', fetchFile);
    expect(reader.info.maxZoom).toBe(8);
    expect(reader.info.layers).toEqual(['points', 'shapes']);
    expect(reader.info.sources).toEqual(['FRONTEX', 'IOM-MMP', 'UNHCR']);
    expect(tileUrl('a/{z}/{x}/{y}.pbf', 3, 4, 5)).toBe('a/3/4/5.pbf');
    const tile = await reader.getTile(0, 0, 0);
    expect(Buffer.from(tile!).equals(gunzipSync(readFileSync(join(DIR, 'xyz/0/0/0.pbf'))))).toBe(true);
    expect(await reader.getTile(8, 0, 0)).toBeNull();
  });
});

describe('tilestats values', () => {
  it('lists one attribute\'s string values over every layer, once each, sorted; none when absent', () => {
    const meta = { tilestats: { layers: [
      { attributes: [{ attribute: 'source', values: ['S10', 'S2', ''] }, { attribute: 'kind', values: ['x'] }] },
      { attributes: [{ attribute: 'source', values: ['S2', 'A', 7] }] },
      { attributes: 'broken' },
    ] } };
    expect(attributeValues(meta, 'source')).toEqual(['A', 'S2', 'S10']);
    expect(attributeValues(meta, 'kind')).toEqual(['x']);
    expect(attributeValues({}, 'source')).toEqual([]);
    expect(attributeValues(null, 'source')).toEqual([]);
  });
});
