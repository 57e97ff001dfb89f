/**
 * Project files: the whole workspace (user datasets and settings) in one versioned JSON file.
 * Opening follows guard → migrate → restore → validate: each step either hands a better-shaped value
 * to the next or stops with a typed error in plain language that names the file and, for invalid
 * content, the paths of the first problems (`workspace.datasets[0].dataset.segments[2].active.from`).
 */
import { allIncidents } from '../../domain/dataset-incidents';
import { t } from '../../domain/i18n';
import type { LoadedDataset, Workspace } from '../../domain/workspace';
import { DEMO_DATASET_ID } from '../../domain/workspace';
import { formatPath, integrityIssues } from '../validate-dataset';
import { AREAS_PROJECT_VERSION, LATEST_PROJECT_VERSION, migrate, type RawProject } from './migrations';
import { PROJECT_APP, PROJECT_FORMAT, projectSchema } from './project-schema';
import { restoreWorkspace } from './restore-project';
import { pickSettings } from './pick-settings';
import { stableStringify } from './stable-json';
import { TRANSLATED } from '../zod-messages';

export { pickSettings };

export type ProjectErrorKind = 'not-json' | 'not-a-project' | 'newer-version' | 'invalid';

export interface ProjectIssue {
  path: string;
  message: string;
}

export interface ProjectError {
  kind: ProjectErrorKind;
  /** The file name as the user knows it. */
  file: string;
  /** A sentence for the user: what is wrong and, where there is one, what to do. */
  message: string;
  /** For 'invalid': every problem found, with its path from the top of the file. */
  issues?: ProjectIssue[];
}

export type OpenProjectResult = { ok: true; workspace: Workspace; notes: string[] } | { ok: false; error: ProjectError };

/** How many problems an error message lists; the rest are in `issues`. */
const MESSAGE_ISSUES = 3;

/**
 * The project file text for `workspace`. Deterministic (sorted keys, 2-space indent, final newline)
 * so that saving an opened project again gives the same bytes. Only the contract's fields are
 * written: anything else the live objects carry is not the user's data.
 */
export function serializeProject(workspace: Workspace, savedAt: string): string {
  const datasets = workspace.datasets.map(pickLoadedDataset);
  return stableStringify({
    format: PROJECT_FORMAT,
    // The lowest version that holds the content (see AREAS_PROJECT_VERSION).
    version: datasets.some((d) => d.dataset.areas) ? AREAS_PROJECT_VERSION : 1,
    savedAt,
    app: PROJECT_APP,
    workspace: {
      datasets,
      settings: pickSettings(workspace.settings),
    },
  });
}

/** Opens project file text. Never throws. */
export function openProject(text: string, fileName: string): OpenProjectResult {
  let raw: unknown;
  try {
    // A byte-order mark is legal in files saved by some editors but not in JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('not-json', fileName, t('projectFile.notJson', { file: fileName, reason }));
  }
  return restoreProject(raw, fileName);
}

/** True when parsed JSON says it is a project file (whatever its version): for sniffing imports. */
export function isProjectLike(raw: unknown): boolean {
  return isObject(raw) && raw.format === PROJECT_FORMAT;
}

/** Opens already-parsed JSON (e.g. from the import pipeline). Never throws. */
export function restoreProject(raw: unknown, fileName: string): OpenProjectResult {
  const guarded = guard(raw, fileName);
  if (!guarded.ok) return guarded;
  const { project, notes: migrationNotes } = migrate(guarded.project);
  const restored = restoreWorkspace(project.workspace, project.savedAt);
  const parsed = projectSchema.safeParse({ ...project, workspace: restored.value }, TRANSLATED);
  if (!parsed.success) {
    return invalid(fileName, parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  }
  const workspace: Workspace = parsed.data.workspace;
  const issues = workspaceIssues(workspace);
  if (issues.length) return invalid(fileName, issues);
  return { ok: true, workspace, notes: [...migrationNotes, ...restored.notes] };
}

/** Is it a project at all, and one this version can read? */
function guard(raw: unknown, file: string): { ok: true; project: RawProject } | { ok: false; error: ProjectError } {
  if (!isObject(raw) || raw.format !== PROJECT_FORMAT) {
    const isDataset = isObject(raw) && raw.format === 'routeshift-dataset';
    return fail(
      'not-a-project',
      file,
      isDataset ? t('projectFile.isDatasetFile', { file }) : t('projectFile.notAProject', { file, format: PROJECT_FORMAT }),
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const found = JSON.stringify(version);
    return invalid(file, [{ path: 'version', message: found === undefined ? t('projectFile.versionMissing') : t('projectFile.versionNotWhole', { found }) }]);
  }
  if (version > LATEST_PROJECT_VERSION) {
    return fail(
      'newer-version',
      file,
      t('projectFile.newerVersion', { file, version: String(version), latest: String(LATEST_PROJECT_VERSION) }),
    );
  }
  return { ok: true, project: { ...raw, version } };
}

/** What the schema cannot see: references inside each dataset and ids across the workspace. */
function workspaceIssues(workspace: Workspace): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  const seen = new Map<string, number>();
  workspace.datasets.forEach((loaded, i) => {
    const path = `workspace.datasets[${i}]`;
    if (loaded.id === DEMO_DATASET_ID) {
      issues.push({ path: `${path}.id`, message: t('projectFile.reservedDemoId', { id: DEMO_DATASET_ID }) });
    }
    const first = seen.get(loaded.id);
    if (first !== undefined) issues.push({ path: `${path}.id`, message: t('projectFile.duplicateDatasetId', { id: loaded.id, first: `workspace.datasets[${first}]` }) });
    else seen.set(loaded.id, i);
    for (const issue of integrityIssues(loaded.dataset)) issues.push({ path: `${path}.dataset.${issue.path}`, message: issue.message });
  });
  return issues;
}

function invalid(file: string, issues: ProjectIssue[]): { ok: false; error: ProjectError } {
  const listed = issues.slice(0, MESSAGE_ISSUES).map((issue) => `${issue.path}: ${issue.message}`);
  const more = Math.max(0, issues.length - MESSAGE_ISSUES);
  return fail('invalid', file, t('projectFile.invalid', { file, count: issues.length, problems: listed.join('; '), hasMore: more > 0 ? 'yes' : 'no', more: String(more) }), issues);
}

function fail(kind: ProjectErrorKind, file: string, message: string, issues?: ProjectIssue[]): { ok: false; error: ProjectError } {
  return { ok: false, error: { kind, file, message, ...(issues ? { issues } : {}) } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function pickLoadedDataset(ds: LoadedDataset): LoadedDataset {
  // Columnar incidents are an in-memory form: the file holds them as ordinary incident objects.
  // No areas is no `areas` field: files without them keep the bytes (and version) they had.
  const { incidentParts, areas, ...rest } = ds.dataset;
  const withAreas = areas?.length ? { ...rest, areas } : rest;
  const dataset = incidentParts?.length ? { ...withAreas, incidents: allIncidents(ds.dataset) } : withAreas;
  return { id: ds.id, name: ds.name, sourceFiles: ds.sourceFiles, loadedAt: ds.loadedAt, visible: ds.visible, dataset };
}
