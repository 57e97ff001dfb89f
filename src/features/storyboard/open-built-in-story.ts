/**
 * Opening a built-in briefing: its views become the storyboard (or join it), so it is edited,
 * presented, exported and saved like any storyboard. Nothing the user made is lost silently:
 * replacing a storyboard that has views leaves an Undo that puts them back; adding keeps them.
 */
import { en, t, type MessageKey } from '../../domain/i18n';
import type { BuiltInStory, StoryView } from '../../domain/storyboard';
import { newViewId } from '../../state/slices/storyboard-slice';
import type { AppStore } from '../../state/store';

/** The briefing the app ships: its file is written by the data build (scripts/build-data.ts). */
export const ROUTE_SHIFT_STORY = { id: 'how-the-route-shifted', title: 'How the route shifted' } as const;

export function storyUrl(id: string, base: string = document.baseURI): string {
  return new URL(`data/stories/${id}.json`, base).href;
}

/** Loads and checks the briefing (its code, with zod, loads now). Throws with a message for the user. */
export async function fetchBuiltInStory(id: string = ROUTE_SHIFT_STORY.id, name: string = ROUTE_SHIFT_STORY.title): Promise<BuiltInStory> {
  const [{ loadBuiltInStory }, { assetFetch }] = await Promise.all([import('./built-in-story'), import('../../data/inline-assets')]);
  return loadBuiltInStory(storyUrl(id), name, assetFetch);
}

export type StoryOpenMode = 'replace' | 'append';

/**
 * A text of the app's own briefing in the active language (catalogue area `builtInBriefing`), or
 * `text` as the file has it: for another story, a key the catalogue lacks, or an English message
 * that is no longer the file's text (figures rebuilt from new data: never show a stale figure).
 */
function briefingText(story: BuiltInStory, key: string, text: string): string {
  if (story.id !== ROUTE_SHIFT_STORY.id || !(key in en) || en[key as MessageKey] !== text) return text;
  return t(key as MessageKey);
}

/** The story with its title, description and views' title, caption and notes in the active language (only the app's own briefing). */
export function localizedStory(story: BuiltInStory): BuiltInStory {
  const field = (view: StoryView, name: 'title' | 'caption' | 'notes') => {
    const text = view[name];
    return typeof text === 'string' && text !== '' ? briefingText(story, `builtInBriefing.${view.id}.${name}`, text) : text;
  };
  return {
    ...story,
    title: briefingText(story, 'builtInBriefing.title', story.title),
    description: briefingText(story, 'builtInBriefing.description', story.description),
    views: story.views.map((view) => ({ ...view, title: field(view, 'title'), caption: field(view, 'caption'), notes: field(view, 'notes') })),
  };
}

/**
 * Copies of the story's views, with new ids where one is taken already (a second opening, say). The
 * app's own briefing gets its texts in the active language now; from then on they are the user's
 * storyboard, never re-translated on a later language change.
 */
function freshViews(story: BuiltInStory, taken: ReadonlySet<string>): StoryView[] {
  return localizedStory(story).views.map((view) => ({ ...structuredClone(view), id: taken.has(view.id) ? newViewId() : view.id }));
}

/**
 * Puts the story's views in the storyboard: in place of the user's views ('replace', with Undo) or
 * after them ('append'). With `present`, the presenter opens at the story's first view. Returns the
 * index of that view.
 */
export function openStoryInStoryboard(store: AppStore, story: BuiltInStory, mode: StoryOpenMode, { present = false }: { present?: boolean } = {}): number {
  const before = store.getState().storyboard;
  const taken = new Set(mode === 'append' ? before.map((v) => v.id) : []);
  const views = freshViews(story, taken);
  const first = mode === 'append' ? before.length : 0;
  store.getState().setStoryboard(mode === 'append' ? [...before, ...views] : views);
  const counts = { title: briefingText(story, 'builtInBriefing.title', story.title), count: views.length, before: before.length };
  if (mode === 'replace' && before.length > 0) {
    store.getState().pushNotice('info', t('storyboard.briefingReplaced', counts), {
      label: t('storyboard.undo'),
      run: () => store.getState().setStoryboard(before),
    });
  } else if (mode === 'append' && before.length > 0) {
    store.getState().pushNotice('info', t('storyboard.briefingAdded', counts));
  }
  if (present) store.getState().startPresenting(first);
  return first;
}
