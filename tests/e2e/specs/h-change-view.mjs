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
  },
};
