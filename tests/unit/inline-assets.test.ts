// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assetFetch, hasInlineAssets, INLINE_ASSET_PREFIX, inlineJson } from '../../src/data/inline-assets';

function inlineFile(path: string, json: string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = INLINE_ASSET_PREFIX + path;
  script.textContent = json;
  document.body.append(script);
}

describe('inline assets (the presentation file)', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('serves an inlined file without the network, and fetches the others', async () => {
    const network = vi.fn(async () => new Response('"from the network"'));
    vi.stubGlobal('fetch', network);
    inlineFile('basemap/labels.json', '[{"name":"Šid \\u003c1\\u003e"}]');
    const inlined = await assetFetch(new URL('basemap/labels.json', document.baseURI).href);
    expect(await inlined.json()).toEqual([{ name: 'Šid <1>' }]);
    expect(network).not.toHaveBeenCalled();
    const other = await assetFetch(new URL('basemap/rivers.json', document.baseURI).href);
    expect(await other.json()).toBe('from the network');
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('says whether the page carries the demo, and parses what it carries', () => {
    expect(hasInlineAssets()).toBe(false);
    expect(inlineJson('data/demo.json')).toBeUndefined();
    inlineFile('data/demo.json', '{"format":"routeshift-dataset"}');
    expect(hasInlineAssets()).toBe(true);
    expect(inlineJson('data/demo.json')).toEqual({ format: 'routeshift-dataset' });
  });
});
