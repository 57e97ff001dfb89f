/* global document */
// p) Route-level flows: at October 2018 the schematic flows are drawn by their own layer (found by
//    deck.gl picking), never by the corridor segments' layer; `7` hides and shows them; hovering one
//    says it is schematic. Uses the built demo's schematic flows, or, while the data build has not
//    written them yet, the demo with the two of tests/fixtures/route-flows served in its place.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { eventually } from '../driver.mjs';

function demoWithFlows() {
  const dist = process.env.E2E_DIST ?? 'dist';
  const demo = JSON.parse(fs.readFileSync(path.join(dist, 'data/demo.json'), 'utf8'));
  if (demo.segments.some((s) => s.schematic)) return { demo, patched: false };
  const fixture = JSON.parse(fs.readFileSync('tests/fixtures/route-flows/two-route-flows.json', 'utf8'));
  return {
    demo: { ...demo, hubs: [...demo.hubs, ...fixture.hubs], corridors: [...demo.corridors, ...fixture.corridors], segments: [...demo.segments, ...fixture.segments] },
    patched: true,
  };
}

export default {
  name: 'route-flows',
  timeout: 150_000,
  async run({ given, when, then, hook, page, textOf }) {
    const { demo, patched } = demoWithFlows();
    if (patched) await page.route('**/data/demo.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(demo) }));
    const schematic = new Set(demo.segments.filter((s) => s.schematic).map((s) => s.id));

    await given.appOpen('m=2018-10&c=10,38,3.6');
    await then.monthIs('2018-10');
    assert.equal(await hook('layerVisible', 'routeFlows'), true, 'route-level flows should be shown by default');
    const drawn = await eventually(async () => {
      const ids = await hook('pickedIds', 'route-flows');
      assert.ok(ids.length > 0, 'the route-flows layer draws nothing at 2018-10');
      return ids;
    }, { timeout: 30_000 });
    assert.deepEqual(drawn.filter((id) => !schematic.has(id)), [], 'route-flows draws something that is not a schematic flow');
    const segments = await hook('pickedIds', 'segments');
    assert.ok(segments.length > 0, 'the corridor segments should be drawn too');
    assert.deepEqual(segments.filter((id) => schematic.has(id)), [], 'a schematic flow is drawn in the corridor segments layer');

    await when.pressKey('7');
    await eventually(async () => {
      assert.equal(await hook('layerVisible', 'routeFlows'), false, '7 should hide the route-level flows');
      assert.deepEqual(await hook('pickedIds', 'route-flows'), [], 'route-level flows still drawn after 7');
    });
    assert.ok((await hook('pickedIds', 'segments')).length > 0, '7 should leave the corridor segments alone');
    await when.pressKey('7');
    await eventually(async () => assert.ok((await hook('pickedIds', 'route-flows')).length > 0, 'route-level flows not back after a second 7'));

    // Hover a flow shown on its own: the tooltip says what its line is.
    const flow = demo.segments.find((s) => s.schematic && drawn.includes(s.id));
    const [lon, lat] = flow.path[Math.floor(flow.path.length / 2)];
    await given.appOpen(`m=2015-10&layers=routeFlows&c=${lon},${lat},6`);
    const point = await eventually(async () => {
      const a = await hook('project', lon, lat);
      await page.waitForTimeout(250);
      const b = await hook('project', lon, lat);
      assert.ok(Math.hypot(a[0] - b[0], a[1] - b[1]) < 0.5, 'map still moving');
      const onCanvas = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', b);
      assert.ok(onCanvas, `the flow's point ${b} is covered`);
      return b;
    }, { timeout: 20_000, interval: 0 });
    await eventually(async () => {
      await page.mouse.move(point[0] + 1, point[1]);
      await page.mouse.move(point[0], point[1]);
      await then.visible('tooltip', { timeout: 2000 });
    }, { timeout: 20_000 });
    const tip = await textOf('tooltip');
    assert.match(tip, /Route-level flow \(schematic\)/, `tooltip: ${tip}`);
    assert.match(tip, /Schematic route-level flow: geometry shows departure and arrival areas, not a path/, `tooltip: ${tip}`);
  },
};
