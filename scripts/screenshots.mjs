/**
 * Screenshots of the built app for docs/screenshots/, through the e2e driver (same server, same
 * Chromium flags, same checks that nothing left 127.0.0.1). Usage: npx vite build && node scripts/screenshots.mjs
 */
import { startSession } from '../tests/e2e/driver.mjs';

// The Balkans framed so that the route picture and its labels are legible; one overview of all routes.
const BALKANS = 'c=19.600,43.300,5.35';
const REGION = 'c=7.000,39.500,3.35';
const SHOTS = [
  { file: 'docs/screenshots/2015-09.png', query: `m=2015-09&${BALKANS}` },
  { file: 'docs/screenshots/2015-10.png', query: `m=2015-10&${BALKANS}` },
  { file: 'docs/screenshots/2015-11.png', query: `m=2015-11&${BALKANS}` },
  { file: 'docs/screenshots/2016-04.png', query: `m=2016-04&${BALKANS}` },
  { file: 'docs/screenshots/2018-03.png', query: `m=2018-03&${BALKANS}` },
  { file: 'docs/screenshots/2018-10-region.png', query: `m=2018-10&${REGION}` },
  { file: 'docs/screenshots/2015-10-region.png', query: `m=2015-10&${REGION}` },
  { file: 'docs/screenshots/2023-09.png', query: `m=2023-09&${BALKANS}` },
  { file: 'docs/screenshots/2023-09-region.png', query: `m=2023-09&${REGION}` },
  { file: 'docs/screenshots/2018-06.png', query: `m=2018-06&${BALKANS}` },
  { file: 'docs/screenshots/2015-09-overview.png', query: 'm=2015-09' },
  { file: 'docs/screenshots/2015-11-detail.png', query: `m=2015-11&sel=segment:C2-2&${BALKANS}` },
  { file: 'docs/screenshots/2018-06-dark-1024x768.png', query: 'm=2018-06', dark: true, viewport: { width: 1024, height: 768 } },
  { file: 'docs/screenshots/change-2015-09-to-2015-11.png', query: `m=2015-11&cmp=2015-09&c=18.500,45.300,5.60` },
  { file: 'docs/screenshots/range-2015-08-to-2015-11-trail.png', query: `m=2015-11&w=range:2015-08&trail=1&${BALKANS}` },
  { file: 'docs/screenshots/side-by-side-2015-08-vs-2015-11.png', query: 'm=2015-11&sw=2015-08&c=18.000,44.600,5.50' },
  { file: 'docs/screenshots/charts-detections-by-route.png', query: 'm=2015-10&chart=detections', wait: '[data-testid=comparison-view] canvas' },
  { file: 'docs/screenshots/charts-share.png', query: 'm=2016-03&chart=share', wait: '[data-testid=comparison-view] canvas' },
  { file: 'docs/screenshots/charts-year-on-year.png', query: 'm=2016-03&chart=yoy', wait: '[data-testid=comparison-view] canvas' },
];

const session = await startSession();
try {
  for (const shot of SHOTS) {
    const driver = await session.newDriver(shot.file);
    if (shot.viewport) await driver.page.setViewportSize(shot.viewport);
    await driver.given.appOpen(shot.query);
    if (shot.dark) await driver.when.pressKey('t');
    if (shot.wait) await driver.page.locator(shot.wait).first().waitFor({ state: 'visible', timeout: 30_000 });
    await driver.page.waitForTimeout(1500);
    await driver.screenshot(shot.file);
    driver.teardown();
    await driver.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await session.close();
}
