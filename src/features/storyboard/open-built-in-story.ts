/**
 * Opening a built-in briefing: its views become the storyboard (or join it), so it is edited,
 * presented, exported and saved like any storyboard. Nothing the user made is lost silently:
 * replacing a storyboard that has views leaves an Undo that puts them back; adding keeps them.
 */
import { t } from '../../domain/i18n';
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

/** Copies of the story's views, with new ids where one is taken already (a second opening, say). */
function freshViews(story: BuiltInStory, taken: ReadonlySet<string>): StoryView[] {
  return story.views.map((view) => ({ ...structuredClone(view), id: taken.has(view.id) ? newViewId() : view.id }));
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
  const counts = { title: story.title, count: views.length, before: before.length };
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
