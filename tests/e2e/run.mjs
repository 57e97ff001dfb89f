/**
 * Tiny e2e runner: loads tests/e2e/specs/*.mjs in name order and runs each test in a fresh browser
 * context of one shared Chromium, against the built app in dist/ (or $E2E_DIST).
 *
 * A spec module's default export is a test { name, run(driver), timeout? } or an array of them.
 * After run() the runner calls driver.teardown() (no external requests, no page/console errors).
 *
 * Writes test-results/e2e.json = { passed, failed, ms, tests: [{ name, ok, error?, ms }] } and exits
 * non-zero when anything failed. Env: E2E_GREP (only tests whose name contains it, or one of its|-separated parts), E2E_DIST,
 * CHROMIUM_PATH, E2E_TOTAL_TIMEOUT_MS (whole-run watchdog, default 1500000: the 28 specs take ≈ 9–15 min on the CI machine).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startSession } from './driver.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const RESULTS_DIR = path.join(ROOT, 'test-results');
const RESULTS_FILE = path.join(RESULTS_DIR, 'e2e.json');
const ARTIFACTS_DIR = path.join(RESULTS_DIR, 'e2e');
const DEFAULT_TEST_TIMEOUT_MS = 120_000;
const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TOTAL_TIMEOUT_MS ?? 1_500_000);

const started = Date.now();
const results = [];
let planned = [];

function errorText(error) {
  if (error instanceof Error) {
    // Keep assertion messages and the first frames; drop node_modules noise.
    const lines = (error.stack ?? error.message).split('\n').filter((l) => !/node_modules|node:internal|\(node:/.test(l));
    return lines.slice(0, 12).join('\n');
  }
  return String(error);
}

function writeResults() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ passed, failed, ms: Date.now() - started, tests: results }, null, 2)}\n`);
  return { passed, failed };
}

function report(result) {
  results.push(result);
  const secs = (result.ms / 1000).toFixed(1);
  console.log(`  ${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${secs} s)`);
  if (!result.ok) console.log(result.error.split('\n').map((l) => `       ${l}`).join('\n'));
}

function finish() {
  const { passed, failed } = writeResults();
  console.log(`e2e: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s (${path.relative(ROOT, RESULTS_FILE)})`);
  return failed ? 1 : 0;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  promise.catch(() => {}); // it may reject after the timeout, once its context is closed
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function loadTests() {
  const dir = path.join(HERE, 'specs');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
  const tests = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(dir, file)).href);
    for (const t of [mod.default ?? []].flat()) {
      if (!t || typeof t.name !== 'string' || typeof t.run !== 'function') throw new Error(`${file}: default export must be { name, run } or an array of them`);
      tests.push({ ...t, file });
    }
  }
  const grep = process.env.E2E_GREP;
  // Several names: separated by '|'.
  return grep ? tests.filter((t) => grep.split('|').some((g) => t.name.includes(g))) : tests;
}

async function main() {
  try {
    planned = await loadTests();
  } catch (error) {
    report({ name: 'load e2e specs', ok: false, error: errorText(error), ms: 0 });
    return finish();
  }
  console.log(`e2e: ${planned.length} tests against ${process.env.E2E_DIST ?? 'dist'}/`);

  let session;
  const launchStart = Date.now();
  try {
    session = await startSession();
  } catch (error) {
    const msg = `could not start server/browser: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    for (const t of planned) report({ name: t.name, ok: false, error: msg, ms: 0 });
    return finish();
  }
  console.log(`e2e: serving on ${session.origin}, Chromium ${session.browser.version()} (${Date.now() - launchStart} ms)`);
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });

  try {
    for (const t of planned) {
      const t0 = Date.now();
      let driver;
      let error;
      try {
        driver = await session.newDriver(t.name);
        await withTimeout(Promise.resolve().then(() => t.run(driver)), t.timeout ?? DEFAULT_TEST_TIMEOUT_MS, `test "${t.name}"`);
        driver.teardown();
      } catch (e) {
        error = errorText(e);
        if (driver) {
          const errs = driver.pageErrors();
          if (errs.length && !error.includes('page errors')) error += `\npage errors:\n  ${errs.slice(0, 10).join('\n  ')}`;
          const safe = t.name.replace(/[^\w.-]+/g, '_');
          await driver.page
            .screenshot({ path: path.join(ARTIFACTS_DIR, `${safe}-failure.png`), timeout: 10_000 })
            .catch(() => {});
        }
      } finally {
        await driver?.close();
      }
      report({ name: t.name, ok: !error, ...(error ? { error } : {}), ms: Date.now() - t0 });
    }
  } finally {
    await session.close();
  }
  return finish();
}

const watchdog = setTimeout(() => {
  const done = new Set(results.map((r) => r.name));
  for (const t of planned) {
    if (!done.has(t.name)) report({ name: t.name, ok: false, error: `not finished: whole e2e run exceeded ${TOTAL_TIMEOUT_MS / 1000} s`, ms: 0 });
  }
  if (!planned.length) report({ name: 'e2e run', ok: false, error: `exceeded ${TOTAL_TIMEOUT_MS / 1000} s`, ms: 0 });
  finish();
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

main().then(
  (code) => {
    clearTimeout(watchdog);
    process.exit(code); // don't wait on stray handles
  },
  (error) => {
    clearTimeout(watchdog);
    report({ name: 'e2e runner', ok: false, error: errorText(error), ms: Date.now() - started });
    finish();
    process.exit(1);
  },
);
