// b) Month stepping with the keyboard on the timeline slider, and which corridors are drawn.
/* global document */
import assert from 'node:assert/strict';
import { eventually, isMonthKey } from '../driver.mjs';

const ids = (list, prefix) => list.filter((id) => id.startsWith(`${prefix}-`));

/** The slider's aria-valuenow/min/max (null when absent, which the spec asserts against). */
const aria = async (testid) => {
  const el = testid('timeline-slider').first();
  const num = async (name) => {
    const v = await el.getAttribute(name);
    return v === null ? null : Number(v);
  };
  return { now: await num('aria-valuenow'), min: await num('aria-valuemin'), max: await num('aria-valuemax') };
};

export default {
  name: 'month-stepping',
  async run({ given, when, then, hook, testid, page }) {
    await given.appOpen('m=2015-08');
    await then.monthIs('2015-08');
    await then.monthLabelContains('August 2015');
    await eventually(async () => {
      const visible = await hook('visibleSegmentIds');
      assert.ok(ids(visible, 'A').length > 0, `August 2015: expected some A-* segments, got ${JSON.stringify(visible)}`);
      assert.deepEqual([...ids(visible, 'C1'), ...ids(visible, 'C2')], [], 'August 2015: no C1-*/C2-* segments expected');
      // deck.gl picking over the map: what the GPU filter actually lets through.
      const picked = await hook('pickedSegmentIds');
      assert.ok(ids(picked, 'A').length > 0, `August 2015: deck picking found no A-* segment: ${JSON.stringify(picked)}`);
      assert.deepEqual([...ids(picked, 'C1'), ...ids(picked, 'C2')], [], 'August 2015: deck picking found C1-*/C2-* segments');
      assert.ok(picked.every((id) => visible.includes(id)), 'August 2015: picked segments are a subset of the visible ones');
    });

    await when.focus('timeline-slider');
    await when.pressKey('ArrowRight', 3);
    await then.monthIs('2015-11');
    await then.monthLabelContains('November 2015');
    await eventually(async () => {
      const visible = await hook('visibleSegmentIds');
      assert.deepEqual(ids(visible, 'A'), [], 'November 2015: no A-* segments expected');
      assert.ok(ids(visible, 'C1').length + ids(visible, 'C2').length > 0, `November 2015: expected C1-* or C2-* segments, got ${JSON.stringify(visible)}`);
      const picked = await hook('pickedSegmentIds');
      assert.deepEqual(ids(picked, 'A'), [], 'November 2015: deck picking still finds A-* segments');
      assert.ok(ids(picked, 'C1').length + ids(picked, 'C2').length > 0, `November 2015: deck picking found no C1-*/C2-*: ${JSON.stringify(picked)}`);
    });

    // The event markers above the track are one tab stop: Shift+Tab from the slider lands on the marker
    // at or after the month shown, arrow keys move among the markers (not the month), one more Shift+Tab leaves the row.
    await when.pressKey('Shift+Tab');
    const focused = async () => page.evaluate(() => ({ testid: document.activeElement?.getAttribute('data-testid'), label: document.activeElement?.getAttribute('aria-label') }));
    const onMarker = await focused();
    assert.equal(onMarker.testid, 'event-marker', `Shift+Tab from the slider should land on an event marker, got ${JSON.stringify(onMarker)}`);
    assert.equal(await page.locator('[data-testid="event-marker"][tabindex="0"]').count(), 1, 'exactly one event marker is a tab stop');
    await when.pressKey('ArrowRight');
    const nextMarker = await focused();
    assert.equal(nextMarker.testid, 'event-marker');
    assert.notEqual(nextMarker.label, onMarker.label, 'ArrowRight should move to the next marker');
    await then.monthIs('2015-11');
    await when.pressKey('Shift+Tab');
    assert.notEqual((await focused()).testid, 'event-marker', 'one Shift+Tab should leave the markers');
    await when.focus('timeline-slider');

    // Shift+Arrow moves a year.
    await when.pressKey('Shift+ArrowRight');
    await then.monthIs('2016-11');
    await when.pressKey('Shift+ArrowLeft');
    await then.monthIs('2015-11');

    // Home: the first month; nothing before it.
    await when.pressKey('Home');
    const first = await eventually(async () => {
      const m = await hook('month');
      assert.ok(isMonthKey(m) && m <= '2015-08' && m !== '2015-11', `Home: month() is ${JSON.stringify(m)}, expected the first month (≤ 2015-08)`);
      return m;
    });
    await then.monthIs(first);
    await when.pressKey('ArrowLeft');
    await then.monthIs(first);
    const atStart = await aria(testid);
    assert.notEqual(atStart.now, null, 'Home: the slider has no aria-valuenow');
    assert.notEqual(atStart.min, null, 'Home: the slider has no aria-valuemin');
    assert.notEqual(atStart.max, null, 'Home: the slider has no aria-valuemax');
    assert.ok(atStart.min < atStart.max, `Home: slider aria-valuemin ${atStart.min} should be below aria-valuemax ${atStart.max}`);
    assert.equal(atStart.now, atStart.min, 'Home: slider aria-valuenow should equal aria-valuemin');

    // End: the last month; nothing after it.
    await when.pressKey('End');
    const last = await eventually(async () => {
      const m = await hook('month');
      assert.ok(isMonthKey(m) && m >= '2016-11', `End: month() is ${JSON.stringify(m)}, expected the last month (≥ 2016-11)`);
      return m;
    });
    await then.monthIs(last);
    await when.pressKey('ArrowRight');
    await then.monthIs(last);
    const atEnd = await aria(testid);
    assert.notEqual(atEnd.now, null, 'End: the slider has no aria-valuenow');
    assert.notEqual(atEnd.max, null, 'End: the slider has no aria-valuemax');
    assert.equal(atEnd.now, atEnd.max, 'End: slider aria-valuenow should equal aria-valuemax');
    assert.equal(atEnd.min, atStart.min, 'End: slider aria-valuemin should not change with the month');
  },
};
