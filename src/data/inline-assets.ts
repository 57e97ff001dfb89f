/**
 * The files the app fetches from its own origin (demo data, basemap). The presentation file
 * (vite.presentation.config.ts) carries them inline as JSON script elements, because a page opened
 * from disk can fetch nothing; these helpers read them from there and fall back to the network.
 */

/** Id prefix of an inlined file's script element; the rest is its path in public/. */
export const INLINE_ASSET_PREFIX = 'routeshift-asset:';

function inlineText(path: string): string | null {
  return document.getElementById(INLINE_ASSET_PREFIX + path)?.textContent ?? null;
}

/** The path of an own-origin URL relative to the page, e.g. 'data/demo.json'. */
function pagePath(url: string): string | null {
  const base = new URL('.', document.baseURI).href;
  return url.startsWith(base) ? url.slice(base.length).split(/[?#]/)[0] ?? null : null;
}

/** True when the page carries its files inline: the presentation build, saved or not. */
export function hasInlineAssets(): boolean {
  return inlineText('data/demo.json') !== null;
}

/** An inlined file parsed, or undefined when the page does not carry it. */
export function inlineJson(path: string): unknown {
  const text = inlineText(path);
  return text === null ? undefined : JSON.parse(text);
}

/** fetch() for the app's own files: the inlined copy when there is one, the network otherwise. */
export const assetFetch = ((input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? new URL(input, document.baseURI).href : input instanceof URL ? input.href : input.url;
  const path = pagePath(url);
  const text = path === null ? null : inlineText(path);
  if (text === null) return fetch(input, init);
  return Promise.resolve(new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } }));
}) as typeof fetch;
