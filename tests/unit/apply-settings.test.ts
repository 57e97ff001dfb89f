/**
 * One way in for saved settings: a link, a storyboard view and a restored workspace all go through
 * applySettings, so an out-of-range month is clamped, an unknown layer refused and a missing
 * selection dropped the same way, and each path says so.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { applyWorkspace } from '../../src/features/import/workspace-actions';
import { createAppStore, type AppStore } from '../../src/state/store';
import { applyLink } from '../../src/state/url-state';
import { applySettings } from '../../src/state/apply-settings';
import { DEFAULT_LAYERS, LAYER_IDS, type LayerVisibility } from '../../src/domain/layers';
import type { StoryView } from '../../src/domain/storyboard';
import type { Workspace } from '../../src/domain/workspace';
import { demoDataset } from '../fixtures/demo-fixture';

let store: AppStore;
const s = () => store.getState();
const warnings = () => s().notices.filter((n) => n.level === 'warning').map((n) => n.message);

beforeEach(() => {
  store = createAppStore();
  s().setDataset(demoDataset());
  s().setMonth('2015-09');
});

function view(patch: Partial<StoryView>): StoryView {
  return {
    id: 'v1',
    title: 'A view',
    caption: '',
    notes: '',
    camera: { lon: 18, lat: 41, zoom: 4 },
    month: '2015-09',
    windowMode: 'month',
    windowStart: '2015-09',
    trail: false,
    visibleLayers: [...LAYER_IDS],
    filters: {},
    selected: null,
    ...patch,
  };
}

function workspace(settings: Partial<Workspace['settings']>): Workspace {
  return { datasets: [], settings: { month: '2015-09', layers: DEFAULT_LAYERS, theme: 'light', camera: null, demoVisible: true, ...settings } };
}

/** The three sources, each given the same (bad) content its own way. */
const paths: Record<string, (content: { month?: string; layersShown: string[]; selected?: { kind: 'segment'; id: string } }) => string[]> = {
  link: ({ month, layersShown, selected }) =>
    applyLink(s, `?v=3${month ? `&m=${month}` : ''}&layers=${layersShown.join(',')}${selected ? `&sel=${selected.kind}:${selected.id}` : ''}`),
  'storyboard view': ({ month, layersShown, selected }) => {
    s().applyView(view({ ...(month ? { month, windowStart: month } : {}), visibleLayers: layersShown, selected: selected ?? null }));
    return warnings();
  },
  workspace: ({ month, layersShown }) => {
    const layers = Object.fromEntries([...LAYER_IDS.map((id) => [id, false]), ...layersShown.map((id) => [id, true])]) as LayerVisibility;
    applyWorkspace(store, workspace({ ...(month ? { month } : {}), layers }), { moveCamera: false });
    return warnings();
  },
};

describe.each(Object.entries(paths))('saved settings from a %s', (_name, apply) => {
  it('clamps a month after the data to its last month, and says so', () => {
    const problems = apply({ month: '2030-01', layersShown: ['segments'] });
    expect(s().month).toBe('2025-04');
    expect(problems.join(' ')).toMatch(/month 2030-01 is outside the data \(2009-01 to 2025-04\)/);
  });
  it('clamps a month before the data to its first month, and says so', () => {
    const problems = apply({ month: '2001-06', layersShown: ['segments'] });
    expect(s().month).toBe('2009-01');
    expect(problems.join(' ')).toMatch(/month 2001-06 is outside the data/);
  });
  it('refuses an unknown layer and applies the known ones', () => {
    const problems = apply({ month: '2016-02', layersShown: ['segments', 'hubs', 'bogus'] });
    expect(s().month).toBe('2016-02');
    expect(s().layers).toEqual({ ...Object.fromEntries(LAYER_IDS.map((id) => [id, false])), segments: true, hubs: true });
    expect(problems.join(' ')).toMatch(/unknown layer: bogus/);
  });
  it('reports nothing for settings it can use', () => {
    expect(apply({ month: '2016-02', layersShown: ['segments'] })).toEqual([]);
    expect(s().month).toBe('2016-02');
  });
});

describe.each(['link', 'storyboard view'])('a selection from a %s', (name) => {
  it('is refused when the entity is not in the data, and kept when it is', () => {
    const apply = paths[name]!;
    expect(apply({ layersShown: ['segments'], selected: { kind: 'segment', id: 'C1-1' } })).toEqual([]);
    expect(s().selected).toEqual({ kind: 'segment', id: 'C1-1' });
    const problems = apply({ layersShown: ['segments'], selected: { kind: 'segment', id: 'no-such' } });
    expect(s().selected).toBeNull();
    expect(problems.join(' ')).toMatch(/no segment "no-such" in the data/);
  });
});

describe('applySettings', () => {
  it('clamps a window start and a side-by-side month too, and keeps the start before the end', () => {
    const problems = applySettings(s, { month: '2016-03', window: { mode: 'range', start: '2001-01' }, swipeMonth: '2031-01' });
    expect(s()).toMatchObject({ windowMode: 'range', windowStart: '2009-01', month: '2016-03', swipeMonth: '2025-04' });
    expect(problems).toHaveLength(2);
    applySettings(s, { month: '2016-03', window: { mode: 'since', start: '2017-05' } });
    expect(s()).toMatchObject({ windowMode: 'since', windowStart: '2016-03', month: '2016-03' });
  });
  it('leaves alone what the settings do not carry', () => {
    s().setTrail(true);
    s().toggleLayer('hubs');
    applySettings(s, { month: '2017-01' });
    expect(s().trail).toBe(true);
    expect(s().layers.hubs).toBe(false);
  });
});
