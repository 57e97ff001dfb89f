/**
 * A still of the map's current frame, laid exactly over the map while an export renders it at
 * another size underneath: the user keeps seeing the picture they had, with no resize or jump.
 * A copy in a 2D canvas (the map's WebGL canvas keeps its buffer: `preserveDrawingBuffer`) rather
 * than a second map: one WebGL context is all a headless SwiftShader Chromium can spare.
 */

export const STILL_COVER_TESTID = 'map-export-still';

/**
 * Covers `container` with a copy of `canvas` as it is now, and an inert copy of the map's controls
 * (zoom buttons, attribution), which go out of sight with the resized map. The cover is the
 * container's next sibling, absolutely positioned on the container's box, so it stacks where the
 * map does: above the map, under the panels floating over it. It also takes the pointer, so
 * nothing moves the map mid-export. Returns the function that removes it.
 */
export function coverWithStill(container: HTMLElement, canvas: HTMLCanvasElement): () => void {
  const doc = container.ownerDocument;
  const cover = doc.createElement('div');
  // The map's own classes, so that the copied controls are styled as the real ones.
  cover.className = container.className;
  cover.dataset.testid = STILL_COVER_TESTID;
  cover.setAttribute('aria-hidden', 'true');
  cover.inert = true;
  Object.assign(cover.style, {
    position: 'absolute',
    left: `${container.offsetLeft}px`,
    top: `${container.offsetTop}px`,
    width: `${container.offsetWidth}px`,
    height: `${container.offsetHeight}px`,
    overflow: 'hidden',
    cursor: 'progress',
  });
  cover.append(stillOf(canvas));
  const controls = container.querySelector('.maplibregl-control-container');
  if (controls) cover.append(controls.cloneNode(true));
  container.after(cover);
  return () => cover.remove();
}

function stillOf(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const still = canvas.ownerDocument.createElement('canvas');
  still.width = canvas.width;
  still.height = canvas.height;
  still.getContext('2d')?.drawImage(canvas, 0, 0);
  Object.assign(still.style, { position: 'absolute', inset: '0', width: '100%', height: '100%' });
  return still;
}
