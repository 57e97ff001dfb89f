/* global window, document, MutationObserver, Node */
// u) The speaker's window: presenting a three-view storyboard, N opens a second window (a page of
//    its own, speaker.html: no map, not the app's start chunk) with the view's notes, "1 / 3" and the
//    next view. The two stay in step: PageDown in the speaker window moves the audience window, and
//    PageDown in the audience window moves the speaker window. The notes never reach the audience
//    page's DOM, and when the presentation ends the speaker window says so. The second test does the
//    same without BroadcastChannel: the postMessage fallback (a browser whose file:// pages have
//    opaque origins, as Firefox's, takes it).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { eventually, formatMonthLong } from '../driver.mjs';

const VIEWS = [
  { month: '2015-10', title: 'Autumn 2015: the peak', notes: 'SPEAKER-NOTE-ONE: stress the October figure.' },
  { month: '2016-06', title: 'After the closure', notes: 'SPEAKER-NOTE-TWO: the route did not close, it moved.' },
  { month: '2017-03', title: 'Central Mediterranean', notes: 'SPEAKER-NOTE-THREE: compare with Libya.' },
];
const NOTE_MARK = 'SPEAKER-NOTE-';

/** Records, from now on, every text that enters the page and carries a note's marker. */
function watchForNotes(mark) {
  window.__notesSeen = [];
  const check = (node) => {
    const text = node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
    if (text.includes(mark)) window.__notesSeen.push(text.slice(0, 200));
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') check(r.target);
      for (const n of r.addedNodes) check(n);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

const inStep = {
  name: 'speaker-window',
  timeout: 150_000,
  async run({ given, when, then, hook, page, context, testid, textOf }) {
    await given.appOpen('m=2015-10&c=18,43,5');
    for (const view of VIEWS) {
      await when.setMonth(view.month);
      await hook('captureStoryView', view.title, view.notes);
    }
    assert.deepEqual((await hook('storyboard')).map((v) => v.month), VIEWS.map((v) => v.month));
    await page.evaluate(watchForNotes, NOTE_MARK);

    await testid('present-button').first().dispatchEvent('click');
    await then.visible('presenter');

    // Requests of any page but the audience's: the speaker window's, from its first one on.
    const speakerRequests = [];
    const pageOf = (req) => {
      try {
        return req.frame().page();
      } catch {
        return null; // a new window's first navigation, issued before its frame exists
      }
    };
    context.on('request', (req) => {
      if (pageOf(req) !== page) speakerRequests.push(req.url());
    });
    // N opens the speaker window: a page of the same origin, loaded from speaker.html.
    const [speaker] = await Promise.all([context.waitForEvent('page', { timeout: 30_000 }), when.pressKey('n')]);
    const speakerErrors = [];
    speaker.on('pageerror', (err) => speakerErrors.push(`pageerror: ${err.message}`));
    speaker.on('console', (msg) => msg.type() === 'error' && speakerErrors.push(`console.error: ${msg.text()}`));
    await speaker.waitForLoadState('load');
    assert.match(new URL(speaker.url()).pathname, /\/speaker\.html$/);
    const speakerText = (id) => speaker.locator(`[data-testid="${id}"]`).first().textContent({ timeout: 15_000 }).then((t) => (t ?? '').replace(/\s+/g, ' ').trim());

    const speakerShows = (i) =>
      eventually(async () => {
        assert.equal(await speakerText('speaker-position'), `${i + 1} / 3`);
        assert.equal(await speakerText('speaker-title'), VIEWS[i].title);
        assert.equal(await speakerText('speaker-month'), formatMonthLong(VIEWS[i].month));
        assert.equal(await speakerText('speaker-notes'), VIEWS[i].notes);
        assert.equal(await speakerText('speaker-next-title'), VIEWS[i + 1]?.title ?? 'End of the storyboard');
      });
    const audienceShows = (i) =>
      eventually(async () => {
        assert.deepEqual(await hook('presenting'), { index: i, blanked: false });
        assert.equal(await hook('month'), VIEWS[i].month, "the map's month");
        assert.equal(await textOf('presenter-position'), `${i + 1} / 3`);
        assert.equal(await textOf('presenter-month'), formatMonthLong(VIEWS[i].month));
      });
    const noNotesOnAudience = async () => {
      const body = await page.evaluate(() => document.body.textContent ?? '');
      assert.ok(!body.includes(NOTE_MARK), 'speaker notes in the audience page');
      assert.deepEqual(await page.evaluate(() => window.__notesSeen), [], 'speaker notes entered the audience page');
    };

    await speakerShows(0);
    await audienceShows(0);
    await noNotesOnAudience();

    // The clicker in the speaker window moves the audience window (the source of truth).
    await speaker.keyboard.press('PageDown');
    await audienceShows(1);
    await speakerShows(1);
    await noNotesOnAudience();

    // The clicker in the audience window: the speaker window follows.
    await when.pressKey('PageDown');
    await audienceShows(2);
    await speakerShows(2);
    await noNotesOnAudience();

    // Blank from the speaker window's button, and back.
    await speaker.locator('[data-testid="speaker-blank"]').click();
    await then.visible('presenter-blank');
    await eventually(async () => assert.equal(await speakerText('speaker-blanked'), 'Audience screen blanked'));
    await speaker.locator('[data-testid="speaker-blank"]').click();
    await then.hidden('presenter-blank');

    // Light: no map, no data, and not the app's own start-up code.
    const appEntry = /src="\.\/assets\/([^"]+\.js)"/.exec(fs.readFileSync(path.resolve('dist/index.html'), 'utf8'))?.[1];
    assert.ok(appEntry, "no entry script in dist/index.html");
    assert.equal(await speaker.locator('canvas').count(), 0, 'the speaker window draws a map');
    assert.ok(speakerRequests.some((url) => url.endsWith('/speaker.html')), `speaker requests not recorded: ${speakerRequests.join(', ')}`);
    assert.deepEqual(speakerRequests.filter((url) => url.includes(appEntry) || url.includes('/data/') || url.includes('/basemap/')), [], "the speaker window loaded the app's code or data");

    // Leaving the presentation: the speaker window says so instead of showing the last view.
    await when.pressKey('Escape');
    await then.hidden('presenter');
    await eventually(async () => {
      assert.equal(await speakerText('speaker-status'), 'The presentation has ended');
      assert.equal(await speaker.locator('[data-testid="speaker-notes"]').count(), 0);
    });
    await noNotesOnAudience();
    assert.deepEqual(speakerErrors, [], 'errors in the speaker window');
  },
};

const withoutBroadcastChannel = {
  name: 'speaker-window-postmessage',
  timeout: 120_000,
  async run({ given, when, then, hook, page, context }) {
    await context.addInitScript(() => {
      delete window.BroadcastChannel;
    });
    await given.appOpen('m=2015-10&c=18,43,5');
    assert.equal(await page.evaluate(() => typeof window.BroadcastChannel), 'undefined');
    for (const view of VIEWS.slice(0, 2)) {
      await when.setMonth(view.month);
      await hook('captureStoryView', view.title, view.notes);
    }
    await when.pressKey('p');
    await then.visible('presenter');
    const [speaker] = await Promise.all([context.waitForEvent('page', { timeout: 30_000 }), when.pressKey('n')]);
    const speakerErrors = [];
    speaker.on('pageerror', (err) => speakerErrors.push(`pageerror: ${err.message}`));
    const speakerText = async (id) => ((await speaker.locator(`[data-testid="${id}"]`).first().textContent({ timeout: 15_000 })) ?? '').trim();
    await eventually(async () => {
      assert.equal(await speakerText('speaker-position'), '1 / 2');
      assert.equal(await speakerText('speaker-notes'), VIEWS[0].notes);
    });
    await speaker.keyboard.press('PageDown');
    await eventually(async () => assert.deepEqual(await hook('presenting'), { index: 1, blanked: false }));
    await eventually(async () => assert.equal(await speakerText('speaker-notes'), VIEWS[1].notes));
    await when.pressKey('PageUp');
    await eventually(async () => assert.equal(await speakerText('speaker-position'), '1 / 2'));
    await when.pressKey('Escape');
    await eventually(async () => assert.equal(await speakerText('speaker-status'), 'The presentation has ended'));
    assert.deepEqual(speakerErrors, [], 'errors in the speaker window');
  },
};

export default [inStep, withoutBroadcastChannel];
