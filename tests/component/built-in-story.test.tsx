// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanel } from '../../src/app/SidePanel';
import { Presenter } from '../../src/features/presenter/Presenter';
import { useAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

const STORY = readFileSync(resolve(process.cwd(), 'tests/fixtures/stories/how-the-route-shifted.json'), 'utf8');
const s = () => useAppStore.getState();
const titles = () => screen.queryAllByTestId('story-item').map((li) => li.querySelector('.story-title')?.textContent);

/** The side panel as the app opens, with the presenter over it. */
function Harness() {
  const dataset = useAppStore((state) => state.dataset);
  return dataset ? (
    <>
      <SidePanel dataset={dataset} maxVolume={214811} candidates={[]} />
      <Presenter />
    </>
  ) : null;
}

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn(async () => new Response(STORY, { status: 200, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  useAppStore.setState({ storyboard: [], presenting: null, notices: [], marking: '', overlay: null, camera: { lon: 18, lat: 43, zoom: 5 } });
  s().setDataset(demoDataset());
  s().setMonth('2015-08');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('built-in briefing from the start screen', () => {
  it('is a button near the top of the side panel, under the dataset card, that presents the briefing', async () => {
    render(<Harness />);
    const button = screen.getByTestId('start-briefing');
    expect(button.textContent).toBe('Present the built-in briefing: How the route shifted');
    // Under the dataset card and above the layers.
    const datasets = screen.getByTestId('datasets-panel');
    const layers = screen.getByTestId('layer-toggle-segments');
    expect(datasets.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.compareDocumentPosition(layers) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('presenter-position').textContent).toBe('1 / 3'));
    expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/\/data\/stories\/how-the-route-shifted\.json$/);
    expect(s().month).toBe('2015-10');
    expect(within(screen.getByTestId('presenter')).getByText('October 2015: the Balkan route at its peak')).toBeTruthy();
    expect(screen.getByTestId('presenter-sources').textContent).toBe(
      'Sources: Frontex, Monthly detections of illegal border-crossings · Refugees travelling from Hungary can enter Germany and Austria',
    );
    // It is the storyboard now: listed, editable, presentable again.
    expect(titles()).toHaveLength(3);
    // Opened again unchanged: nothing to ask, it presents.
    act(() => s().stopPresenting());
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('presenter-position').textContent).toBe('1 / 3'));
    expect(screen.queryByTestId('start-briefing-ask')).toBeNull();
    expect(titles()).toHaveLength(3);
  });

  it('says so when the briefing is not there, and changes nothing', async () => {
    fetchMock.mockImplementation(async () => new Response('Not Found', { status: 404 }));
    s().captureView({ title: 'Mine' });
    render(<Harness />);
    fireEvent.click(screen.getByTestId('start-briefing'));
    await waitFor(() => expect(s().notices.at(-1)?.level).toBe('error'));
    expect(s().notices.at(-1)?.message).toMatch(/“How the route shifted” is not in this copy of RouteShift .*HTTP 404/);
    expect(titles()).toEqual(['Mine']);
    expect(s().presenting).toBeNull();
    expect((screen.getByTestId('start-briefing') as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('built-in briefing from the storyboard panel', () => {
  it('asks before touching the user’s views: add after them, or replace them with Undo', async () => {
    s().captureView({ title: 'Mine' });
    render(<Harness />);
    const button = screen.getByTestId('storyboard-briefing');
    expect(button.textContent).toBe('Built-in briefing: How the route shifted');

    fireEvent.click(button);
    const ask = await screen.findByTestId('storyboard-briefing-ask');
    expect(ask.textContent).toMatch(/Your storyboard has 1 view\. Put the briefing’s 3 views in their place/);
    expect(titles()).toEqual(['Mine']);
    fireEvent.click(screen.getByTestId('storyboard-briefing-append'));
    expect(titles()).toEqual(['Mine', 'October 2015: the Balkan route at its peak', 'After March 2016: the EU–Turkey statement', 'October 2018: the Western Mediterranean leads']);
    expect(s().presenting).toBeNull();

    fireEvent.click(screen.getByTestId('storyboard-briefing'));
    fireEvent.click(await screen.findByTestId('storyboard-briefing-replace'));
    expect(titles()).toHaveLength(3);
    expect(titles()[0]).toBe('October 2015: the Balkan route at its peak');
    const undo = s().notices.at(-1);
    expect(undo?.action?.label).toBe('Undo');
    act(() => undo?.action?.run());
    expect(titles()).toHaveLength(4);
    expect(titles()[0]).toBe('Mine');
  });

  it('can be cancelled', async () => {
    s().captureView({ title: 'Mine' });
    render(<Harness />);
    fireEvent.click(screen.getByTestId('storyboard-briefing'));
    const ask = await screen.findByTestId('storyboard-briefing-ask');
    fireEvent.click(within(ask).getByText('Cancel'));
    expect(screen.queryByTestId('storyboard-briefing-ask')).toBeNull();
    expect(titles()).toEqual(['Mine']);
  });
});
