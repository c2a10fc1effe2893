/**
 * The content-script budget: the code Entente injects into every page it reads must stay small.
 * Reads each built extension's manifest, sums the files its content scripts inject (JavaScript
 * and CSS), raw and gzipped, and fails when a build is over the budget, when its content-script
 * CSS holds more than our ::highlight() rules, or when one entry runs several scripts. `npm test`
 * runs it after the builds; `npx tsx scripts/check-bundle.ts` runs it alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Bytes per page load, all content-script files of one build together. Lowered from 250 kB /
 * 77 kB when the matcher moved to the background (docs/decisions/0005), and from 170 kB / 60 kB
 * when the card's strings were split from the other pages' (lib/card-strings.ts): measured
 * 107.6 kB raw and 39.2 kB gzipped (gzip level 6) when this was set, 118.1 kB and 42.6 kB once
 * the card's code became a content script of its own (hover-card.js repeats the polyfill); raise
 * it deliberately, with the reason in the commit, and keep README.md's figure in step.
 */
export const CONTENT_SCRIPT_BUDGET = { rawBytes: 130_000, gzipBytes: 47_000 } as const;

/** The builds `npm test` makes; a missing one is an error (run the build first). */
export const BUILDS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const;

export type BundleSize = { build: string; files: string[]; rawBytes: number; gzipBytes: number };

type ManifestContentScripts = { content_scripts?: Array<{ js?: string[]; css?: string[] }> };

/** One build's manifest; a missing build is an error naming the command that makes it. */
function readManifest(outputDir: string, build: string): ManifestContentScripts {
  const manifestPath = join(outputDir, build, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `No build in ${join(outputDir, build)}: run "npx wxt build${build === 'chrome-mv3' ? '' : ' -b firefox'}${build === 'firefox-mv3' ? ' --mv3' : ''}" first.`,
    );
  }
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestContentScripts;
}

/** The injected files of one build (from its manifest), with their total sizes. */
export function measureContentScripts(
  outputDir: string,
  build: string,
  manifest = readManifest(outputDir, build),
): BundleSize {
  const dir = join(outputDir, build);
  const files = [
    ...new Set((manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])])),
  ];
  if (files.length === 0) throw new Error(`${dir}/manifest.json declares no content script: nothing to measure.`);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { build, files, rawBytes, gzipBytes };
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** One line per build: size against budget. */
export function describeSize(size: BundleSize): string {
  const { rawBytes, gzipBytes } = CONTENT_SCRIPT_BUDGET;
  return (
    `${size.build.padEnd(12)} ${kB(size.rawBytes)} of ${kB(rawBytes)} raw (${Math.round((100 * size.rawBytes) / rawBytes)}%), ` +
    `${kB(size.gzipBytes)} of ${kB(gzipBytes)} gzipped (${Math.round((100 * size.gzipBytes) / gzipBytes)}%)`
  );
}

/**
 * The selectors in content-script CSS that could style the page itself. The browser applies that
 * CSS to every page the content script runs on, so it may hold only ::highlight() rules (ours
 * are named entente-*); a class rule there (a shared component's sheet, say) would restyle any
 * page element of that class.
 */
export function pageStylingSelectors(css: string): string[] {
  const found: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rule = /([^{}]*)\{[^{}]*\}/g;
  let rest = withoutComments;
  for (const match of withoutComments.matchAll(rule)) {
    for (const selector of match[1]!.split(',')) {
      const trimmed = selector.trim();
      if (!/^::highlight\(entente-[a-z-]+\)$/.test(trimmed)) found.push(trimmed || '(empty)');
    }
    rest = rest.replace(match[0], '');
  }
  // Whatever is left (an @media block, a stray brace) is not a plain ::highlight() rule either.
  if (rest.trim() !== '') found.push(rest.trim().slice(0, 60));
  return found;
}

/** The page-styling selectors in one build's content-script CSS files, as "file: selector". */
export function checkContentScriptCss(
  outputDir: string,
  build: string,
  manifest = readManifest(outputDir, build),
): string[] {
  const dir = join(outputDir, build);
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.css ?? []))];
  return files.flatMap((file) =>
    pageStylingSelectors(readFileSync(join(dir, file), 'utf8')).map((selector) => `${build}/${file}: ${selector}`),
  );
}

/**
 * Content-script entries that run more than one script file: the browser runs one entry's files
 * in one task, so the card's code (hover-card.js) must stay in an entry of its own to keep its
 * compile out of the content script's first task (wxt.config.ts splits WXT's merged entry).
 */
export function entriesWithSeveralScripts(build: string, manifest: ManifestContentScripts): string[] {
  return (manifest.content_scripts ?? [])
    .filter((script) => (script.js ?? []).length > 1)
    .map((script) => `${build}: ${script.js!.join(' + ')}`);
}

export function isOverBudget(size: BundleSize): boolean {
  return size.rawBytes > CONTENT_SCRIPT_BUDGET.rawBytes || size.gzipBytes > CONTENT_SCRIPT_BUDGET.gzipBytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let over = 0;
  const styling: string[] = [];
  const merged: string[] = [];
  console.log(
    `Content-script budget: ${kB(CONTENT_SCRIPT_BUDGET.rawBytes)} raw, ${kB(CONTENT_SCRIPT_BUDGET.gzipBytes)} gzipped (scripts/check-bundle.ts)`,
  );
  for (const build of BUILDS) {
    const manifest = readManifest('.output', build);
    const size = measureContentScripts('.output', build, manifest);
    const bad = isOverBudget(size);
    if (bad) over++;
    console.log(`  ${bad ? 'OVER' : 'ok  '} ${describeSize(size)}  [${size.files.join(', ')}]`);
    styling.push(...checkContentScriptCss('.output', build, manifest));
    merged.push(...entriesWithSeveralScripts(build, manifest));
  }
  for (const problem of styling) console.error(`  content-script CSS styles the page: ${problem}`);
  for (const entry of merged) console.error(`  one content-script entry runs several scripts in one task: ${entry}`);
  if (over > 0) {
    console.error(
      `${over} build(s) over the content-script budget: make the content script smaller, or raise the budget on purpose.`,
    );
  }
  if (styling.length > 0) {
    console.error(
      'Content-script CSS may hold only ::highlight(entente-…) rules: move other sheets out of its imports.',
    );
  }
  if (over > 0 || styling.length > 0 || merged.length > 0) process.exit(1);
}
