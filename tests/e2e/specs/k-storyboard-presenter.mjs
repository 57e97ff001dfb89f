/* global document, getComputedStyle */
// k) A three-view storyboard built with the panel's buttons, presented with PageDown: each view's
//    month and area (its bounds, inside the map's) come back, "2 / 3" shows, B blanks the screen and
//    Escape leaves; after it PageDown/PageUp step on from the view that was showing (never a year back).
import assert from 'node:assert/strict';
import { eventually } from '../driver.mjs';

const near = (a, b, what) => {
  assert.ok(Math.abs(a.lon - b.lon) < 0.05 && Math.abs(a.lat - b.lat) < 0.05 && Math.abs(a.zoom - b.zoom) < 0.05, `${what}: camera ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`);
};

export default {
  name: 'storyboard-presenter',
  // Generous for a loaded CI machine; it takes about half of this on an idle one.
  timeout: 150_000,
  async run({ given, when, then, hook, page, testid, textOf }) {
    // Zoomed in enough that the map's bounds never shift a view's centre when the presenter enlarges the map.
    await given.appOpen('m=2015-10&c=18,43,5');
    await then.visible('storyboard-empty');

    /** Waits until the map is at rest and the store has its camera, so that a capture records it. */
    const settled = (awayFrom = null) =>
      eventually(async () => {
        const a = await hook('camera');
        await page.waitForTimeout(200);
        const b = await hook('camera');
        assert.ok(a && b && a.lon === b.lon && a.lat === b.lat && a.zoom === b.zoom, 'map still moving');
        assert.equal(await hook('mapMoving'), false, 'map still moving (no moveend yet)');
        assert.ok(!awayFrom || b.lon !== awayFrom.lon || b.zoom !== awayFrom.zoom, 'map has not moved yet');
        return b;
      }, { timeout: 30_000 });
    const box = await testid('map').first().boundingBox();
    assert.ok(box, 'no map box');
    const drag = async (dx, dy) => {
      const x = box.x + box.width * 0.6;
      const y = box.y + box.height * 0.4;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
      await page.mouse.move(x + dx, y + dy, { steps: 4 });
      await page.mouse.up();
    };

    // A DOM click: Playwright's "stable" check waits on animation frames, which a busy CPU renderer starves.
    const capture = () => testid('capture-view').first().dispatchEvent('click');
    const cameras = [];
    cameras.push(await settled());
    await capture();

    await when.setMonth('2016-06');
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    cameras.push(await settled(cameras[0]));
    await capture();

    await when.setMonth('2017-03');
    await drag(-200, 80);
    cameras.push(await settled(cameras[1]));
    await capture();

    const views = await hook('storyboard');
    assert.deepEqual(views.map((v) => v.month), ['2015-10', '2016-06', '2017-03']);
    views.forEach((v, i) => near(v.camera, cameras[i], `captured view ${i + 1}`));
    assert.equal(await testid('story-item').count(), 3);
    assert.ok(Math.abs(cameras[0].zoom - cameras[1].zoom) > 0.5, 'zooming in should change the camera');
    assert.ok(Math.abs(cameras[1].lon - cameras[2].lon) > 0.5, 'dragging should move the camera');

    await testid('present-button').first().dispatchEvent('click');
    await then.visible('presenter');
    await then.hidden('timeline-slider');
    const expectView = async (i) => {
      await eventually(async () => {
        assert.deepEqual(await hook('presenting'), { index: i, blanked: false });
        assert.equal(await hook('month'), views[i].month);
        assert.equal(await textOf('presenter-position'), `${i + 1} / 3`);
        // A view keeps the area it captured (its bounds), fitted into the screen the overlays leave free.
        const framing = await hook('framing');
        assert.ok(framing, `presenting view ${i + 1}: no framed view`);
        const [w, s, e, n] = framing.viewBounds;
        const [mw, ms, me, mn] = framing.mapBounds;
        assert.ok(w >= mw && s >= ms && e <= me && n <= mn, `presenting view ${i + 1}: ${JSON.stringify(framing.viewBounds)} not inside the map's ${JSON.stringify(framing.mapBounds)}`);
      }, { timeout: 10_000 });
    };
    await expectView(0);
    await when.pressKey('PageDown');
    await expectView(1);
    await when.pressKey('PageDown');
    await expectView(2);
    await when.pressKey('PageDown'); // stays on the last view
    await expectView(2);
    await when.pressKey('PageUp');
    await expectView(1);

    await when.pressKey('b');
    await then.visible('presenter-blank');
    const blank = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="presenter-blank"]')).backgroundColor);
    assert.equal(blank, 'rgb(0, 0, 0)');
    await when.pressKey('b');
    await then.hidden('presenter-blank');

    await when.pressKey('Escape');
    await then.hidden('presenter');
    assert.equal(await hook('presenting'), null);
    await then.visible('timeline-slider');

    // A clicker press after Escape: the view after the one that was showing (2 of 3), not a year back.
    const outside = async (i) => {
      await eventually(async () => {
        assert.equal(await hook('presenting'), null);
        assert.equal(await hook('month'), views[i].month);
        near(await hook('camera'), views[i].camera, `view ${i + 1} outside the presenter`);
        // The step flies there (animated); on a loaded CI machine SwiftShader frames come slowly.
      }, { timeout: 30_000 });
    };
    await when.pressKey('PageDown');
    await outside(2);
    await when.pressKey('PageUp');
    await outside(1);
  },
};
