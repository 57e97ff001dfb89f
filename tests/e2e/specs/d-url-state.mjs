// d) State in the URL: month and layers are read from it; a malformed month falls back with a notice.
/* global window, URLSearchParams */
import assert from 'node:assert/strict';
import { LAYER_IDS, LONG_MONTH_TEXT, eventually, formatMonthLong, isMonthKey } from '../driver.mjs';

export default {
  name: 'url-state',
  async run({ given, when, then, hook, testid, textOf, page }) {
    await given.appOpen('m=2016-02&layers=segments,crossings');
    await then.monthIs('2016-02');
    const on = new Set(['segments', 'crossings']);
    await eventually(async () => {
      assert.equal(await hook('layerVisible', 'incidents'), false, "layerVisible('incidents') should be false");
      for (const id of LAYER_IDS) {
        assert.equal(await hook('layerVisible', id), on.has(id), `layerVisible('${id}') should be ${on.has(id)} for layers=segments,crossings`);
      }
    });
    for (const id of LAYER_IDS) {
      const toggle = testid(`layer-toggle-${id}`).first();
      assert.equal(await toggle.isChecked({ timeout: 10_000 }), on.has(id), `layer-toggle-${id} checked should be ${on.has(id)}`);
    }

    // The link follows the month once the input rests: after a keyboard burst and after a drag.
    const monthInLink = () => page.evaluate(() => new URLSearchParams(window.location.search).get('m'));
    await when.focus('timeline-slider');
    await page.keyboard.down('ArrowRight');
    for (let i = 0; i < 4; i++) await page.keyboard.down('ArrowRight'); // auto-repeat
    await then.monthIs('2016-07');
    await page.waitForTimeout(800);
    assert.equal(await monthInLink(), '2016-02', 'no link write while the key is held');
    await page.keyboard.up('ArrowRight');
    await eventually(async () => assert.equal(await monthInLink(), '2016-07', 'the link after the keyboard burst'));
    const thumb = await testid('timeline-slider').first().boundingBox();
    const track = await page.locator('.slider-root').first().boundingBox();
    assert.ok(thumb && track, 'slider thumb and track have boxes');
    await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width * 0.8, thumb.y + thumb.height / 2, { steps: 5 });
    const dragged = await hook('month');
    assert.ok(dragged > '2016-07', `the drag moved the month forward, to ${dragged}`);
    await page.waitForTimeout(800);
    assert.equal(await monthInLink(), '2016-07', 'no link write while the thumb is held');
    await page.mouse.up();
    await eventually(async () => assert.equal(await monthInLink(), dragged, 'the link where the slider was let go'));
    // Leaving and coming back (back button) opens the month the slider rested at.
    await page.goto('about:blank');
    await page.goBack({ waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__routeshift?.ready === true, null, { timeout: 60_000 });
    await then.monthIs(dragged);

    await given.appOpen('m=banana');
    await then.visible('notice');
    const month = await hook('month');
    assert.ok(isMonthKey(month), `after ?m=banana month() is ${JSON.stringify(month)}`);
    await then.monthIs(month);
    const label = await textOf('month-label');
    assert.match(label, LONG_MONTH_TEXT, 'month-label should show a valid month');
    assert.ok(label.includes(formatMonthLong(month)), `month-label ${JSON.stringify(label)} vs month() ${month}`);
  },
};
