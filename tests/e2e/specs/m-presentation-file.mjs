/* global window, indexedDB */
// m) "Save presentation file" gives one HTML file that, opened from disk in a browser with every
//    network request blocked, shows the storyboard's first view in the presenter; its speaker window
//    (the same file with ?speaker=1) shows the notes and steps the presentation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { eventually, READY_TIMEOUT_MS, VIEWPORT } from '../driver.mjs';

const SAVED = path.resolve('test-results/e2e/presentation-file.html');

export default {
  name: 'presentation-file',
  // Two app starts and a 6 MB file in one test: about 30 s on an idle 2-core runner, but each start
  // took close to a minute while other jobs loaded the machine.
  timeout: 180_000,
  async run({ given, hook, page, session }) {
    await given.appOpen('m=2015-10');
    await hook('captureStoryView', 'Autumn 2015 </script><b>peak</b>', 'Notes for the peak </script>');
    await hook('setMonth', '2017-06');
    await hook('captureStoryView', 'Central Mediterranean 2017');
    // Elsewhere when saving: opening the file must bring the first view's month back.
    await hook('setMonth', '2019-01');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.locator('[data-testid=save-presentation]').click()]);
    assert.match(download.suggestedFilename(), /^routeshift-presentation-\d{4}-\d{2}-\d{2}-autumn-2015-script-b-peak-b\.html$/);
    fs.mkdirSync(path.dirname(SAVED), { recursive: true });
    await download.saveAs(SAVED);
    const bytes = fs.statSync(SAVED).size;
    console.log(`       presentation file: ${(bytes / 1024 / 1024).toFixed(2)} MB`);

    // A meeting-room PC: the file from disk, offline, and every request but the file itself refused.
    const fileUrl = pathToFileURL(SAVED).href;
    const context = await session.browser.newContext({ viewport: VIEWPORT, offline: true, serviceWorkers: 'block' });
    const refused = [];
    const errors = [];
    try {
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === fileUrl || url === `${fileUrl}?speaker=1`) return route.continue();
        refused.push(url);
        return route.abort('blockedbyclient');
      });
      const offline = await context.newPage();
      offline.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      offline.on('console', (msg) => msg.type() === 'error' && errors.push(`console.error: ${msg.text().slice(0, 300)}`));
      await offline.goto(fileUrl, { waitUntil: 'domcontentloaded' });
      await offline.waitForFunction(() => window.__routeshift?.ready === true, null, { timeout: 2 * READY_TIMEOUT_MS, polling: 250 });

      await eventually(async () => {
        assert.equal(await offline.evaluate(() => window.__routeshift.month()), '2015-10');
        assert.equal(await offline.evaluate(() => window.__routeshift.presenting()?.index), 0, 'not presenting the first view');
        const text = (await offline.locator('body').innerText()).replace(/\s+/g, ' ');
        assert.match(text, /\b1 \/ 2\b/, 'no "1 / 2" position on screen');
      });
      // Read-only: no import, nothing kept in this browser.
      assert.equal(await offline.locator('[data-testid=import-button]').count(), 0, 'the presentation file offers import');
      assert.deepEqual(await offline.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), [], 'the presentation file wrote IndexedDB');

      // The speaker window: the same file, in step with it (a BroadcastChannel spans Chromium's file:// pages).
      const [speaker] = await Promise.all([context.waitForEvent('page', { timeout: 30_000 }), offline.keyboard.press('n')]);
      speaker.on('pageerror', (err) => errors.push(`speaker pageerror: ${err.message}`));
      assert.equal(speaker.url(), `${fileUrl}?speaker=1`);
      const speakerText = async (id) => ((await speaker.locator(`[data-testid="${id}"]`).first().textContent({ timeout: 60_000 })) ?? '').trim();
      await eventually(async () => {
        assert.equal(await speakerText('speaker-position'), '1 / 2');
        assert.equal(await speakerText('speaker-notes'), 'Notes for the peak </script>');
      }, { timeout: 60_000 });
      await speaker.keyboard.press('PageDown');
      await eventually(async () => assert.equal(await offline.evaluate(() => window.__routeshift.presenting()?.index), 1));
      assert.equal(await speaker.locator('canvas').count(), 0, 'the speaker window draws a map');
      assert.deepEqual(refused, [], 'the presentation file made requests');
      assert.deepEqual(errors, [], 'page errors in the presentation file');
    } finally {
      await context.close();
    }
  },
};
