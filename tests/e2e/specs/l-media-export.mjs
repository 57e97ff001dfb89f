/* global document, Blob, atob */
// l) Media exports: a PNG at 1280×720 with the map and the burned-in text, and a short WebM whose
//    video track and duration match the chosen range and speed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { colourStats, decodePng } from '../driver.mjs';

export default {
  name: 'media-export: PNG at 1280x720 and a 3-month WebM',
  timeout: 240_000,
  async run({ given, then, page }) {
    await given.appOpen('m=2015-10');
    await page.locator('[data-testid=media-export-section] > summary').click();
    await then.visible('media-export');

    await page.locator('[data-testid=media-image-size]').selectOption('1280x720');
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.locator('[data-testid=media-export-png]').click()]);
    assert.match(png.suggestedFilename(), /^routeshift-2015-10-migrant-smuggling-routes-1280x720\.png$/);
    const img = decodePng(fs.readFileSync(await png.path()));
    assert.equal(`${img.width}x${img.height}`, '1280x720', 'PNG has the chosen size');
    // Map, routes and text: many colours, none covering most of the picture.
    const whole = colourStats(img);
    assert.ok(whole.distinct > 500, `PNG looks blank: ${whole.distinct} colours`);
    assert.ok(whole.dominantShare < 0.6, `one colour covers ${(whole.dominantShare * 100).toFixed(0)} % of the PNG`);
    // The map itself was drawn (not only the overlay panels): its middle has varied colours.
    const middle = colourStats(img, { x0: 0.3, y0: 0.3, x1: 0.6, y1: 0.7 });
    assert.ok(middle.distinct > 50, `map area looks blank: ${middle.distinct} colours`);
    await then.hidden('media-export-progress');

    await page.locator('[data-testid=media-video-from]').fill('2015-08');
    await page.locator('[data-testid=media-video-to]').fill('2015-10');
    await page.locator('[data-testid=media-video-speed]').selectOption('2');
    await page.locator('[data-testid=media-video-size]').selectOption('640x360');
    const [webm] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('[data-testid=media-export-webm]').click()]);
    assert.equal(webm.suggestedFilename(), 'routeshift-2015-08-to-2015-10-2mps.webm');
    const bytes = fs.readFileSync(await webm.path());
    // A blank page of its own: the app's Content-Security-Policy allows no blob: media.
    const player = await page.context().newPage();
    const meta = await player.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([data], { type: 'video/webm' }));
      await new Promise((resolve, reject) => {
        video.onloadedmetadata = resolve;
        video.onerror = () => reject(new Error(`video error ${video.error?.code}: ${video.error?.message}`));
      });
      return { width: video.videoWidth, height: video.videoHeight, duration: video.duration };
    }, bytes.toString('base64'));
    await player.close();
    assert.equal(`${meta.width}x${meta.height}`, '640x360', 'WebM video track has the chosen size');
    assert.ok(Math.abs(meta.duration - 1.5) <= 0.3, `WebM lasts ${meta.duration} s, expected 1.5 s (3 months at 2 months/s)`);
    // The user's month is back after the video.
    await then.monthIs('2015-10');
  },
};
