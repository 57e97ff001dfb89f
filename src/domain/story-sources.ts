/**
 * A story view's sources (keys into the dataset's sources) as people read them under a caption:
 * each source's title, short. Pure; the presenter and the PDF handout use it.
 */
import type { Source } from './types';

const MAX_TITLE = 72;

/**
 * 'Frontex, Monthly detections of illegal border-crossings (FRAN data as of 3 June 2025)' →
 * 'Frontex, Monthly detections of illegal border-crossings'; long titles end at a word with '…'.
 */
export function shortSourceTitle(source: Pick<Source, 'key' | 'title'>): string {
  const title = source.title.trim() || source.key;
  const bare = title.replace(/\s*\([^()]*\)\s*$/, '');
  const text = bare.length >= 12 ? bare : title;
  if (text.length <= MAX_TITLE) return text;
  const cut = text.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** The titles of `keys` in their order, once each; a key the sources do not describe is shown as it is. */
export function storySourceTitles(sources: readonly Pick<Source, 'key' | 'title'>[], keys: readonly string[] | undefined): string[] {
  if (!keys?.length) return [];
  const byKey = new Map(sources.map((s) => [s.key, s]));
  const titles = keys.map((key) => {
    const source = byKey.get(key);
    return source ? shortSourceTitle(source) : key;
  });
  return [...new Set(titles)];
}
