/**
 * Tiled datasets in project files and workspaces: saved by reference (URL, or a local file's name),
 * opened again on restore; a file reference waits with a "re-open the file" message instead of
 * being dropped; a reference to another origin is refused without a request.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openProject, serializeProject } from '../../src/data/project/project-file';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import type { TiledDatasetRef } from '../../src/domain/tiled-source';
import type { Workspace } from '../../src/domain/workspace';
import { restoreTiledDatasets } from '../../src/features/tiles/tile-actions';
import { createAppStore } from '../../src/state/store';

const PAGE = 'https://maps.example.org/app/';
const REFS: TiledDatasetRef[] = [
  { id: 'tiles-a', name: 'Incident log', source: { kind: 'url', url: 'https://maps.example.org/tiles/log.pmtiles', format: 'pmtiles' }, visible: true, loadedAt: '2026-01-02T03:04:05.000Z' },
  { id: 'tiles-b', name: 'phones.pmtiles', source: { kind: 'file', fileName: 'phones.pmtiles' }, visible: false, loadedAt: '2026-01-02T03:05:00.000Z' },
];

function workspace(tiles?: TiledDatasetRef[]): Workspace {
  return { datasets: [], settings: { month: '2015-09', layers: DEFAULT_LAYERS, theme: 'light', camera: null, demoVisible: true, ...(tiles ? { tiles } : {}) } };
}

afterEach(() => vi.unstubAllGlobals());

describe('project files', () => {
  it('keep tiled datasets by reference and give them back as they were', () => {
    const text = serializeProject(workspace(REFS.map((r) => ({ ...r, reader: { secret: 1 } }) as TiledDatasetRef)), '2026-01-03T00:00:00.000Z');
    expect(text).not.toContain('secret');
    const opened = openProject(text, 'p.routeshift.json');
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.workspace.settings.tiles).toEqual(REFS);
  });

  it('without tiled datasets keep the bytes they had', () => {
    expect(serializeProject(workspace([]), 'x')).toBe(serializeProject(workspace(), 'x'));
    expect(serializeProject(workspace(), 'x')).not.toContain('tiles');
  });

  it('refuse a malformed reference, naming its path', () => {
    const raw = JSON.parse(serializeProject(workspace(REFS), 'x'));
    raw.workspace.settings.tiles[1].source = { kind: 'file' };
    const opened = openProject(JSON.stringify(raw), 'bad.routeshift.json');
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.message).toContain('workspace.settings.tiles[1].source');
  });
});

describe('restoring references', () => {
  it('opens URLs of this origin again and asks for local files again, never dropping one', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('offline in tests')));
    vi.stubGlobal('fetch', fetchSpy);
    const store = createAppStore();
    restoreTiledDatasets(store, REFS, PAGE);
    const [url, file] = store.getState().tiledDatasets;
    expect(url).toMatchObject({ id: 'tiles-a', status: 'opening', visible: true });
    expect(file).toMatchObject({ id: 'tiles-b', status: 'needs-file', visible: false });
    expect(file!.error).toMatch(/phones\.pmtiles.*open it again/);
    expect(store.getState().notices.map((n) => n.message)).toEqual([expect.stringMatching(/phones\.pmtiles/)]);
    // The URL was really asked for (here it fails: no network in tests), and said so.
    await vi.waitFor(() => expect(store.getState().tiledDatasets[0]?.status).toBe('error'));
    expect(String((fetchSpy.mock.calls[0] as unknown[] | undefined)?.[0])).toBe('https://maps.example.org/tiles/log.pmtiles');
  });

  it('refuses a reference to another origin without a request', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('must not be called')));
    vi.stubGlobal('fetch', fetchSpy);
    const store = createAppStore();
    const foreign: TiledDatasetRef = { ...REFS[0]!, id: 'tiles-x', source: { kind: 'url', url: 'https://cdn.example.com/log.pmtiles', format: 'pmtiles' } };
    restoreTiledDatasets(store, [foreign], PAGE);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().tiledDatasets[0]).toMatchObject({ status: 'error' });
    expect(store.getState().tiledDatasets[0]!.error).toContain('https://cdn.example.com');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
