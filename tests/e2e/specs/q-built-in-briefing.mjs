// q) The built-in briefing "How the route shifted", opened from the start screen (the side panel's
//    button under the dataset card): the presenter shows its first view, with the month, the
//    position and the view's sources under the caption; Escape leaves and the briefing is the
//    storyboard. Uses the built file (dist/data/stories/), or, while the data build has not written
//    it yet, tests/fixtures/stories/ served in its place.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { eventually } from '../driver.mjs';

const STORY = 'data/stories/how-the-route-shifted.json';

function storyFile() {
  const built = path.join(process.env.E2E_DIST ?? 'dist', STORY);
  if (fs.existsSync(built)) return { text: fs.readFileSync(built, 'utf8'), served: false };
  return { text: fs.readFileSync('tests/fixtures/stories/how-the-route-shifted.json', 'utf8'), served: true };
}

export default {
  name: 'built-in-briefing',
  timeout: 150_000,
  async run({ given, when, then, hook, page, testid, textOf }) {
    const { text, served } = storyFile();
    if (served) await page.route(`**/${STORY}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
    const story = JSON.parse(text);
    const first = story.views[0];
    const count = story.views.length;

    await given.appOpen();
    await then.visible('start-briefing');
    assert.match(await textOf('start-briefing'), /How the route shifted/);
    // A DOM click: Playwright's "stable" check waits on animation frames, which a busy CPU renderer starves.
    await testid('start-briefing').first().dispatchEvent('click');

    await then.visible('presenter', { timeout: 30_000 });
    await eventually(async () => {
      assert.deepEqual(await hook('presenting'), { index: 0, blanked: false });
      assert.equal(await hook('month'), first.month);
      assert.equal(await textOf('presenter-position'), `1 / ${count}`);
    }, { timeout: 20_000 });
    assert.ok((await textOf('presenter')).includes(first.title), 'the first view’s title is not on the slide');
    if (first.sources?.length) {
      const sources = await textOf('presenter-sources');
      assert.match(sources, /^Sources: /, `presenter-sources: ${sources}`);
    }
    await then.hidden('timeline-slider');

    await when.pressKey('PageDown');
    await eventually(async () => assert.equal(await textOf('presenter-position'), `2 / ${count}`));
    await when.pressKey('Escape');
    await then.hidden('presenter');
    const views = await hook('storyboard');
    assert.deepEqual(views.map((v) => v.title), story.views.map((v) => v.title), 'the briefing should be the storyboard');
    assert.equal(await testid('story-item').count(), count);
  },
};
