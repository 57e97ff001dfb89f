// r) One file of each format added for issue 14, dropped together: every file is reported without
//    a file error, and what each holds is found on the map by deck.gl picking in its month: an area
//    (GeoJSON polygon with a hole), a dated TCX track, Shapefile places (zipped set), FlowmapBlue
//    locations + flows (one segment per origin→dest pair); then Parquet and Arrow dated points (held as
//    columns) and a FlatGeobuf file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventually } from '../driver.mjs';

const FIXTURES = 'tests/fixtures/import';
const text = (name) => ({ name, text: readFileSync(`${FIXTURES}/${name}`, 'utf8') });
const binary = (name) => ({ name, bytes: readFileSync(`${FIXTURES}/${name}`) });
const FILES = [
  text('areas.geojson'),
  text('track.tcx'),
  binary('shapefile-places.zip'),
  text('flowmap-locations.csv'),
  text('flowmap-flows.csv'),
];
/** The ids of one file's entities among picked ids (`<dataset>/<file slug>…/<id>` or similar). */
const picked = async (hook, layer) => (await hook('pickedIds', layer)).map(String);

export default {
  name: 'import-formats',
  timeout: 150_000,
  async run({ given, when, then, hook, testid }) {
    await given.appOpen('m=2015-10&c=19.500,42.800,5.20');
    await when.dropFiles(FILES);
    await then.visible('import-report', { timeout: 60_000 });
    const report = (await testid('import-report').first().innerText()).replace(/\s+/g, ' ');
    for (const { name } of FILES) assert.ok(report.includes(name), `${name} missing from the report: ${report.slice(0, 400)}`);
    for (const format of ['(geojson)', '(tcx)', '(shapefile)', '(csv)', '(flowmap)']) assert.ok(report.includes(format), `no file read as ${format}: ${report.slice(0, 400)}`);
    const ids = (list) => list.map((id) => id.split('/').pop());
    await eventually(async () => {
      const areas = ids(await picked(hook, 'areas'));
      const segments = ids(await picked(hook, 'segments'));
      const hubs = ids(await picked(hook, 'hubs'));
      // Areas: the border zone (Sep 2015 – Mar 2016, with a hole) and the undated district.
      assert.ok(areas.includes('roszke-zone') && areas.includes('north-backa-district'), `areas picked: ${areas}`);
      // The TCX track (17 Oct 2015) and FlowmapBlue pairs with a figure in October 2015.
      assert.ok(segments.includes('file-track-1'), `TCX track not picked: ${segments}`);
      assert.ok(segments.some((id) => id.startsWith('file-flowmap-flows-')), `no FlowmapBlue segment picked: ${segments}`);
      // Shapefile places (attributes kept: ids from the .dbf) and FlowmapBlue locations.
      for (const id of ['vk', 'bihac', 'subotica', 'ATH', 'IDO']) assert.ok(hubs.includes(id), `place ${id} not picked: ${hubs}`);
    }, { timeout: 30_000 });

    // Another month: the dated track and the border zone are gone, the undated district stays.
    await when.setMonth('2017-01');
    await eventually(async () => {
      const areas = ids(await picked(hook, 'areas'));
      const segments = ids(await picked(hook, 'segments'));
      assert.ok(!areas.includes('roszke-zone') && areas.includes('north-backa-district'), `areas in 2017-01: ${areas}`);
      assert.ok(!segments.includes('file-track-1'), `the October 2015 track is drawn in January 2017: ${segments}`);
    }, { timeout: 20_000 });

    // Columnar files: Tovarnik (2 Oct 2015) from a Parquet file is drawn as an incident in October
    // 2015 (Horgoš, 15 Sep, is not); the FlatGeobuf places are drawn as places. Then the same rows
    // from an Arrow file, dropped as a second dataset, are drawn over them (picking finds the top one).
    await given.appOpen('m=2015-10&c=19.700,45.400,7.50');
    await when.dropFiles([binary('points.parquet'), binary('places.fgb')]);
    await then.visible('import-report', { timeout: 60_000 });
    const second = (await testid('import-report').first().innerText()).replace(/\s+/g, ' ');
    for (const format of ['points.parquet (parquet)', 'places.fgb (flatgeobuf)']) assert.ok(second.includes(format), `${format} not in the report: ${second.slice(0, 400)}`);
    const importedIncidents = async () => (await picked(hook, 'incidents')).filter((id) => id.includes('/'));
    const fromParquet = await eventually(async () => {
      const incidents = await importedIncidents();
      assert.equal(incidents.length, 1, `imported incidents picked in October 2015: ${incidents}`);
      const hubs = (await picked(hook, 'hubs')).filter((id) => id.includes('/'));
      assert.ok(hubs.length >= 2, `FlatGeobuf places not picked: ${hubs}`);
      return incidents[0];
    }, { timeout: 30_000 });
    await when.setMonth('2015-08');
    await eventually(async () => assert.deepEqual(await importedIncidents(), [], 'no imported incident is dated August 2015'), { timeout: 20_000 });

    await when.setMonth('2015-10');
    await when.dropFiles([binary('points.arrow')]);
    await eventually(async () => {
      const report = (await testid('import-report').first().innerText()).replace(/\s+/g, ' ');
      assert.ok(report.includes('points.arrow (arrow)'), `points.arrow not in the report: ${report.slice(0, 300)}`);
    }, { timeout: 60_000 });
    await eventually(async () => {
      const incidents = await importedIncidents();
      assert.equal(incidents.length, 1, `imported incidents picked in October 2015: ${incidents}`);
      const dataset = (id) => id.split('/')[0];
      assert.notEqual(dataset(incidents[0]), dataset(fromParquet), `the Arrow dataset's incident is not drawn over the Parquet one: ${incidents}`);
    }, { timeout: 30_000 });
  },
};
