// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCommands } from '../../src/features/commands/registry';
import { ShortcutsOverlay } from '../../src/features/commands/ShortcutsOverlay';
import { useShortcuts } from '../../src/features/commands/use-shortcuts';
import { MarkingBanner } from '../../src/features/briefing/MarkingBanner';
import { Presenter } from '../../src/features/presenter/Presenter';
import { StoryboardPanel } from '../../src/features/storyboard/StoryboardPanel';
import { useAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

const commands = buildCommands();
function Harness() {
  useShortcuts(useAppStore, commands);
  return (
    <>
      <StoryboardPanel />
      <Presenter />
      <MarkingBanner />
    </>
  );
}

const s = () => useAppStore.getState();
const titles = () => screen.getAllByTestId('story-item').map((li) => within(li).getByText(/./, { selector: '.story-title' }).textContent);
const key = (k: string, init: KeyboardEventInit = {}) => act(() => void (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init })));

beforeEach(() => {
  useAppStore.setState({ storyboard: [], viewCursor: null, presenterOptions: { autoAdvanceSeconds: null, playBetween: false }, presenting: null, notices: [], marking: '', overlay: null, camera: { lon: 18, lat: 43, zoom: 5 } });
  s().setDataset(demoDataset());
  s().setMonth('2015-10');
});
afterEach(cleanup);

describe('storyboard panel', () => {
  it('says what to do when empty, and cannot present nothing', () => {
    render(<Harness />);
    expect(screen.getByTestId('storyboard-empty').textContent).toMatch(/Capture view/);
    expect((screen.getByTestId('present-button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('captures views, reorders with Alt+↑ and announces it, deletes with Undo', () => {
    render(<Harness />);
    fireEvent.click(screen.getByTestId('capture-view'));
    act(() => s().setMonth('2016-03'));
    fireEvent.click(screen.getByTestId('capture-view'));
    expect(titles()).toEqual(['October 2015', 'March 2016']);

    const second = within(screen.getAllByTestId('story-item')[1]!).getByRole('button');
    fireEvent.keyDown(second, { key: 'ArrowUp', altKey: true });
    expect(titles()).toEqual(['March 2016', 'October 2015']);
    expect(screen.getByText(/moved to position 1 of 2/)).toBeTruthy();

    // The last captured view is open in the editor: rename it, then delete it.
    fireEvent.change(screen.getByTestId('story-title'), { target: { value: 'After the statement' } });
    expect(titles()).toEqual(['After the statement', 'October 2015']);
    fireEvent.click(screen.getByTestId('story-delete'));
    expect(titles()).toEqual(['October 2015']);
    const notice = s().notices.at(-1);
    expect(notice?.action?.label).toBe('Undo');
    act(() => notice?.action?.run());
    expect(titles()).toEqual(['After the statement', 'October 2015']);
  });
});

describe('presenter', () => {
  it('shows one view at a time with its position, steps with PageDown, blanks with B and leaves with Escape', () => {
    render(<Harness />);
    fireEvent.click(screen.getByTestId('capture-view'));
    act(() => s().setMonth('2016-03'));
    fireEvent.click(screen.getByTestId('capture-view'));
    fireEvent.change(screen.getByTestId('story-caption'), { target: { value: 'Caption <b>as text</b>' } });
    fireEvent.click(screen.getByTestId('present-button'));

    expect(screen.getByTestId('presenter-position').textContent).toBe('1 / 2');
    expect(screen.getByTestId('presenter-month').textContent).toBe('October 2015');
    expect(document.documentElement.classList.contains('presenting')).toBe(true);
    key('PageDown');
    expect(screen.getByTestId('presenter-position').textContent).toBe('2 / 2');
    expect(screen.getByTestId('presenter-month').textContent).toBe('March 2016');
    expect(within(screen.getByTestId('presenter')).getByText('Caption <b>as text</b>').tagName).toBe('P');
    key('ArrowRight');
    expect(s().month).toBe('2016-03');
    key('b');
    expect(screen.queryByTestId('presenter-blank')).not.toBeNull();
    key('.');
    expect(screen.queryByTestId('presenter-blank')).toBeNull();
    key('Escape');
    expect(screen.queryByTestId('presenter')).toBeNull();
    expect(document.documentElement.classList.contains('presenting')).toBe(false);
  });

  it('shows the marking top and bottom when there is one', () => {
    render(<Harness />);
    expect(screen.queryByTestId('marking-top')).toBeNull();
    act(() => s().setMarking('OFFICIAL — for briefing use only'));
    expect(screen.getByTestId('marking-top').textContent).toBe('OFFICIAL — for briefing use only');
    expect(screen.getByTestId('marking-bottom').textContent).toBe('OFFICIAL — for briefing use only');
    expect(document.documentElement.classList.contains('has-marking')).toBe(true);
  });

  it('plays the months between two views before settling on the next one', () => {
    vi.useFakeTimers();
    try {
      render(<Harness />);
      act(() => s().setMonth('2015-01'));
      fireEvent.click(screen.getByTestId('capture-view'));
      act(() => s().setMonth('2015-04'));
      fireEvent.click(screen.getByTestId('capture-view'));
      act(() => s().setPresenterOptions({ playBetween: true }));
      fireEvent.click(screen.getByTestId('present-button'));
      expect(s().month).toBe('2015-01');
      key('PageDown');
      const seen = [s().month];
      for (let i = 0; i < 6; i++) {
        act(() => void vi.advanceTimersByTime(250));
        seen.push(s().month);
      }
      expect(seen.slice(0, 4)).toEqual(['2015-01', '2015-02', '2015-03', '2015-04']);
      expect(s().month).toBe('2015-04');
      expect(screen.getByTestId('presenter-position').textContent).toBe('2 / 2');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('clicker keys outside the presenter', () => {
  /** The overlay's text for each row whose keys include `k`, e.g. 'PageDown'. */
  const overlayRowsFor = (k: string) =>
    screen
      .getAllByText(k, { selector: 'kbd' })
      .map((kbd) => kbd.closest('div')?.querySelector('dd')?.textContent ?? '');

  it('step views forward/back after Escape with a storyboard, months without one, never a year', () => {
    render(<Harness />);
    for (const month of ['2015-09', '2015-10', '2016-03']) {
      act(() => s().setMonth(month));
      fireEvent.click(screen.getByTestId('capture-view'));
    }
    fireEvent.click(screen.getByTestId('present-button'));
    key('PageDown');
    expect(screen.getByTestId('presenter-month').textContent).toBe('October 2015');
    key('Escape');
    expect(screen.queryByTestId('presenter')).toBeNull();

    key('PageDown');
    expect(s().month).toBe('2016-03'); // the view after the one showing, not 2014-10
    key('PageUp');
    expect(s().month).toBe('2015-10');

    act(() => s().setStoryboard([]));
    act(() => s().setMonth('2015-09'));
    key('PageDown');
    expect(s().month).toBe('2015-10');
    key('PageUp');
    key('PageUp');
    expect(s().month).toBe('2015-08');
  });

  it('are listed in the "?" overlay with their new meaning', () => {
    render(<ShortcutsOverlay commands={commands} onClose={() => {}} />);
    const pageDown = overlayRowsFor('PageDown');
    const pageUp = overlayRowsFor('PageUp');
    expect(pageDown).toEqual(['Next view of the storyboard (or next month when there is no storyboard)', 'Next view']);
    expect(pageUp).toEqual(['Previous view of the storyboard (or previous month when there is no storyboard)', 'Previous view']);
    expect([...pageDown, ...pageUp].join(' ')).not.toMatch(/year/i);
  });
});
