/** Loads the committed demo dataset for Node tests of selectors and layer builders. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../src/domain/types';
import { validateDataset } from '../../src/data/validate-dataset';

let cached: Dataset | null = null;

export function demoDataset(): Dataset {
  if (cached) return cached;
  const json: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/demo.json'), 'utf8'));
  const result = validateDataset(json);
  if (!result.ok) throw new Error(`demo.json is invalid: ${JSON.stringify(result.issues.slice(0, 5))}`);
  cached = result.dataset;
  return cached;
}
