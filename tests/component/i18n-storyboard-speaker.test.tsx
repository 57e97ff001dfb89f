// @vitest-environment jsdom
/**
 * Every text the storyboard, presenter, briefing settings and speaker window show comes from the
 * catalogue (issue 16): with a test catalogue in 'de' whose every message is a marker ('⟦key⟧'), no
 * English word is left in what they render, attributes included. Data is excepted: view titles,
 * captions, notes, month labels and source titles are the user's or the data's, not the interface's.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { en, registerCatalogue, setActiveLocale, type Catalogue, type MessageKey } from '../../src/domain/i18n';
import { formatMonthShort } from '../../src/domain/month';
import { formatPresentedWindow } from '../../src/domain/time-window';
import { BriefingPanel } from '../../src/features/briefing/BriefingPanel';
import { MarkingBanner } from '../../src/features/briefing/MarkingBanner';
import { Presenter } from '../../src/features/presenter/Presenter';
import { StoryboardPanel } from '../../src/features/storyboard/StoryboardPanel';
import type { SpeakerScreen } from '../../src/features/speaker/speaker-screen';
import { useAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

/** The screen the mocked connection reports (the link itself is tested in speaker-window.test.ts and e2e). */
let speakerScreen: SpeakerScreen = { status: 'waiting' };
vi.mock('../../src/features/speaker/use-speaker-connection', () => ({
  useSpeakerConnection: () => ({ screen: speakerScreen, send: () => undefined }),
}));
const { SpeakerWindow } = await import('../../src/features/speaker/SpeakerWindow');

const MARKERS = Object.fromEntries((Object.keys(en) as MessageKey[]).map((key) => [key, `⟦${key}⟧`])) as Catalogue;

/**
 * Buttons made by the command registry (src/features/commands, another helper's area), and key caps
 * (key names as printed on a keyboard), are not these areas' texts.
 */
const NOT_OURS = '[data-testid="present-button"], [data-testid="speaker-window-button"], [data-testid="presenter-speaker-window"], kbd';
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

/** Texts and labelling attributes under `root` that still hold a word once markers and `data` are taken out. */
function englishLeft(root: HTMLElement, data: readonly string[]): string[] {
  const strip = (text: string) => {
    let rest = text.replace(/⟦[^⟧]*⟧/g, ' ');
    // Longest first: a title inside its caption must not leave the caption's rest behind.
    for (const d of [...data].sort((a, b) => b.length - a.length)) if (d) rest = rest.split(d).join(' ');
    return rest;
  };
  const left: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(NOT_OURS)) continue;
    if (/[A-Za-z]{2,}/.test(strip(node.textContent ?? ''))) left.push(node.textContent ?? '');
  }
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.closest(NOT_OURS)) continue;
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && /[A-Za-z]{2,}/.test(strip(value))) left.push(`${name}="${value}"`);
    }
  }
  return left;
}

const s = () => useAppStore.getState();

beforeAll(() => registerCatalogue('de', MARKERS));
afterAll(() => setActiveLocale('en'));
afterEach(cleanup);

describe('the storyboard, presenter and briefing settings in another language', () => {
  beforeEach(async () => {
    useAppStore.setState({ storyboard: [], presenting: null, notices: [], marking: 'VS – NfD', camera: { lon: 18, lat: 43, zoom: 5 } });
    s().setDataset(demoDataset());
    await act(() => s().setLanguage('de'));
  });
  afterEach(async () => {
    await act(() => s().setLanguage('en'));
  });

  it('shows markers only, around the views’ own titles, captions and months', () => {
    for (const [month, title] of [
      ['2015-10', 'Autumn peak'],
      ['2016-03', 'After the statement'],
    ] as const) {
      s().setMonth(month);
      s().captureView({ title, caption: `${title}: caption as typed`, notes: 'Notes as typed' });
    }
    const views = s().storyboard;
    const { container } = render(
      <>
        <StoryboardPanel />
        <BriefingPanel />
        <MarkingBanner />
      </>,
    );
    expect(screen.getByTestId('capture-view').textContent).toBe('⟦storyboard.captureView⟧');
    // Open a view's editor and the deletion's notice too.
    fireEvent.click(within(screen.getAllByTestId('story-item')[0]!).getByRole('button'));
    expect(screen.getByTestId('story-editor')).toBeTruthy();

    const data = [...views.flatMap((v) => [v.title, v.caption, v.notes, formatMonthShort(v.month)]), 'VS – NfD'];
    expect(englishLeft(container, data)).toEqual([]);

    fireEvent.click(screen.getByTestId('story-delete'));
    expect(s().notices.at(-1)?.message).toBe('⟦storyboard.viewDeleted⟧');
    expect(s().notices.at(-1)?.action?.label).toBe('⟦storyboard.undo⟧');
  });

  it('presents with markers only, around the view’s texts and sources', () => {
    s().setMonth('2015-10');
    s().captureView({ title: 'Autumn peak', caption: 'As typed' });
    act(() => s().startPresenting(0));
    const { container } = render(<Presenter />);
    const view = s().storyboard[0]!;
    const dataset = s().dataset!;
    // The legend names the data's corridors (a name's trailing period in brackets may be left off) and regions (a schema enum: data values).
    const names = [...dataset.sources.map((source) => source.title), ...dataset.corridors.flatMap((c) => [c.name, c.name.replace(/\s*\([^)]*\)$/, "")]), ...dataset.corridors.map((c) => c.region ?? '')];
    const data = [view.title, view.caption, formatPresentedWindow(view.windowMode, view.windowStart, view.month), ...names];
    expect(screen.getByTestId('presenter').getAttribute('aria-label')).toBe('⟦presenter.label⟧');
    expect(englishLeft(container, data)).toEqual([]);
    act(() => s().stopPresenting());
  });
});

describe('the speaker window in the audience window’s language', () => {
  const views = [
    { title: 'Autumn peak', monthLabel: 'Oktober 2015', caption: 'As typed', notes: 'Say the figure.' },
    { title: 'After the statement', monthLabel: 'März 2016', caption: '', notes: '' },
  ];
  const data = views.flatMap((v) => [v.title, v.monthLabel, v.caption, v.notes]);

  it('speaks the language the snapshot names, and keeps it when the presentation ends', async () => {
    speakerScreen = { status: 'presenting', audience: 'a', presentation: { views, index: 0, blanked: false, startedAt: Date.now(), language: 'de' } };
    const { container, rerender } = render(<SpeakerWindow />);
    // The catalogue loads asynchronously (registered already here: one tick).
    await act(async () => undefined);
    expect(screen.getByTestId('speaker-next').textContent).toBe('⟦speaker.next⟧');
    expect(document.title).toBe('⟦speaker.pageTitleAt⟧');
    expect(englishLeft(container, data)).toEqual([]);

    speakerScreen = { status: 'ended', audience: 'a', reason: 'closed' };
    rerender(<SpeakerWindow />);
    await act(async () => undefined);
    expect(screen.getByTestId('speaker-status').textContent).toBe('⟦speaker.endedTitle⟧');
    expect(englishLeft(container, data)).toEqual([]);
  });

  it('is English when the snapshot says English (the control: the check finds English words)', async () => {
    setActiveLocale('en');
    speakerScreen = { status: 'presenting', audience: 'a', presentation: { views, index: 1, blanked: true, startedAt: Date.now(), language: 'en' } };
    const { container } = render(<SpeakerWindow />);
    await act(async () => undefined);
    expect(screen.getByTestId('speaker-next').textContent).toBe('Next →');
    expect(englishLeft(container, data)).toContain('Audience screen blanked');
  });
});
