/** Loads a dataset file from the app's own origin and validates it before anything uses it. */
import type { Dataset } from '../domain/types';
import { validateDataset } from './validate-dataset';

import { DatasetLoadError } from './load-dataset-error';

export { DatasetLoadError };

export async function loadDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  const file = url.split('/').pop() ?? url;
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new DatasetLoadError(`Could not read ${file}: ${(error as Error).message}`, file);
  }
  if (!response.ok) throw new DatasetLoadError(`Could not read ${file}: HTTP ${response.status}`, file);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetLoadError(`${file} is not valid JSON`, file);
  }
  const result = validateDataset(json);
  if (!result.ok) {
    const first = result.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new DatasetLoadError(`${file} has ${result.issues.length} problem(s): ${first}`, file);
  }
  return result.dataset;
}
