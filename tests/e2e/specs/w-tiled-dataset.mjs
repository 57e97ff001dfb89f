// w) Tiled datasets (issue 17 item 5): the committed fixture archive (tests/fixtures/tiles, made
//    by scripts/make-tiles.mjs) served from the app's own origin with HTTP range requests, opened
//    by URL; its features are drawn by month on the GPU (a feature of cluster A of September 2015 is
//    drawn and pickable in September, not in October, and the reverse for cluster B); a month step
//    fetches and decodes no tile; a picked feature's details show its month and source; another
//    origin is refused before any request; a broken .pmtiles file is refused naming the file; the
//    z/x/y directory of the same tiles opens the same way.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { eventually } from '../driver.mjs';

const FIXTURE = 'tests/fixtures/tiles';

/** Serves tests/fixtures/tiles under /tiles-fixture/ as a static host does, with byte ranges; counts requests. */
async function serveFixture(page) {
  const served = { count: 0 };
  await page.route('**/tiles-fixture/**', (route) => {
    const url = new URL(route.request().url());
    const file = path.join(FIXTURE, decodeURIComponent(url.pathname.replace(/^.*\/tiles-fixture\//, '')));
    served.count++;
    if (!fs.existsSync(file)) {
      // A host answers 404; Chromium logs every 404 as a console error, which the runner counts as a
      // page error, so the empty tiles of the z/x/y directory are answered "no content" here.
      return route.fulfill({ status: 204, body: '' });
    }
    const body = fs.readFileSync(file);
    const range = /bytes=(\d+)-(\d+)?/.exec(route.request().headers().range ?? '');
    if (!range) return route.fulfill({ status: 200, body, headers: { 'content-type': 'application/octet-stream' } });
    const start = Number(range[1]);
    const end = Math.min(body.length - 1, range[2] === undefined ? body.length - 1 : Number(range[2]));
    return route.fulfill({ status: 206, body: body.subarray(start, end + 1), headers: { 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${end}/${body.length}`, 'accept-ranges': 'bytes' } });
  });
  return served;
}

const months = (features) => [...new Set(features.map((f) => f.properties.month))].sort();
const near = (f, lon, lat) => f.lonLat && Math.abs(f.lonLat[0] - lon) < 0.3 && Math.abs(f.lonLat[1] - lat) < 0.3;
const A_SEPTEMBER = [20.95, 44.55];
const B_OCTOBER = [16.45, 45.55];

async function openUrl({ testid }, url) {
  await testid('tile-url-input').fill(url);
  await testid('tile-url-open').click();
}

export default [
  {
    name: 'tiled-dataset',
    timeout: 150_000,
    async run(driver) {
      const { given, then, hook, page, textOf, nextFrames } = driver;
      const served = await serveFixture(page);
      await given.appOpen('m=2015-09&c=18.5,44.6,5.6');
      await then.monthIs('2015-09');

      await openUrl(driver, 'tiles-fixture/incidents.pmtiles');
      await eventually(async () => assert.equal(await page.locator('[data-testid=tiled-dataset-row]').getAttribute('data-status'), 'ready'), { timeout: 20_000 });
      assert.equal(await textOf('tiled-dataset-name'), 'incidents.pmtiles');
      assert.match(await textOf('legend-tiles'), /incidents\.pmtiles/);

      // September: Belgrade drawn, Zagreb not, and nothing of October.
      const september = await eventually(async () => {
        const features = await hook('pickedTileFeatures');
        assert.ok(features.some((f) => near(f, ...A_SEPTEMBER)), 'a feature of cluster A of 2015-09 should be drawn in 2015-09');
        return features;
      }, { timeout: 30_000 });
      assert.deepEqual(months(september), ['2015-09'], 'only features of 2015-09 should be drawn in 2015-09');
      assert.ok(!september.some((f) => near(f, ...B_OCTOBER)), 'Cluster B (2015-10 only) should not be drawn in 2015-09');

      // A month step: the GPU filter moves; no tile is fetched or decoded again.
      const loadsBefore = await hook('tileLoads');
      const requestsBefore = served.count;
      assert.ok(loadsBefore > 0, 'tiles should have been loaded');
      await hook('setMonth', '2015-10');
      await then.monthIs('2015-10');
      const october = await eventually(async () => {
        await nextFrames(2);
        const features = await hook('pickedTileFeatures');
        assert.deepEqual(months(features), ['2015-10'], 'only features of 2015-10 should be drawn in 2015-10');
        return features;
      }, { timeout: 20_000 });
      assert.ok(!october.some((f) => near(f, ...A_SEPTEMBER)), 'cluster A (2015-09) should not be drawn in 2015-10');
      const featureB = october.find((f) => near(f, ...B_OCTOBER));
      assert.ok(featureB, 'a feature of cluster B of 2015-10 should be drawn in 2015-10');
      assert.equal(await hook('tileLoads'), loadsBefore, 'a month step must not fetch or decode a tile');
      assert.equal(served.count, requestsBefore, 'a month step must not request anything from the archive');

      // Picking: the feature's details show its month and source.
      const [x, y] = await hook('project', featureB.lonLat[0], featureB.lonLat[1]);
      // Hovering shows the feature's tooltip: its month and source.
      await page.mouse.move(x, y);
      await then.visible('tile-tooltip');
      assert.match(await textOf('tile-tooltip'), /October 2015/);
      assert.match(await textOf('tile-tooltip'), /UNHCR/);
      await page.mouse.click(x, y);
      await then.visible('tile-detail-panel');
      assert.match(await textOf('tile-detail-month'), /2015-10/);
      assert.equal(await textOf('tile-detail-source'), 'UNHCR');
      await driver.screenshot('test-results/e2e/tiled-dataset-2015-10.png');

      // Another origin: refused with the reason, before any request (the runner checks none left).
      await openUrl(driver, 'http://example.org/tiles/incidents.pmtiles');
      assert.match(await textOf('tile-url-problem'), /example\.org/);
      assert.equal(await page.locator('[data-testid=tiled-dataset-row]').count(), 1);

      // A file that is not an archive: refused, naming the file.
      await driver.when.dropFiles([{ name: 'broken.pmtiles', bytes: Buffer.from('not an archive at all, just text') }]);
      await eventually(async () => {
        const notices = await page.locator('[data-testid=notice]').allTextContents();
        assert.ok(notices.some((n) => n.includes('broken.pmtiles') && /not a PMTiles archive/.test(n)), `no notice names broken.pmtiles: ${notices.join(' | ')}`);
      });
    },
  },
  {
    name: 'tiled-dataset-xyz',
    timeout: 120_000,
    async run(driver) {
      const { given, hook, page } = driver;
      await serveFixture(page);
      await given.appOpen('m=2015-10&c=18.5,44.6,5.6');
      await openUrl(driver, 'tiles-fixture/xyz/{z}/{x}/{y}.pbf');
      await eventually(async () => assert.equal(await page.locator('[data-testid=tiled-dataset-row]').getAttribute('data-status'), 'ready'), { timeout: 20_000 });
      const features = await eventually(async () => {
        const list = await hook('pickedTileFeatures');
        assert.ok(list.some((f) => near(f, ...B_OCTOBER)), 'the z/x/y tiles should draw cluster B in 2015-10');
        return list;
      }, { timeout: 30_000 });
      assert.deepEqual(months(features), ['2015-10']);
      assert.ok(features.some((f) => f.type === 'Polygon' || f.type === 'MultiPolygon'), 'the area of 2015-10 should be drawn');

      // The source filter reaches the tiles: with UNHCR ticked, only UNHCR features stay drawn.
      assert.ok(features.some((f) => f.properties.source === 'FRONTEX'), 'FRONTEX points of 2015-10 should be drawn before filtering');
      await hook('setFilters', { sources: ['UNHCR'] });
      await eventually(async () => {
        const list = await hook('pickedTileFeatures');
        const sources = [...new Set(list.map((f) => f.properties.source))];
        assert.deepEqual(sources, ['UNHCR'], `only UNHCR features should be drawn, got ${sources.join(', ')}`);
      }, { timeout: 30_000 });
    },
  },
];
