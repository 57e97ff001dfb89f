/* global performance */
// o) Panels closed at start load their code when first opened, and open on the first key press or
// click: sources (S), shortcuts (?), the change view (X), an event's card, the Filters and Briefing sections.
import assert from 'node:assert/strict';
import { eventually } from '../driver.mjs';

/** Script files the page has fetched so far (chunks loaded on demand add to it). */
const scriptsLoaded = (page) =>
  page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.m?js(\?|$)/.test(e.name)).map((e) => e.name.split('/').pop()));

export default {
  name: 'on-demand-panels',
  async run({ given, when, then, page, testid }) {
    await given.appOpen('m=2015-11');
    const atStart = await scriptsLoaded(page);
    for (const id of ['sources-panel', 'shortcuts-panel', 'compare-panel', 'event-card', 'filter-panel', 'briefing-panel']) await then.hidden(id);

    await when.pressKey('s');
    await then.visible('sources-panel');
    // The panel's code came after the first frame: one more script than at start.
    const afterSources = await scriptsLoaded(page);
    assert.ok(afterSources.length > atStart.length, `no script loaded to open the sources panel (at start: ${atStart.join(', ')})`);
    await when.pressKey('Escape');
    await then.hidden('sources-panel');

    await when.pressKey('?');
    await then.visible('shortcuts-panel');
    assert.match(await testid('shortcuts-panel').first().innerText(), /Sources and licences/);
    await when.pressKey('Escape');
    await then.hidden('shortcuts-panel');

    await when.pressKey('x');
    await then.visible('compare-panel');
    assert.match(await testid('compare-panel').first().innerText(), /October 2015 → November 2015/);
    await when.pressKey('x');
    await then.hidden('compare-panel');

    await when.click('event-marker');
    await then.visible('event-card');
    await when.pressKey('Escape');
    await then.hidden('event-card');

    await page.locator('.side-panel summary', { hasText: 'Filters' }).click();
    await then.visible('filter-panel');
    await page.locator('.side-panel summary', { hasText: 'Briefing' }).click();
    await then.visible('briefing-panel');
    // Closing and opening a section again keeps its content.
    await page.locator('.side-panel summary', { hasText: 'Filters' }).click();
    await then.hidden('filter-panel');
    await page.locator('.side-panel summary', { hasText: 'Filters' }).click();
    await eventually(async () => assert.ok(await testid('filter-panel').first().isVisible()));
  },
};
