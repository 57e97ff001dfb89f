/**
 * The report checks every import fuzz test makes: never an internal error, every problem names the
 * file (and a row from 1), counts add up, and what is kept makes a valid dataset.
 */
import { expect } from 'vitest';
import { buildImportedDataset, MADE_BY_IMPORT } from '../src/data/import/assemble';
import { entityCount } from '../src/data/import/loaded-dataset';
import type { ParsedFile } from '../src/data/import/types';
import { validateDataset } from '../src/data/validate-dataset';

/** Entities read from rows or features (not the places and corridors the import makes), incidents kept as columns included. */
export function countedEntities(parsed: ParsedFile): number {
  // Places the import made (line ends, safe houses' towns) are not entities read from the file.
  const made = parsed.entities.hubs.filter((h) => h.notes?.startsWith(MADE_BY_IMPORT)).length;
  return entityCount(parsed) - made;
}

export function check(parsed: ParsedFile, name: string): void {
  const { report } = parsed;
  expect(report.file).toBe(name);
  for (const note of report.notes ?? []) expect(note).toMatchObject({ file: name, row: null, field: null, reason: expect.stringMatching(/^(read as |\d+ comment lines? \(starting with #\) above the header skipped$)/) });
  for (const problem of [...report.fileErrors, ...report.rejected, ...report.repaired]) {
    expect(problem.file).toBe(name);
    expect(problem.reason.trim().length).toBeGreaterThan(0);
    if (problem.row !== null) expect(problem.row).toBeGreaterThanOrEqual(1);
  }
  for (const repaired of report.repaired) expect(repaired.repair.trim().length).toBeGreaterThan(0);
  for (const rejected of report.rejected) expect(typeof rejected.raw).toBe('string');
  expect(report.fileErrors.some((e) => e.reason.includes('internal error')), JSON.stringify(report.fileErrors)).toBe(false);
  expect(report.accepted + report.repaired.length).toBe(countedEntities(parsed));
  if (report.needsMapping || parsed.project !== undefined) expect(countedEntities(parsed)).toBe(0);
  if (countedEntities(parsed) > 0) {
    const result = validateDataset(buildImportedDataset([parsed], { name: 'fuzz', loadedAt: '2025-07-01T00:00:00Z' }));
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
  }
}
