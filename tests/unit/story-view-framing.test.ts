/**
 * A view's framing (bounds) and hidden overlays: captured from the live map, carried to the map's
 * camera intent through applySettings, written to project files only when present (older files keep
 * their bytes; see project-storyboard.test.ts for the frozen fixture), refused with a path when wrong.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openProject, serializeProject } from '../../src/data/project/project-file';
import type { StoryView } from '../../src/domain/storyboard';
import type { Workspace } from '../../src/domain/workspace';
import { createAppStore, type AppStore } from '../../src/state/store';
import { storyboardWorkspace } from '../fixtures/project/storyboard-workspace';
import { demoDataset } from '../fixtures/demo-fixture';

const SAVED_AT = '2026-12-05T09:00:00.000Z';

let store: AppStore;
const s = () => store.getState();

beforeEach(() => {
  store = createAppStore();
  s().setDataset(demoDataset());
});

function withViews(mutate: (views: StoryView[]) => StoryView[]): Workspace {
  const ws = storyboardWorkspace();
  return { ...ws, settings: { ...ws.settings, storyboard: mutate(ws.settings.storyboard ?? []) } };
}

describe('capturing and applying a framed view', () => {
  it('keeps the area the map showed, next to the centre and zoom', () => {
    s().setCamera({ lon: 20, lat: 42, zoom: 5 });
    s().setCameraBounds([11.5, 35.25, 28.5, 48]);
    const view = s().captureView();
    expect(view.bounds).toEqual([11.5, 35.25, 28.5, 48]);
    expect(view.camera).toEqual({ lon: 20, lat: 42, zoom: 5 });
    // A copy: the map reporting a new area later does not change the view.
    s().setCameraBounds([0, 0, 1, 1]);
    expect(s().storyboard[0]?.bounds).toEqual([11.5, 35.25, 28.5, 48]);
  });

  it('captures no bounds before the map has reported any', () => {
    s().setCamera({ lon: 20, lat: 42, zoom: 5 });
    expect('bounds' in s().captureView()).toBe(false);
  });

  it('asks the map to fit the bounds, and a view without them to go to its centre and zoom', () => {
    const [framed, plain] = withViews((views) => [{ ...views[0]!, bounds: [14, 40, 24, 47] }, views[1]!]).settings.storyboard!;
    s().applyView(framed!, { animate: true });
    expect(s().cameraIntent).toEqual({ lon: 19.2, lat: 44.1, zoom: 5.5, bounds: [14, 40, 24, 47], fly: true });
    s().applyView(plain!);
    expect(s().cameraIntent).toEqual({ lon: 25.9, lat: 38.8, zoom: 6.25 });
  });

  it('toggles the overlays while presenting, on every view', () => {
    s().setStoryboard(storyboardWorkspace().settings.storyboard ?? []);
    s().startPresenting(0);
    expect(s().presenting?.overlaysHidden).toBeFalsy();
    s().toggleOverlays();
    expect(s().presenting?.overlaysHidden).toBe(true);
    s().presentStep(1);
    expect(s().presenting?.overlaysHidden).toBe(true);
  });
});

describe('framed views in a project file', () => {
  it('round-trip with their bounds and hidden overlays', () => {
    const ws = withViews((views) => [{ ...views[0]!, bounds: [12.125, 36.5, 24.75, 47.875], hide: { caption: true, legend: true } }, ...views.slice(1)]);
    const text = serializeProject(ws, SAVED_AT);
    const back = openProject(text, 'framed.routeshift.json');
    if (!back.ok) throw new Error(back.error.message);
    expect(back.workspace.settings.storyboard?.[0]?.bounds).toEqual([12.125, 36.5, 24.75, 47.875]);
    expect(back.workspace.settings.storyboard?.[0]?.hide).toEqual({ caption: true, legend: true });
    expect(back.workspace.settings.storyboard?.[1]).not.toHaveProperty('bounds');
    expect(serializeProject(back.workspace, SAVED_AT)).toBe(text);
  });

  it('write nothing for views without bounds or with nothing hidden, so older files keep their bytes', () => {
    const plain = serializeProject(storyboardWorkspace(), SAVED_AT);
    const nothingHidden = serializeProject(withViews((views) => views.map((v) => ({ ...v, hide: {} }))), SAVED_AT);
    expect(nothingHidden).toBe(plain);
    expect(plain).not.toContain('"bounds"');
  });

  it('refuse bounds that are not west < east, south < north, naming the view', () => {
    const text = serializeProject(withViews((views) => [views[0]!, { ...views[1]!, bounds: [24, 40, 14, 47] }, views[2]!]), SAVED_AT);
    const result = openProject(text, 'bad.routeshift.json');
    if (result.ok) throw new Error('expected the project not to open');
    expect(result.error.issues?.map((i) => i.path)).toContain('workspace.settings.storyboard[1].bounds');
  });
});
