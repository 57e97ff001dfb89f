// t) The storyboard handout (issue 15, items 6 and 8): two captured views, the first with a
//    caption in Bosnian, Serbian Cyrillic and Greek, made into a PDF by the built app. The PDF's
//    text, read back in Node with pdfjs, has the words as typed; it has a title page, one page per
//    view with its map picture, and the source list at the end; speaker notes stay out unless
//    asked for; the file is named after the storyboard and the day. The live map comes back as it was.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { eventually } from '../driver.mjs';

const CAPTION = 'From Bihać and Velika Kladuša people try to cross into Croatia; others wait in Београд or at Ειδομένη.';
const NOTES = 'Pause here for questions about Šid.';

/** '2026-12-05': the local day, as the app names the file. */
const today = (date = new Date()) => [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');

async function readPdf(bytes) {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const text = (await page.getTextContent()).items.map((item) => item.str ?? '').join(' ').replace(/\s+/g, ' ').trim();
    // The largest image's share of the page, from the transform it is painted with (jsPDF: q w 0 0 h x y cm /Im Do Q).
    const ops = await page.getOperatorList();
    const [, , width, height] = page.view;
    let transform = [0, 0, 0, 0];
    let picture = 0;
    ops.fnArray.forEach((fn, i) => {
      if (fn === pdfjs.OPS.transform) transform = ops.argsArray[i];
      if (fn === pdfjs.OPS.paintImageXObject) picture = Math.max(picture, Math.abs(transform[0] * transform[3]) / (width * height));
    });
    pages.push({ text, picture });
  }
  await pdf.destroy();
  return pages;
}

export default {
  name: 'handout-pdf: diacritics, Cyrillic and Greek as typed, one page per view, sources at the end',
  timeout: 300_000,
  async run({ given, then, hook, page, testid }) {
    await given.appOpen('m=2018-06&c=17.6,44.6,6.3');
    await testid('capture-view').first().dispatchEvent('click');
    await then.visible('story-caption');
    await testid('story-title').first().fill('Bosnia 2018');
    await testid('story-caption').first().fill(CAPTION);
    await page.getByLabel(/^Speaker notes/).fill(NOTES);
    await hook('setMonth', '2016-03');
    await eventually(async () => assert.equal(await hook('month'), '2016-03'));
    await testid('capture-view').first().dispatchEvent('click');
    assert.deepEqual((await hook('storyboard')).map((v) => v.title), ['Bosnia 2018', 'March 2016']);

    await page.locator('[data-testid=media-export-section] > summary').click();
    await then.visible('media-export');
    const notesBox = testid('media-handout-notes');
    assert.equal(await notesBox.isChecked(), false, 'speaker notes are off by default');
    const before = await hook('camera');
    const dayBefore = today();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 200_000 }), testid('media-export-story-pdf').click()]);
    const name = download.suggestedFilename();
    assert.ok([dayBefore, today()].some((day) => name === `storyboard-2-views-${day}-handout.pdf`), `file name ${name}`);

    const pages = await readPdf(fs.readFileSync(await download.path()));
    const sourcePages = pages.filter((p) => p.text.startsWith('Sources'));
    assert.ok(sourcePages.length >= 1, 'no sources page');
    assert.equal(pages.length, 1 + 2 + sourcePages.length, `pages: ${pages.map((p) => p.text.slice(0, 40)).join(' | ')}`);
    assert.ok(pages.at(-1).text.startsWith('Sources'), 'the source list comes last');
    const [title, first, second] = pages;
    assert.match(title.text, /Storyboard, 2 views/);
    assert.match(title.text, /2 views · made \d{1,2} [A-Z][a-z]+ \d{4}/);
    assert.ok(first.text.includes('Bosnia 2018') && first.text.includes('June 2018'), `page 2: ${first.text.slice(0, 200)}`);
    for (const word of ['Velika Kladuša', 'Bihać', 'Београд', 'Ειδομένη']) assert.ok(first.text.includes(word), `"${word}" not in the PDF's text: ${first.text.slice(0, 400)}`);
    assert.ok(second.text.startsWith('March 2016'), `page 3: ${second.text.slice(0, 80)}`);
    // Each view page has its map picture, large: with caption, legend and sources beside it, still 40 % of the page and more.
    assert.ok(first.picture > 0.4, `the first view's picture covers ${(first.picture * 100).toFixed(0)} % of its page`);
    assert.ok(second.picture > 0.4, `the second view's picture covers ${(second.picture * 100).toFixed(0)} % of its page`);
    // The legend is text in the PDF, not pixels in the picture.
    assert.match(first.text, /Legend .*Land leg/);
    assert.ok(!pages.some((p) => p.text.includes(NOTES)), 'speaker notes printed although not asked for');
    assert.ok(!pages.some((p) => /listed in the app/.test(p.text)), 'a page sends the reader to the app for its sources');

    await page.locator('[data-testid=map-export-still]').waitFor({ state: 'detached', timeout: 30_000 });
    const after = await hook('camera');
    for (const k of ['lon', 'lat', 'zoom']) assert.ok(Math.abs(after[k] - before[k]) < 1e-6, `camera ${JSON.stringify(after)} vs ${JSON.stringify(before)}`);
  },
};
