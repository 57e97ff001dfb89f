/**
 * Framing a storyboard view: the area a view shows (its bounds) is fitted into the part of the
 * screen the overlays (title, caption, badge, legend) leave free. Pure: the presenter measures the
 * overlays' boxes, this turns them into the padding MapLibre's fitBounds/cameraForBounds takes.
 */

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A box in pixels relative to the map's top-left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

type Side = keyof Padding;
const SIDES: Side[] = ['top', 'right', 'bottom', 'left'];

/** Web Mercator y of a latitude, in the same unit as longitude radians (so widths and heights compare). */
function mercatorY(lat: number): number {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/** Width over height of the bounds as drawn in Web Mercator (what fitting has to keep). */
export function boundsAspect([west, south, east, north]: Bounds): number {
  const width = ((east - west) * Math.PI) / 180;
  const height = mercatorY(north) - mercatorY(south);
  return height > 0 && width > 0 ? width / height : 1;
}

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

/**
 * The area a camera shows on a screen of `size` CSS pixels: a view saved without bounds (older
 * files, most built-in views) shows about this much, whatever size it is drawn at later.
 */
export function cameraBounds(camera: { lon: number; lat: number; zoom: number }, size: Size): Bounds {
  const degreesPerPx = 360 / (WORLD_PX * 2 ** camera.zoom);
  const radiansPerPx = (degreesPerPx * Math.PI) / 180;
  const centreY = mercatorY(camera.lat);
  const latOf = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
  const halfW = (size.width / 2) * degreesPerPx;
  const halfH = (size.height / 2) * radiansPerPx;
  return [camera.lon - halfW, latOf(centreY - halfH), camera.lon + halfW, latOf(centreY + halfH)];
}

/** The padding on `side` that takes `box` out of the free area. */
function paddingToClear(side: Side, box: Box, size: Size): number {
  if (side === 'top') return box.bottom;
  if (side === 'bottom') return size.height - box.top;
  if (side === 'left') return box.right;
  return size.width - box.left;
}

/** Only boxes on the screen matter (a hidden overlay measures 0 × 0). */
function onScreen(box: Box, size: Size): boolean {
  return box.right > box.left && box.bottom > box.top && box.right > 0 && box.bottom > 0 && box.left < size.width && box.top < size.height;
}

/** How large the bounds can be drawn in the free area: the scale of the fit, up to a constant. */
function fitScale(padding: Padding, size: Size, aspect: number): number {
  const width = size.width - padding.left - padding.right;
  const height = size.height - padding.top - padding.bottom;
  if (width <= 0 || height <= 0) return 0;
  return Math.min(width / aspect, height);
}

/**
 * The padding that keeps every overlay box out of the area the bounds are fitted into, chosen so
 * that the bounds come out as large as they can: each box is cleared by pushing one edge of the free
 * area past it, and every way of choosing those edges is tried (a presenter has a handful of
 * overlays, so at most 4^n, n ≤ 6, cheap). `margin` keeps the data off the screen's and the boxes' edges.
 */
export function framePadding(size: Size, boxes: readonly Box[], options: { aspect?: number; margin?: number } = {}): Padding {
  const aspect = options.aspect ?? 1;
  const margin = options.margin ?? 0;
  const shown = boxes.filter((b) => onScreen(b, size)).slice(0, 6);
  let best: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  let bestScale = -1;
  const choices = 4 ** shown.length;
  for (let choice = 0; choice < choices; choice++) {
    const padding: Padding = { top: margin, right: margin, bottom: margin, left: margin };
    let rest = choice;
    for (const box of shown) {
      const side = SIDES[rest % 4] as Side;
      rest = Math.floor(rest / 4);
      padding[side] = Math.max(padding[side], paddingToClear(side, box, size) + margin);
    }
    const scale = fitScale(padding, size, aspect);
    if (scale > bestScale) {
      best = padding;
      bestScale = scale;
    }
  }
  return roundPadding(best);
}

const roundPadding = (p: Padding): Padding => ({ top: Math.ceil(p.top), right: Math.ceil(p.right), bottom: Math.ceil(p.bottom), left: Math.ceil(p.left) });

/** The free area a padding leaves, as a box. */
export function freeArea(size: Size, padding: Padding): Box {
  return { left: padding.left, top: padding.top, right: size.width - padding.right, bottom: size.height - padding.bottom };
}

/** Whether two boxes overlap (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether `inner` lies within `outer`, allowing `tolerance` pixels. */
export function boxInside(inner: Box, outer: Box, tolerance = 0): boolean {
  return inner.left >= outer.left - tolerance && inner.top >= outer.top - tolerance && inner.right <= outer.right + tolerance && inner.bottom <= outer.bottom + tolerance;
}

/** Where the presenter gathers its caption and legend: a column at the right, or a band along the bottom. */
export type Dock = 'side' | 'bottom';

/** The share of the screen each dock takes, as the presenter's stylesheet lays them out (approximately). */
export const DOCK_SHARE = { side: 0.37, bottom: 0.4 } as const;

/**
 * The dock that leaves the view's area the most room: a tall area (the Balkans from Greece to
 * Austria) fits beside a column, a wide one (the whole Mediterranean) above a band. Without bounds
 * (views captured before framing), the band.
 */
export function chooseDock(size: Size, bounds: Bounds | undefined): Dock {
  if (!bounds || size.width <= 0 || size.height <= 0) return 'bottom';
  const aspect = boundsAspect(bounds);
  const side = fitScale({ top: 0, bottom: 0, left: 0, right: size.width * DOCK_SHARE.side }, size, aspect);
  const bottom = fitScale({ top: 0, bottom: size.height * DOCK_SHARE.bottom, left: 0, right: 0 }, size, aspect);
  return side > bottom ? 'side' : 'bottom';
}

/** The bounds grown by `fraction` of their width and height on every side. */
export function expandBounds([west, south, east, north]: Bounds, fraction: number): Bounds {
  const dx = (east - west) * fraction;
  const dy = (north - south) * fraction;
  return [west - dx, south - dy, east + dx, north + dy];
}

/** Whether two bounds share any area (touching edges count). */
export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The bounds of a list of [lon, lat] positions, or null when there are none. */
export function boundsOf(positions: Iterable<readonly [number, number]>): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of positions) {
    west = Math.min(west, lon);
    south = Math.min(south, lat);
    east = Math.max(east, lon);
    north = Math.max(north, lat);
  }
  return west <= east ? [west, south, east, north] : null;
}
