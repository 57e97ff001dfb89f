// idb checks its classes against globals, which Node lacks (as in persistence-workspace-db.test.ts).
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, serializeProject, type OpenProjectResult } from '../../src/data/project/project-file';
import { loadWorkspace, openWorkspaceDb, putDataset } from '../../src/data/persistence/workspace-db';
import type { Workspace } from '../../src/domain/workspace';
import { areasWorkspace } from '../fixtures/project/areas-workspace';
import { smallWorkspace } from '../fixtures/project/small-workspace';

const FIXTURE = resolve(process.cwd(), 'tests/fixtures/project/v2-areas.routeshift.json');
// Frozen: the first file with areas as users will have it on disk. Add a new fixture for a new format.
const FIXTURE_SHA256 = 'd575286af06f9013c1c6ac20bede17ad8142682d2e8a07283d06fb0df0d48264';
const SAVED_AT = '2026-12-05T08:00:00.000Z';

function opened(result: OpenProjectResult): Workspace {
  if (!result.ok) throw new Error(`expected the project to open: ${result.error.message}`);
  return result.workspace;
}

describe('project file with areas (version 2)', () => {
  it('has a frozen fixture', () => {
    expect(createHash('sha256').update(readFileSync(FIXTURE)).digest('hex')).toBe(FIXTURE_SHA256);
  });

  it('opens with its areas, hidden areas layer and a view selecting an area, and saves back to the same bytes', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const result = openProject(text, 'v2-areas.routeshift.json');
    const workspace = opened(result);
    expect(result.ok && result.notes).toEqual([]);
    expect(workspace).toEqual(areasWorkspace());
    const [zone, district] = workspace.datasets[0]!.dataset.areas!;
    expect(zone!.polygons[0]).toHaveLength(2);
    expect(district!.active).toBeUndefined();
    expect(workspace.settings.layers.areas).toBe(false);
    expect(workspace.settings.storyboard?.[0]?.selected).toEqual({ kind: 'area', id: 'roszke-zone' });
    expect(serializeProject(workspace, SAVED_AT)).toBe(text);
  });

  it('is written as version 2 only when a dataset has areas, so files without stay version 1 as they were', () => {
    expect(serializeProject(areasWorkspace(), SAVED_AT)).toContain('\n  "version": 2,\n');
    const plain = serializeProject(smallWorkspace(), SAVED_AT);
    expect(plain).toContain('\n  "version": 1,\n');
    expect(plain).not.toContain('"areas": [');
    // An empty list of areas (every imported dataset has one) is no areas.
    const withEmpty = smallWorkspace();
    withEmpty.datasets = withEmpty.datasets.map((d) => ({ ...d, dataset: { ...d.dataset, areas: [] } }));
    expect(serializeProject(withEmpty, SAVED_AT)).toBe(plain);
  });

  it('refuses a file from a later version, and reports a broken ring with its path', () => {
    const future = readFileSync(FIXTURE, 'utf8').replace('\n  "version": 2,\n', '\n  "version": 3,\n');
    const refused = openProject(future, 'future.routeshift.json');
    expect(refused.ok ? null : refused.error.kind).toBe('newer-version');
    const raw = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    raw.workspace.datasets[0].dataset.areas[0].polygons[0][0].pop();
    const broken = openProject(JSON.stringify(raw), 'broken.routeshift.json');
    expect(broken.ok ? [] : broken.error.issues).toEqual([
      { path: 'workspace.datasets[0].dataset.areas[0].polygons[0][0]', message: 'A ring must be closed (its last position equal to its first)' },
    ]);
  });

  it('a dataset with areas is stored in IndexedDB and comes back the same', async () => {
    const loaded = areasWorkspace().datasets[0]!;
    const db = await openWorkspaceDb();
    await putDataset(db, loaded);
    const back = (await loadWorkspace(db))?.datasets.find((d) => d.id === loaded.id);
    db.close();
    expect(back?.dataset.areas).toEqual(loaded.dataset.areas);
  });
});
