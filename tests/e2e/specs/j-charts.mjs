/* global window */
// j) The comparison charts: loaded on demand, linked to the slider both ways, figures as CSV with
//    their source.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { eventually } from '../driver.mjs';

export default {
  name: 'charts',
  async run({ given, then, hook, page }) {
    await given.appOpen('m=2015-10&chart=detections');
    await then.visible('comparison-view', { timeout: 30_000 });
    const canvas = page.locator('[data-testid=comparison-view] canvas').first();
    await canvas.waitFor({ state: 'visible' });
    const box = await canvas.boundingBox();
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5);
    const picked = await eventually(async () => {
      const m = await hook('month');
      assert.ok(m < '2015-01', `clicking the chart did not move the month: ${m}`);
      return m;
    });
    await then.monthIs(picked);
    assert.match(await page.locator('[data-testid=comparison-view]').textContent(), /Source: Frontex/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=chart-csv]').click()]);
    assert.match(download.suggestedFilename(), /^routeshift-chart-.*\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.match(csv, /^# /m, 'CSV has no header naming its source');
    assert.match(csv, /Frontex/);
    assert.ok(csv.includes('2015-10'), 'CSV lacks the months');
    assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined');
  },
};
