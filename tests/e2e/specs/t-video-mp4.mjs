/* global document */
// t) Video export: an MP4 (H.264) by default, read back in Node with mediabunny (container, one
//    video track, codec, size, duration = frames / fps, a key frame per month). While it renders,
//    the visible UI stays on the user's month: the map under a still, the timeline and its month
//    label unchanged. Cancel saves nothing and puts month, window and camera back exactly.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { eventually } from '../driver.mjs';
import { readVideo } from '../video-file.mjs';

const FPS = 30;

export default {
  name: 'video-mp4: MP4 by default, read back; the UI stays on the user month; Cancel restores',
  timeout: 240_000,
  async run({ given, then, page, hook, screenshot }) {
    await given.appOpen('m=2015-10');
    await page.locator('[data-testid=media-export-section] > summary').click();
    await then.visible('media-export');

    // Chromium encodes H.264 from http://127.0.0.1: MP4 is the default, and nothing needs saying.
    await eventually(async () => assert.equal(await page.locator('[data-testid=media-video-format-mp4]').isChecked(), true, 'MP4 is not chosen by default'));
    assert.equal(await page.locator('[data-testid=media-video-format-note]').count(), 0, 'a note about MP4 shows although the browser encodes it');

    /** What the user sees: month (store and label), the slider's text, the camera and the map's box. */
    const visibleState = async () => ({
      month: await hook('month'),
      label: await page.locator('[data-testid=month-label]').textContent(),
      slider: await page.locator('[data-testid=timeline-slider]').getAttribute('aria-valuetext'),
      camera: await hook('camera'),
      box: await page.evaluate(() => {
        const b = document.querySelector('[data-testid=map]').getBoundingClientRect();
        return [b.x, b.y, b.width, b.height].map(Math.round).join(',');
      }),
    });
    const before = await visibleState();
    const sameMonth = (now, when) => {
      assert.equal(now.month, before.month, `${when}: the user's month moved`);
      assert.equal(now.label, before.label, `${when}: the month label moved`);
      assert.equal(now.slider, before.slider, `${when}: the slider moved`);
    };
    const sameAsBefore = (now, when) => {
      sameMonth(now, when);
      assert.equal(now.box, before.box, `${when}: the map's box`);
      for (const k of ['lon', 'lat', 'zoom']) assert.ok(Math.abs(now.camera[k] - before.camera[k]) < 1e-6, `${when}: camera ${JSON.stringify(now.camera)} vs ${JSON.stringify(before.camera)}`);
    };

    await page.locator('[data-testid=media-video-from]').fill('2015-03');
    await page.locator('[data-testid=media-video-to]').fill('2015-08');
    assert.equal(await page.locator('[data-testid=media-video-title]').inputValue(), 'Migrant-smuggling routes, Mar 2015 – Aug 2015');
    await page.locator('[data-testid=media-video-caption]').fill('Test caption: six months at two a second');
    await page.locator('[data-testid=media-video-speed]').selectOption('2');
    await page.locator('[data-testid=media-video-size]').selectOption('640x360');
    const downloading = page.waitForEvent('download', { timeout: 180_000 });
    downloading.catch(() => {}); // awaited below; a failure before that must not go unhandled
    await page.locator('[data-testid=media-export-video]').click();

    // Mid-export, at a month other than the user's: the UI shows the user's month, the map a still.
    const progress = page.locator('[data-testid=media-export-progress]');
    await eventually(async () => assert.match(await progress.textContent(), /Rendering 2015-0[4-7]/), { timeout: 90_000, interval: 50 });
    // (The map itself renders the video's months underneath at the video's size.)
    sameMonth(await visibleState(), 'mid-export');
    const still = await page.locator('[data-testid=map-export-still]').boundingBox();
    assert.ok(still, 'no still over the map mid-export');
    assert.equal([still.x, still.y, still.width, still.height].map(Math.round).join(','), before.box, 'the still covers the map exactly');
    await screenshot(path.join('test-results', 'e2e', 'video-mid-export.png'));

    const mp4 = await downloading;
    assert.equal(mp4.suggestedFilename(), 'routeshift-2015-03-to-2015-08-2mps.mp4');
    await page.locator('[data-testid=map-export-still]').waitFor({ state: 'detached', timeout: 30_000 });
    sameAsBefore(await visibleState(), 'after the MP4');

    const video = await readVideo(fs.readFileSync(await mp4.path()));
    const frames = Math.round((6 / 2) * FPS);
    assert.equal(video.container, 'MP4', `container: ${video.container}`);
    assert.equal(video.trackCount, 1, 'one track, no audio');
    assert.equal(video.videoTrackCount, 1, 'exactly one video track');
    assert.equal(video.codec, 'avc', `codec: ${video.codec}`);
    assert.equal(`${video.width}x${video.height}`, '640x360', 'the chosen size');
    assert.equal(video.frames, frames, `${video.frames} frames, expected ${frames} (6 months at 2 months/s, ${FPS} fps)`);
    assert.ok(Math.abs(video.duration - frames / FPS) <= 1 / FPS, `the MP4 lasts ${video.duration} s, expected ${frames / FPS} s`);
    assert.ok(video.keyFrames >= 6, `${video.keyFrames} key frames: each month should start with one`);
    assert.equal(video.title, 'Migrant-smuggling routes, Mar 2015 – Aug 2015', 'the title in the file');

    // Cancel mid-export: no file, and month, window and camera as they were.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('[data-testid=media-video-from]').fill('2014-01');
    await page.locator('[data-testid=media-video-to]').fill('2016-12');
    await page.locator('[data-testid=media-export-video]').click();
    await eventually(async () => assert.match(await progress.textContent(), /Rendering 2014-0[2-9]/), { timeout: 90_000, interval: 50 });
    await page.locator('[data-testid=media-export-cancel]').click();
    await then.hidden('media-export-progress', { timeout: 30_000 });
    await eventually(async () => {
      const notices = await page.locator('[data-testid=notice]').allTextContents();
      assert.ok(notices.some((n) => /Video cancelled: no file was saved/.test(n)), `no cancel notice: ${JSON.stringify(notices)}`);
    });
    await page.locator('[data-testid=map-export-still]').waitFor({ state: 'detached', timeout: 30_000 });
    sameAsBefore(await visibleState(), 'after Cancel');
    assert.equal(downloads, 0, 'a cancelled video was saved');
  },
};
