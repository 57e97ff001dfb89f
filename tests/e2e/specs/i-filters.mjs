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
    // A filter change reaches every layer on the GPU: what picking finds is what the panels list.
    const hubsBefore = (await hook('pickedIds', 'hubs')).length;
    const answeredBefore = (await hook('selection')).offThread;
    await hook('setFilters', { countries: ['SI'] });
    await eventually(async () => {
      // The lists are selected in the selection worker, not on the main thread.
      const selection = await hook('selection');
      assert.equal(selection.filtering, false, 'the lists of the filter change never settled');
      assert.ok(selection.offThread > answeredBefore, `no selection answered by the worker: ${JSON.stringify(selection)}`);
      for (const layer of ['hubs', 'crossings']) {
        const listed = new Set(await hook('listedIds', layer));
        const picked = await hook('pickedIds', layer);
        assert.ok(picked.length > 0, `no ${layer} drawn under countries:SI`);
        assert.deepEqual(picked.filter((id) => !listed.has(id)), [], `${layer} drawn that the filter leaves out`);
      }
      assert.ok((await hook('pickedIds', 'hubs')).length < hubsBefore, 'the country filter hid no hub');
    });
    await hook('setFilters', { corridors: ['E1'] });
    await eventually(async () => assert.ok((await hook('visibleSegmentIds')).every((id) => id.startsWith('E1-'))));
    // Settings reach IndexedDB 400 ms after the last change (debounced).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // A bare link: the stored workspace brings the filter back.
    await given.appOpen('');
    await eventually(async () => {
      assert.equal(await hook('month'), '2018-06');
      const visible = await hook('visibleSegmentIds');
      assert.ok(visible.length > 0 && visible.every((id) => id.startsWith('E1-')), `filter lost on reload: ${JSON.stringify(visible)}`);
    }, { timeout: 20_000 });
  },
};
