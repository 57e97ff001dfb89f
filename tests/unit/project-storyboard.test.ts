// idb checks its classes against globals, which Node lacks (as in persistence-workspace-db.test.ts).
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, serializeProject, type OpenProjectResult } from '../../src/data/project/project-file';
import { stableStringify } from '../../src/data/project/stable-json';
import { applyWorkspace, currentWorkspace } from '../../src/features/import/workspace-actions';
import { createAppStore } from '../../src/state/store';
import type { Workspace } from '../../src/domain/workspace';
import { storyboardWorkspace } from '../fixtures/project/storyboard-workspace';
import { smallWorkspace } from '../fixtures/project/small-workspace';
import { demoDataset } from '../fixtures/demo-fixture';

const FIXTURE = resolve(process.cwd(), 'tests/fixtures/project/v1-storyboard.routeshift.json');
// Frozen like v1.routeshift.json: a file with a storyboard as users will have it on disk.
const FIXTURE_SHA256 = '9adddea2139f0e6f4c1352cdabc55b7af55167b4f53c7cedd998a8588b15f73a';
const SAVED_AT = '2026-11-29T09:00:00.000Z';

function opened(result: OpenProjectResult): Workspace {
  if (!result.ok) throw new Error(`expected the project to open: ${result.error.message}`);
  return result.workspace;
}

describe('project file with a storyboard', () => {
  it('has a frozen fixture', () => {
    expect(createHash('sha256').update(readFileSync(FIXTURE)).digest('hex')).toBe(FIXTURE_SHA256);
  });

  it('opens with the storyboard and marking, and saves back to the same bytes apart from the layers added since', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const workspace = opened(openProject(text, 'v1-storyboard.routeshift.json'));
    expect(workspace.settings.storyboard?.map((v) => v.title)).toEqual(['The Balkan route at its peak', 'After the EU–Turkey statement', 'Central Mediterranean <b>2017</b>']);
    expect(workspace.settings.storyboard?.[1]).toMatchObject({ windowMode: 'range', windowStart: '2016-03', trail: true, selected: { kind: 'crossing', id: 'idomeni-gevgelija' } });
    expect(workspace.settings.marking).toBe('OFFICIAL — for briefing use only');
    // Written before the route-level flows: the map and every view show them (their default).
    expect(workspace.settings.storyboard?.every((v) => v.visibleLayers.slice(-2).join() === 'routeFlows,areas')).toBe(true);
    expect(workspace).toEqual(storyboardWorkspace());
    const raw = JSON.parse(text) as { workspace: { settings: { layers: Record<string, boolean>; storyboard: { visibleLayers: string[] }[] } } };
    raw.workspace.settings.layers.routeFlows = true;
    raw.workspace.settings.layers.areas = true;
    for (const view of raw.workspace.settings.storyboard) view.visibleLayers.push('routeFlows', 'areas');
    expect(serializeProject(workspace, SAVED_AT)).toBe(stableStringify(raw));
  });

  it('keeps a view without the route-level flows hidden once the file knows the layer', () => {
    const raw = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { workspace: { settings: { layers: Record<string, boolean> } } };
    raw.workspace.settings.layers.routeFlows = false;
    const workspace = opened(openProject(JSON.stringify(raw), 'newer.routeshift.json'));
    expect(workspace.settings.layers.routeFlows).toBe(false);
    // The areas came later still: the file could not name them, so they are shown.
    expect(workspace.settings.storyboard?.[0]?.visibleLayers).toEqual(['segments', 'crossings', 'hubs', 'labels', 'areas']);
  });

  it('omits an empty storyboard and marking, so older files keep their bytes', () => {
    const ws = smallWorkspace();
    const plain = serializeProject(ws, SAVED_AT);
    const withEmpty = serializeProject({ ...ws, settings: { ...ws.settings, storyboard: [], marking: '' } }, SAVED_AT);
    expect(withEmpty).toBe(plain);
    expect(plain).not.toContain('storyboard');
  });

  it('refuses a bad view with the path of the problem', () => {
    const raw = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { workspace: { settings: { storyboard: Record<string, unknown>[] } } };
    raw.workspace.settings.storyboard[1]!.month = 'June 2016';
    delete raw.workspace.settings.storyboard[2]!.camera;
    const result = openProject(JSON.stringify(raw), 'bad.routeshift.json');
    if (result.ok) throw new Error('expected the project not to open');
    const paths = result.error.issues?.map((i) => i.path) ?? [];
    expect(paths).toContain('workspace.settings.storyboard[1].month');
    expect(paths).toContain('workspace.settings.storyboard[2].camera');
    expect(result.error.message).toContain('workspace.settings.storyboard[1].month');
  });

  it('goes into the store and back out of it unchanged', () => {
    const store = createAppStore();
    store.getState().setDataset(demoDataset());
    applyWorkspace(store, storyboardWorkspace(), { moveCamera: false });
    expect(store.getState().storyboard).toHaveLength(3);
    expect(store.getState().marking).toBe('OFFICIAL — for briefing use only');
    const back = currentWorkspace(store);
    expect(back.settings.storyboard).toEqual(storyboardWorkspace().settings.storyboard);
    expect(back.settings.marking).toBe(storyboardWorkspace().settings.marking);
  });
});

describe('storyboard in the browser workspace (IndexedDB)', () => {
  it('is saved with the settings and comes back after a reload', async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    const { openWorkspaceDb, saveSettings, loadWorkspace } = await import('../../src/data/persistence/workspace-db');
    const factory = new IDBFactory();
    const db = await openWorkspaceDb(factory);
    await saveSettings(db, storyboardWorkspace().settings);
    db.close();
    const reopened = await openWorkspaceDb(factory);
    const stored = await loadWorkspace(reopened);
    reopened.close();
    expect(stored?.settings.storyboard).toEqual(storyboardWorkspace().settings.storyboard);
    expect(stored?.settings.marking).toBe('OFFICIAL — for briefing use only');
  });
});
