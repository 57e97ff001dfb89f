/* global window, performance, requestAnimationFrame */
/**
 * a. Step cost: main-thread time of a month step (setMonth and the frames until it is drawn) vs an
 * idle redraw (map.triggerRepaint() through the test hook, same frames), taken from CDP's
 * Performance.getMetrics TaskDuration/ScriptDuration deltas, interleaved step/redraw, medians.
 */
import { importThroughUi, longTasksSince, openPage, perfMetrics } from './browser.mjs';
import { median, round } from './stats.mjs';

const FRAMES = 3;

/** One sample: run `action` in the page and wait FRAMES animation frames; → main-thread ms. */
export async function sample(page, cdp, action) {
  const before = await perfMetrics(cdp);
  const frameMs = await page.evaluate(
    async ({ action, frames }) => {
      const t0 = performance.now();
      if (action.kind === 'step') window.__routeshift.setMonth(action.month);
      else window.__routeshift.repaint();
      for (let i = 0; i < frames; i++) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    },
    { action, frames: FRAMES },
  );
  const after = await perfMetrics(cdp);
  return { taskMs: (after.TaskDuration - before.TaskDuration) * 1000, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000, frameMs };
}

export function monthsFrom(start, count) {
  const [y, m] = start.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** `shared`: an app page already open (small mode reuses one page and leaves it open). */
/**
 * `budgetMs`: stop sampling after this long (at least 3 pairs) and report what was taken, for
 * machines where a frame of the full data takes many seconds to rasterise.
 */
export async function measureStep({ browser, origin, files, samples, importTimeout, shared, progress = () => {}, budgetMs = Infinity }) {
  const app = shared ?? (await openPage(browser, `${origin}/?m=2015-01&c=19.500,40.500,4.60`, { app: true }));
  try {
    const { page, cdp } = app;
    const loadStart = Date.now();
    // Places first: the segments' from/to name them, and the import looks names up in the workspace.
    await importThroughUi(page, [files.places, files.incidents], { timeout: importTimeout });
    progress(`places and incidents in the store after ${((Date.now() - loadStart) / 1000).toFixed(0)} s`);
    await importThroughUi(page, [files.segments], { timeout: importTimeout });
    progress(`segments in the store after ${((Date.now() - loadStart) / 1000).toFixed(0)} s`);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const visibleSegments = await page.evaluate(() => window.__routeshift.visibleSegmentIds().length);
    // Thread ticks count the main thread's own CPU time, which other processes on the machine disturb less.
    const timeDomain = await cdp
      .send('Performance.enable', { timeDomain: 'threadTicks' })
      .then(() => 'threadTicks')
      .catch(async () => {
        await cdp.send('Performance.enable');
        return 'timeTicks';
      });
    const months = monthsFrom('2015-01', samples + 3);
    // warm-up: first uses of each path compile shaders and JIT code
    await sample(page, cdp, { kind: 'step', month: months[1] });
    await sample(page, cdp, { kind: 'redraw' });
    const since = await page.evaluate(() => performance.now());
    const steps = [];
    const redraws = [];
    const samplingStart = Date.now();
    for (let i = 0; i < samples; i++) {
      if (i >= 3 && Date.now() - samplingStart > budgetMs) {
        progress(`time budget reached after ${i} pairs`);
        break;
      }
      steps.push(await sample(page, cdp, { kind: 'step', month: months[i + 2] }));
      redraws.push(await sample(page, cdp, { kind: 'redraw' }));
      if ((i + 1) % 2 === 0) progress(`${i + 1}/${samples} step + redraw pairs`);
    }
    const longTasks = await longTasksSince(page, since);
    const step = { taskMs: median(steps.map((s) => s.taskMs)), scriptMs: median(steps.map((s) => s.scriptMs)), frameMs: median(steps.map((s) => s.frameMs)) };
    const redraw = { taskMs: median(redraws.map((s) => s.taskMs)), scriptMs: median(redraws.map((s) => s.scriptMs)), frameMs: median(redraws.map((s) => s.frameMs)) };
    if (!(step.taskMs > 0) || !(redraw.taskMs > 0)) throw new Error(`no main-thread time measured (step ${step.taskMs} ms, redraw ${redraw.taskMs} ms)`);
    return {
      samples: steps.length,
      samplesPlanned: samples,
      framesPerSample: FRAMES,
      timeDomain,
      loadSeconds: round(loadSeconds),
      datasets: await page.evaluate(() => window.__routeshift.datasetNames()),
      visibleSegmentsInLastMonth: visibleSegments,
      stepMedian: { taskMs: round(step.taskMs), scriptMs: round(step.scriptMs), frameMs: round(step.frameMs) },
      redrawMedian: { taskMs: round(redraw.taskMs), scriptMs: round(redraw.scriptMs), frameMs: round(redraw.frameMs) },
      ratio: round(step.taskMs / redraw.taskMs, 2),
      scriptRatio: redraw.scriptMs > 0 ? round(step.scriptMs / redraw.scriptMs, 2) : null,
      longTasksWhileStepping: longTasks.length,
      longestTaskWhileSteppingMs: round(longTasks.reduce((m, t) => Math.max(m, t.ms), 0)),
      pageErrors: app.errors.slice(0, 5),
    };
  } finally {
    if (!shared) await app.close();
  }
}
