/** A4 pages of the handout: sizes, the strips for marking and page numbers, the content area. */

export type Orientation = 'landscape' | 'portrait';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const PAGE_SIZE: Record<Orientation, { width: number; height: number }> = {
  landscape: { width: 297, height: 210 },
  portrait: { width: 210, height: 297 },
};

/** Left and right margin, mm. */
export const MARGIN = 10;
/** Top and bottom strips (marking, running title, page number), mm. */
export const STRIP = 12;

export function contentArea(orientation: Orientation): Rect {
  const page = PAGE_SIZE[orientation];
  return { x: MARGIN, y: STRIP, width: page.width - 2 * MARGIN, height: page.height - 2 * STRIP };
}

/** The largest area (mm²) at which something of `aspect` (width / height) fits into `width` × `height`. */
export function fittedArea(aspect: number, width: number, height: number): number {
  if (width <= 0 || height <= 0 || !(aspect > 0)) return 0;
  const w = Math.min(width, height * aspect);
  return w * (w / aspect);
}
