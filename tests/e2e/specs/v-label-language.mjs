// v) Map labels follow the interface language: choosing Serbian (Cyrillic) redraws the labels
//    (country names from the browser, e.g. СРБИЈА), and choosing English again draws the same map
//    as before, so only the labels changed.
import assert from 'node:assert/strict';
import { decodePng, eventually } from '../driver.mjs';

const OUT = 'test-results/e2e';
// Serbia at zoom 7: the country label and place names sit in the middle of the map.
const QUERY = 'm=2015-10&c=20.9,43.9,7';
/** Pixels that must differ between the two languages' maps (a label is hundreds). */
const MIN_CHANGED = 200;

function changedPixels(a, b) {
  assert.equal(a.data.length, b.data.length, 'screenshots differ in size');
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) n++;
  }
  return n;
}

export default {
  name: 'label-language',
  async run({ given, screenshot, hook }) {
    await given.appOpen(QUERY);
    const shot = async (name) => decodePng(await screenshot(`${OUT}/label-language-${name}.png`, { testid: 'map' }));
    // A settled English map: two screenshots in a row are the same.
    let english = await shot('en');
    await eventually(
      async () => {
        const again = await shot('en');
        const changed = changedPixels(english, again);
        english = again;
        assert.equal(changed, 0, `the English map is still changing (${changed} pixels)`);
      },
      { timeout: 30_000, interval: 1500 },
    );

    await hook('setLanguage', 'sr-Cyrl');
    assert.equal(await hook('language'), 'sr-Cyrl');
    const changed = await eventually(
      async () => {
        const n = changedPixels(english, await shot('sr-Cyrl'));
        assert.ok(n >= MIN_CHANGED, `only ${n} pixels changed after choosing Serbian (want ≥ ${MIN_CHANGED})`);
        return n;
      },
      { timeout: 30_000, interval: 1500 },
    );
    console.log(`       sr-Cyrl: ${changed} pixels differ from English`);

    await hook('setLanguage', 'en');
    await eventually(
      async () => {
        const n = changedPixels(english, await shot('en-again'));
        assert.equal(n, 0, `English again differs from the first English map in ${n} pixels`);
      },
      { timeout: 30_000, interval: 1500 },
    );
  },
};
