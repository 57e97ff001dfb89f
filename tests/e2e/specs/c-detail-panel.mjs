/* global document */
// c) Clicking a drawn route segment pins its detail panel; Escape closes it.
import assert from 'node:assert/strict';
import { eventually } from '../driver.mjs';

export default {
  name: 'detail-panel',
  async run({ given, when, then, hook, page, testid, textOf }) {
    await given.appOpen('m=2015-11');
    await then.monthIs('2015-11');
    await then.hidden('detail-panel');
    const visible = await eventually(async () => {
      const list = await hook('visibleSegmentIds');
      assert.ok(Array.isArray(list) && list.length > 0, 'November 2015: no visible segments');
      return list;
    });

    const box = await testid('map').first().boundingBox();
    assert.ok(box, '[data-testid=map] has no box');
    // The camera may still be settling (fitBounds on load): wait until projections stop moving.
    const stableProject = (lonLat) =>
      eventually(async () => {
        const a = await hook('project', lonLat[0], lonLat[1]);
        await page.waitForTimeout(250);
        const b = await hook('project', lonLat[0], lonLat[1]);
        assert.ok(Math.hypot(a[0] - b[0], a[1] - b[1]) < 0.5, `map still moving: ${a} → ${b}`);
        return b;
      }, { timeout: 15_000, interval: 0 });

    // The first visible segment whose midpoint is on screen and not under a panel or control.
    let target = null;
    const skipped = [];
    for (const id of visible) {
      const mid = await hook('segmentMidpoint', id);
      if (!mid) { skipped.push(`${id}: no midpoint`); continue; }
      const [x, y] = await stableProject(mid);
      const inside = x > box.x + 4 && x < box.x + box.width - 4 && y > box.y + 4 && y < box.y + box.height - 4;
      if (!inside) { skipped.push(`${id}: off the map at ${x.toFixed(0)},${y.toFixed(0)}`); continue; }
      const onCanvas = await page.evaluate(([px, py]) => {
        const el = document.elementFromPoint(px, py);
        return !!el && el.tagName === 'CANVAS' && !!el.closest('[data-testid=map]');
      }, [x, y]);
      if (!onCanvas) { skipped.push(`${id}: covered at ${x.toFixed(0)},${y.toFixed(0)}`); continue; }
      target = { id, x, y };
      break;
    }
    assert.ok(target, `no visible segment can be clicked: ${skipped.join('; ')}`);

    // Hover first: the tooltip names the segment and the month's figure with its unit.
    await page.mouse.move(target.x, target.y);
    await then.visible('tooltip');
    const tip = await textOf('tooltip');
    assert.match(tip, /November 2015/, `tooltip without the month's figure: ${tip}`);

    await when.clickAt(target.x, target.y);
    await then.visible('detail-panel');
    const title = await then.hasText('detail-title');
    assert.ok(title.length > 0, `detail-title empty after clicking ${target.id}`);

    await when.pressKey('Escape');
    await then.hidden('detail-panel');
  },
};
