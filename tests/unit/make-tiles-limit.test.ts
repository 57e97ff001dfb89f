import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { tilesAtSizeLimit } from '../../scripts/make-tiles.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tileDir(tiles: Record<string, number>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiles-limit-'));
  dirs.push(dir);
  for (const [tile, bytes] of Object.entries(tiles)) {
    const file = path.join(dir, `${tile}.pbf`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.alloc(bytes));
  }
  fs.writeFileSync(path.join(dir, 'metadata.json'), '{}');
  return dir;
}

describe('make-tiles: tiles at GDAL\'s size limit are named (GDAL drops their features silently)', () => {
  it('finds the tiles within 10 % of the limit, by zoom and size, and nothing else', () => {
    const dir = tileDir({ '0/0/0': 1000, '8/140/95': 460, '9/281/190': 495, '9/281/191': 420, '9/282/190': 499 });
    expect(tilesAtSizeLimit(dir, 500)).toEqual([
      { tile: '0/0/0', zoom: 0, bytes: 1000 },
      { tile: '8/140/95', zoom: 8, bytes: 460 },
      { tile: '9/282/190', zoom: 9, bytes: 499 },
      { tile: '9/281/190', zoom: 9, bytes: 495 },
    ]);
  });

  it('finds none when every tile is well under the limit', () => {
    expect(tilesAtSizeLimit(tileDir({ '5/17/11': 100, '6/35/23': 449 }), 500)).toEqual([]);
  });
});
