/**
 * A FlowmapBlue flow is drawn as a straight line between its two places: the detail panel must not
 * derive a length, countries or corridor geometry from that line, must say why, and must show a
 * total given without dates (it lives in the segment's notes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildImportedDataset } from '../../src/data/import/assemble';
import { importDrop, type DroppedFile } from '../../src/data/import/import-drop';
import { validateDataset } from '../../src/data/validate-dataset';
import type { CountryFeatures } from '../../src/domain/geometry-analytics';
import type { Dataset } from '../../src/domain/types';
import { entityDetails } from '../../src/features/details/entity-details';
import { straightLineCaveat } from '../../src/features/details/segment-details';
import { resolveEntity } from '../../src/state/selectors';

const countries = JSON.parse(readFileSync('public/basemap/countries.json', 'utf8')) as CountryFeatures;

function dropped(name: string): DroppedFile {
  const bytes = new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
  return { name, head: () => Promise.resolve(bytes.subarray(0, 4096)), bytes: () => Promise.resolve(bytes) };
}

async function flowsDataset(flowsFile: string): Promise<Dataset> {
  const parsed = await importDrop([dropped('flowmap-locations.csv'), dropped(flowsFile)], { pointKind: 'hub' }, () => () => undefined);
  const result = validateDataset(buildImportedDataset(parsed, { name: 'Flows', loadedAt: '2025-07-01T00:00:00Z' }));
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.dataset;
}

const PATH_ROWS = /^(Length as drawn|Countries along|Corridor .* (passes through|as drawn))/;

describe('details of a straight-line flow', () => {
  it('gives the month’s figure and the caveat, and no length, countries or corridor geometry', async () => {
    const dataset = await flowsDataset('flowmap-flows.csv');
    const segments = dataset.segments;
    expect(segments.length).toBeGreaterThan(0);
    for (const segment of segments) {
      // The flag survives the dataset schema (the project file and IndexedDB keep what it keeps).
      expect(segment.straightLine).toBe(true);
      const details = entityDetails(dataset, resolveEntity(dataset, { kind: 'segment', id: segment.id })!, segment.active.from, countries);
      expect(details.rows.map((r) => r.label).filter((label) => PATH_ROWS.test(label))).toEqual([]);
      expect(details.caveats).toContain(straightLineCaveat());
      // Its own figure for its first month, from the flows sheet.
      expect(details.keyLabel).toMatch(/→/);
      expect(details.rows.some((r) => r.label === details.keyLabel && /\d/.test(r.value))).toBe(true);
    }
  });

  it('shows a total given without dates as a total, in its notes', async () => {
    const dataset = await flowsDataset('flowmap-flows-total.csv');
    const segment = dataset.segments[0]!;
    const details = entityDetails(dataset, resolveEntity(dataset, { kind: 'segment', id: segment.id })!, '2015-10', countries);
    expect(details.notes).toContain('total, no dates given');
    expect(details.caveats).toContain(straightLineCaveat());
  });

  it('keeps deriving length and countries for a segment drawn along its path', async () => {
    const dataset = await flowsDataset('flowmap-flows.csv');
    const along = { ...dataset, segments: dataset.segments.map((s) => ({ ...s, straightLine: undefined })) } as Dataset;
    const segment = along.segments[0]!;
    const details = entityDetails(along, resolveEntity(along, { kind: 'segment', id: segment.id })!, segment.active.from, countries);
    expect(details.rows.map((r) => r.label)).toContain('Length as drawn');
    expect(details.caveats).not.toContain(straightLineCaveat());
  });
});
