/**
 * Measures the presenter's overlays (title and caption, badge, legend, marking banners …) and tells
 * the map which screen edges they take, so a view's bounds are fitted into the rest
 * (`framePadding`, src/domain/framing.ts). Measured again whenever an overlay or the screen changes size.
 */
import { useLayoutEffect } from 'react';
import { boundsAspect, framePadding, type Bounds, type Box } from '../../domain/framing';
import type { AppStore } from '../../state/store';

/** Elements that sit over the map while presenting: the presenter's own, and the marking banners. */
const OVERLAY_SELECTOR = '[data-frame-overlay], .marking-banner';
/** Space kept between the view's area and the screen's or an overlay's edge. */
const FRAME_MARGIN = 16;

function relativeBox(rect: DOMRect, origin: DOMRect): Box {
  return { left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top };
}

function measure(store: AppStore, mapElement: HTMLElement, bounds: Bounds | undefined) {
  const origin = mapElement.getBoundingClientRect();
  const boxes = [...document.querySelectorAll<HTMLElement>(OVERLAY_SELECTOR)].map((el) => relativeBox(el.getBoundingClientRect(), origin));
  const padding = framePadding({ width: origin.width, height: origin.height }, boxes, { aspect: bounds ? boundsAspect(bounds) : 1, margin: FRAME_MARGIN });
  const current = store.getState().framePadding;
  if (current && current.top === padding.top && current.right === padding.right && current.bottom === padding.bottom && current.left === padding.left) return;
  store.getState().setFramePadding(padding);
}

/** `layoutKey` changes whenever the overlays may have changed (another view, an overlay hidden). */
export function useFramePadding(store: AppStore, root: React.RefObject<HTMLElement | null>, bounds: Bounds | undefined, layoutKey: string) {
  useLayoutEffect(() => {
    const mapElement = document.querySelector<HTMLElement>('[data-testid="map"]');
    if (!root.current || !mapElement) {
      if (store.getState().framePadding) store.getState().setFramePadding(null);
      return;
    }
    const run = () => measure(store, mapElement, bounds);
    run();
    // No ResizeObserver (jsdom): measured once per change of view or overlays.
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(run);
    observer.observe(mapElement);
    for (const el of document.querySelectorAll<HTMLElement>(OVERLAY_SELECTOR)) observer.observe(el);
    return () => observer.disconnect();
  }, [store, root, bounds, layoutKey]);
  // Leaving the presentation: nothing covers the map any more.
  useLayoutEffect(() => () => store.getState().setFramePadding(null), [store]);
}
