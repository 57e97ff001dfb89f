/* global performance */
// a2) The map first (issue 17): the basemap, then the routes of the link's month (after the stored
// workspace and the link are applied), then the panels and the other layers, whose code is fetched
// only after the routes' first frame.
import assert from 'node:assert/strict';

/** Start-up marks (ms from navigation) and the script files fetched, with when each was asked for. */
const startUp = (page) =>
  page.evaluate(() => ({
    marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('routeshift:')).map((m) => [m.name.slice('routeshift:'.length), m.startTime])),
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js(\?|$)/.test(e.name))
      .map((e) => ({ file: e.name.split('/').pop(), at: e.startTime })),
  }));

export default {
  name: 'start-order',
  async run({ given, page, hook }) {
    await given.appOpen('m=2015-10&c=19.500,40.500,4.60');
    const { marks, scripts } = await startUp(page);
    for (const name of ['basemap-first', 'workspace-restored', 'routes-first', 'ready']) assert.ok(typeof marks[name] === 'number', `no routeshift:${name} mark (marks: ${Object.keys(marks).join(', ')})`);
    assert.ok(marks['basemap-first'] <= marks['routes-first'], `routes (${marks['routes-first']}) before the basemap (${marks['basemap-first']})`);
    assert.ok(marks['workspace-restored'] <= marks['routes-first'], `routes drawn (${marks['routes-first']}) before the workspace and link were applied (${marks['workspace-restored']})`);
    assert.ok(marks['routes-first'] <= marks.ready, 'ready before the routes');
    assert.equal(await hook('month'), '2015-10', "the link's month");

    const fetchedBeforeRoutes = scripts.filter((s) => s.at < marks['routes-first']).map((s) => s.file);
    const later = (prefix) => scripts.find((s) => s.file.startsWith(prefix));
    for (const prefix of ['Panels-', 'build-layers-']) {
      const chunk = later(prefix);
      assert.ok(chunk, `${prefix}*.js was never fetched (scripts: ${scripts.map((s) => s.file).join(', ')})`);
      assert.ok(chunk.at >= marks['routes-first'], `${chunk.file} fetched at ${Math.round(chunk.at)} ms, before the routes' first frame (${Math.round(marks['routes-first'])} ms)`);
    }
    console.log(`       basemap ${Math.round(marks['basemap-first'])} ms, routes ${Math.round(marks['routes-first'])} ms, ready ${Math.round(marks.ready)} ms; before the routes: ${fetchedBeforeRoutes.join(', ')}`);
  },
};
