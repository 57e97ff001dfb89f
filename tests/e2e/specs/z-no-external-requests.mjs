// z) Offline (runs last): across the whole session (all specs so far, this one last) no request left
// 127.0.0.1. Opening the sources panel, full of links, must not fetch anything either.
// (Every spec's teardown also checks its own requests and that it had no page/console errors.)
import assert from 'node:assert/strict';

export default {
  name: 'no-external-requests',
  async run({ given, when, then, page, session }) {
    await given.appOpen();
    await when.click('sources-button');
    await then.visible('sources-panel');
    await page.waitForTimeout(1000);
    const external = session.externalRequests();
    assert.deepEqual(
      external.map((r) => `${r.spec}: ${r.kind} ${r.url}`),
      [],
      `${external.length} request(s) left 127.0.0.1 during the e2e session`,
    );
  },
};
