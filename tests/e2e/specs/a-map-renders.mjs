/* global document */
// a) The map draws something: its screenshot is not one flat colour.
import assert from 'node:assert/strict';
import { colourStats, decodePng, eventually } from '../driver.mjs';

const OUT = 'test-results/e2e';
const MIN_DISTINCT_COLOURS = 64;
const MAX_DOMINANT_SHARE = 0.97;
// The middle of the map holds the Balkans; corner controls (attribution, zoom) sit outside it.
const CENTRE = { x0: 0.25, y0: 0.25, x1: 0.75, y1: 0.75 };
const MAX_CENTRE_DOMINANT_SHARE = 0.99;

export default {
  name: 'map-renders',
  async run({ given, then, page, screenshot }) {
    await given.appOpen();
    await then.visible('map');
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('[data-testid=map] canvas');
      return c ? { width: c.width, height: c.height } : null;
    });
    assert.ok(canvas, 'no <canvas> inside [data-testid=map]');
    assert.ok(canvas.width > 0 && canvas.height > 0, `map canvas is ${canvas.width}×${canvas.height}`);

    // The first frames may still be loading the basemap: allow a few seconds for them.
    const stats = await eventually(
      async () => {
        const img = decodePng(await screenshot(`${OUT}/map-renders-map.png`, { testid: 'map' }));
        const all = colourStats(img);
        const centre = colourStats(img, CENTRE);
        const info = `${img.width}×${img.height}: ${all.distinct} colours, ${all.dominant} covers ${(all.dominantShare * 100).toFixed(1)}%; centre ${centre.dominant} ${(centre.dominantShare * 100).toFixed(1)}%`;
        assert.ok(all.distinct >= MIN_DISTINCT_COLOURS, `map looks blank: ${info} (want ≥ ${MIN_DISTINCT_COLOURS} colours)`);
        assert.ok(all.dominantShare <= MAX_DOMINANT_SHARE, `map looks blank: ${info} (want ≤ ${MAX_DOMINANT_SHARE * 100}% one colour)`);
        assert.ok(centre.dominantShare <= MAX_CENTRE_DOMINANT_SHARE, `map centre looks blank: ${info}`);
        return info;
      },
      { timeout: 20_000, interval: 1000 },
    );
    console.log(`       map: ${stats}`);
    await screenshot(`${OUT}/map-renders-page.png`);
  },
};
