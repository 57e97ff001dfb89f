/**
 * Where the speaker's window lives. The app build has a page of its own for it, speaker.html,
 * which loads no map and no data. A presentation file is one HTML file with nothing beside it, so
 * there the speaker window is the same file with `?speaker=1` (src/app/main.tsx routes it).
 */

export const SPEAKER_QUERY_KEY = 'speaker';
/** The window's name: opening it again finds the same window instead of a new one. */
export const SPEAKER_WINDOW_NAME = 'routeshift-speaker';

/** True for the speaker route of a single-file page (`?speaker=1`). */
export function isSpeakerRoute(search: string): boolean {
  return new URLSearchParams(search).get(SPEAKER_QUERY_KEY) === '1';
}

/** The speaker window's address for a page at `pageUrl`; `singleFile` = a presentation file. */
export function speakerWindowUrl(pageUrl: string, singleFile: boolean): string {
  if (!singleFile) return new URL('speaker.html', pageUrl).href;
  const url = new URL(pageUrl);
  url.search = `?${SPEAKER_QUERY_KEY}=1`;
  url.hash = '';
  return url.href;
}
