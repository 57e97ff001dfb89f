// d) State in the URL: month and layers are read from it; a malformed month falls back with a notice.
import assert from 'node:assert/strict';
import { LAYER_IDS, LONG_MONTH_TEXT, eventually, formatMonthLong, isMonthKey } from '../driver.mjs';

export default {
  name: 'url-state',
  async run({ given, then, hook, testid, textOf }) {
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
