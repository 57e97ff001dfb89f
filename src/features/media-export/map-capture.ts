/**
 * Renders the live map at an export size and reads its canvas. The map's container is sized to the
 * target (in CSS pixels) with the zoom raised so the same area stays in frame, then put back with
 * the exact camera it had. Meanwhile the user sees a still of the frame they had (still-cover.ts)
 * and the resized container is invisible, so the live map never visibly resizes or jumps.
 */
import { t } from '../../domain/i18n';
import type { MapHandle } from '../../map/MapView';
import type { PixelSize } from './file-names';
import { coverWithStill } from './still-cover';

const IDLE_TIMEOUT_MS = 8000;

export class ExportCancelled extends Error {
  constructor() {
    super(t('mediaExport.exportCancelled'));
    this.name = 'ExportCancelled';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new ExportCancelled();
}

export function nextFrames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** The map's next `event` after a repaint (or a timeout, so an export never hangs). */
function nextMapEvent(map: MapHandle['map'], event: 'idle' | 'render'): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(done, IDLE_TIMEOUT_MS);
    function done() {
      window.clearTimeout(timer);
      map.off(event, done);
      resolve();
    }
    map.on(event, done);
    map.triggerRepaint();
  });
}

/**
 * Waits until MapLibre has loaded what it needs and deck.gl has drawn the current layers: React
 * commits the new layers within a frame or two, and after a resize deck.gl draws one frame at its
 * old size (docs/stack-notes.md, "deck.gl right after a resize"), hence two frames and one more full render after the idle.
 */
export async function settleMap(handle: MapHandle, signal?: AbortSignal) {
  await nextFrames(2);
  throwIfAborted(signal);
  await nextMapEvent(handle.map, 'idle');
  await nextFrames(2);
  throwIfAborted(signal);
  // One more full render, e.g. after deck.gl caught up with a resize.
  await nextMapEvent(handle.map, 'render');
  throwIfAborted(signal);
}

export interface SizedMap {
  /** The map canvas's pixel size now. */
  size: PixelSize;
  /** Added to a screen zoom so that the same area fills the export size. */
  zoomOffset: number;
  /** Draws the map's current picture into `ctx`, filling `size`. */
  drawInto: (ctx: CanvasRenderingContext2D, size: PixelSize) => void;
  restore: () => Promise<void>;
}

/**
 * Sizes the map for an export; `null` keeps the size it has on screen. Either way the user sees a
 * still of the current frame until `restore` has put the camera (and size) back and the map has
 * redrawn: a video or storyboard export also moves the month and camera underneath.
 * `pixelRatio` draws the target with that many pixels per CSS pixel instead of the screen's (a
 * printed handout wants many pixels, but labels and lines at the size they have on a screen).
 */
export async function sizeMapFor(handle: MapHandle, target: PixelSize | null, signal?: AbortSignal, options: { pixelRatio?: number } = {}): Promise<SizedMap> {
  const { map } = handle;
  const container = map.getContainer();
  const canvas = map.getCanvas();
  const savedStyle = container.style.cssText;
  const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  const uncover = coverWithStill(container, canvas);
  const ratio = target && options.pixelRatio ? options.pixelRatio : null;
  const restore = async () => {
    if (target) {
      container.style.cssText = savedStyle;
      // null lifts the override: the map follows the screen's devicePixelRatio again (MapLibre's documented reset; its type says number).
      if (ratio) map.setPixelRatio(null as unknown as number);
      map.resize();
    }
    map.jumpTo(camera);
    // The still stays until the map has drawn itself again as it was.
    await settleMap(handle).catch(() => undefined);
    uncover();
  };
  let zoomOffset = 0;
  if (target) {
    const dpr = ratio ?? (window.devicePixelRatio || 1);
    if (ratio) map.setPixelRatio(ratio);
    const css = { width: target.width / dpr, height: target.height / dpr };
    const before = { width: container.clientWidth || css.width, height: container.clientHeight || css.height };
    // Fixed at the window's corner and invisible (WebGL still draws into it); it may reach past the window.
    Object.assign(container.style, { position: 'fixed', left: '0', top: '0', right: 'auto', bottom: 'auto', width: `${css.width}px`, height: `${css.height}px`, visibility: 'hidden' });
    map.resize();
    zoomOffset = Math.log2(Math.min(css.width / before.width, css.height / before.height));
    map.jumpTo({ ...camera, zoom: camera.zoom + zoomOffset });
  }
  try {
    await settleMap(handle, signal);
  } catch (error) {
    await restore();
    throw error;
  }
  return {
    size: target ?? { width: canvas.width, height: canvas.height },
    zoomOffset,
    drawInto: (ctx, size) => ctx.drawImage(canvas, 0, 0, size.width, size.height),
    restore,
  };
}
