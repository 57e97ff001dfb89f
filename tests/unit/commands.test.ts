import { describe, expect, it } from 'vitest';
import { buildCommands, findCommand, keyString } from '../../src/features/commands/registry';
import { createAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

const key = (k: string, shiftKey = false) => keyString({ key: k, shiftKey, ctrlKey: false, metaKey: false, altKey: false });

describe('command registry', () => {
  const commands = buildCommands();
  it('has no key bound twice in one context', () => {
    for (const context of ['normal', 'presenting']) {
      const keys = commands.filter((c) => (c.when ?? 'normal') === context).flatMap((c) => c.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
  it('steps the month by one, by a year, and to the edges', () => {
    const store = createAppStore();
    const demo = demoDataset();
    store.getState().setDataset(demo);
    // The store's fallback bounds are the demo's, so first make sure the demo is what it holds.
    const loaded = store.getState().dataset;
    expect(loaded).not.toBeNull();
    expect(loaded?.months).toEqual(demo.months);
    expect(loaded?.segments.length).toBeGreaterThan(0);
    expect(store.getState().loadState).toBe('ready');
    store.getState().setMonth('2015-08');
    const run = (k: string | null) => findCommand(commands, k)?.run(store.getState());
    run(key('ArrowRight'));
    expect(store.getState().month).toBe('2015-09');
    run(key('ArrowRight', true));
    expect(store.getState().month).toBe('2016-09');
    run(key('ArrowLeft'));
    expect(store.getState().month).toBe('2016-08');
    run(key('Home'));
    expect(store.getState().month).toBe(demo.months.from);
    run(key('ArrowLeft'));
    expect(store.getState().month).toBe(demo.months.from);
    run(key('End'));
    expect(store.getState().month).toBe(demo.months.to);
    run(key(' '));
    expect(store.getState().playing).toBe(true);
    expect(store.getState().month).toBe(demo.months.from); // play from the end restarts
    run(key(']'));
    expect(store.getState().speed).toBe(2);
    run(key('3'));
    expect(store.getState().layers.hubs).toBe(false);
  });
  it("stops at the data's own first and last month, not the fallback's", () => {
    const months = { from: '2014-01', to: '2017-12' };
    const demo = demoDataset();
    // Guard: the case means nothing if these were the bounds used without data.
    expect(months).not.toEqual(demo.months);
    const store = createAppStore();
    store.getState().setDataset({ ...demo, months });
    expect(store.getState().dataset?.months).toEqual(months);
    store.getState().setMonth('2015-08');
    const run = (k: string | null) => findCommand(commands, k)?.run(store.getState());
    run(key('Home'));
    expect(store.getState().month).toBe('2014-01');
    run(key('ArrowLeft'));
    expect(store.getState().month).toBe('2014-01');
    run(key('ArrowLeft', true));
    expect(store.getState().month).toBe('2014-01');
    run(key('End'));
    expect(store.getState().month).toBe('2017-12');
    run(key('ArrowRight'));
    expect(store.getState().month).toBe('2017-12');
    run(key(' '));
    expect(store.getState().playing).toBe(true);
    expect(store.getState().month).toBe('2014-01'); // play from the data's end restarts at its start
  });
  it('ignores keys with modifiers', () => {
    expect(keyString({ key: 'ArrowRight', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
  });
});
