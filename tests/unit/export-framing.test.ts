/**
 * Exported pictures frame their area like the presenter: the padding from the burned-in overlay's
 * boxes (title, legend, caption strip, marking bands) leaves a free area none of them covers.
 */
import { describe, expect, it } from 'vitest';
import { boxesOverlap, framePadding, freeArea } from '../../src/domain/framing';
import { overlayBoxes } from '../../src/features/media-export/frame-view';
import { legendEntries } from '../../src/features/media-export/legend-content';
import { layoutOverlay, type Measure, type OverlayContent } from '../../src/features/media-export/overlay-layout';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { demoDataset } from '../fixtures/demo-fixture';

/** A monospaced stand-in for canvas text metrics, as in media-export-layout.test.ts. */
const measure: Measure = (text, px, bold) => text.length * px * (bold ? 0.6 : 0.55);

const CONTENT: OverlayContent = {
  title: 'The Western Balkan route at its peak',
  period: 'September 2015',
  caption: 'Hungary closed its border with Serbia on 15 September; the route turned west through Croatia and Slovenia within days.',
  sources: 'Data: Frontex (3 Jun 2025) · IOM (CC BY 4.0) · UNHCR (CC BY 4.0) · Basemap: Natural Earth',
  marking: 'Official — sensitive',
  legend: legendEntries(demoDataset(), DEFAULT_LAYERS, 221_000),
};

describe('framing in exported pictures', () => {
  for (const [width, height] of [[1280, 720], [1920, 1080], [3840, 2160], [1024, 768]] as const) {
    it(`keeps the title, legend, caption and marking off the view's area at ${width}×${height}`, () => {
      const layout = layoutOverlay(width, height, CONTENT, measure);
      const boxes = overlayBoxes(layout);
      // Marking top and bottom, header, footer, and the legend where the size allows one.
      expect(boxes.length).toBe(layout.legend ? 5 : 4);
      const free = freeArea({ width, height }, framePadding({ width, height }, boxes, { aspect: 1.2, margin: 8 }));
      expect(free.right - free.left).toBeGreaterThan(width / 3);
      expect(free.bottom - free.top).toBeGreaterThan(height / 4);
      for (const box of boxes) expect(boxesOverlap(free, box)).toBe(false);
    });
  }
});
