import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BuiltInStoryError, loadBuiltInStory, parseBuiltInStory } from '../../src/features/storyboard/built-in-story';
import { openStoryInStoryboard, storyUrl } from '../../src/features/storyboard/open-built-in-story';
import { openProject, serializeProject } from '../../src/data/project/project-file';
import { parsePayload } from '../../src/features/presentation-file/presentation-payload';
import { buildPayload } from '../../src/features/presentation-file/save-presentation';
import { shortSourceTitle, storySourceTitles } from '../../src/domain/story-sources';
import type { BuiltInStory } from '../../src/domain/storyboard';
import { createAppStore, type AppStore } from '../../src/state/store';
import { storyboardWorkspace } from '../fixtures/project/storyboard-workspace';
import { demoDataset } from '../fixtures/demo-fixture';

const FIXTURE = resolve(process.cwd(), 'tests/fixtures/stories/how-the-route-shifted.json');
const REAL = resolve(process.cwd(), 'public/data/stories/how-the-route-shifted.json');
const fixtureJson = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as BuiltInStory;
const URL_OF = 'http://127.0.0.1/data/stories/how-the-route-shifted.json';

/** A fetch that answers every URL with `body` (a string) and `status`. */
const answer = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

async function loadError(body: string, status = 200): Promise<BuiltInStoryError> {
  try {
    await loadBuiltInStory(URL_OF, 'How the route shifted', answer(body, status));
  } catch (error) {
    if (error instanceof BuiltInStoryError) return error;
    throw error;
  }
  throw new Error('expected the story not to load');
}

describe('loading a built-in story', () => {
  it('reads a story file and keeps each view’s sources', async () => {
    const story = await loadBuiltInStory(URL_OF, 'How the route shifted', answer(readFileSync(FIXTURE, 'utf8')));
    expect(story.title).toBe('How the route shifted');
    expect(story.views.map((v) => v.month)).toEqual(['2015-10', '2016-06', '2018-10']);
    expect(story.views[2]?.sources).toEqual(['FRONTEX', 'UNHCR', 'IOM-MMP']);
    expect(storyUrl('how-the-route-shifted', 'http://127.0.0.1:4173/app/')).toBe('http://127.0.0.1:4173/app/data/stories/how-the-route-shifted.json');
  });

  it('says plainly when the file is missing, not JSON, or not a story (with the paths of the problems)', async () => {
    const missing = await loadError('Not Found', 404);
    expect(missing.kind).toBe('missing');
    expect(missing.message).toContain('“How the route shifted” is not in this copy of RouteShift (data/stories/how-the-route-shifted.json: HTTP 404)');
    expect((await loadError('{"format": "routeshift-story",')).kind).toBe('not-json');

    const bad = fixtureJson() as unknown as { views: Record<string, unknown>[]; format: string };
    bad.views[1]!.month = 'June 2016';
    delete bad.views[2]!.camera;
    const invalid = await loadError(JSON.stringify(bad));
    expect(invalid.kind).toBe('invalid');
    expect(invalid.message).toContain('views[1].month');
    expect(invalid.message).toContain('views[2].camera');

    const result = parseBuiltInStory({ ...fixtureJson(), format: 'routeshift-project' });
    expect(result.ok ? [] : result.problems[0]).toMatch(/^format: Expected "routeshift-story"/);
    const twice = fixtureJson();
    twice.views[1] = { ...twice.views[1]!, id: 'how-1' };
    expect(parseBuiltInStory(twice).ok).toBe(false);
    expect(parseBuiltInStory({ ...fixtureJson(), views: [] }).ok).toBe(false);
  });

  it.skipIf(!existsSync(REAL))('the built story in public/data/stories is valid and cites sources the demo describes', () => {
    const result = parseBuiltInStory(JSON.parse(readFileSync(REAL, 'utf8')));
    if (!result.ok) throw new Error(result.problems.slice(0, 5).join('; '));
    const keys = new Set(demoDataset().sources.map((s) => s.key));
    const unknown = result.story.views.flatMap((v) => (v.sources ?? []).filter((k) => !keys.has(k)));
    expect(unknown).toEqual([]);
  });
});

describe('a view’s sources, short', () => {
  it('by title, without the trailing parenthesis, cut at a word when long; unknown keys as they are', () => {
    const sources = demoDataset().sources;
    expect(storySourceTitles(sources, ['FRONTEX', 'R36', 'NOPE', 'FRONTEX'])).toEqual([
      'Frontex, Monthly detections of illegal border-crossings',
      'EU–Turkey Statement of 18 March 2016',
      'NOPE',
    ]);
    expect(storySourceTitles(sources, undefined)).toEqual([]);
    const long = shortSourceTitle({ key: 'X', title: 'A very long title about the closure of the border between two countries and what followed it in the months after' });
    expect(long.length).toBeLessThanOrEqual(72);
    expect(long.endsWith('…')).toBe(true);
    expect(shortSourceTitle({ key: 'X', title: 'IOM (2016)' })).toBe('IOM (2016)');
  });
});

describe('opening the briefing into the storyboard', () => {
  let store: AppStore;
  const story = fixtureJson();
  beforeEach(() => {
    store = createAppStore();
    store.getState().setDataset(demoDataset());
  });

  it('fills an empty storyboard, and can present it from its first view', () => {
    openStoryInStoryboard(store, story, 'replace', { present: true });
    expect(store.getState().storyboard.map((v) => v.id)).toEqual(['how-1', 'how-2', 'how-3']);
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().presenting?.index).toBe(0);
    expect(store.getState().month).toBe('2015-10');
    expect(store.getState().layers.routeFlows).toBe(true);
  });

  it('replacing the user’s views leaves an Undo that brings them back', () => {
    store.getState().captureView({ title: 'Mine' });
    const mine = store.getState().storyboard;
    openStoryInStoryboard(store, story, 'replace');
    expect(store.getState().storyboard.map((v) => v.title)).toEqual(story.views.map((v) => v.title));
    const notice = store.getState().notices.at(-1);
    expect(notice?.message).toMatch(/its 3 views replaced your 1/);
    notice?.action?.run();
    expect(store.getState().storyboard).toEqual(mine);
  });

  it('adding keeps the user’s views first, gives taken ids new ones, and presents from the briefing', () => {
    store.getState().captureView({ title: 'Mine' });
    openStoryInStoryboard(store, story, 'append');
    const first = openStoryInStoryboard(store, story, 'append', { present: true });
    const ids = store.getState().storyboard.map((v) => v.id);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    expect(store.getState().storyboard[0]?.title).toBe('Mine');
    expect(first).toBe(4);
    expect(store.getState().presenting?.index).toBe(4);
    expect(store.getState().storyboard[4]?.sources).toEqual(['FRONTEX', 'R13']);
  });
});

describe('a view’s sources in project and presentation files', () => {
  const withSources = () => {
    const ws = storyboardWorkspace();
    const views = ws.settings.storyboard ?? [];
    return { ...ws, settings: { ...ws.settings, storyboard: [{ ...views[0]!, sources: ['FRONTEX', 'R13'] }, ...views.slice(1)] } };
  };

  it('round-trip, and a view without them is written without the field', () => {
    const text = serializeProject(withSources(), '2026-12-05T09:00:00.000Z');
    const opened = openProject(text, 'briefing.routeshift.json');
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.workspace).toEqual(withSources());
    expect(opened.workspace.settings.storyboard?.[0]?.sources).toEqual(['FRONTEX', 'R13']);
    expect('sources' in (opened.workspace.settings.storyboard?.[1] ?? {})).toBe(false);
    expect(serializeProject(opened.workspace, '2026-12-05T09:00:00.000Z')).toBe(text);
    expect(text.match(/"sources"/g)).toHaveLength(1);
  });

  it('refuses sources that are not a list of keys, with the path', () => {
    const raw = JSON.parse(serializeProject(withSources(), '2026-12-05T09:00:00.000Z'));
    raw.workspace.settings.storyboard[0].sources = 'FRONTEX';
    const opened = openProject(JSON.stringify(raw), 'bad.routeshift.json');
    expect(opened.ok ? [] : opened.error.issues?.map((i) => i.path)).toEqual(['workspace.settings.storyboard[0].sources']);
  });

  it('travel in a presentation file', () => {
    const result = parsePayload(JSON.stringify(buildPayload({ theme: 'projector' }, withSources(), '2026-12-05T09:00:00.000Z')));
    if (!result.ok) throw new Error(result.message);
    expect(result.content.workspace.settings.storyboard?.[0]?.sources).toEqual(['FRONTEX', 'R13']);
  });
});
