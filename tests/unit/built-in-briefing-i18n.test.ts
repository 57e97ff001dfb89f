/**
 * The built-in briefing in the interface language (catalogue area `builtInBriefing`): the English
 * texts are exactly the story file's, every translation keeps the English figures, dates and years,
 * and opening the briefing with a language active gives its views that language's texts while ids,
 * months, cameras and sources stay as the file has them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE_LOADERS, LOCALES, en, registerCatalogue, setActiveLocale } from '../../src/domain/i18n';
import type { BuiltInStory } from '../../src/domain/storyboard';
import { openStoryInStoryboard } from '../../src/features/storyboard/open-built-in-story';
import { createAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

const REAL = resolve(process.cwd(), 'public/data/stories/how-the-route-shifted.json');
const story = () => JSON.parse(readFileSync(REAL, 'utf8')) as BuiltInStory;

/** The file's texts by catalogue key. */
function storyTexts(s: BuiltInStory): Record<string, string> {
  const out: Record<string, string> = { 'builtInBriefing.title': s.title, 'builtInBriefing.description': s.description };
  for (const view of s.views) {
    for (const name of ['title', 'caption', 'notes'] as const) {
      const text = view[name];
      if (typeof text === 'string' && text !== '') out[`builtInBriefing.${view.id}.${name}`] = text;
    }
  }
  return out;
}

/** The numbers of a text, grouping separators (comma, dot, no-break spaces) stripped, sorted. */
function numbers(text: string): string[] {
  return (text.match(/\d+(?:[.,\u00a0\u202f]\d{3})*/g) ?? []).map((n) => n.replace(/\D/g, '')).sort();
}

const englishKeys = Object.keys(en).filter((k) => k.startsWith('builtInBriefing.'));

afterEach(() => setActiveLocale('en'));

describe('the built-in briefing’s catalogue', () => {
  it('English is exactly the story file’s text, and formats to it unchanged', () => {
    const texts = storyTexts(story());
    expect(englishKeys.sort()).toEqual(Object.keys(texts).sort());
    for (const [key, text] of Object.entries(texts)) {
      expect(en[key as keyof typeof en], key).toBe(text);
      expect(new IntlMessageFormat(text, 'en').format(), key).toBe(text);
    }
  });

  for (const { code } of LOCALES.filter((l) => l.code !== 'en')) {
    it(`${code}: every text keeps the English figures, dates and years`, async () => {
      const catalogue: Record<string, string> = await CATALOGUE_LOADERS[code]!();
      for (const key of englishKeys) {
        const message = catalogue[key] ?? '';
        const formatted = String(new IntlMessageFormat(message, code).format());
        expect(numbers(formatted), `${code} ${key}: ${formatted}`).toEqual(numbers(en[key as keyof typeof en]));
        expect(formatted, `${code} ${key}: formats to itself (no ICU quoting)`).toBe(message);
        expect(message, `${code} ${key}: translated`).not.toBe(en[key as keyof typeof en]);
      }
    });
  }
});

describe('opening the built-in briefing in German', () => {
  it('gives German titles and captions, and keeps ids, months, cameras and sources', async () => {
    registerCatalogue('de', await CATALOGUE_LOADERS.de!());
    setActiveLocale('de');
    const store = createAppStore();
    store.getState().setDataset(demoDataset());
    const original = story();
    openStoryInStoryboard(store, original, 'replace');
    const views = store.getState().storyboard;
    expect(views.map((v) => v.id)).toEqual(original.views.map((v) => v.id));
    expect(views.map((v) => v.month)).toEqual(original.views.map((v) => v.month));
    expect(views.map((v) => v.sources)).toEqual(original.views.map((v) => v.sources));
    expect(views.map((v) => v.camera)).toEqual(original.views.map((v) => v.camera));
    expect(views[0]?.title).toBe('Sommer 2015: über Ungarn');
    expect(views[1]?.caption).toContain('141.207');
    views.forEach((v, i) => {
      expect(v.title, v.id).not.toBe(original.views[i]?.title);
      expect(v.caption, v.id).not.toBe(original.views[i]?.caption);
    });
  });

  it('leaves a story that is not the app’s own briefing as it is', () => {
    setActiveLocale('de');
    const store = createAppStore();
    const other = { ...story(), id: 'someone-elses' };
    openStoryInStoryboard(store, other, 'replace');
    expect(store.getState().storyboard.map((v) => v.title)).toEqual(other.views.map((v) => v.title));
  });
});
