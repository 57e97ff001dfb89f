// i) Filters apply to what is drawn, travel in the link, and survive a reload (IndexedDB).
import assert from 'node:assert/strict';
import { eventually } from '../driver.mjs';

export default {
  name: 'filters',
  async run({ given, hook }) {
    await given.appOpen('m=2018-06&f=corridors:E1&c=18.500,43.800,5.60');
    await eventually(async () => {
      const visible = await hook('visibleSegmentIds');
      assert.ok(visible.length > 0 && visible.every((id) => id.startsWith('E1-')), `filtered to E1, got ${JSON.stringify(visible)}`);
      const picked = await hook('pickedSegmentIds');
      assert.ok(picked.length > 0 && picked.every((id) => id.startsWith('E1-')), `drawn: ${JSON.stringify(picked)}`);
    });
    // A bare link: the stored workspace brings the filter back.
    await given.appOpen('');
    await eventually(async () => {
      assert.equal(await hook('month'), '2018-06');
      const visible = await hook('visibleSegmentIds');
      assert.ok(visible.length > 0 && visible.every((id) => id.startsWith('E1-')), `filter lost on reload: ${JSON.stringify(visible)}`);
    }, { timeout: 20_000 });
  },
};
