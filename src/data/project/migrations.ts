/**
 * Upgrades older project files to the latest format before anything else reads them, so restore
 * and validation only ever deal with one shape. Each entry of `migrations` turns a project of the
 * version before into its own version: when format 2 comes, add `2: (v1) => v2` and bump
 * LATEST_PROJECT_VERSION; files of every older version then open through the chain.
 */

export const LATEST_PROJECT_VERSION = 2;

/**
 * The first version that can hold areas (optional `areas` in a dataset). Files are written in the
 * lowest version that holds their content (serializeProject): a workspace without areas is still
 * written as version 1, byte for byte as before, and older RouteShift opens it; one with areas is
 * version 2, which an older RouteShift refuses ("saved by a newer version") instead of opening the
 * file and silently dropping the areas (its schema strips fields it does not know).
 */
export const AREAS_PROJECT_VERSION = 2;

/** A parsed project object whose `version` is known to be a supported integer. */
export type RawProject = Record<string, unknown> & { version: number };

export interface MigrationStep {
  /** What the user should know about the upgrade (shown as a note when the file opens); '' for nothing. */
  note: string;
  up: (previous: RawProject) => RawProject;
}

/**
 * Keyed by the version each step produces. Version 1 is the first format, so it has no step: a v1
 * file needs no step to be itself. Kept as a table (not a switch) so a missing step is easy to spot.
 */
export const migrations: Readonly<Record<number, MigrationStep>> = {
  // Version 2 only adds optional areas: a version 1 file is a valid version 2 file as it is.
  2: { note: '', up: (v1) => v1 },
};

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
    if (step.note) notes.push(step.note);
  }
  return { project, notes };
}
