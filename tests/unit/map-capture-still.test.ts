// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { MapHandle } from '../../src/map/MapView';
import { sizeMapFor } from '../../src/features/media-export/map-capture';
import { STILL_COVER_TESTID } from '../../src/features/media-export/still-cover';

/** Enough of a MapLibre map for sizeMapFor: a camera, a container, events fired on repaint. */
function fakeMap() {
  const container = document.createElement('div');
  container.style.cssText = 'position: absolute; inset: 0 0 96px 0;';
  document.body.append(container);
  for (const [prop, value] of [['offsetLeft', 0], ['offsetTop', 0], ['offsetWidth', 1024], ['offsetHeight', 672], ['clientWidth', 1024], ['clientHeight', 672]] as const) {
    Object.defineProperty(container, prop, { configurable: true, get: () => (prop.endsWith('Width') && container.style.width ? parseFloat(container.style.width) : prop.endsWith('Height') && container.style.height ? parseFloat(container.style.height) : value) });
  }
  const canvas = document.createElement('canvas');
  const controls = document.createElement('div');
  controls.className = 'maplibregl-control-container';
  controls.innerHTML = '<button class="maplibregl-ctrl-zoom-in">+</button>';
  container.append(canvas, controls);
  const camera = { center: { lng: 18.25, lat: 43.5 }, zoom: 5.3, bearing: 12, pitch: 20 };
  const listeners = new Map<string, Set<() => void>>();
  const jumps: unknown[] = [];
  const map = {
    getContainer: () => container,
    getCanvas: () => canvas,
    getCenter: () => ({ ...camera.center }),
    getZoom: () => camera.zoom,
    getBearing: () => camera.bearing,
    getPitch: () => camera.pitch,
    resize: () => {},
    jumpTo: (options: { center: { lng: number; lat: number }; zoom: number; bearing: number; pitch: number }) => {
      jumps.push(options);
      Object.assign(camera, { center: { ...options.center }, zoom: options.zoom, bearing: options.bearing, pitch: options.pitch });
    },
    on: (event: string, fn: () => void) => void (listeners.get(event) ?? listeners.set(event, new Set()).get(event))?.add(fn),
    off: (event: string, fn: () => void) => void listeners.get(event)?.delete(fn),
    triggerRepaint: () => setTimeout(() => ['render', 'idle'].forEach((e) => [...(listeners.get(e) ?? [])].forEach((fn) => fn())), 1),
  };
  return { handle: { map } as unknown as MapHandle, container, camera, jumps };
}

const still = () => document.querySelector<HTMLElement>(`[data-testid="${STILL_COVER_TESTID}"]`);

afterEach(() => document.body.replaceChildren());

describe('sizeMapFor leaves the live map as it was', () => {
  it('covers the map with a still on its own box while rendering at 1920×1080, then restores size and exact camera', async () => {
    const { handle, container, camera, jumps } = fakeMap();
    const styleBefore = container.style.cssText;
    const cameraBefore = structuredClone(camera);
    const sized = await sizeMapFor(handle, { width: 1920, height: 1080 }, undefined);

    const cover = still();
    expect(cover?.previousElementSibling).toBe(container);
    expect([cover?.style.left, cover?.style.top, cover?.style.width, cover?.style.height]).toEqual(['0px', '0px', '1024px', '672px']);
    expect(container.style.visibility).toBe('hidden');
    // The zoom buttons stay in sight (an inert copy) while the real ones go with the hidden map.
    expect(cover?.querySelector('.maplibregl-ctrl-zoom-in')?.textContent).toBe('+');
    expect(container.style.width).toBe(`${1920 / (window.devicePixelRatio || 1)}px`);
    expect(camera.zoom).toBeGreaterThan(cameraBefore.zoom);

    await sized.restore();
    expect(container.style.cssText).toBe(styleBefore);
    expect(camera).toEqual(cameraBefore);
    expect(jumps.at(-1)).toMatchObject({ bearing: 12, pitch: 20, zoom: 5.3 });
    expect(still()).toBeNull();
  });

  it('covers and restores the camera for an export at the size on screen too (video and storyboard move it)', async () => {
    const { handle, container, camera } = fakeMap();
    const cameraBefore = structuredClone(camera);
    const sized = await sizeMapFor(handle, null, undefined);
    expect(still()).not.toBeNull();
    expect(container.style.visibility).toBe('');
    handle.map.jumpTo({ center: [20, 45], zoom: 7 });
    await sized.restore();
    expect(camera).toEqual(cameraBefore);
    expect(still()).toBeNull();
  });

  it('takes the still away and restores the map when the export is cancelled while settling', async () => {
    const { handle, container } = fakeMap();
    const styleBefore = container.style.cssText;
    const controller = new AbortController();
    controller.abort();
    await expect(sizeMapFor(handle, { width: 1280, height: 720 }, controller.signal)).rejects.toThrow(/cancelled/);
    expect(container.style.cssText).toBe(styleBefore);
    expect(still()).toBeNull();
  });
});
