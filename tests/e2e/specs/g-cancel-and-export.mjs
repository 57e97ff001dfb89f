/* global window, DataTransfer, DragEvent, File, document */
// g) A cancelled import adds nothing; exporting the month gives a GeoJSON file named for what it
//    holds, with its sources.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { eventually } from '../driver.mjs';

export default {
  name: 'cancel-and-export',
  async run({ given, then, hook, page }) {
    await given.appOpen('m=2015-10');
    const before = await hook('datasetNames');

    // A CSV of some 100 MB, made in the page, so that there is time to cancel.
    await page.evaluate(() => {
      const rows = ['id,name,lat,lon,date'];
      for (let i = 0; i < 2_000_000; i++) rows.push(`p${i},Point ${i},${(40 + (i % 800) / 100).toFixed(4)},${(14 + (i % 1400) / 100).toFixed(4)},2016-0${1 + (i % 9)}`);
      const dt = new DataTransfer();
      dt.items.add(new File([rows.join('\n')], 'big.csv', { type: 'text/csv' }));
      const target = document.querySelector('[data-testid=map]');
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await then.visible('import-progress', { timeout: 20_000 });
    await page.locator('[data-testid=import-cancel]').click();
    await then.hidden('import-progress', { timeout: 20_000 });
    await eventually(async () => {
      const notices = await page.locator('[data-testid=notice]').allTextContents();
      assert.ok(notices.some((n) => /cancelled: nothing was added/.test(n)), `no cancel notice: ${JSON.stringify(notices)}`);
    });
    assert.deepEqual(await hook('datasetNames'), before, 'a cancelled import changed the datasets');
    await then.hidden('import-report');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-geojson]').click()]);
    assert.match(download.suggestedFilename(), /^routeshift-2015-10-.*\.geojson$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    const geojson = JSON.parse(text);
    assert.equal(geojson.type, 'FeatureCollection');
    assert.ok(geojson.features.some((f) => f.properties.id === 'C1-1'), 'October 2015 export lacks corridor C1');
    assert.ok(!geojson.features.some((f) => f.properties.id === 'A-1'), 'October 2015 export has corridor A');
    assert.ok(geojson.metadata.sources.some((s) => s.key === 'FRONTEX'), 'export does not name the Frontex source');
    assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined');
  },
};
