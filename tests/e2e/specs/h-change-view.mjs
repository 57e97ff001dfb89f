// h) The change view: September vs November 2015 marks the Hungary segments vanished and the
//    Croatia – Slovenia ones new, in the data and as drawn (deck.gl picking of the change layer).
import assert from 'node:assert/strict';
import { eventually } from '../driver.mjs';

export default {
  name: 'change-view',
  async run({ given, then, hook, textOf }) {
    await given.appOpen('m=2015-11&cmp=2015-09&c=18.500,45.300,5.60');
    await then.visible('compare-panel');
    const classes = await hook('changeClasses');
    for (const id of ['A-11', 'A-12']) assert.equal(classes[id], 'vanished', `${id} (Serbia → Hungary) should be vanished`);
    for (const id of ['C2-2', 'C2-3']) assert.equal(classes[id], 'new', `${id} (Croatia → Slovenia) should be new`);
    await eventually(async () => {
      const drawn = await hook('pickedIds', 'change');
      assert.ok(drawn.includes('A-11') || drawn.includes('A-12'), `vanished Hungary segments not drawn: ${JSON.stringify(drawn)}`);
      assert.ok(drawn.some((id) => id.startsWith('C2-') || id.startsWith('C1-')), `new Croatia–Slovenia segments not drawn: ${JSON.stringify(drawn)}`);
    });
    const byCountry = await textOf('change-by-country');
    assert.match(byCountry, /Croatia → Slovenia: \d+ new segments?/);

    // Side by side: August 2015 left of the divider, November 2015 right of it, one camera.
    await given.appOpen('m=2015-11&sw=2015-08&c=18.000,44.600,5.50');
    await then.visible('swipe');
    await eventually(async () => {
      const left = await hook('pickedIds', 'left-segments');
      const right = await hook('pickedIds', 'segments');
      assert.ok(left.some((id) => id.startsWith('A-')), `left side (Aug 2015) lacks corridor A: ${JSON.stringify(left)}`);
      assert.ok(!left.some((id) => id.startsWith('C1-') || id.startsWith('C2-')), `left side shows C: ${JSON.stringify(left)}`);
      assert.ok(right.some((id) => id.startsWith('C1-') || id.startsWith('C2-') || id.startsWith('A0-')), `right side (Nov 2015): ${JSON.stringify(right)}`);
      assert.ok(!right.some((id) => id.startsWith('A-')), `right side shows A: ${JSON.stringify(right)}`);
    });
    assert.match(await textOf('swipe-summary'), /Croatia → Slovenia/);
  },
};
