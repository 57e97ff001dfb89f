/**
 * `npm test`: every check in order, stopping at the first stage that fails.
 *
 *   typecheck  npx tsc --noEmit -p tsconfig.json                 counts as 1 test
 *   lint       npx eslint . --max-warnings 0                      counts as 1 test
 *   unit       npx vitest run (+ JSON report)                     counts test-results/vitest.json
 *   build      npx vite build                                     counts only if it fails (1 failed)
 *   e2e        node tests/e2e/run.mjs                             counts test-results/e2e.json
 *   bench      node bench/run.mjs --small                         counts as 1 test (every measurement taken; timings never fail it)
 *
 * Generated data is committed, so `npm run build:data` is not run. A stage that exits non-zero
 * while its report shows no failed test (crash, missing report, failed suite import) adds 1 failed.
 * Output of each stage is shown live; the last line is always `Total: N passed, N failed`.
 * Exit status is 1 when anything failed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'test-results');
const VITEST_JSON = path.join(RESULTS, 'vitest.json');
const E2E_JSON = path.join(RESULTS, 'e2e.json');

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
const num = (v) => (Number.isFinite(v) ? v : 0);

const STAGES = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'], count: (ok) => (ok ? [1, 0] : [0, 1]) },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings', '0'], count: (ok) => (ok ? [1, 0] : [0, 1]) },
  {
    name: 'unit',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'],
    count: () => {
      const r = readJson(VITEST_JSON);
      return r ? [num(r.numPassedTests), num(r.numFailedTests)] : [0, 0];
    },
    report: 'test-results/vitest.json',
  },
  { name: 'build', cmd: 'npx', args: ['vite', 'build'], count: () => [0, 0], uncounted: true },
  {
    name: 'e2e',
    cmd: process.execPath,
    display: 'node tests/e2e/run.mjs',
    args: ['tests/e2e/run.mjs'],
    count: () => {
      const r = readJson(E2E_JSON);
      return r ? [num(r.passed), num(r.failed)] : [0, 0];
    },
    report: 'test-results/e2e.json',
  },
  {
    name: 'bench',
    cmd: process.execPath,
    display: 'node bench/run.mjs --small',
    args: ['bench/run.mjs', '--small'],
    count: (ok) => (ok ? [1, 0] : [0, 1]),
  },
];

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
    child.on('error', (error) => {
      console.error(`could not start ${cmd}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

async function main() {
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const file of [VITEST_JSON, E2E_JSON]) fs.rmSync(file, { force: true });

  const rows = [];
  let stopped = false;
  for (const [i, stage] of STAGES.entries()) {
    if (stopped) {
      rows.push({ name: stage.name, status: 'skipped', passed: 0, failed: 0, ms: 0 });
      continue;
    }
    const shown = stage.display ?? [stage.cmd, ...stage.args].join(' ');
    console.log(`\n==> [${i + 1}/${STAGES.length}] ${stage.name}: ${shown}\n`);
    const t0 = Date.now();
    const code = await run(stage.cmd, stage.args);
    const ok = code === 0;
    let [passed, failed] = stage.count(ok);
    let note = '';
    if (!ok && failed === 0) {
      failed = 1;
      note = stage.report && !fs.existsSync(path.join(ROOT, stage.report)) ? ` (exit ${code}, no ${stage.report})` : ` (exit ${code})`;
    }
    rows.push({ name: stage.name, status: ok ? 'passed' : 'FAILED', passed, failed, ms: Date.now() - t0, note, uncounted: stage.uncounted });
    if (!ok) stopped = true;
  }

  const total = rows.reduce((acc, r) => ({ passed: acc.passed + r.passed, failed: acc.failed + r.failed }), { passed: 0, failed: 0 });
  console.log('\n==> Summary');
  for (const r of rows) {
    const counts = r.status === 'skipped' ? '' : r.uncounted && r.status === 'passed' ? '(not counted)' : `${r.passed} passed, ${r.failed} failed`;
    const secs = r.status === 'skipped' ? '' : `${(r.ms / 1000).toFixed(1)} s`;
    console.log(`  ${r.name.padEnd(10)} ${r.status.padEnd(8)} ${counts.padEnd(24)} ${secs.padStart(8)}${r.note ?? ''}`);
  }
  const anyFailed = total.failed > 0 || rows.some((r) => r.status === 'FAILED');
  console.log(`Total: ${total.passed} passed, ${total.failed} failed`);
  return anyFailed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log('Total: 0 passed, 1 failed');
    process.exit(1);
  },
);
