// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { URL_WRITE_DELAY_MS, writeUrlOnChange } from '../../src/app/use-url-sync';
import { useAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

const store = useAppStore;
let replaceState: MockInstance<History['replaceState']>;
let stop: (() => void) | null = null;
const written = () => replaceState.mock.calls.map(([, , url]) => String(url));
const monthInUrl = () => new URLSearchParams(window.location.search).get('m');
const setVisibility = (state: DocumentVisibilityState) => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
};

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/');
  store.getState().setDataset(demoDataset());
  store.setState({ playing: false });
  store.getState().setMonth('2015-08');
  replaceState = vi.spyOn(window.history, 'replaceState');
});
afterEach(() => {
  stop?.();
  stop = null;
  replaceState.mockRestore();
  setVisibility('visible');
  vi.useRealTimers();
});

describe('URL writes', () => {
  it('writes the first state at once', () => {
    stop = writeUrlOnChange(store);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(monthInUrl()).toBe('2015-08');
  });

  it('coalesces a burst of month steps into one write, after the burst', () => {
    stop = writeUrlOnChange(store);
    replaceState.mockClear();
    for (const m of ['2015-09', '2015-10', '2015-11', '2015-12']) {
      store.getState().setMonth(m);
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 50);
    }
    // Each step came before the last one's quiet time ran out: nothing written during the burst.
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(written()).toEqual([expect.stringContaining('m=2015-12')]);
    expect(monthInUrl()).toBe('2015-12');
  });

  it('writes nothing while playback runs, however slow, and the month it paused at after', () => {
    stop = writeUrlOnChange(store);
    replaceState.mockClear();
    store.getState().setPlaying(true);
    // Half a month a second: each step is longer than the delay, and still none is written.
    for (let i = 0; i < 4; i++) {
      store.getState().stepMonth(1);
      vi.advanceTimersByTime(2000);
    }
    expect(replaceState).not.toHaveBeenCalled();
    store.getState().setPlaying(false);
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(written()).toEqual([expect.stringContaining('m=2015-12')]);
    expect(monthInUrl()).toBe('2015-12');
  });

  it('waits while the slider is held, even when the drag pauses, and writes where it was let go', () => {
    stop = writeUrlOnChange(store);
    replaceState.mockClear();
    window.dispatchEvent(new Event('pointerdown'));
    for (const m of ['2015-09', '2015-10', '2015-11']) {
      store.getState().setMonth(m);
      vi.advanceTimersByTime(1000);
    }
    expect(replaceState).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerup'));
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 1);
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(written()).toEqual([expect.stringContaining('m=2015-11')]);
    expect(monthInUrl()).toBe('2015-11');
  });

  it('writes once after a keyboard step burst (a held arrow key), with the month it ended at', () => {
    stop = writeUrlOnChange(store);
    replaceState.mockClear();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight' }));
    for (let i = 0; i < 10; i++) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', repeat: true }));
      store.getState().stepMonth(1);
      vi.advanceTimersByTime(i === 4 ? 800 : 33); // a pause in the burst, longer than the delay
    }
    expect(replaceState).not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', code: 'ArrowRight' }));
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(written()).toEqual([expect.stringContaining('m=2016-06')]);
    expect(monthInUrl()).toBe('2016-06');
  });

  it('writes at once when the page is left in the middle of a drag', () => {
    stop = writeUrlOnChange(store);
    window.dispatchEvent(new Event('pointerdown'));
    store.getState().setMonth('2016-04');
    vi.advanceTimersByTime(1000);
    window.dispatchEvent(new Event('pagehide'));
    expect(monthInUrl()).toBe('2016-04');
    window.dispatchEvent(new Event('pointerup'));
  });

  it('is not held back by hovering, which the link does not carry', () => {
    stop = writeUrlOnChange(store);
    replaceState.mockClear();
    store.getState().setMonth('2015-09');
    for (let i = 0; i < 6; i++) {
      store.getState().hover({ ref: { kind: 'segment', id: 'C2-1' }, x: i, y: i });
      vi.advanceTimersByTime(60);
    }
    expect(written()).toEqual([expect.stringContaining('m=2015-09')]);
    store.getState().hover(null);
  });

  it('skips the write when the state went back to what the URL already says', () => {
    stop = writeUrlOnChange(store);
    replaceState.mockClear();
    store.getState().setMonth('2015-09');
    store.getState().setMonth('2015-08');
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('flushes a pending write when the page is hidden or left, so a reload keeps the state', () => {
    stop = writeUrlOnChange(store);
    store.getState().setMonth('2016-01');
    setVisibility('hidden');
    expect(monthInUrl()).toBe('2016-01');
    store.getState().setMonth('2016-02');
    window.dispatchEvent(new Event('pagehide'));
    expect(monthInUrl()).toBe('2016-02');
    replaceState.mockClear();
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('writes what is pending when stopped, and nothing after', () => {
    stop = writeUrlOnChange(store);
    store.getState().setMonth('2016-03');
    stop();
    stop = null;
    expect(monthInUrl()).toBe('2016-03');
    replaceState.mockClear();
    store.getState().setMonth('2016-04');
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(replaceState).not.toHaveBeenCalled();
  });
});
