// @vitest-environment jsdom
/**
 * A month step commits nothing in React: not App (each render of App costs a re-render of every
 * child whose props are not memoised, on every step of playback), nor the map, which moves its
 * time-bound layers to the new window itself (map/layers/retime.ts), nor the timeline, whose month
 * parts follow the store through the DOM (features/timeline/Timeline.tsx). Open panels that show
 * the month (details, compare) do re-render.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Profiler, type ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { drawnProps, isTimeBound, type LayerRetime } from '../../src/map/layers/retime';
import { SEGMENTS_LAYER_ID } from '../../src/map/layers/segments-layer';
import { monthIndex } from '../../src/domain/month';
import { useAppStore } from '../../src/state/store';

const probe = vi.hoisted(() => {
  /** Renders caused by the parent (the wrapper's own renders). */
  const fromParent = new Map<string, number>();
  /** Commits of the component's subtree, whatever caused them (e.g. its own store subscription). */
  const commits = new Map<string, number>();
  const bump = (m: Map<string, number>, name: string) => m.set(name, (m.get(name) ?? 0) + 1);
  /** The module with `name` wrapped: counted, otherwise the real component. */
  async function counting<M extends object>(actual: M, name: keyof M & string): Promise<M> {
    const { createElement, Profiler } = await import('react');
    const Inner = actual[name] as ComponentType<object>;
    function Counted(props: object) {
      bump(fromParent, name);
      return createElement(Profiler, { id: name, onRender: () => bump(commits, name) }, createElement(Inner, props));
    }
    return { ...actual, [name]: Counted };
  }
  const reset = () => {
    fromParent.clear();
    commits.clear();
  };
  return { fromParent, commits, counting, reset, layers: [] as unknown[], retime: undefined as unknown };
});

// No WebGL in jsdom: the map is a stub that keeps the layers and the retime it was given.
vi.mock('../../src/map/MapView', async () => {
  const { createElement } = await import('react');
  const { MapViewStub } = await import('./map-view-stub');
  type Props = { layers: unknown[]; retime?: unknown; onRoutesShown?: () => void };
  const MapView = (props: Props) => ((probe.layers = props.layers), (probe.retime = props.retime), createElement(MapViewStub, props));
  return probe.counting({ MapView }, 'MapView');
});
vi.mock('../../src/data/load-built-dataset', async () => {
  const { demoDataset } = await import('../fixtures/demo-fixture');
  return { loadBuiltDataset: () => Promise.resolve(demoDataset()) };
});
vi.mock('../../src/map/layers/place-labels', async (importOriginal) => ({ ...(await importOriginal<object>()), loadPlaceLabels: () => Promise.resolve([]) }));
vi.mock('../../src/app/workspace-persistence', () => ({ readWorkspace: () => Promise.resolve(null), restoreWorkspace: () => null, persistChanges: () => () => undefined }));
// Notices is a child of App without props: its wrapper renders exactly when App does.
vi.mock('../../src/features/notices/Notices', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/notices/Notices')>(), 'Notices'));
vi.mock('../../src/app/SidePanel', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/app/SidePanel')>(), 'SidePanel'));
vi.mock('../../src/features/timeline/Timeline', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/timeline/Timeline')>(), 'Timeline'));
vi.mock('../../src/features/details/DetailPanel', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/details/DetailPanel')>(), 'DetailPanel'));
vi.mock('../../src/features/timeline/EventMarkers', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/timeline/EventMarkers')>(), 'EventMarkers'));
vi.mock('../../src/features/timeline/PlayControls', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/timeline/PlayControls')>(), 'PlayControls'));
vi.mock('../../src/features/timeline/WindowControls', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/timeline/WindowControls')>(), 'WindowControls'));
vi.mock('../../src/features/timeline/Histogram', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/timeline/Histogram')>(), 'Histogram'));
vi.mock('../../src/features/presenter/Presenter', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/presenter/Presenter')>(), 'Presenter'));
vi.mock('../../src/features/compare/SwipeView', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/compare/SwipeView')>(), 'SwipeView'));
vi.mock('../../src/app/MonthPanels', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/app/MonthPanels')>(), 'ComparePanelAtMonth'));
vi.mock('../../src/features/details/HoverTooltip', async (importOriginal) => probe.counting(await importOriginal<typeof import('../../src/features/details/HoverTooltip')>(), 'HoverTooltip'));

const { App } = await import('../../src/app/App');
/** A panel's first import goes through Vite's transform: slow on a loaded machine. */
const LAZY_LOAD_MS = 10_000;
const appRenders = () => probe.fromParent.get('Notices') ?? 0;
const commits = (name: string) => probe.commits.get(name) ?? 0;

afterEach(cleanup);

/** Commits anywhere under App (a Profiler around the whole tree). */
let treeCommits = 0;
const countTree = () => {
  treeCommits++;
};

async function renderLoaded() {
  render(
    <Profiler id="app" onRender={countTree}>
      <App />
    </Profiler>,
  );
  // The panels are loaded after the map's first routes (App.tsx): their first import takes a while here.
  await waitFor(() => expect(screen.getByTestId('month-label')).toBeTruthy(), { timeout: 15_000 });
  // Let the start-up settle (the link is read once the data is ready).
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  act(() => useAppStore.getState().setMonth('2015-08'));
  probe.reset();
  treeCommits = 0;
}

describe('a month step', () => {
  it('commits nothing in React: not App, the side panel, the map, nor the timeline', async () => {
    await renderLoaded();
    const before = probe.layers;
    act(() => useAppStore.getState().setMonth('2015-09'));
    expect(screen.getByTestId('month-label').textContent).toBe('September 2015');
    expect(appRenders()).toBe(0);
    expect(commits('MapView')).toBe(0);
    expect(probe.layers).toBe(before);
    expect(commits('Timeline')).toBe(0);
    expect(commits('SidePanel')).toBe(0);
    // Nor anything else in the tree: playback and a held arrow key step without React.
    act(() => useAppStore.getState().stepMonth(1));
    act(() => useAppStore.getState().stepMonth(-3));
    expect(treeCommits).toBe(0);
    // (The probe does count: the trail is drawn by the timeline's controls.)
    act(() => useAppStore.getState().toggleTrail());
    expect(treeCommits).toBeGreaterThan(0);
    act(() => useAppStore.getState().toggleTrail());
  });

  it("moves the timeline's month through the DOM: label, slider value and text, thumb, histogram", async () => {
    await renderLoaded();
    const slider = screen.getByTestId('timeline-slider');
    const holder = slider.parentElement as HTMLElement;
    const left = holder.style.left;
    act(() => useAppStore.getState().setMonth('2016-09'));
    expect(commits('Timeline')).toBe(0);
    expect(commits('Histogram')).toBe(0);
    expect(screen.getByTestId('month-label').textContent).toBe('September 2016');
    expect(slider.getAttribute('aria-valuenow')).toBe(String(monthIndex('2016-09')));
    expect(slider.getAttribute('aria-valuetext')).toBe('September 2016');
    expect(holder.style.left).not.toBe(left);
    const bars = [...document.querySelectorAll('.histogram rect')];
    const first = monthIndex(useAppStore.getState().dataset!.months.from);
    expect(bars.flatMap((bar, i) => (bar.classList.contains('current') ? [i + first] : []))).toEqual([monthIndex('2016-09')]);
  });

  it('tells the map, which keeps every layer and draws the time-bound ones at the new month', async () => {
    await renderLoaded();
    const retime = probe.retime as LayerRetime;
    const built = probe.layers as Layer[];
    let told = 0;
    const stop = retime.subscribe(() => told++);
    act(() => useAppStore.getState().setMonth('2015-11'));
    act(() => useAppStore.getState().select(null)); // not the window: no call
    stop();
    expect(told).toBe(1);
    const drawn = retime.apply(built);
    // Every layer is the very object deck.gl already has (it updates none of them) …
    expect(drawn).toBe(built);
    drawn.forEach((layer, i) => expect(layer, layer.id).toBe(built[i]));
    // … and the time-bound ones draw at the new month.
    const segments = drawn.find((l) => l.id === SEGMENTS_LAYER_ID);
    expect(segments && isTimeBound(segments)).toBe(true);
    expect(drawnProps(segments!)?.filterRange).toEqual([
      [0, monthIndex('2015-11')],
      [monthIndex('2015-11'), 1e6],
    ]);
  });

  it('leaves alone the parts that do not show it: controls, markers, closed presenter, swipe, tooltip, compare', async () => {
    await renderLoaded();
    act(() => useAppStore.getState().setMonth('2015-10'));
    for (const name of ['EventMarkers', 'PlayControls', 'WindowControls', 'Presenter', 'SwipeView', 'HoverTooltip', 'ComparePanelAtMonth']) expect(commits(name), name).toBe(0);
    // The histogram emphasises the new month, without a render.
    expect(commits('Histogram')).toBe(0);
    expect(document.querySelectorAll('.histogram rect.current')).toHaveLength(1);
  });

  it('updates the compare panel while comparing, without App', async () => {
    await renderLoaded();
    act(() => useAppStore.getState().setCompare('previous'));
    // The change view's panel is loaded when first shown.
    await screen.findByTestId('compare-panel', {}, { timeout: LAZY_LOAD_MS });
    probe.reset();
    act(() => useAppStore.getState().setMonth('2016-03'));
    expect(appRenders()).toBe(0);
    expect(commits('ComparePanelAtMonth')).toBe(1);
    expect(screen.getByTestId('compare-panel').textContent).toContain('February 2016 → March 2016');
    act(() => useAppStore.getState().setCompare(null));
  });

  it('updates an open detail panel without App', async () => {
    await renderLoaded();
    const segment = useAppStore.getState().dataset?.segments[0];
    if (!segment) throw new Error('the demo has no segments');
    act(() => useAppStore.getState().select({ kind: 'segment', id: segment.id }));
    // The detail panel is loaded when first opened.
    expect(await screen.findByTestId('detail-panel', {}, { timeout: LAZY_LOAD_MS })).toBeTruthy();
    probe.reset();
    act(() => useAppStore.getState().setMonth('2016-03'));
    expect(appRenders()).toBe(0);
    expect(commits('DetailPanel')).toBe(1);
  });
});

describe("a video export's window", () => {
  it('moves the map alone: the timeline, its month and the panels stay on the user month', async () => {
    await renderLoaded();
    const retime = probe.retime as LayerRetime;
    const built = probe.layers as Layer[];
    let told = 0;
    const stop = retime.subscribe(() => told++);
    const filterRange = () => drawnProps(retime.apply(built).find((l) => l.id === SEGMENTS_LAYER_ID)!)?.filterRange;
    act(() => useAppStore.getState().setExportWindow({ mode: 'month', start: '2016-02', month: '2016-02', trail: false }));
    expect(told).toBe(1);
    expect(filterRange()).toEqual([[0, monthIndex('2016-02')], [monthIndex('2016-02'), 1e6]]);
    expect(useAppStore.getState().month).toBe('2015-08');
    expect(screen.getByTestId('month-label').textContent).toBe('August 2015');
    for (const name of ['Timeline', 'Histogram', 'SidePanel', 'MapView']) expect(commits(name), name).toBe(0);
    expect(appRenders()).toBe(0);
    // At the end the map is back on the user's window.
    act(() => useAppStore.getState().setExportWindow(null));
    stop();
    expect(told).toBe(2);
    expect(filterRange()).toEqual([[0, monthIndex('2015-08')], [monthIndex('2015-08'), 1e6]]);
  });
});
