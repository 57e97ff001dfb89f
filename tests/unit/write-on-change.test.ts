// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeOnChange } from '../../src/app/write-on-change';
import { watchInputRest } from '../../src/app/input-rest';
import { createAppStore, type AppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

let store: AppStore;
let stop: (() => void) | null = null;
const serialize = vi.fn((s: { month: string }) => s.month);
const write = vi.fn();

beforeEach(() => {
  vi.useFakeTimers();
  store = createAppStore();
  store.getState().setDataset(demoDataset());
  store.getState().setMonth('2015-08');
  serialize.mockClear();
  write.mockClear();
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

describe('writeOnChange', () => {
  it("'soon' writes the start state after the delay, not at once", () => {
    stop = writeOnChange(store, { keys: ['month'], serialize, write, delayMs: 400, first: 'soon' });
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(write.mock.calls).toEqual([['2015-08']]);
  });
  it('neither serializes nor postpones on changes to other keys (hover)', () => {
    stop = writeOnChange(store, { keys: ['month'], serialize, write, delayMs: 400, first: 'now' });
    expect(write.mock.calls).toEqual([['2015-08']]);
    serialize.mockClear();
    store.getState().setMonth('2015-09');
    vi.advanceTimersByTime(300);
    for (let i = 0; i < 20; i++) store.getState().hover({ ref: { kind: 'segment', id: 'C1-1' }, x: i, y: i });
    vi.advanceTimersByTime(100);
    expect(serialize).toHaveBeenCalledTimes(1);
    expect(write.mock.calls.at(-1)).toEqual(['2015-09']);
  });
  it('coalesces a burst, skips a write equal to the last, and flushes when the page is left', () => {
    stop = writeOnChange(store, { keys: ['month'], serialize, write, delayMs: 400, first: 'now' });
    for (const m of ['2015-09', '2015-10', '2015-08']) store.getState().setMonth(m);
    vi.advanceTimersByTime(400);
    expect(write).toHaveBeenCalledTimes(1);
    store.getState().setMonth('2016-01');
    window.dispatchEvent(new Event('pagehide'));
    expect(write.mock.calls.at(-1)).toEqual(['2016-01']);
    expect(write).toHaveBeenCalledTimes(2);
  });
  it('with `rest`, holds a due write while a key is held or playback runs (the workspace settings)', () => {
    const rest = watchInputRest(store);
    const stopWriting = writeOnChange(store, { keys: ['month'], serialize, write, delayMs: 400, first: 'soon', rest });
    stop = () => {
      stopWriting();
      rest.stop();
    };
    vi.advanceTimersByTime(400);
    write.mockClear();
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'ArrowLeft' }));
    store.getState().setMonth('2015-07');
    vi.advanceTimersByTime(2000);
    expect(write).not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keyup', { code: 'ArrowLeft' }));
    vi.advanceTimersByTime(400);
    expect(write.mock.calls).toEqual([['2015-07']]);
    store.getState().setPlaying(true);
    store.getState().setMonth('2015-09');
    vi.advanceTimersByTime(2000);
    expect(write).toHaveBeenCalledTimes(1);
    // Focus leaving the window ends a held key too (its keyup goes elsewhere).
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'ShiftLeft' }));
    store.getState().setPlaying(false);
    vi.advanceTimersByTime(2000);
    expect(write).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('blur'));
    vi.advanceTimersByTime(400);
    expect(write.mock.calls.at(-1)).toEqual(['2015-09']);
  });
});
