// n) Level of detail: a large imported point set seen from afar is drawn as bins (not as nothing, not
//    as 25,000 dots), and a filter that leaves none of its rows clears them.
import assert from 'node:assert/strict';
import { decodePng, eventually } from '../driver.mjs';

const OUT = 'test-results';
const ROWS = 25_000;

/** Incidents around Belgrade, all in June 2018 (one month: every bin is drawn at m=2018-06). */
function pointsCsv() {
  const lines = ['id,lat,lon,date,kind,confidence'];
  for (let i = 0; i < ROWS; i++) {
    const lat = 43.5 + ((i * 7919) % 2500) / 1000;
    const lon = 19.0 + ((i * 104729) % 3000) / 1000;
    lines.push(`b${i},${lat.toFixed(3)},${lon.toFixed(3)},2018-06-${String(1 + (i % 28)).padStart(2, '0')},incident,low`);
  }
  return lines.join('\n');
}

/** Pixels of the incidents' crimson (INCIDENT_COLOR over a light map) in the map's screenshot. */
function crimsonPixels(img) {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const [r, g, b] = [img.data[i], img.data[i + 1], img.data[i + 2]];
    if (r > 150 && r - g > 70 && r - b > 40) n++;
  }
  return n;
}

export default {
  name: 'bins',
  async run({ given, when, then, hook, screenshot }) {
    await given.appOpen('m=2018-06&c=20.500,44.700,4.60');
    const before = crimsonPixels(decodePng(await screenshot(`${OUT}/bins-before.png`, { testid: 'map' })));
    await when.dropFiles([{ name: 'many-points.csv', text: pointsCsv(), type: 'text/csv' }]);
    await then.visible('import-report', { timeout: 60_000 });
    await eventually(async () => assert.ok((await hook('datasetNames')).includes('many-points.csv'), 'dataset not listed'), { timeout: 30_000 });
    const binned = await eventually(
      async () => {
        const n = crimsonPixels(decodePng(await screenshot(`${OUT}/bins-after.png`, { testid: 'map' })));
        assert.ok(n > before + 3000, `bins not drawn: ${n} crimson pixels after the import, ${before} before`);
        return n;
      },
      { timeout: 30_000, interval: 1000 },
    );
    // The rows are all of low confidence: a filter for high confidence leaves no bin of them.
    await hook('setFilters', { confidence: ['high'] });
    await eventually(
      async () => {
        const n = crimsonPixels(decodePng(await screenshot(`${OUT}/bins-filtered.png`, { testid: 'map' })));
        assert.ok(n < binned / 4, `bins still drawn under a filter that leaves none: ${n} crimson pixels (${binned} unfiltered)`);
      },
      { timeout: 30_000, interval: 1000 },
    );
  },
};
