import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/state/store';
import { moveInList } from '../../src/state/slices/storyboard-slice';
import { listedLayers, visibleLayerIds } from '../../src/domain/layers';
import { readLayerVisibility } from '../../src/state/apply-settings';
import { demoDataset } from '../fixtures/demo-fixture';

let store: AppStore;
const s = () => store.getState();

/** Puts the live state somewhere recognisable, then captures it. */
function captureAt(month: string, lon: number, title?: string) {
  s().setMonth(month);
  s().setCamera({ lon, lat: 40, zoom: 5 });
  return s().captureView(title ? { title } : undefined);
}

beforeEach(() => {
  store = createAppStore();
  s().setDataset(demoDataset());
});

describe('capturing a view', () => {
  it('records the camera, time window, layers, filters and selection of the live state', () => {
    s().setMonth('2015-10');
    s().setWindowRange('2015-07', '2015-10');
    s().setWindowMode('range');
    s().toggleTrail();
    s().toggleLayer('incidents');
    s().setFilters({ modes: ['boat'] });
    s().select({ kind: 'hub', id: 'H1' });
    s().setCamera({ lon: 20.5, lat: 41.25, zoom: 6 });
    const view = s().captureView({ caption: 'Peak month' });
    expect(view).toMatchObject({
      title: 'October 2015',
      caption: 'Peak month',
      notes: '',
      camera: { lon: 20.5, lat: 41.25, zoom: 6 },
      month: '2015-10',
      windowMode: 'range',
      windowStart: '2015-07',
      trail: true,
      filters: { modes: ['boat'] },
      selected: { kind: 'hub', id: 'H1' },
    });
    expect(view.visibleLayers).not.toContain('incidents');
    expect(view.visibleLayers).toContain('segments');
    expect(s().storyboard).toEqual([view]);
  });
  it('gives every view its own id', () => {
    const a = captureAt('2015-01', 10);
    const b = captureAt('2015-01', 10);
    expect(a.id).not.toBe(b.id);
  });
});

describe('editing the list', () => {
  it('reorders, duplicates right after the original and updates texts', () => {
    const [a, b, c] = [captureAt('2015-01', 1, 'A'), captureAt('2015-02', 2, 'B'), captureAt('2015-03', 3, 'C')];
    s().moveView(c.id, 0);
    expect(s().storyboard.map((v) => v.title)).toEqual(['C', 'A', 'B']);
    s().moveView(c.id, 99);
    expect(s().storyboard.map((v) => v.title)).toEqual(['A', 'B', 'C']);
    const copy = s().duplicateView(a.id);
    expect(copy?.id).not.toBe(a.id);
    expect(s().storyboard.map((v) => v.title)).toEqual(['A', 'A (copy)', 'B', 'C']);
    s().updateView(b.id, { caption: 'New caption', id: 'ignored' } as never);
    expect(s().storyboard.find((v) => v.id === b.id)?.caption).toBe('New caption');
    expect(s().duplicateView('nope')).toBeNull();
  });
  it('deletes and puts the view back at the same place on undo', () => {
    const [, b] = [captureAt('2015-01', 1, 'A'), captureAt('2015-02', 2, 'B'), captureAt('2015-03', 3, 'C')];
    const removed = s().deleteView(b.id);
    expect(removed?.index).toBe(1);
    expect(s().storyboard.map((v) => v.title)).toEqual(['A', 'C']);
    s().restoreView(removed!.view, removed!.index);
    expect(s().storyboard.map((v) => v.title)).toEqual(['A', 'B', 'C']);
    expect(s().deleteView('nope')).toBeNull();
  });
  it('moves items in a plain list and keeps out-of-range moves inside it', () => {
    expect(moveInList([1, 2, 3], 2, -5)).toEqual([3, 1, 2]);
    expect(moveInList([1, 2, 3], 7, 0)).toEqual([1, 2, 3]);
    const read = readLayerVisibility(listedLayers(['hubs', 'labels', 'bogus']));
    expect(visibleLayerIds(read.layers)).toEqual(['hubs', 'labels']);
    expect(read.unknown).toEqual(['bogus']);
  });
});

describe('applying a view', () => {
  it('leaves the state equal to the view and asks the map to fly there', () => {
    s().setMonth('2016-03');
    s().setWindowMode('since');
    s().toggleLayer('labels');
    s().setFilters({ corridors: ['C1'] });
    s().select({ kind: 'segment', id: 'C1-1' });
    s().setCamera({ lon: 30, lat: 35, zoom: 7 });
    const view = s().captureView();
    store = createAppStore();
    s().setDataset(demoDataset());
    s().setCamera({ lon: 0, lat: 0, zoom: 2 });
    s().applyView(view, { animate: true });
    // What the map reports once it has arrived.
    s().setCamera(s().cameraIntent!);
    const again = s().captureView({ title: view.title });
    expect({ ...again, id: view.id }).toEqual(view);
    expect(s().cameraIntent).toEqual({ ...view.camera, fly: true });
  });
  it('jumps (no flight) unless asked to animate, and can leave the time window alone', () => {
    const view = captureAt('2015-05', 12);
    s().setMonth('2017-01');
    s().applyView(view, { keepTime: true });
    expect(s().month).toBe('2017-01');
    expect(s().cameraIntent).toEqual(view.camera);
  });
});

describe('presenting', () => {
  it('steps through the views, clamping at both ends, and applies each one', () => {
    captureAt('2015-01', 1);
    captureAt('2015-06', 2);
    captureAt('2016-01', 3);
    s().setMonth('2018-01');
    s().startPresenting();
    expect(s().presenting).toMatchObject({ index: 0, blanked: false });
    expect(s().month).toBe('2015-01');
    s().presentStep(-1);
    expect(s().presenting?.index).toBe(0);
    s().presentStep(1);
    s().presentStep(1);
    expect(s().presenting?.index).toBe(2);
    expect(s().month).toBe('2016-01');
    expect(s().cameraIntent?.lon).toBe(3);
    s().presentStep(1);
    expect(s().presenting?.index).toBe(2);
    s().presentGoTo(0);
    expect(s().month).toBe('2015-01');
    s().stopPresenting();
    expect(s().presenting).toBeNull();
  });
  it('does not start with an empty storyboard', () => {
    s().startPresenting();
    expect(s().presenting).toBeNull();
  });
  it('blanks and unblanks the screen, and a step shows the next view again', () => {
    captureAt('2015-01', 1);
    captureAt('2015-02', 2);
    s().startPresenting();
    s().toggleBlank();
    expect(s().presenting?.blanked).toBe(true);
    s().toggleBlank();
    expect(s().presenting?.blanked).toBe(false);
    s().toggleBlank();
    s().presentStep(1);
    expect(s().presenting).toMatchObject({ index: 1, blanked: false });
  });
  it('starts with the chosen options and leaves the months to the presenter when playing between views', () => {
    captureAt('2015-01', 1);
    captureAt('2015-09', 2);
    s().setPresenterOptions({ playBetween: true, autoAdvanceSeconds: 8 });
    s().startPresenting();
    expect(s().presenting).toMatchObject({ playBetween: true, autoAdvanceSeconds: 8 });
    s().presentStep(1);
    expect(s().month).toBe('2015-01');
    expect(s().cameraIntent?.lon).toBe(2);
  });
  it('keeps the marking text', () => {
    s().setMarking('OFFICIAL — for briefing use only');
    expect(s().marking).toBe('OFFICIAL — for briefing use only');
  });
});
