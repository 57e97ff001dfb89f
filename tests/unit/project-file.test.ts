import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, migrations, LATEST_PROJECT_VERSION } from '../../src/data/project/migrations';
import { isProjectLike, openProject, restoreProject, serializeProject, type OpenProjectResult } from '../../src/data/project/project-file';
import { stableStringify } from '../../src/data/project/stable-json';
import type { Workspace } from '../../src/domain/workspace';
import { smallWorkspace } from '../fixtures/project/small-workspace';
import { demoDataset } from '../fixtures/demo-fixture';

const FIXTURE = resolve(process.cwd(), 'tests/fixtures/project/v1.routeshift.json');
// The fixture is a v1 file as users have them on disk: if this hash changes, v1 compatibility is
// no longer being tested. Add a new fixture for a new format instead of editing this one.
const FIXTURE_SHA256 = '5a8e6695d36009708b6b81487051b751e5653b274fdfb5052fe61005c6b240d0';
const SAVED_AT = '2026-11-30T08:00:00.000Z';

function fixtureText(): string {
  return readFileSync(FIXTURE, 'utf8');
}

function opened(result: OpenProjectResult): { workspace: Workspace; notes: string[] } {
  if (!result.ok) throw new Error(`expected the project to open: ${result.error.message}`);
  return result;
}

function failed(result: OpenProjectResult) {
  if (result.ok) throw new Error('expected the project not to open');
  return result.error;
}

function demoWorkspace(): Workspace {
  return {
    datasets: [{ id: 'ds-1-1', name: 'Copy of the demo', sourceFiles: ['demo.json'], loadedAt: '2026-11-29T06:00:00.000Z', visible: true, dataset: demoDataset() }],
    settings: { month: '2015-10', layers: { segments: true, crossings: true, hubs: true, safeHouses: false, incidents: true, labels: true, routeFlows: false, areas: true }, theme: 'light', camera: null, demoVisible: true },
  };
}

describe('v1 fixture', () => {
  it('is frozen', () => {
    expect(createHash('sha256').update(readFileSync(FIXTURE)).digest('hex')).toBe(FIXTURE_SHA256);
  });

  it('opens with its datasets, entities and settings', () => {
    const { workspace, notes } = opened(openProject(fixtureText(), 'v1.routeshift.json'));
    expect(notes).toEqual([]);
    expect(workspace.datasets).toHaveLength(2);
    const [notesDs, seaDs] = workspace.datasets;
    expect(notesDs?.dataset.crossings.find((c) => c.id === 'maljevac')?.statusPeriods[1]).toMatchObject({ status: 'closed', eventId: 'fn-ev-1' });
    expect(notesDs?.dataset.flows[0]?.values).toEqual([1200, null, 980.5, 0]);
    expect(notesDs?.dataset.sources[1]?.title).toContain('<script>');
    expect(seaDs?.visible).toBe(false);
    expect(seaDs?.dataset.events[0]?.placeIds).toEqual(['zuwara', 'lampedusa']);
    expect(workspace.settings).toEqual({
      month: '2019-11',
      // Written before the route-level flows existed: they take their default, without a note.
      layers: { segments: true, crossings: true, hubs: false, safeHouses: true, incidents: true, labels: false, routeFlows: true, areas: true },
      theme: 'dark',
      camera: { lon: 16.123, lat: 44.95, zoom: 7.25 },
      demoVisible: false,
    });
  });

  it('saves back to the same bytes, with only the layers added since', () => {
    const text = fixtureText();
    const { workspace } = opened(openProject(text, 'v1.routeshift.json'));
    const raw = JSON.parse(text) as { savedAt: string; workspace: { settings: { layers: Record<string, boolean> } } };
    raw.workspace.settings.layers.routeFlows = true;
    raw.workspace.settings.layers.areas = true;
    expect(serializeProject(workspace, raw.savedAt)).toBe(stableStringify(raw));
    expect(serializeProject(opened(openProject(stableStringify(raw), 'again.routeshift.json')).workspace, raw.savedAt)).toBe(stableStringify(raw));
  });
});

describe('serializeProject', () => {
  it('round-trips the demo dataset losslessly and byte for byte', () => {
    const workspace = demoWorkspace();
    const first = serializeProject(workspace, SAVED_AT);
    const reopened = opened(openProject(first, 'demo.routeshift.json'));
    expect(reopened.workspace).toEqual(workspace);
    expect(serializeProject(reopened.workspace, SAVED_AT)).toBe(first);
  });

  it('round-trips a small hand-made workspace byte for byte', () => {
    const first = serializeProject(smallWorkspace(), SAVED_AT);
    const reopened = opened(openProject(first, 'small.routeshift.json'));
    expect(reopened.workspace).toEqual(smallWorkspace());
    expect(serializeProject(reopened.workspace, SAVED_AT)).toBe(first);
  });

  it('does not depend on the order keys were set in, and writes only the contract fields', () => {
    const ws = smallWorkspace();
    const s = ws.settings;
    const reordered = {
      settings: { demoVisible: s.demoVisible, camera: s.camera, theme: s.theme, layers: s.layers, month: s.month },
      datasets: ws.datasets.map((d) => ({ ...d, extra: 'runtime only' })),
    } as Workspace;
    expect(serializeProject(reordered, SAVED_AT)).toBe(serializeProject(ws, SAVED_AT));
  });

  it('writes the envelope with sorted keys, 2-space indent and a final newline', () => {
    const text = serializeProject({ datasets: [], settings: smallWorkspace().settings }, SAVED_AT);
    expect(text.startsWith('{\n  "app": "RouteShift",\n  "format": "routeshift-project",\n  "savedAt": "2026-11-30T08:00:00.000Z",\n  "version": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(stableStringify({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{\n  "a": {\n    "d": [\n      2,\n      {\n        "e": 0,\n        "f": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
  });
});

describe('openProject errors', () => {
  it('not JSON', () => {
    const error = failed(openProject('{"format": "routeshift-project",', 'broken.routeshift.json'));
    expect(error.kind).toBe('not-json');
    expect(error.file).toBe('broken.routeshift.json');
    expect(error.message).toContain('broken.routeshift.json');
  });

  it('JSON but not a project', () => {
    const geojson = failed(openProject('{"type": "FeatureCollection", "features": []}', 'routes.geojson'));
    expect(geojson.kind).toBe('not-a-project');
    expect(geojson.message).toContain('routes.geojson');
    expect(failed(openProject('[1, 2]', 'list.json')).kind).toBe('not-a-project');
    const dataset = failed(openProject(JSON.stringify(demoDataset()), 'demo.json'));
    expect(dataset.kind).toBe('not-a-project');
    expect(dataset.message).toMatch(/is a RouteShift dataset file, not a project file/);
  });

  it('a newer version asks to update RouteShift', () => {
    const text = fixtureText().replace('"version": 1,', '"version": 99,');
    const error = failed(openProject(text, 'future.routeshift.json'));
    expect(error.kind).toBe('newer-version');
    expect(error.message).toContain('future.routeshift.json');
    expect(error.message).toContain('version 99');
    expect(error.message).toMatch(/Update RouteShift/);
  });

  it('a version that is not a whole number is invalid', () => {
    const error = failed(restoreProject({ format: 'routeshift-project', version: '1', workspace: {} }, 'odd.json'));
    expect(error.kind).toBe('invalid');
    expect(error.issues?.[0]?.path).toBe('version');
  });

  it('an invalid dataset names the path of the problem', () => {
    const raw = JSON.parse(fixtureText());
    raw.workspace.datasets[0].dataset.segments[1].active.from = '2019-13';
    const error = failed(restoreProject(raw, 'bad.routeshift.json'));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('bad.routeshift.json');
    expect(error.message).toContain("workspace.datasets[0].dataset.segments[1].active.from: Expected a month 'YYYY-MM'");
    expect(error.issues).toEqual([{ path: 'workspace.datasets[0].dataset.segments[1].active.from', message: "Expected a month 'YYYY-MM'" }]);
  });

  it('broken references inside a dataset and duplicate or reserved ids are invalid', () => {
    const raw = JSON.parse(fixtureText());
    raw.workspace.datasets[1].dataset.segments[0].corridorId = 'nowhere';
    raw.workspace.datasets[1].id = raw.workspace.datasets[0].id;
    const error = failed(restoreProject(raw, 'refs.json'));
    const paths = error.issues?.map((i) => i.path);
    expect(paths).toContain('workspace.datasets[1].dataset.segments[0].corridorId');
    expect(paths).toContain('workspace.datasets[1].id');

    raw.workspace.datasets = [{ ...raw.workspace.datasets[0], id: 'demo' }];
    expect(failed(restoreProject(raw, 'demo-id.json')).issues?.[0]?.path).toBe('workspace.datasets[0].id');
  });

  it('lists the first three problems and counts the rest', () => {
    const raw = JSON.parse(fixtureText());
    raw.workspace.settings.theme = 'sepia';
    raw.workspace.settings.camera = { lon: 500, lat: 0, zoom: 3 };
    raw.workspace.settings.demoVisible = 'yes';
    raw.workspace.settings.layers.hubs = 1;
    const error = failed(restoreProject(raw, 'settings.json'));
    expect(error.issues).toHaveLength(4);
    expect(error.message).toContain('workspace.settings.theme');
    expect(error.message).toContain('(and 1 more)');
  });
});

describe('restore', () => {
  it('fills missing optional settings and drops unknown layers, with notes', () => {
    const raw = JSON.parse(fixtureText());
    const settings = raw.workspace.settings;
    delete settings.camera;
    delete settings.theme;
    delete settings.demoVisible;
    delete settings.layers.labels;
    settings.layers.heatmap = true;
    const { workspace, notes } = opened(restoreProject(raw, 'old.json'));
    expect(workspace.settings.camera).toBeNull();
    expect(workspace.settings.theme).toBe('light');
    expect(workspace.settings.demoVisible).toBe(true);
    expect(workspace.settings.layers).toEqual({ segments: true, crossings: true, hubs: false, safeHouses: true, incidents: true, labels: true, routeFlows: true, areas: true });
    expect(notes.join(' ')).toContain('heatmap');
    expect(notes.join(' ')).toMatch(/defaults.*theme/);
  });

  it('fills missing settings and dataset bookkeeping', () => {
    const raw = JSON.parse(fixtureText());
    delete raw.workspace.settings;
    const ds = raw.workspace.datasets[0];
    delete ds.visible;
    delete ds.sourceFiles;
    delete ds.name;
    delete ds.loadedAt;
    const { workspace } = opened(restoreProject(raw, 'sparse.json'));
    expect(workspace.settings.month).toBe('2015-09');
    expect(workspace.datasets[0]).toMatchObject({ visible: true, sourceFiles: [], name: 'Field notes: Bosnia route 2019', loadedAt: raw.savedAt });
  });

  it('does not change its input', () => {
    const raw = JSON.parse(fixtureText());
    delete raw.workspace.settings.camera;
    const before = JSON.stringify(raw);
    restoreProject(raw, 'x.json');
    expect(JSON.stringify(raw)).toBe(before);
  });
});

describe('migrations', () => {
  it('v1 becomes v2 (optional areas) as it is, without a note', () => {
    expect(LATEST_PROJECT_VERSION).toBe(2);
    expect(Object.keys(migrations)).toEqual(['2']);
    const raw = { format: 'routeshift-project', version: 1, workspace: {} };
    expect(migrate(raw)).toEqual({ project: { ...raw, version: 2 }, notes: [] });
    const v2 = { ...raw, version: 2 };
    expect(migrate(v2)).toEqual({ project: v2, notes: [] });
  });

  it('recognises project-like JSON for import sniffing', () => {
    expect(isProjectLike(JSON.parse(fixtureText()))).toBe(true);
    expect(isProjectLike({ format: 'routeshift-dataset' })).toBe(false);
    expect(isProjectLike(null)).toBe(false);
  });
});
