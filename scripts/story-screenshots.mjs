/**
 * Screenshots of the built-in briefing "How the route shifted" in the presenter, for docs/screenshots/:
 * the chosen views at the chosen screen sizes (a 1024×768 projector and a 1920×1080 screen by default).
 * Usage: npx vite build && node scripts/story-screenshots.mjs
 *        SIZES=1024x768,1920x1080 VIEWS=1,7,11 THEME=projector OUT=docs/screenshots node scripts/story-screenshots.mjs
 */
/* global window */
import { startSession } from '../tests/e2e/driver.mjs';
const sizes = (process.env.SIZES ?? '1024x768,1920x1080').split(',').map((s) => s.split('x').map(Number));
const views = (process.env.VIEWS ?? '1').split(',').map(Number);
const theme = process.env.THEME;
const out = process.env.OUT ?? 'docs/screenshots';
const session = await startSession();
try {
  for (const [width, height] of sizes) {
    const driver = await session.newDriver(`story ${width}`);
    const { page, testid } = driver;
    await page.setViewportSize({ width, height });
    await page.goto(`${session.origin}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__routeshift?.ready === true, null, { timeout: 180_000, polling: 250 });
    if (theme) await testid('theme-select').first().selectOption(theme);
    await testid('start-briefing').first().dispatchEvent('click');
    await testid('presenter').first().waitFor({ state: 'visible', timeout: 30_000 });
    let at = 1;
    for (const v of views) {
      while (at < v) { await page.keyboard.press('PageDown'); at++; await page.waitForTimeout(300); }
      await page.waitForTimeout(2500);
      await page.waitForFunction(() => window.__routeshift?.mapMoving() === false, null, { timeout: 60_000 });
      await page.waitForTimeout(1500);
      const file = `${out}/briefing-view-${v}-${width}x${height}${theme ? `-${theme}` : ''}.png`;
      await driver.screenshot(file);
      console.log('wrote', file);
    }
    await driver.close();
  }
} finally {
  await session.close();
}
