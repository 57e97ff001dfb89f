/* global document */
// l) Media exports: a PNG at 1280×720 with the map and the burned-in text, and a short WebM whose
//    container, codec, video track and duration (read with mediabunny) match the chosen range and
//    speed. Neither disturbs the live map: a still of the frame covers it while it renders, and
//    camera and canvas size come back exactly.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { colourStats, decodePng } from '../driver.mjs';
import { readVideo } from '../video-file.mjs';

export default {
  name: 'media-export: PNG at 1280x720 and a 3-month WebM',
  timeout: 240_000,
  async run({ given, then, page, hook }) {
    await given.appOpen('m=2015-10');
    await page.locator('[data-testid=media-export-section] > summary').click();
    await then.visible('media-export');

    /** What the user sees of the map: its camera, the canvas's CSS size and the map's box. */
    const liveMap = async () => ({
      camera: await hook('camera'),
      ...(await page.evaluate(() => {
        const canvas = document.querySelector('[data-testid=map] canvas');
        const box = document.querySelector('[data-testid=map]').getBoundingClientRect();
        return { canvasCss: `${canvas.style.width}×${canvas.style.height}`, box: [box.x, box.y, box.width, box.height].map(Math.round).join(',') };
      })),
    });
    const before = await liveMap();
    /** While exporting, a still of the frame sits exactly on the map's box. */
    const stillOnTheMap = async () => {
      const still = page.locator('[data-testid=map-export-still]');
      await still.waitFor({ state: 'attached', timeout: 30_000 });
      const box = await still.boundingBox();
      assert.ok(box, 'no still over the map during the export');
      assert.equal([box.x, box.y, box.width, box.height].map(Math.round).join(','), before.box, 'the still covers the map exactly');
    };
    const unchanged = async (what) => {
      await page.locator('[data-testid=map-export-still]').waitFor({ state: 'detached', timeout: 30_000 });
      const after = await liveMap();
      assert.equal(after.canvasCss, before.canvasCss, `${what}: canvas CSS size`);
      assert.equal(after.box, before.box, `${what}: map box`);
      for (const k of ['lon', 'lat', 'zoom']) assert.ok(Math.abs(after.camera[k] - before.camera[k]) < 1e-6, `${what}: camera ${JSON.stringify(after.camera)} vs ${JSON.stringify(before.camera)}`);
    };

    await page.locator('[data-testid=media-image-size]').selectOption('1280x720');
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.locator('[data-testid=media-export-png]').click(), stillOnTheMap()]);
    await unchanged('after the PNG');
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
    // WebM by choice (MP4 is the default where the browser encodes it: t-video-mp4).
    await page.locator('[data-testid=media-video-format-webm]').check();
    const [webm] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('[data-testid=media-export-video]').click(), stillOnTheMap()]);
    await unchanged('after the WebM');
    assert.equal(webm.suggestedFilename(), 'routeshift-2015-08-to-2015-10-2mps.webm');
    const video = await readVideo(fs.readFileSync(await webm.path()));
    assert.equal(video.container, 'WebM', `container: ${video.container}`);
    assert.equal(video.videoTrackCount, 1, 'exactly one video track');
    assert.equal(video.codec, 'vp8', `codec: ${video.codec}`);
    assert.equal(`${video.width}x${video.height}`, '640x360', 'WebM video track has the chosen size');
    // 3 months at 2 months/s at 30 fps: 45 frames, 1.5 s (WebM keeps milliseconds).
    assert.equal(video.frames, 45, `${video.frames} frames, expected 45`);
    assert.ok(Math.abs(video.duration - 1.5) <= 1 / 30, `WebM lasts ${video.duration} s, expected 1.5 s (3 months at 2 months/s)`);
    // The user's month is back after the video.
    await then.monthIs('2015-10');

    // At 1024×768 the month fields keep their whole text ("October 2015" and the picker): wider
    // than 9.5rem each, wrapped one a line rather than cut side by side.
    await page.setViewportSize({ width: 1024, height: 768 });
    const monthWidths = await page.evaluate(() => ['from', 'to'].map((k) => document.querySelector(`[data-testid=media-video-${k}]`).getBoundingClientRect().width));
    monthWidths.forEach((w) => assert.ok(w >= 150, `a month field is ${w}px wide at 1024×768: its text is cut`));
  },
};
