// d2) The interface language in the link (issue 16): lang= is applied and kept in the link, <html lang>
// follows, the demo's corridor names in the legend follow (Macedonian, Greek), and the workspace keeps it; an unknown code is reported like an unknown layer and leaves
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
      // The month on the slider and under it, in Serbian Cyrillic (CLDR's, from the language's table).
      assert.match(await textOf('month-label'), /фебруар 2016/);
      assert.match(await page.locator('[data-testid="timeline-slider"]').getAttribute('aria-valuetext'), /фебруар 2016/);
    });

    // Macedonian: this Chromium has no Macedonian locale data (its Intl writes "February 2016"); the
    // app's CLDR table still gives the Macedonian month.
    assert.equal(await page.evaluate(() => new Intl.DateTimeFormat('mk', { month: 'long' }).resolvedOptions().locale.startsWith('mk')), false);
    await page.locator('#language-menu').selectOption('mk');
    await eventually(async () => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'mk');
      assert.match(await textOf('month-label'), /^февруари 2016\sг\.$/);
      // The demo's corridor names follow the language too (the legend reads the renamed demo).
      assert.match(await textOf('legend'), /Егејски острови – Балкан – Унгарија – Австрија/);
    });
    // Greek: the legend's corridor names in Greek, none of the data file's English left.
    await page.locator('#language-menu').selectOption('el');
    await eventually(async () => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'el');
      const legend = await textOf('legend');
      assert.match(legend, /Νησιά του Αιγαίου – Βαλκάνια – Ουγγαρία – Αυστρία/);
      assert.doesNotMatch(legend, /Aegean islands/);
    });
    await page.locator('#language-menu').selectOption('sr-Cyrl');
    await eventually(async () => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'sr-Cyrl');
      assert.match(await page.evaluate(() => window.location.search), /[?&]lang=sr-Cyrl(&|$)/);
    });
    // The workspace is written once the input rests (400 ms) and IndexedDB commits: give it that
    // time before the reload (a reload in the middle of three quick switches could lose the write).
    await page.waitForTimeout(2000);

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
