/**
 * The interface language as a setting (issue 16): `lang=` in the link, the workspace and project
 * files. An unknown code is refused like an unknown layer; absent leaves the language as it is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../../src/state/store';
import { applyLink, parseUrlState, serializeUrlState } from '../../src/state/url-state';
import { applySettings } from '../../src/state/apply-settings';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { setActiveLocale } from '../../src/domain/i18n';
import { pickSettings } from '../../src/data/project/pick-settings';
import { settingsSchema } from '../../src/data/project/project-schema';
import { applyWorkspace, currentWorkspace } from '../../src/features/import/workspace-actions';
import { openProject, serializeProject } from '../../src/data/project/project-file';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { smallWorkspace } from '../fixtures/project/small-workspace';
import { demoDataset } from '../fixtures/demo-fixture';

let store: AppStore;
const s = () => store.getState();
/** setLanguage loads the catalogue first: let its promise settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  store = createAppStore();
  s().setDataset(demoDataset());
});
afterEach(() => setActiveLocale('en'));

describe('lang= in the link', () => {
  it('is read as given and written only when it is not the default language', () => {
    expect(parseUrlState('?v=3&m=2015-10&lang=de').state.language).toBe('de');
    expect(parseUrlState('?v=3&m=2015-10').state).not.toHaveProperty('language');
    const base = { month: '2015-10' as const, layers: DEFAULT_LAYERS, selected: null };
    expect(serializeUrlState({ ...base, language: 'en' })).toBe('?v=3&m=2015-10');
    expect(serializeUrlState({ ...base, language: 'sr-Cyrl' })).toBe('?v=3&m=2015-10&lang=sr-Cyrl');
    // The browser's language is the default: a link in it says nothing, English then says so.
    expect(serializeUrlState({ ...base, language: 'de' }, 'de')).toBe('?v=3&m=2015-10');
    expect(serializeUrlState({ ...base, language: 'en' }, 'de')).toBe('?v=3&m=2015-10&lang=en');
  });

  it('switches a valid language', async () => {
    const problems = applyLink(s, '?v=3&m=2015-10&lang=de');
    expect(problems).toEqual([]);
    // The German catalogue is its own chunk: the language changes once it has loaded (and the
    // demo's corridors are named in German, its tables rebuilt: more than a second on a busy machine).
    await vi.waitFor(() => expect(s().language).toBe('de'), { timeout: 5000 });
  });

  it('reports an unknown code like an unknown layer and keeps the language', async () => {
    await s().setLanguage('it');
    const problems = applyLink(s, '?v=3&m=2015-10&lang=klingon&layers=segments,nope');
    await settle();
    // Said in the language in use (Italian here), each problem its own sentence (issue 16).
    expect(problems).toEqual(['livello sconosciuto: nope', 'lingua sconosciuta: klingon']);
    expect(s().language).toBe('it');
  });

  it('leaves the language unchanged when absent', async () => {
    await s().setLanguage('sl');
    expect(applyLink(s, '?v=3&m=2015-10')).toEqual([]);
    await settle();
    expect(s().language).toBe('sl');
  });

  it('lets the latest setting win over a default still loading', async () => {
    void s().setLanguage('de');
    applySettings(s, { language: 'en' });
    await settle();
    expect(s().language).toBe('en');
  });
});

describe('language in workspace and project settings', () => {
  const settings = { month: '2015-10' as const, layers: DEFAULT_LAYERS, theme: 'light' as const, camera: null, demoVisible: true };

  it('is written only when set, so settings without one keep their bytes', () => {
    expect(JSON.stringify(pickSettings(settings))).toBe(JSON.stringify(settings));
    expect(pickSettings({ ...settings, language: 'hr' })).toEqual({ ...settings, language: 'hr' });
  });

  it('is optional and any string in the schema: an unknown code is not a broken file', () => {
    expect(settingsSchema.parse(settings)).not.toHaveProperty('language');
    expect(settingsSchema.parse({ ...settings, language: 'xx' }).language).toBe('xx');
  });

  it('is kept in the workspace only when it differs from the browser\'s, and comes back from it', async () => {
    // jsdom's browser speaks English (navigator.languages ['en-US']).
    expect(currentWorkspace(store).settings).not.toHaveProperty('language');
    await s().setLanguage('el');
    const saved = currentWorkspace(store);
    expect(saved.settings.language).toBe('el');
    await s().setLanguage('en');
    applyWorkspace(store, saved, { moveCamera: false });
    await settle();
    expect(s().language).toBe('el');
  });

  it('travels in a project file without a version bump; the frozen fixtures open without one', () => {
    const workspace = smallWorkspace();
    const text = serializeProject({ ...workspace, settings: { ...workspace.settings, language: 'sr-Cyrl' } }, '2026-01-02T03:04:05.000Z');
    expect(JSON.parse(text)).toMatchObject({ version: 1, workspace: { settings: { language: 'sr-Cyrl' } } });
    const opened = openProject(text, 'lang.routeshift.json');
    expect(opened.ok && opened.workspace.settings.language).toBe('sr-Cyrl');
    for (const file of ['v1.routeshift.json', 'v1-storyboard.routeshift.json', 'v2-areas.routeshift.json']) {
      const fixture = openProject(readFileSync(resolve(process.cwd(), 'tests/fixtures/project', file), 'utf8'), file);
      expect(fixture.ok, file).toBe(true);
      expect(fixture.ok && fixture.workspace.settings).not.toHaveProperty('language');
    }
  });

  it('is dropped, not refused, by a reader whose schema does not know it (as an older RouteShift\'s)', () => {
    const older = settingsSchema.omit({ language: true });
    const parsed = older.safeParse({ ...settings, language: 'de' });
    expect(parsed.success).toBe(true);
    expect(parsed.data).not.toHaveProperty('language');
  });
});
