/* global document, getComputedStyle, window */
// s) Views keep their framing (issue 15, items 1 and 8): a view captured at 1920×1080 and presented
//    at 1024×768 shows the whole area it captured, inside the part of the map that the caption,
//    position badge and legend leave free (checked through the map's bounds and its projection of
//    the view's corners); H hides those overlays and the view is framed larger; back at 1920×1080 it
//    is framed again.
import assert from 'node:assert/strict';
import { eventually } from '../driver.mjs';

/** The long caption of the briefing: its box is about 680 × 170 px at 1024×768. */
const CAPTION =
  'September 2015. People cross from Turkey to Lesbos and the other Greek islands, take the ferry to Athens, go north through North Macedonia and Serbia and, once Hungary closes its fence on the 15th, turn west into Croatia at Tovarnik.';

const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** The view's bounds lie inside the map's bounds and its box touches no overlay. */
function assertFramed(f, what) {
  assert.ok(f, `${what}: no framed view`);
  const [w, s, e, n] = f.viewBounds;
  const [mw, ms, me, mn] = f.mapBounds;
  assert.ok(w >= mw && s >= ms && e <= me && n <= mn, `${what}: view bounds ${JSON.stringify(f.viewBounds)} not inside the map's ${JSON.stringify(f.mapBounds)}`);
  const box = f.viewBox;
  assert.ok(box.left >= -1 && box.top >= -1 && box.right <= f.size.width + 1 && box.bottom <= f.size.height + 1, `${what}: view box ${JSON.stringify(box)} outside the map ${JSON.stringify(f.size)}`);
  for (const o of f.overlays) assert.ok(!overlap(box, o), `${what}: view box ${JSON.stringify(box)} under an overlay ${JSON.stringify(o)} (padding ${JSON.stringify(f.padding)}, map ${JSON.stringify(f.size)})`);
}

export default {
  name: 'view-framing',
  timeout: 150_000,
  async run({ given, then, when, hook, page, testid }) {
    await page.setViewportSize({ width: 1920, height: 1080 });
    // The whole Balkans, from Greece to Hungary, in the month of the briefing.
    await given.appOpen('m=2015-09&c=21,43,5.4');
    const settled = () =>
      eventually(async () => {
        const a = await hook('camera');
        await page.waitForTimeout(250);
        const b = await hook('camera');
        assert.ok(a && b && a.lon === b.lon && a.lat === b.lat && a.zoom === b.zoom, 'map still moving');
        assert.equal(await hook('mapMoving'), false, 'map still moving (no moveend yet)');
      }, { timeout: 30_000 });
    await settled();
    await testid('capture-view').first().dispatchEvent('click');
    await then.visible('story-caption');
    await testid('story-caption').first().fill(CAPTION);
    const [captured] = await page.evaluate(() => window.__routeshift.storyboard());
    assert.equal(captured.month, '2015-09');

    await page.setViewportSize({ width: 1024, height: 768 });
    await testid('present-button').first().dispatchEvent('click');
    await then.visible('presenter');
    await then.visible('presenter-legend');
    await then.visible('presenter-caption');

    let withOverlays;
    await eventually(async () => {
      await settled();
      const f = await hook('framing');
      // Caption, badge and legend at least, besides the progress line and the exit button.
      assert.ok(f && f.overlays.length >= 5, `overlays measured: ${JSON.stringify(f?.overlays)}`);
      assertFramed(f, 'presented at 1024×768');
      withOverlays = f;
    }, { timeout: 30_000 });
    // The captured area is the one a 1920×1080 screen showed: its corners come from that capture.
    assert.ok(withOverlays.viewBounds[2] - withOverlays.viewBounds[0] > 20, `captured bounds too narrow: ${JSON.stringify(withOverlays.viewBounds)}`);
    const legendSize = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('[data-testid="presenter-legend"] li')).fontSize));
    assert.ok(legendSize >= 16, `legend text ${legendSize}px, expected ≥ 16 px at 1024×768`);
    // Caption and legend are shown whole: nothing cut off at the bottom of either box.
    const cut = await page.evaluate(() => ['presenter-caption', 'presenter-legend'].map((id) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return { id, scroll: el.scrollHeight, client: el.clientHeight };
    }));
    for (const box of cut) assert.ok(box.scroll <= box.client + 1, `${box.id} is cut off at 1024×768: ${box.scroll}px of content in ${box.client}px`);

    await when.pressKey('h');
    await then.hidden('presenter-caption');
    await then.hidden('presenter-legend');
    await eventually(async () => {
      await settled();
      const f = await hook('framing');
      assertFramed(f, 'overlays hidden');
      const width = (x) => x.viewBox.right - x.viewBox.left;
      assert.ok(width(f) > width(withOverlays) + 10, `hiding the overlays should frame the view larger: ${width(f)} vs ${width(withOverlays)}`);
    }, { timeout: 30_000 });
    await when.pressKey('h');
    await then.visible('presenter-caption');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await eventually(async () => {
      await settled();
      assertFramed(await hook('framing'), 'presented at 1920×1080');
    }, { timeout: 30_000 });
    await when.pressKey('Escape');
    await then.hidden('presenter');
  },
};
