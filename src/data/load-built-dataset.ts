/**
 * Loads a dataset the app's own build made (the embedded demo). scripts/build-data.ts refuses to
 * write a file that fails the schema and the tests check the committed one, so start-up checks only
 * its shape: the full schema (zod) would cost the first frame ~30 KB of code and a worker, for a
 * file that cannot differ from what was checked. Users' imported files are checked row by row in the
 * import worker; project files go through the full project schema.
 */
import type { Dataset } from '../domain/types';
import { DatasetLoadError } from './load-dataset-error';
import { t } from '../domain/i18n';

const LISTS = ['sources', 'corridors', 'segments', 'crossings', 'hubs', 'safeHouses', 'events', 'flows', 'incidents', 'prices'] as const;

/** The first way `json` is not shaped like a format-1 dataset, or null. */
export function datasetShapeProblem(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return 'it is not a JSON object';
  const d = json as Record<string, unknown>;
  if (d.format !== 'routeshift-dataset') return `"format" is ${JSON.stringify(d.format)}, not "routeshift-dataset"`;
  if (d.version !== 1) return `"version" is ${JSON.stringify(d.version)}, not 1`;
  const months = d.months as { from?: unknown; to?: unknown } | undefined;
  if (typeof months?.from !== 'string' || typeof months.to !== 'string') return '"months" has no from/to';
  for (const key of LISTS) if (!Array.isArray(d[key])) return `"${key}" is not a list`;
  return null;
}

export async function loadBuiltDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  const file = url.split('/').pop() ?? url;
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new DatasetLoadError(t('screenText.demoUnreadable', { file, reason: (error as Error).message }), file);
  }
  if (!response.ok) throw new DatasetLoadError(t('screenText.demoUnreadable', { file, reason: `HTTP ${response.status}` }), file);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetLoadError(t('screenText.demoNotJson', { file }), file);
  }
  const problem = datasetShapeProblem(json);
  if (problem) throw new DatasetLoadError(t('screenText.demoNotDataset', { file, problem }), file);
  return json as Dataset;
}
