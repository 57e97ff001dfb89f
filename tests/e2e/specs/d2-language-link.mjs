// d2) The interface language in the link (issue 16): lang= is applied and kept in the link, <html lang>
// follows, and the workspace keeps it; an unknown code is reported like an unknown layer and leaves
// the language as it was (here the workspace's, from the first visit).
/* global document, window */
import assert from 'node:assert/strict';
import { eventually } from '../driver.mjs';

export default {
  name: 'language-link',
  async run({ given, then, page, textOf }) {
    await given.appOpen('m=2016-02&lang=sr-Cyrl');
    await eventually(async () => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'sr-Cyrl');
      assert.match(await page.evaluate(() => window.location.search), /[?&]lang=sr-Cyrl(&|$)/);
      assert.equal(await page.locator('#language-menu').inputValue(), 'sr-Cyrl');
      // The month on the slider and under it, in Serbian Cyrillic (from Intl, not a hand table).
      assert.match(await textOf('month-label'), /фебруар 2016/);
      assert.match(await page.locator('[data-testid="timeline-slider"]').getAttribute('aria-valuetext'), /фебруар 2016/);
    });

    await given.appOpen('m=2016-02&lang=klingon');
    await then.visible('notice');
    // Said in the language in use when the link is read (English before the kept Serbian loads, Serbian after).
    assert.match(await textOf('notice'), /(unknown language|непознат језик): klingon/);
    await eventually(async () => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'sr-Cyrl');
      assert.match(await page.evaluate(() => window.location.search), /[?&]lang=sr-Cyrl(&|$)/);
    });
  },
};
