/**
 * Screenshots of the presenter for docs/screenshots/: light, dark and projector themes at 1920×1080
 * and 1024×768, with a marking line, a two-view storyboard built through the side panel.
 * Usage: npx vite build && node scripts/presenter-screenshots.mjs
 */
/* global window */
import { startSession } from '../tests/e2e/driver.mjs';

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];
const THEMES = ['light', 'projector', 'dark'];
const VIEWS = [
  { month: '2015-10', title: 'The Western Balkan route at its peak', caption: 'October 2015: arrivals in Greece move on through North Macedonia, Serbia and Croatia within days.' },
  { month: '2016-06', title: 'After the EU–Turkey statement', caption: 'June 2016: the Balkan corridor is closed; crossings shift to smaller, riskier routes.' },
];

const session = await startSession();
try {
  for (const viewport of VIEWPORTS) {
    const driver = await session.newDriver(`presenter ${viewport.width}x${viewport.height}`);
    const { page, testid, hook } = driver;
    await page.setViewportSize(viewport);
    // The driver's 60 s start-up limit is for tests; a screenshot run on a busy machine may wait longer.
    await page.goto(`${session.origin}/?m=2015-10&c=20.000,42.800,5.60`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__routeshift?.ready === true, null, { timeout: 180_000, polling: 250 });
    await page.locator('summary', { hasText: 'Briefing' }).click();
    await testid('marking-input').first().fill('OFFICIAL — for briefing use only');
    for (const view of VIEWS) {
      await hook('setMonth', view.month);
      await testid('capture-view').first().dispatchEvent('click');
      await testid('story-title').first().fill(view.title);
      await testid('story-caption').first().fill(view.caption);
    }
    for (const theme of THEMES) {
      await testid('theme-select').first().selectOption(theme);
      await testid('present-button').first().dispatchEvent('click');
      await testid('presenter').first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForFunction(() => window.__routeshift?.mapMoving() === false, null, { timeout: 30_000 });
      await page.waitForTimeout(2000);
      const file = `docs/screenshots/presenter-${theme}-${viewport.width}x${viewport.height}.png`;
      await driver.screenshot(file);
      console.log(`wrote ${file}`);
      await page.keyboard.press('Escape');
      await testid('presenter').first().waitFor({ state: 'hidden', timeout: 30_000 });
    }
    // The storyboard and briefing panels themselves, in the projector theme.
    await testid('theme-select').first().selectOption('projector');
    await page.waitForTimeout(1500);
    const panel = `docs/screenshots/storyboard-panel-projector-${viewport.width}x${viewport.height}.png`;
    await driver.screenshot(panel);
    console.log(`wrote ${panel}`);
    driver.teardown();
    await driver.close();
  }
} finally {
  await session.close();
}
