/**
 * The lint rule behind "imports flow one way" (eslint.config.js, importBoundaries): a crafted import
 * against the direction fails, one along it passes. Lints text under a real file path, so the
 * per-folder configuration is the one `npm run lint` applies.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  const against: [string, string, string][] = [
    ['src/data/import/wrong.ts', "import { useAppStore } from '../../state/store';", 'src/state'],
    ['src/data/export/wrong.ts', "import type { PlaceLabel } from '../../map/layers/place-labels';", 'src/map'],
    ['src/domain/wrong.ts', "import { buildMapTables } from '../data/tables';", 'src/data'],
    ['src/map/layers/wrong.ts', "import type { AppState } from '../../state/store';", 'src/state'],
    ['src/state/wrong.ts', "import { buildLayers } from '../map/layers/build-layers';", 'src/map'],
    ['src/features/legend/wrong.ts', "import { App } from '../../app/App';", 'src/app'],
    ['src/data/build/basemap/wrong.ts', "import type { X } from '../../../features/charts/chart-data';", 'src/features'],
  ];
  it.each(against)('%s: %s fails lint', async (file, line, target) => {
    const errors = await boundaryErrors(`${line}\nexport const x = 1;\n`, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`must not import from ${target}`);
  }, 30_000);

  const along: [string, string][] = [
    ['src/app/ok.ts', "import { useAppStore } from '../state/store';"],
    ['src/features/legend/ok.ts', "import { buildLayers } from '../../map/layers/build-layers';"],
    ['src/map/layers/ok.ts', "import { buildMapTables } from '../../data/tables';"],
    ['src/state/ok.ts', "import { combineDatasets } from '../data/combine-datasets';"],
    ['src/data/build/basemap/ok.ts', "import type { PlaceLabel } from '../../../domain/place-label';"],
    ['src/data/build/ok.ts', "import { buildBasemap } from './basemap';"],
  ];
  it.each(along)('%s: %s passes', async (file, line) => {
    expect(await boundaryErrors(`${line}\nexport const x = 1;\n`, file)).toEqual([]);
  }, 30_000);
});
