/**
 * Page benchmark (issue 4): annotation of news-like pages of ~100 KB, 1 MB and 5 MB of text in
 * headless Chromium, as ratios from one run against the floor (a bare TreeWalker read of the same
 * page) and the peer (mark.js wrapping the same matches). `benchPage({ smoke })` is called by
 * scripts/bench.ts; `tsx scripts/bench-page.ts [--smoke]` runs it alone and prints a table.
 * Method and figures: docs/decisions/0003-page-annotation-performance.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { findMentions } from '../lib/find-mentions';
import { EXTENSION_DIR, launchWithExtension } from './launch-chromium';
import { serveStatic } from './serve-static';
import { BENCH_VIEWPORT, launchPlain } from './bench-pages/launch-plain';
import { newsPage, type NewsPage } from './bench-pages/news-page';
import {
  FLOOR_READ,
  HOVER_WATCH,
  IS_CARD_OPEN,
  PEER_SETUP,
  hoverTarget,
  peerRun,
  probeInitScript,
} from './bench-pages/page-scripts';
import { cpuBetweenMs, frameDrawnAt, longestTaskMs, startTrace, traceFacts } from './bench-pages/trace';

const SIZES = [
  { label: '100k', bytes: 100_000 },
  { label: '1m', bytes: 1_000_000 },
  { label: '5m', bytes: 5_000_000 },
] as const;
type SizeLabel = (typeof SIZES)[number]['label'];

/** Hover dwell of the content script (entrypoints/content/index.ts). */
const DWELL_MS = 150;
/** Frames without a new highlight before annotation counts as finished (~0.5 s). */
const STABLE_FRAMES = 30;
/** Upper bound for one page's annotation, in page time. */
const MAX_ANNOTATION_MS = 120_000;

type Figures = Record<string, number | string>;

type ProbeState = {
  sync: number;
  count: number;
  firstViewport: number;
  firstViewportPainted: number;
  lastChange: number;
  lastChangePainted: number;
  done: boolean;
  timedOut: boolean;
  long: Array<[string, number, number]>;
};

type ExtensionRun = {
  totalMs: number;
  /**
   * Until the frame after the one that first held a highlight in the viewport began (the probe's
   * requestAnimationFrame): an upper bound, a frame or more late.
   */
  firstViewportMs: number;
  /** Until the compositor drew the frame that first held a highlight in the viewport (the goal's measure). */
  firstViewportDrawnMs: number;
  longestTaskMs: number;
  /** The longest task by the main thread's CPU time (its wall time includes waiting for a core). */
  longestTaskCpuMs: number;
  loafMaxMs: number;
  highlights: number;
  /**
   * The page's main-thread CPU time from the start until the first viewport highlight is
   * painted (the rest of that wait is the background matching and the machine's other jobs).
   */
  firstViewportCpuMs: number;
};

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function waitFor<T>(
  page: Page,
  expression: string,
  isReady: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate<T>(expression);
    if (isReady(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${expression.slice(0, 80)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The floor: median TreeWalker read of a freshly loaded page (plain Chromium). */
async function measureFloor(context: BrowserContext, url: string, reps: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const read = await page.evaluate<{ ms: number; chars: number }>(FLOOR_READ);
      times.push(read.ms);
    } finally {
      await page.close();
    }
  }
  return median(times);
}

/** The peer: mark.js markRanges with our matcher's ranges, until painted (plain Chromium). */
async function measurePeer(
  context: BrowserContext,
  url: string,
  generated: NewsPage,
  rangesByBlock: Array<Array<[number, number]>>,
  reps: number,
): Promise<{ totalMs: number; wrapMs: number; longestTaskMs: number; marks: number }> {
  const markJs = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
  const runs: Array<{ totalMs: number; wrapMs: number; longestTaskMs: number; marks: number }> = [];
  for (let i = 0; i < reps; i++) {
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.addScriptTag({ path: markJs });
      const setup = await page.evaluate<{ count: number; length: number; bodyLength: number }>(PEER_SETUP);
      if (setup.count !== generated.blocks.length || setup.bodyLength !== generated.textLength) {
        throw new Error(
          `The page's blocks (${setup.count}, ${setup.bodyLength} chars) differ from the generator's (${generated.blocks.length}, ${generated.textLength}).`,
        );
      }
      const trace = await startTrace(page);
      const result = await page.evaluate<{ sync: number; wrapMs: number; totalMs: number; marks: number }>(
        peerRun(rangesByBlock),
      );
      const facts = traceFacts(await trace.stop(), result.sync);
      const from = facts.origin + result.sync * 1000;
      runs.push({
        totalMs: result.totalMs,
        wrapMs: result.wrapMs,
        longestTaskMs: longestTaskMs(facts, from, from + result.totalMs * 1000),
        marks: result.marks,
      });
    } finally {
      await page.close();
    }
  }
  return {
    totalMs: median(runs.map((r) => r.totalMs)),
    wrapMs: median(runs.map((r) => r.wrapMs)),
    longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
    marks: runs[0]?.marks ?? 0,
  };
}

/**
 * One extension run on a fresh page: traced, so the content script's start (its EvaluateScript)
 * and every main-thread task are on one clock with the page's frame probe.
 */
async function measureExtensionOnce(context: BrowserContext, url: string): Promise<{ run: ExtensionRun; page: Page }> {
  const page = await context.newPage();
  try {
    await page.addInitScript(probeInitScript(STABLE_FRAMES, MAX_ANNOTATION_MS));
    const trace = await startTrace(page);
    // Not 'load': the content script starts at document_idle, which can come before load, and
    // its work then delays the load event.
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const probe = await waitFor<ProbeState>(page, 'window.__ententeBench', (p) => p.done, MAX_ANNOTATION_MS + 10_000);
    const facts = traceFacts(await trace.stop(), probe.sync);
    if (probe.timedOut) throw new Error('Annotation did not finish in time.');
    if (facts.contentScriptStart === null)
      throw new Error('The content script did not run (no EvaluateScript of content.js in the trace).');
    const start = facts.contentScriptStart;
    const toMs = (pageMs: number) => (facts.origin + pageMs * 1000 - start) / 1000;
    const end = facts.origin + probe.lastChangePainted * 1000;
    const startPage = (start - facts.origin) / 1000;
    const loaf = probe.long.filter(([type, at, dur]) => type === 'long-animation-frame' && at + dur >= startPage);
    const totalMs = toMs(probe.lastChangePainted);
    const firstViewportMs = probe.firstViewportPainted >= 0 ? toMs(probe.firstViewportPainted) : Number.NaN;
    const drawn = probe.firstViewport >= 0 ? frameDrawnAt(facts, facts.origin + probe.firstViewport * 1000) : null;
    const firstViewportDrawnMs = drawn === null ? Number.NaN : (drawn - start) / 1000;
    return {
      page,
      run: {
        totalMs,
        firstViewportMs,
        firstViewportDrawnMs,
        longestTaskMs: longestTaskMs(facts, start, end),
        longestTaskCpuMs: longestTaskMs(facts, start, end, { cpu: true }),
        loafMaxMs: Math.max(0, ...loaf.map(([, , dur]) => dur)),
        highlights: probe.count,
        firstViewportCpuMs:
          probe.firstViewportPainted >= 0
            ? cpuBetweenMs(facts, start, facts.origin + probe.firstViewportPainted * 1000)
            : Number.NaN,
      },
    };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/**
 * The control for the longest task: the same page in the same browser, with an extension whose
 * content script is empty, so the window starts where the extension's does (the content script's
 * start, at document_idle) and lasts as long as its annotation did. What the page does there on
 * its own (its first full frame after load, for one) is in the extension's window too.
 */
async function measurePageAloneOnce(context: BrowserContext, url: string, windowMs: number): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript(probeInitScript(STABLE_FRAMES, windowMs + 5_000));
    const trace = await startTrace(page);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await new Promise((done) => setTimeout(done, windowMs + 1_000));
    const probe = await page.evaluate<ProbeState>('window.__ententeBench');
    const facts = traceFacts(await trace.stop(), probe.sync);
    if (facts.contentScriptStart === null) throw new Error("The control extension's content script did not run.");
    return longestTaskMs(facts, facts.contentScriptStart, facts.contentScriptStart + windowMs * 1000);
  } finally {
    await page.close();
  }
}

/** A copy of the built extension whose content script does nothing (the control above). */
function controlExtension(dir: string): string {
  const control = join(dir, 'control-extension');
  cpSync(EXTENSION_DIR, control, { recursive: true });
  writeFileSync(join(control, 'content-scripts', 'content.js'), "// The benchmark's control: no content script.\n");
  return control;
}

/** Stops every service worker of the browser (the extension's background among them), over CDP. */
async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/** Hover card latency: from the end of the dwell to the first frame after the card is visible. */
async function measureCard(page: Page, reps: number): Promise<number[]> {
  const latencies: number[] = [];
  await page.evaluate('window.scrollTo(0, 0)');
  for (let i = 0; i < reps; i++) {
    // Park the pointer on the page's left margin (no text) and let any open card close.
    await page.mouse.move(4, BENCH_VIEWPORT.height - 4);
    await waitFor<boolean>(page, IS_CARD_OPEN, (isOpen) => !isOpen, 5_000);
    const target = await page.evaluate<{ x: number; y: number; text: string } | null>(hoverTarget(i));
    if (!target) {
      log(`no highlighted name on the first screen to hover (card ${i + 1}); the card figure is left out`);
      break;
    }
    await page.evaluate(HOVER_WATCH);
    await page.mouse.move(target.x, target.y);
    const watch = await waitFor<{ firstFrame: number; painted: number; done: boolean }>(
      page,
      'window.__ententeHover',
      (w) => w.done,
      10_000,
    );
    if (watch.painted < 0) throw new Error(`No hover card for "${target.text}".`);
    latencies.push(watch.painted - (watch.firstFrame + DWELL_MS));
  }
  return latencies;
}

/** Progress on stderr, so a caller's stdout keeps only the figures. */
function log(message: string) {
  process.stderr.write(`bench-page: ${message}\n`);
}

function ensureBuilt() {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', timeout: 180_000 });
  if (build.status !== 0) throw new Error('The extension build failed (npx wxt build).');
}

/** Our matcher's mentions in each block, as [start, length] in the block's text. */
function matcherRanges(generated: NewsPage): Array<Array<[number, number]>> {
  return generated.blocks.map((block) =>
    findMentions(block.text).map((m): [number, number] => [m.start, m.end - m.start]),
  );
}

/**
 * Runs the page benchmark. Smoke mode: the 100 KB page once. Keys are `page.<size>.<figure>`
 * and `page.goal.<goal>` ('met' / 'missed').
 */
export async function benchPage(opts: { smoke: boolean }): Promise<Record<string, number | string>> {
  const sizes = opts.smoke ? SIZES.slice(0, 1) : SIZES;
  const reps = opts.smoke ? 1 : 3;
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-pages-'));
  const figures: Figures = {};
  const pages = new Map<SizeLabel, { url: string; generated: NewsPage; ranges: Array<Array<[number, number]>> }>();
  const site = await serveStatic(dir);
  try {
    for (const size of sizes) {
      const generated = newsPage(size.bytes);
      writeFileSync(join(dir, `news-${size.label}.html`), generated.html);
      const ranges = matcherRanges(generated);
      pages.set(size.label, { url: `${site.url}/news-${size.label}.html`, generated, ranges });
      figures[`page.${size.label}.textKB`] = Math.round(generated.textBytes / 1000);
      figures[`page.${size.label}.mentions`] = ranges.reduce((n, r) => n + r.length, 0);
    }

    // Floor and peer: plain Chromium, no extension.
    const plain = await launchPlain();
    try {
      const context = await plain.newContext({ viewport: BENCH_VIEWPORT });
      for (const size of sizes) {
        const { url, generated, ranges } = pages.get(size.label)!;
        log(`floor and mark.js ${size.label}`);
        const floor = await measureFloor(context, url, reps);
        const peer = await measurePeer(context, url, generated, ranges, reps);
        figures[`page.${size.label}.floorMs`] = round(floor, 2);
        figures[`page.${size.label}.markjsMs`] = round(peer.totalMs);
        figures[`page.${size.label}.markjsWrapMs`] = round(peer.wrapMs);
        figures[`page.${size.label}.markjsLongestTaskMs`] = round(peer.longestTaskMs);
        figures[`page.${size.label}.markjsMarks`] = peer.marks;
        figures[`page.${size.label}.markjsXFloor`] = round(peer.totalMs / floor);
      }
    } finally {
      await plain.close();
    }

    // The extension: launchWithExtension's Chromium, same flags and viewport.
    const extension = await launchWithExtension();
    try {
      for (const size of sizes) {
        const { url } = pages.get(size.label)!;
        log(`extension ${size.label}`);
        // First with the background's worker stopped: the first request starts it and loads its
        // matcher (a browser idle for 30 s or more stops it the same way). The runs after it find
        // the worker running, its matcher loaded and, by the time of the card, its corpus too.
        await stopServiceWorkers(extension.context);
        const { run: cold, page: coldPage } = await measureExtensionOnce(extension.context, url);
        await coldPage.close();
        figures[`page.${size.label}.coldWorkerFirstViewportMs`] = round(cold.firstViewportMs);
        figures[`page.${size.label}.coldWorkerFirstViewportDrawnMs`] = round(cold.firstViewportDrawnMs);
        figures[`page.${size.label}.coldWorkerLongestTaskMs`] = round(cold.longestTaskMs);
        const runs: ExtensionRun[] = [];
        let cards: number[] = [];
        for (let i = 0; i < reps; i++) {
          const { run, page } = await measureExtensionOnce(extension.context, url);
          try {
            runs.push(run);
            // The card on the first run's page: three names (one in smoke mode).
            if (i === 0) cards = await measureCard(page, opts.smoke ? 1 : 3);
          } finally {
            await page.close();
          }
        }
        const total = median(runs.map((r) => r.totalMs));
        const floor = figures[`page.${size.label}.floorMs`] as number;
        const peer = figures[`page.${size.label}.markjsMs`] as number;
        figures[`page.${size.label}.extensionMs`] = round(total);
        figures[`page.${size.label}.extensionXFloor`] = round(total / floor);
        figures[`page.${size.label}.speedupVsMarkjs`] = round(peer / total, 2);
        figures[`page.${size.label}.firstViewportMs`] = round(median(runs.map((r) => r.firstViewportMs)));
        figures[`page.${size.label}.firstViewportDrawnMs`] = round(median(runs.map((r) => r.firstViewportDrawnMs)));
        figures[`page.${size.label}.longestTaskMs`] = round(median(runs.map((r) => r.longestTaskMs)));
        figures[`page.${size.label}.loafMaxMs`] = round(median(runs.map((r) => r.loafMaxMs)));
        figures[`page.${size.label}.highlights`] = runs[0]?.highlights ?? 0;
        const med = (pick: (r: ExtensionRun) => number) => round(median(runs.map(pick)));
        figures[`page.${size.label}.longestTaskCpuMs`] = med((r) => r.longestTaskCpuMs);
        figures[`page.${size.label}.firstViewportCpuMs`] = med((r) => r.firstViewportCpuMs);
        figures[`page.${size.label}.cardAfterDwellMs`] = round(median(cards));
      }
    } finally {
      await extension.close();
    }

    // The page alone, for the longest task (see measurePageAloneOnce).
    const control = await launchWithExtension({ extensionDir: controlExtension(dir) });
    try {
      for (const size of sizes) {
        const { url } = pages.get(size.label)!;
        log(`page alone ${size.label}`);
        const windowMs = figures[`page.${size.label}.extensionMs`] as number;
        const longest: number[] = [];
        for (let i = 0; i < reps; i++) longest.push(await measurePageAloneOnce(control.context, url, windowMs));
        figures[`page.${size.label}.pageAloneLongestTaskMs`] = round(median(longest));
      }
    } finally {
      await control.close();
    }
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  Object.assign(
    figures,
    goals(
      figures,
      sizes.map((s) => s.label),
    ),
  );
  return figures;
}

/** The goals, for the sizes that ran. */
function goals(figures: Figures, labels: SizeLabel[]): Figures {
  const out: Figures = {};
  const verdict = (isMet: boolean) => (isMet ? 'met' : 'missed');
  const num = (key: string) => figures[key] as number;
  for (const label of labels) {
    if (label !== '100k') {
      out[`page.goal.speedupVsMarkjs8x.${label}`] = verdict(num(`page.${label}.speedupVsMarkjs`) >= 8);
      const limit = label === '1m' ? 16 : 50;
      out[`page.goal.longestTaskUnder${limit}ms.${label}`] = verdict(num(`page.${label}.longestTaskMs`) < limit);
      out[`page.goal.longestTaskUnder${limit}ms.cpu.${label}`] = verdict(num(`page.${label}.longestTaskCpuMs`) < limit);
    }
    // On screen when drawn; the next frame's start (firstViewportMs) comes a frame or more later.
    out[`page.goal.firstViewportUnder50ms.${label}`] = verdict(num(`page.${label}.firstViewportDrawnMs`) < 50);
    out[`page.goal.firstViewportUnder50ms.coldWorker.${label}`] = verdict(
      num(`page.${label}.coldWorkerFirstViewportDrawnMs`) < 50,
    );
    out[`page.goal.cardUnder50msAfterDwell.${label}`] = verdict(num(`page.${label}.cardAfterDwellMs`) < 50);
  }
  return out;
}

function printTable(figures: Figures) {
  const labels = SIZES.map((s) => s.label).filter((l) => `page.${l}.floorMs` in figures);
  const rows = [
    'textKB',
    'mentions',
    'highlights',
    'markjsMarks',
    'floorMs',
    'extensionMs',
    'extensionXFloor',
    'markjsMs',
    'markjsWrapMs',
    'markjsXFloor',
    'speedupVsMarkjs',
    'longestTaskMs',
    'loafMaxMs',
    'markjsLongestTaskMs',
    'longestTaskCpuMs',
    'pageAloneLongestTaskMs',
    'firstViewportDrawnMs',
    'firstViewportMs',
    'firstViewportCpuMs',
    'coldWorkerFirstViewportDrawnMs',
    'coldWorkerFirstViewportMs',
    'coldWorkerLongestTaskMs',
    'cardAfterDwellMs',
  ];
  const width = 22;
  console.log(['figure'.padEnd(width), ...labels.map((l) => l.padStart(10))].join(''));
  for (const row of rows) {
    console.log(
      [row.padEnd(width), ...labels.map((l) => String(figures[`page.${l}.${row}`] ?? '').padStart(10))].join(''),
    );
  }
  console.log('');
  for (const [key, value] of Object.entries(figures))
    if (key.startsWith('page.goal.')) console.log(`${key.slice(10).padEnd(48)}${value}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const smoke = process.argv.includes('--smoke');
  const started = Date.now();
  benchPage({ smoke })
    .then((figures) => {
      printTable(figures);
      console.log(
        `\n(${((Date.now() - started) / 1000).toFixed(0)} s${smoke ? ', smoke' : ''}; ${fileURLToPath(import.meta.url)})`,
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
