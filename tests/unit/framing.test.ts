/**
 * Framing a view into the screen the presenter's overlays leave free (src/domain/framing.ts):
 * whatever the screen size and wherever the overlays sit, the free area the padding leaves touches
 * none of them, and a fit of the view's bounds into it (as MapLibre's cameraForBounds does) stays inside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCK_SHARE, boundsAspect, boxInside, boxesOverlap, cameraBounds, chooseDock, framePadding, freeArea, type Bounds, type Box, type Padding, type Size } from '../../src/domain/framing';

/** Screens from a small projector to 4K. */
const screen = fc.record({ width: fc.integer({ min: 1024, max: 3840 }), height: fc.integer({ min: 768, max: 2160 }) });

/** An overlay as the presenter places them: against one or two edges of the screen, at most 45 % of it. */
function overlayOn(size: Size) {
  return fc
    .record({
      w: fc.double({ min: 0.02, max: 0.45, noNaN: true }),
      h: fc.double({ min: 0.02, max: 0.45, noNaN: true }),
      corner: fc.constantFrom('top-left', 'top-right', 'bottom-left', 'bottom-right', 'top', 'bottom'),
      inset: fc.integer({ min: 0, max: 60 }),
    })
    .map(({ w, h, corner, inset }): Box => {
      const width = w * size.width;
      const height = h * size.height;
      const left = corner.endsWith('right') ? size.width - inset - width : corner === 'top' || corner === 'bottom' ? (size.width - width) / 2 : inset;
      const top = corner.startsWith('bottom') ? size.height - inset - height : inset;
      return { left, top, right: left + width, bottom: top + height };
    });
}

const screenWithOverlays = screen.chain((size) => fc.tuple(fc.constant(size), fc.array(overlayOn(size), { maxLength: 6 })));

/** Mercator bounds of a view, somewhere around the Balkans and the Mediterranean. */
const bounds = fc
  .record({ west: fc.double({ min: -10, max: 30, noNaN: true }), south: fc.double({ min: 30, max: 50, noNaN: true }), w: fc.double({ min: 0.5, max: 25, noNaN: true }), h: fc.double({ min: 0.5, max: 15, noNaN: true }) })
  .map(({ west, south, w, h }) => [west, south, west + w, south + h] as [number, number, number, number]);

/** The bounds' box after fitting them, centred, into the free area (what cameraForBounds does with this padding). */
function fittedBox(size: Size, padding: Padding, aspect: number): Box {
  const free = freeArea(size, padding);
  const width = free.right - free.left;
  const height = free.bottom - free.top;
  const scale = Math.min(width / aspect, height);
  const cx = (free.left + free.right) / 2;
  const cy = (free.top + free.bottom) / 2;
  return { left: cx - (scale * aspect) / 2, right: cx + (scale * aspect) / 2, top: cy - scale / 2, bottom: cy + scale / 2 };
}

describe('framePadding', () => {
  it('leaves a free area that no overlay touches, at any size from 1024×768 to 4K', () => {
    fc.assert(
      fc.property(screenWithOverlays, bounds, ([size, boxes], b) => {
        const padding = framePadding(size, boxes, { aspect: boundsAspect(b), margin: 16 });
        const free = freeArea(size, padding);
        expect(free.right).toBeGreaterThan(free.left);
        expect(free.bottom).toBeGreaterThan(free.top);
        for (const box of boxes) expect(boxesOverlap(free, box)).toBe(false);
        const fitted = fittedBox(size, padding, boundsAspect(b));
        expect(boxInside(fitted, free, 1e-6)).toBe(true);
        for (const box of boxes) expect(boxesOverlap(fitted, box)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the margin from every screen edge', () => {
    fc.assert(
      fc.property(screenWithOverlays, fc.integer({ min: 0, max: 40 }), ([size, boxes], margin) => {
        const padding = framePadding(size, boxes, { margin });
        for (const side of ['top', 'right', 'bottom', 'left'] as const) expect(padding[side]).toBeGreaterThanOrEqual(margin);
      }),
    );
  });

  it('draws the bounds at least as large as clearing every overlay at the bottom would', () => {
    fc.assert(
      fc.property(screenWithOverlays, bounds, ([size, boxes], b) => {
        const aspect = boundsAspect(b);
        const chosen = fittedBox(size, framePadding(size, boxes, { aspect }), aspect);
        const bottomOnly: Padding = { top: 0, left: 0, right: 0, bottom: Math.max(0, ...boxes.map((box) => size.height - box.top)) };
        const naive = fittedBox(size, bottomOnly, aspect);
        // framePadding rounds each edge up to a whole pixel: up to 2 px of height, so 2 × aspect of width.
        expect(chosen.right - chosen.left).toBeGreaterThanOrEqual(naive.right - naive.left - 2 * Math.max(1, aspect) - 1e-6);
      }),
    );
  });

  it('clears the 1024×768 presenter of the issue: caption bottom left, badge bottom right, legend top right', () => {
    const size = { width: 1024, height: 768 };
    const caption: Box = { left: 24, top: 768 - 40 - 170, right: 24 + 614, bottom: 768 - 40 };
    const badge: Box = { left: 1024 - 24 - 70, top: 768 - 40 - 40, right: 1024 - 24, bottom: 768 - 40 };
    const legend: Box = { left: 1024 - 12 - 330, top: 72, right: 1024 - 12, bottom: 72 + 380 };
    const balkans: [number, number, number, number] = [12, 36, 24, 48];
    const padding = framePadding(size, [caption, badge, legend], { aspect: boundsAspect(balkans), margin: 16 });
    const free = freeArea(size, padding);
    for (const box of [caption, badge, legend]) expect(boxesOverlap(free, box)).toBe(false);
    // Something is left to show the view in: more than a third of the screen's height.
    expect(free.bottom - free.top).toBeGreaterThan(768 / 3);
  });

  it('ignores overlays that are hidden (0 × 0) or off the screen', () => {
    const size = { width: 1280, height: 800 };
    const hidden: Box = { left: 0, top: 0, right: 0, bottom: 0 };
    const off: Box = { left: 2000, top: 10, right: 2100, bottom: 50 };
    expect(framePadding(size, [hidden, off], { margin: 10 })).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
  });
});

describe('boundsAspect', () => {
  it('is wider than tall for a band of longitude near the equator, and Mercator stretches the north', () => {
    expect(boundsAspect([0, -1, 10, 1])).toBeGreaterThan(4);
    expect(boundsAspect([0, 60, 10, 70])).toBeLessThan(boundsAspect([0, 0, 10, 10]));
  });
});

describe('chooseDock', () => {
  const balkans: Bounds = [17.5, 36.5, 28, 47.8];
  const mediterranean: Bounds = [-7, 32.5, 29.5, 47];
  it('puts caption and legend beside a tall area and under a wide one, on a 4:3 projector and a 16:9 screen', () => {
    for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
      expect(chooseDock(size, balkans)).toBe('side');
      expect(chooseDock(size, mediterranean)).toBe('bottom');
    }
  });
  it('uses the band for a view without bounds, and for an empty screen', () => {
    expect(chooseDock({ width: 1920, height: 1080 }, undefined)).toBe('bottom');
    expect(chooseDock({ width: 0, height: 0 }, balkans)).toBe('bottom');
  });
  it('picks the dock under which the bounds come out larger', () => {
    fc.assert(
      fc.property(screen, fc.double({ min: 2, max: 60, noNaN: true }), (size, widthDeg) => {
        const bounds: Bounds = [10, 35, 10 + widthDeg, 45];
        const aspect = boundsAspect(bounds);
        const side = Math.min((size.width * (1 - DOCK_SHARE.side)) / aspect, size.height);
        const bottom = Math.min(size.width / aspect, size.height * (1 - DOCK_SHARE.bottom));
        const dock = chooseDock(size, bounds);
        if (Math.abs(side - bottom) > 1) expect(dock).toBe(side > bottom ? 'side' : 'bottom');
        else expect(['side', 'bottom']).toContain(dock);
      }),
    );
  });
});

describe('cameraBounds', () => {
  it('is the area a camera shows on a screen: the shape of the screen, centred on the camera, halved by each zoom step', () => {
    fc.assert(
      fc.property(screen, fc.double({ min: -30, max: 40, noNaN: true }), fc.double({ min: -40, max: 60, noNaN: true }), fc.double({ min: 4, max: 9, noNaN: true }), (size, lon, lat, zoom) => {
        const bounds = cameraBounds({ lon, lat, zoom }, size);
        const [west, south, east, north] = bounds;
        expect(boundsAspect(bounds)).toBeCloseTo(size.width / size.height, 6);
        expect((west + east) / 2).toBeCloseTo(lon, 9);
        expect(south).toBeLessThan(lat);
        expect(north).toBeGreaterThan(lat);
        // 512 px tiles: at zoom z the world is 512 · 2^z px wide.
        expect(east - west).toBeCloseTo((360 * size.width) / (512 * 2 ** zoom), 9);
        const closer = cameraBounds({ lon, lat, zoom: zoom + 1 }, size);
        expect(closer[2] - closer[0]).toBeCloseTo((east - west) / 2, 9);
      }),
    );
  });
});
