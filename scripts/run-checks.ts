/**
 * `npm test`: every check, in the order a reviewer would want them, stopping at the first failure.
 * Typecheck, lint, unit tests, the browser builds with their lint, budget and manifest gates, the
 * browser tests in Chromium and Firefox, the benchmark smoke run, then a summary of what ran, how
 * long each step took, and the figures (scripts/check-figures.ts).
 */
import { spawnSync } from 'node:child_process';
import {
  benchFigures,
  bundleFigures,
  clearReports,
  manifestFigures,
  vitestFigures,
  vitestReportArgs,
} from './check-figures';

type Step = { name: string; command: string; args: string[]; figures?: () => string[] };

const STEPS: Step[] = [
  { name: 'typecheck', command: 'npx', args: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', command: 'npx', args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'format (prettier)', command: 'npx', args: ['prettier', '--check', '.'] },
  {
    name: 'unit tests',
    command: 'npx',
    args: ['vitest', 'run', '--project', 'unit', ...vitestReportArgs('unit')],
    figures: () => vitestFigures('unit'),
  },
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
  {
    name: 'content-script budget',
    command: 'npx',
    args: ['tsx', 'scripts/check-bundle.ts'],
    figures: bundleFigures,
  },
  {
    name: 'manifest security gates',
    command: 'npx',
    args: ['tsx', 'scripts/check-manifest.ts'],
    figures: manifestFigures,
  },
  {
    name: 'browser tests (Chromium)',
    command: 'npx',
    args: ['vitest', 'run', '--project', 'browser', ...vitestReportArgs('browser')],
    figures: () => vitestFigures('browser'),
  },
  // Debian's Firefox ESR through puppeteer-core, with the MV2 and the MV3 build.
  {
    name: 'browser tests (Firefox)',
    command: 'npx',
    args: ['vitest', 'run', '--project', 'firefox', ...vitestReportArgs('firefox')],
    figures: () => vitestFigures('firefox'),
  },
  // The benchmarks run on small inputs to prove they work; no timing is asserted.
  {
    name: 'benchmarks (smoke)',
    command: 'npx',
    args: ['tsx', 'scripts/bench.ts', '--smoke'],
    figures: benchFigures,
  },
];

const results: Array<{ name: string; seconds: number; ok: boolean }> = [];
let failed = false;
clearReports();
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
console.log('\nFigures');
for (const step of STEPS.slice(0, results.length)) {
  let lines: string[];
  try {
    lines = step.figures?.() ?? [];
  } catch (error) {
    lines = [`(no figures: ${error instanceof Error ? error.message : String(error)})`];
  }
  for (const [i, line] of lines.entries()) console.log(`  ${(i === 0 ? step.name : '').padEnd(28)} ${line}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`checks: ${passed} passed, ${results.length - passed} failed`);
process.exit(failed ? 1 : 0);
