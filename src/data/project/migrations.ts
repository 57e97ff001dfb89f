/**
 * Upgrades older project files to the latest format before anything else reads them, so restore
 * and validation only ever deal with one shape. Each entry of `migrations` turns a project of the
 * version before into its own version: when format 2 comes, add `2: (v1) => v2` and bump
 * LATEST_PROJECT_VERSION; files of every older version then open through the chain.
 */

export const LATEST_PROJECT_VERSION = 1;

/** A parsed project object whose `version` is known to be a supported integer. */
export type RawProject = Record<string, unknown> & { version: number };

export interface MigrationStep {
  /** What the user should know about the upgrade (shown as a note when the file opens). */
  note: string;
  up: (previous: RawProject) => RawProject;
}

/**
 * Keyed by the version each step produces. Version 1 is the first format, so it has no step: a v1
 * file is already the latest. Kept as a table (not a switch) so a missing step is easy to spot.
 */
export const migrations: Readonly<Record<number, MigrationStep>> = {};

export interface MigrationResult {
  project: RawProject;
  notes: string[];
}

/** Brings `raw` (version ≤ latest) up to LATEST_PROJECT_VERSION. Never throws for a known version. */
export function migrate(raw: RawProject): MigrationResult {
  let project = raw;
  const notes: string[] = [];
  for (let target = raw.version + 1; target <= LATEST_PROJECT_VERSION; target++) {
    const step = migrations[target];
    // A gap in the table is a programming error; keeping the file as it is lets validation report
    // what does not fit instead of losing the user's work to an exception.
    if (!step) break;
    project = { ...step.up(project), version: target };
    notes.push(step.note);
  }
  return { project, notes };
}
