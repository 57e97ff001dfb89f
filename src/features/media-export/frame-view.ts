/**
 * Framing in exported pictures: a view's area (or the live map's, for a PNG of the current view) is
 * fitted into the part of the picture the burned-in overlay (title, legend, caption, marking) leaves
 * free, with the same padding computation as the presenter (src/domain/framing.ts).
 */
import { boundsAspect, framePadding, type Bounds, type Box, type Padding } from '../../domain/framing';
import type { StoryView } from '../../domain/storyboard';
import type { MapHandle } from '../../map/MapView';
import { canvasMeasure } from './draw-overlay';
import type { SizedMap } from './map-capture';
import { layoutOverlay, type OverlayContent, type OverlayLayout } from './overlay-layout';

type LayoutBox = OverlayLayout['header']['box'];
const toBox = (b: LayoutBox): Box => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });

/** The boxes the overlay takes, in the picture's pixels. */
export function overlayBoxes(layout: OverlayLayout): Box[] {
  const blocks = [layout.markingTop, layout.markingBottom, layout.header, layout.footer, layout.legend];
  return blocks.flatMap((block) => (block ? [toBox(block.box)] : []));
}

/** The padding, in the map's CSS pixels, that keeps `bounds` clear of the overlay drawn over `sized`. */
export function exportPadding(map: MapHandle['map'], sized: SizedMap, content: OverlayContent, bounds: Bounds): Padding {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return { top: 0, right: 0, bottom: 0, left: 0 };
  const { width, height } = sized.size;
  const layout = layoutOverlay(width, height, content, canvasMeasure(ctx));
  const picture = framePadding(sized.size, overlayBoxes(layout), { aspect: boundsAspect(bounds), margin: Math.round(16 * layout.scale) });
  // The picture is the canvas in device pixels; MapLibre's padding is in CSS pixels.
  const cssPerPixel = (map.getContainer().clientWidth || width) / width;
  return { top: picture.top * cssPerPixel, right: picture.right * cssPerPixel, bottom: picture.bottom * cssPerPixel, left: picture.left * cssPerPixel };
}

/** Puts `bounds` in the free part of the picture; false when they cannot be fitted (the camera is left alone). */
export function frameBounds(map: MapHandle['map'], sized: SizedMap, content: OverlayContent, bounds: Bounds): boolean {
  const [west, south, east, north] = bounds;
  const fit = map.cameraForBounds([[west, south], [east, north]], { padding: exportPadding(map, sized, content, bounds) });
  if (!fit) return false;
  map.jumpTo(fit);
  return true;
}

/** A storyboard view in an export: its bounds framed, or (older views) its centre with the zoom raised to the export size. */
export function frameViewForExport(map: MapHandle['map'], view: StoryView, sized: SizedMap, content: OverlayContent) {
  if (view.bounds && frameBounds(map, sized, content, view.bounds)) return;
  map.jumpTo({ center: [view.camera.lon, view.camera.lat], zoom: view.camera.zoom + sized.zoomOffset });
}

/** The map's visible area now (before it is resized for an export). */
export function visibleBounds(map: MapHandle['map']): Bounds {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}
