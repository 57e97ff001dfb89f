// e) Dropping a CSV with good and bad rows: the report names the bad rows; after a reload the good
//    rows are still on the map (IndexedDB), drawn by deck.gl.
import assert from 'node:assert/strict';
import { eventually } from '../driver.mjs';

const CSV = [
  'id,name,lat,lon,date',
  'p1,Good point one,44.80,20.46,2015-10',
  'p2,Good point two,45.25,19.85,10/2015',
  'p3,Out of range,95.5,200.1,2015-10',
  'p4,Unknown month,44.1,20.9,Sept-ish 2015',
].join('\n');

const importedIds = (ids) => ids.filter((id) => id.includes('/')).map((id) => id.split('/').pop()).sort();

export default {
  name: 'import-csv',
  async run({ given, when, then, hook, testid, textOf }) {
    await given.appOpen('m=2015-10&c=20.000,44.500,6.00');
    await when.dropFiles([{ name: 'field-points.csv', text: CSV, type: 'text/csv' }]);
    await then.visible('import-report', { timeout: 30_000 });
    assert.match(await textOf('report-accepted'), /^2 accepted/);
    assert.match(await textOf('report-rejected'), /^2 rejected/);
    const problems = await testid('report-problem').allTextContents();
    assert.ok(problems.some((p) => p.startsWith('4') && /lat/i.test(p)), `no problem for line 4 (lat): ${JSON.stringify(problems)}`);
    assert.ok(problems.some((p) => p.startsWith('5') && /date/i.test(p)), `no problem for line 5 (date): ${JSON.stringify(problems)}`);
    await then.visible('download-rejected');

    await eventually(async () => {
      assert.ok((await hook('datasetNames')).includes('field-points.csv'), 'dataset not listed');
      assert.deepEqual(importedIds(await hook('pickedIds', 'hubs')), ['p1', 'p2'], 'imported points not drawn');
    }, { timeout: 20_000 });

    // Reload: the workspace comes back from IndexedDB.
    await given.appOpen('m=2015-10&c=20.000,44.500,6.00');
    await eventually(async () => {
      assert.ok((await hook('datasetNames')).includes('field-points.csv'), 'dataset lost on reload');
      assert.deepEqual(importedIds(await hook('pickedIds', 'hubs')), ['p1', 'p2'], 'imported points not drawn after reload');
    }, { timeout: 20_000 });

    // A bare link (as after a browser restart): month and camera come back from the stored workspace.
    await given.appOpen('');
    await eventually(async () => {
      assert.equal(await hook('month'), '2015-10', 'stored month not restored');
      const camera = await hook('camera');
      assert.ok(Math.abs(camera.zoom - 6) < 0.05 && Math.abs(camera.lon - 20) < 0.01, `stored camera not restored: ${JSON.stringify(camera)}`);
      assert.ok((await hook('datasetNames')).includes('field-points.csv'), 'dataset lost');
    }, { timeout: 20_000 });
  },
};
