import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetShapeProblem, loadBuiltDataset } from '../../src/data/load-built-dataset';
import { validateDataset } from '../../src/data/validate-dataset';

const demoText = readFileSync(resolve(process.cwd(), 'public/data/demo.json'), 'utf8');
const fetchText = (text: string, status = 200) => (async () => new Response(text, { status })) as unknown as typeof fetch;

describe('loadBuiltDataset (the embedded demo)', () => {
  it('returns the demo exactly as the full schema check would', async () => {
    const loaded = await loadBuiltDataset('http://x/data/demo.json', fetchText(demoText));
    const checked = validateDataset(JSON.parse(demoText));
    expect(checked.ok).toBe(true);
    expect(loaded).toEqual(checked.ok ? checked.dataset : null);
  });

  it('names the file and the first field that is off', async () => {
    const bad = { ...JSON.parse(demoText), segments: 'none' };
    await expect(loadBuiltDataset('http://x/data/demo.json', fetchText(JSON.stringify(bad)))).rejects.toThrow(/demo\.json is not a RouteShift dataset: "segments" is not a list/);
    await expect(loadBuiltDataset('http://x/data/demo.json', fetchText('{'))).rejects.toThrow('demo.json is not valid JSON');
    await expect(loadBuiltDataset('http://x/data/demo.json', fetchText('', 404))).rejects.toThrow('HTTP 404');
    expect(datasetShapeProblem({ format: 'routeshift-dataset', version: 2 })).toMatch(/"version" is 2/);
  });
});
