/* global window */
// f) A name carrying markup is shown as text: in the dataset list, the tooltip and the detail panel;
//    no script from a file ever runs.
import assert from 'node:assert/strict';
import { eventually } from '../driver.mjs';

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
const GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id: 'x1', kind: 'hub', name: XSS }, geometry: { type: 'Point', coordinates: [20.46, 44.8] } }],
});

export default {
  name: 'xss-as-text',
  async run({ given, when, then, hook, page, textOf }) {
    await given.appOpen('m=2015-10&c=20.460,44.800,7.00&layers=hubs');
    await when.dropFiles([{ name: '<b>bold</b>.geojson', text: GEOJSON, type: 'application/geo+json' }]);
    await then.visible('import-report', { timeout: 30_000 });
    await eventually(async () => assert.ok((await hook('datasetNames')).includes('<b>bold</b>.geojson')));
    const id = await eventually(async () => {
      const ids = (await hook('pickedIds', 'hubs')).filter((i) => i.endsWith('/x1'));
      assert.equal(ids.length, 1, 'imported point not drawn');
      return ids[0];
    });
    await page.keyboard.press('Escape'); // close the report
    const [x, y] = await hook('project', 20.46, 44.8);
    await page.mouse.move(x, y);
    await when.clickAt(x, y);
    await then.visible('detail-panel');
    assert.equal(await textOf('detail-title'), XSS, `detail title is not the raw text (id ${id})`);
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'markup from a file ran');
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'an <img> from a file was inserted');
    assert.equal(await page.locator('b', { hasText: 'bold' }).count(), 0, 'a <b> from a file name was inserted');
  },
};
