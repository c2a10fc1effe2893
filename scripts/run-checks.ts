/**
 * `npm test`: every check, in the order a reviewer would want them, stopping at the first failure.
 * Typecheck, lint, unit tests, the two browser builds, the browser tests in Chromium, then a
 * summary of what ran and how long each step took.
 */
import { spawnSync } from 'node:child_process';

type Step = { name: string; command: string; args: string[] };

const STEPS: Step[] = [
  { name: 'typecheck', command: 'npx', args: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', command: 'npx', args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'format (prettier)', command: 'npx', args: ['prettier', '--check', '.'] },
  { name: 'unit tests', command: 'npx', args: ['vitest', 'run', '--project', 'unit'] },
  { name: 'corpus and search index up to date', command: 'npx', args: ['tsx', 'scripts/build-corpus.ts', '--check'] },
  { name: 'build (Chrome MV3)', command: 'npx', args: ['wxt', 'build'] },
  { name: 'build (Firefox MV2)', command: 'npx', args: ['wxt', 'build', '-b', 'firefox'] },
  {
    name: 'web-ext lint (Firefox MV2)',
    command: 'npx',
    args: ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--output', 'text'],
  },
  { name: 'build (Firefox MV3)', command: 'npx', args: ['wxt', 'build', '-b', 'firefox', '--mv3'] },
  {
    name: 'web-ext lint (Firefox MV3)',
    command: 'npx',
    args: ['web-ext', 'lint', '-s', '.output/firefox-mv3', '--output', 'text'],
  },
  { name: 'browser tests (Chromium)', command: 'npx', args: ['vitest', 'run', '--project', 'browser'] },
  // The benchmarks run on small inputs to prove they work; no timing is asserted.
  { name: 'benchmarks (smoke)', command: 'npx', args: ['tsx', 'scripts/bench.ts', '--smoke'] },
];

const results: Array<{ name: string; seconds: number; ok: boolean }> = [];
let failed = false;
for (const step of STEPS) {
  console.log(`\n▶ ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  results.push({ name: step.name, seconds: (Date.now() - started) / 1000, ok });
  if (!ok) {
    failed = true;
    break;
  }
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(36)} ${r.seconds.toFixed(1)} s`);
const passed = results.filter((r) => r.ok).length;
console.log(`checks: ${passed} passed, ${results.length - passed} failed`);
process.exit(failed ? 1 : 0);
