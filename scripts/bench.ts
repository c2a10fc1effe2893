/**
 * npm run bench [-- --smoke]: every benchmark in one run, figures as ratios measured side by
 * side (the machine is shared and noisy: absolute times move, ratios much less). --smoke runs
 * each on small inputs so that `npm test` proves they work; no timing is asserted anywhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { benchMatcher } from './bench-matcher';
import { benchPage } from './bench-page';
import { benchSearch } from './bench-search';

type Figures = Record<string, number | string>;

const smoke = process.argv.includes('--smoke');
const suites: Array<[string, () => Promise<Figures>]> = [
  ['matcher (issue 3)', () => Promise.resolve(benchMatcher({ smoke }))],
  ['search (issue 5)', () => benchSearch({ smoke })],
  ['page annotation in Chromium (issue 4)', () => benchPage({ smoke })],
];

// A full run measures the sources as they are: a build left from an earlier commit would be
// measured instead. The smoke run (in `npm test`, right after its own build) builds only if none is there.
if (!smoke || !existsSync('.output/chrome-mv3/manifest.json')) {
  console.log('Building the extension for the page benchmark…');
  if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const summary: Array<[string, Figures]> = [];
for (const [name, run] of suites) {
  console.log(`\n## ${name}${smoke ? ' — smoke' : ''}`);
  const started = Date.now();
  const figures = await run();
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(40)} ${value}`);
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  summary.push([name, figures]);
}
console.log(`\nbench: ${summary.length} suites ran${smoke ? ' (smoke)' : ''}`);
// For the figures at the end of `npm test` (scripts/check-figures.ts).
if (smoke) {
  mkdirSync('tmp', { recursive: true });
  writeFileSync('tmp/bench-smoke.json', `${JSON.stringify(Object.fromEntries(summary), null, 2)}\n`);
}
