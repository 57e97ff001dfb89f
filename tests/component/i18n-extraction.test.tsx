// @vitest-environment jsdom
/**
 * Issue 16: every string of the core panels comes from the catalogue. With a test catalogue whose
 * every message is its key in ⟦…⟧ markers, the header, the timeline, the datasets panel, the detail
 * panel of a demo segment and the shortcut list must show no English word of their own: what is
 * left once the markers are taken out is data (names, titles, notes), numbers and punctuation, or
 * text other layers write (month names, statuses, countries: src/domain, extracted separately).
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { en, LOCALES, registerCatalogue, setActiveLocale, type Catalogue } from '../../src/domain/i18n';
import { useAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';
import { formatMonthLong, formatMonthShort, monthIndex, monthKey } from '../../src/domain/month';
import { countryName } from '../../src/domain/change';
import { LAYER_LABELS } from '../../src/domain/layers';
import { CROSSING_STATUS_TEXT, statusPhrase } from '../../src/domain/crossing-status';

vi.mock('../../src/map/MapView', async () => ({ MapView: (await import('./map-view-stub')).MapViewStub }));
vi.mock('../../src/data/load-built-dataset', async () => {
  const { demoDataset: demo } = await import('../fixtures/demo-fixture');
  return { loadBuiltDataset: () => Promise.resolve(demo()) };
});
vi.mock('../../src/map/layers/place-labels', async (importOriginal) => ({ ...(await importOriginal<object>()), loadPlaceLabels: () => Promise.resolve([]) }));
vi.mock('../../src/app/workspace-persistence', () => ({ readWorkspace: () => Promise.resolve(null), restoreWorkspace: () => null, persistChanges: () => () => undefined }));

const { App } = await import('../../src/app/App');
const LAZY_LOAD_MS = 10_000;

const markers = Object.fromEntries(Object.keys(en).map((key) => [key, `⟦${key}⟧`])) as Catalogue;

/** Every word the data or other layers may put on screen: allowed, since it is not this code's text. */
function allowedWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.match(/\p{L}{2,}/gu) ?? []) words.add(w);
  };
  const walk = (value: unknown): void => {
    if (typeof value === 'string') add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const demo = demoDataset();
  walk(demo);
  for (let i = monthIndex(demo.months.from); i <= monthIndex(demo.months.to); i++) {
    add(formatMonthLong(monthKey(i)));
    add(formatMonthShort(monthKey(i)));
  }
  for (const c of demo.hubs.flatMap((h) => h.countries)) add(countryName(c));
  for (const status of Object.keys(CROSSING_STATUS_TEXT)) add(statusPhrase(status as keyof typeof CROSSING_STATUS_TEXT));
  Object.values(LAYER_LABELS).forEach(add);
  LOCALES.forEach((l) => add(l.name));
  add('RouteShift');
  return words;
}

/** Words in `root`'s text and labels that are neither a marker nor allowed. */
function englishLeft(root: Element, allowed: Set<string>): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) texts.push(value);
    }
  }
  const left = texts.flatMap((text) => (text.replace(/⟦[^⟧]*⟧/g, ' ').match(/\p{L}{2,}/gu) ?? []).filter((w) => !allowed.has(w)));
  return [...new Set(left)];
}

afterAll(() => {
  cleanup();
  setActiveLocale('en');
});

describe('the core panels in another language', () => {
  it('show only catalogue messages, data and numbers', async () => {
    registerCatalogue('de', markers);
    render(<App />);
    // The panels are loaded after the map's first routes (App.tsx): their first import takes a while here.
  await waitFor(() => expect(screen.getByTestId('month-label')).toBeTruthy(), { timeout: 15_000 });
    await act(() => useAppStore.getState().setLanguage('de'));
    const demo = demoDataset();
    const segment = demo.segments.find((s) => !s.schematic && !s.context && s.volume) ?? demo.segments[0];
    expect(segment).toBeDefined();
    act(() => {
      useAppStore.getState().setMonth(segment!.active.from);
      useAppStore.getState().select({ kind: 'segment', id: segment!.id });
      useAppStore.getState().setOverlay('shortcuts');
    });
    const detail = await screen.findByTestId('detail-panel', {}, { timeout: LAZY_LOAD_MS });
    const shortcuts = await screen.findByTestId('shortcuts-panel', {}, { timeout: LAZY_LOAD_MS });

    const regions = {
      header: document.querySelector('.app-header'),
      timeline: document.querySelector('section.timeline'),
      datasets: screen.getByTestId('datasets-panel'),
      detail,
      shortcuts,
    };
    const allowed = allowedWords();
    for (const [name, region] of Object.entries(regions)) {
      expect(region, name).not.toBeNull();
      // Markers are there: the region did take its text from the catalogue.
      expect(region!.textContent, name).toMatch(/⟦[a-z]+\.[A-Za-z]+⟧/);
      expect({ [name]: englishLeft(region!, allowed) }).toEqual({ [name]: [] });
    }
    expect(document.documentElement.lang).toBe('de');
  }, 30_000);
});
