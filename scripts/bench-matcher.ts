/**
 * Matcher benchmark (issue 3), ratios measured in one run, medians of several repetitions.
 * `benchMatcher({ smoke })` is called by scripts/bench.ts; `tsx scripts/bench-matcher.ts [--smoke]`
 * runs it alone (`node --expose-gc --import tsx ...` gives exact heap figures).
 *
 * Main text: ~5 MB of news pages in seven languages, with page chrome, menus and sidebars
 * (scripts/bench-text.ts; a mention every ~370 characters, as on real pages). Secondary: the seed
 * and evaluation paragraphs back to back (a mention every ~45 characters, a worst case).
 * Baselines, written as a keyword highlighter would: one `(?<!\p{L})alias(?!\p{L})` RegExp
 * (flags giu) per alias, each run over the whole text, and one alternation of all of them. The
 * per-alias goal is judged on every alias of the gazetteer as written (~1,700: what a highlighter
 * given this gazetteer runs); also measured, as before, on surface forms the matcher knows
 * (inflected forms included), 300 and 3,000 of them sampled evenly across the gazetteer. Figures and the design they chose:
 * docs/decisions/0001-matcher-design.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { buildSync } from 'esbuild';
import { runInNewContext } from 'node:vm';
import matcherJson from '../data/matcher.json';
import { compileMatcher, surfaceForms, type Matcher } from '../lib/entity-matcher';
import { loadMatcher } from '../lib/entity-matcher-tables';
import { bundledGazetteer } from '../lib/find-mentions';
import type { Entity, Gazetteer } from '../lib/gazetteer-schema';
import { createRandom as random } from '../lib/seeded-random';
import { denseText, newsText } from './bench-text';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Milliseconds of CPU time this process spent (user + system): time other jobs take the core away
 * is not counted (unlike wall-clock time), but work on other threads (GC, JIT) is.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Median CPU time of `runs` calls after one warm-up call (CPU, not wall clock: on a loaded shared
 * machine wall-clock medians of compile and load moved by 5x between runs).
 */
function timeIt(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = cpuMs();
    fn();
    times.push(cpuMs() - c);
  }
  return median(times);
}

type Rounds = Record<string, number> & { wall: Record<string, number> };

/**
 * Median CPU times (and, in `wall`, wall-clock times) of several functions measured in rounds:
 * each round runs each function `times` times (default once), so load changes on a shared machine
 * hit all of them alike and their ratios stay meaningful. CPU time is the primary figure: with
 * other jobs on the cores, a 40 ms run is preempted more often than a 10 ms floor run, which
 * skewed wall-clock ratios by up to 2x.
 */
function timeRounds(runs: number, fns: Record<string, (() => unknown) | [() => unknown, number]>): Rounds {
  const wall: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  const entries: Array<{ name: string; fn: () => unknown; times: number }> = Object.entries(fns).map(([name, value]) =>
    Array.isArray(value) ? { name, fn: value[0], times: value[1] } : { name, fn: value, times: 1 },
  );
  for (const { name, fn } of entries) {
    fn();
    wall[name] = [];
    cpu[name] = [];
  }
  for (let r = 0; r < runs; r++)
    for (const { name, fn, times } of entries)
      for (let k = 0; k < times; k++) {
        const c = cpuMs();
        const t = performance.now();
        fn();
        wall[name]!.push(performance.now() - t);
        cpu[name]!.push(cpuMs() - c);
      }
  const medians = (samples: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
  const result: Rounds = Object.assign(medians(cpu), { wall: medians(wall) });
  return result;
}

let sink = 0;
/**
 * The floor: a loop that only reads every UTF-16 unit, of a text it takes as a parameter, as the
 * matcher does. Not of a module-level `text` it closes over: in a module with a few dozen
 * top-level bindings or more (any bundle that holds the matcher), V8 compiled that loop longer
 * and slower, ~4.6 ms for the 5 MB text against ~3.5 ms for this one (in one process; a module of
 * 60 bindings, 4.6 against 3.3-3.5; over the text of a module of 10, 3.6). Until session 22 the
 * fresh processes timed that slower loop, and their ratios read ~20% low (docs/decisions/0001,
 * "Session 22").
 */
function readFloor(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  sink ^= sum;
  return sum;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `count` surface forms spread evenly over the gazetteer's (entity order, every entity sampled). */
function sampleForms(forms: string[], count: number): string[] {
  return Array.from({ length: count }, (_, k) => forms[Math.floor((k * forms.length) / count)]!);
}

function perAliasRegExps(forms: string[]): RegExp[] {
  return forms.map((form) => new RegExp(`(?<!\\p{L})${escape(form)}(?!\\p{L})`, 'giu'));
}

function combinedRegExp(forms: string[]): RegExp {
  const body = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return new RegExp(`(?<!\\p{L})(?:${body})(?!\\p{L})`, 'giu');
}

/** Runs each RegExp over the whole text, collecting match offsets as a highlighter would. */
function runRegExps(res: RegExp[], text: string): number {
  let n = 0;
  for (const re of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) n += m.index > -1 ? 1 : 0;
  }
  sink ^= n;
  return n;
}

/**
 * A gazetteer with `real` of the bundled aliases plus made-up names up to `count` in all, so two
 * sizes find the same mentions and differ only in dictionary size.
 */
function gazetteerWith(real: number, count: number): Gazetteer {
  const bundled = bundledGazetteer().entities;
  const entities: Entity[] = [];
  let left = real;
  for (const e of bundled) {
    if (left <= 0) break;
    const aliases = e.aliases.slice(0, left);
    left -= aliases.length;
    entities.push({ ...e, aliases, adjectives: [], exclusions: [] });
  }
  const next = random(7);
  const syllables = [
    ...['ka', 'ro', 'mi', 'sta', 'len', 'dor', 'vi', 'ne', 'zu', 'bar'],
    ...['ти', 'ра', 'мо', 'ско', 'лен', 'ва'],
  ];
  left = count - real;
  for (let i = 0; left > 0; i++) {
    const aliases: string[] = [];
    for (let j = 0; j < 10 && left > 0; j++, left--) {
      const latin = next() < 0.5;
      let word = '';
      for (let k = 0; k < 3; k++) word += syllables[latin ? Math.floor(next() * 10) : 10 + Math.floor(next() * 6)];
      aliases.push(`${word.charAt(0).toUpperCase()}${word.slice(1)}${latin ? 'ia' : 'ія'}${i}`);
    }
    entities.push({
      id: `synthetic-${i}`,
      type: 'person',
      names: bundled[0]!.names,
      aliases,
      adjectives: [],
    });
  }
  return { version: 1, entities };
}

const repo = fileURLToPath(new URL('../', import.meta.url));
const SAMPLE = 'Україна і Японія. Zelensky in Paris. ゼレンスキー大統領';

/** Bundles `entry` (TypeScript, imports relative to the repository) into `file`, run by Node. */
function bundleForNode(entry: string, file: string): string {
  buildSync({
    stdin: { contents: entry, resolveDir: repo, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'error',
  });
  return file;
}

/**
 * Cold start as in a fresh tab: lib/find-mentions bundled by esbuild (as the content script
 * bundles it) and run in fresh Node processes, timing the first call in CPU time (the process's,
 * so V8's compiler threads count too): `findMentions` (loads data/matcher.json) or compiling the
 * gazetteer as before the tables existed. Medians of `runs` processes of each, interleaved; also
 * the minified size of what the content script imports.
 */
function coldStart(runs: number): { loadMs: number; compileMs: number; contentBytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-matcher-'));
  try {
    const entry = [
      "import { bundledGazetteer, findMentions } from './lib/find-mentions';",
      "import { compileMatcher } from './lib/entity-matcher';",
      'const c = process.cpuUsage();',
      `if (process.argv[2] === 'compile') compileMatcher(bundledGazetteer()).findMentions(${JSON.stringify(SAMPLE)});`,
      `else findMentions(${JSON.stringify(SAMPLE)});`,
      'const { user, system } = process.cpuUsage(c);',
      'console.log((user + system) / 1000);',
    ].join('\n');
    const file = bundleForNode(entry, join(dir, 'cold.mjs'));
    const content = buildSync({
      stdin: {
        contents: "export { entityType, findMentions } from './lib/find-mentions';",
        resolveDir: repo,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      minify: true,
      charset: 'utf8',
      write: false,
      logLevel: 'error',
    });
    const times: Record<string, number[]> = { load: [], compile: [] };
    for (let r = 0; r < runs; r++)
      for (const mode of ['load', 'compile']) {
        const run = spawnSync(process.execPath, [file, mode], { encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`cold start (${mode}): ${run.stderr.trim()}`);
        times[mode]!.push(Number(run.stdout.trim()));
      }
    return {
      loadMs: median(times.load!),
      compileMs: median(times.compile!),
      contentBytes: content.outputFiles[0]!.contents.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The main ratio again in `count` fresh Node processes, each timing `runs` alternating rounds of
 * the read floor and a matcher compiled there (CPU medians), as a page's matcher runs: alone in
 * its process. Two reasons. V8 compiles the scan differently from one fresh process to the next
 * (what it inlines depends on when its background compiler finishes): one build measured 2.3x to
 * 4.4x the floor in 20 fresh processes. And this process has compiled and run a dozen other
 * matchers before its own rounds, which leaves V8's code for the scan slower than a fresh
 * process's (5.1x here against 2.2-3.0x fresh, in one run). The median of several fresh
 * processes is the figure to judge; their range is printed with it.
 *
 * The rounds are timed after `WARM_ROUNDS` untimed ones: a fresh process's first six passes over
 * 5 MB measured 80-100, 30-40, 40-50, 30-38, 27-35 and 24-36 ms of CPU and the later ones 23-29
 * (the first passes run V8's tiers in turn, and its background compiler's time counts in process
 * CPU time), so a median of nine rounds from the first one on measured the JIT as much as the
 * scan. The first pass of each process is reported on its own (`cold`). Wall-clock time is
 * printed beside CPU time; the main thread's own CPU time (/proc schedstat) is not, because it
 * advances in 4 ms ticks here, half the floor.
 */
const WARM_ROUNDS = 6;

function freshProcessRatios(text: string, count: number, runs: number): FreshRatios {
  const dir = mkdtempSync(join(tmpdir(), 'bench-matcher-ratio-'));
  try {
    const textFile = join(dir, 'text.txt');
    writeFileSync(textFile, text);
    const entry = [
      "import { readFileSync } from 'node:fs';",
      "import { compileMatcher } from './lib/entity-matcher';",
      "import { bundledGazetteer } from './lib/find-mentions';",
      "const text = readFileSync(process.argv[2], 'utf8');",
      'const matcher = compileMatcher(bundledGazetteer());',
      'let sink = 0;',
      // The floor as `readFloor` is, the text a parameter (see there why).
      'function readFloor(t) { let s = 0; for (let i = 0; i < t.length; i++) s = (s + t.charCodeAt(i)) | 0; return s; }',
      'const floor = () => { sink ^= readFloor(text); };',
      'const match = () => { sink ^= matcher.findMentions(text).length; };',
      'const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };',
      'const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];',
      'const f = [], m = [], wf = [], wm = [];',
      'const round = () => { let c = cpu(), w = performance.now(); floor(); f.push(cpu() - c); wf.push(performance.now() - w); c = cpu(); w = performance.now(); match(); m.push(cpu() - c); wm.push(performance.now() - w); };',
      'round();',
      'const cold = m[0] / f[0];',
      `for (let r = 1; r < ${WARM_ROUNDS}; r++) round();`,
      'f.length = m.length = wf.length = wm.length = 0;',
      `for (let r = 0; r < ${runs}; r++) round();`,
      'console.log(median(m) / median(f), median(f), median(m), median(wm) / median(wf), cold, sink & 0);',
    ].join('\n');
    const file = bundleForNode(entry, join(dir, 'ratio.mjs'));
    const ratios: number[] = [];
    const wallRatios: number[] = [];
    const coldRatios: number[] = [];
    const floors: number[] = [];
    const matchers: number[] = [];
    for (let k = 0; k < count; k++) {
      const run = spawnSync(process.execPath, [file, textFile], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`fresh-process ratio: ${run.stderr.trim()}`);
      const [ratio, floorMs, matcherMs, wallRatio, coldRatio] = run.stdout.trim().split(' ').map(Number);
      ratios.push(ratio!);
      wallRatios.push(wallRatio!);
      coldRatios.push(coldRatio!);
      floors.push(floorMs!);
      matchers.push(matcherMs!);
    }
    return { ratios, wallRatios, coldRatios, floorMs: median(floors), matcherMs: median(matchers) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type FreshRatios = {
  /** Per process: median CPU time of the matcher over that of the floor, after the warm rounds. */
  ratios: number[];
  /** The same by wall-clock time. */
  wallRatios: number[];
  /** Per process: its first pass (V8 still compiling the scan) over its first floor read. */
  coldRatios: number[];
  floorMs: number;
  matcherMs: number;
};

type Memory = { heap: number; buffers: number };

function memoryAfterGc(gc: () => void): Memory {
  for (let i = 0; i < 4; i++) gc();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, buffers: usage.arrayBuffers };
}

function exposeGc(): () => void {
  const global = globalThis as { gc?: () => void };
  if (global.gc) return global.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Runs the benchmark; smoke mode uses ~200 kB of text so it ends in a few seconds. */
export function benchMatcher({ smoke }: { smoke: boolean }): Promise<Record<string, number | string>> {
  // Resolve on a later turn so the caller's output is flushed before the long synchronous run.
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(runBench(smoke));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
}

function runBench(smoke: boolean): Record<string, number | string> {
  const gc = exposeGc();
  const bytes = smoke ? 200_000 : 5_000_000;
  const runs = smoke ? 3 : 9;
  const gazetteer = bundledGazetteer();

  // Compile: the first one in this process (cold JIT, as in a fresh tab), then warm medians.
  const memory0 = memoryAfterGc(gc);
  let t = cpuMs();
  const matcher: Matcher = compileMatcher(gazetteer);
  const coldCompileMs = cpuMs() - t;
  const memory1 = memoryAfterGc(gc);
  const second = compileMatcher(gazetteer);
  const memory2 = memoryAfterGc(gc);
  const compileMs = timeIt(runs, () => compileMatcher(gazetteer));
  // First match on a fresh matcher includes the lazy parts of compilation.
  t = performance.now();
  second.findMentions(SAMPLE);
  const firstUseMs = performance.now() - t;

  // Loading the precompiled tables (what findMentions does), in this warm process and cold.
  t = cpuMs();
  loadMatcher(matcherJson).findMentions(SAMPLE);
  const firstLoadMs = cpuMs() - t;
  const loadMs = timeIt(runs, () => loadMatcher(matcherJson));
  const cold = coldStart(smoke ? 1 : 5);

  const text = newsText(bytes);
  const dense = denseText(bytes);
  const forms = surfaceForms(gazetteer);
  const forms300 = sampleForms(forms, 300);
  const forms3000 = sampleForms(forms, 3000);
  const matcher300 = compileMatcher(gazetteerWith(300, 300));
  const matcher3000 = compileMatcher(gazetteerWith(300, 3000));

  // Each ratio from its own rounds: the floor and the matcher alone, as on a page.
  const main = timeRounds(runs, {
    floor: () => readFloor(text),
    matcher: () => matcher.findMentions(text),
  });
  const fresh = freshProcessRatios(text, smoke ? 1 : 7, runs);
  const sizes = timeRounds(runs, {
    matcher300: () => matcher300.findMentions(text),
    matcher3000: () => matcher3000.findMentions(text),
  });
  const denseRounds = timeRounds(runs, {
    floor: () => readFloor(dense),
    matcher: () => matcher.findMentions(dense),
  });
  const mentions = matcher.findMentions(text).length;
  const denseMentions = matcher.findMentions(dense).length;

  // Per-alias RegExps over the whole text: 300 of them, 3 rounds alongside the matcher.
  const perAlias300 = perAliasRegExps(forms300);
  const regex300 = timeRounds(smoke ? 1 : 3, {
    matcher: [() => matcher.findMentions(text), 3],
    perAlias: () => runRegExps(perAlias300, text),
  });
  // Every alias of the gazetteer as written (what a keyword highlighter given this gazetteer
  // would run, uninflected): one round over the whole text (about 5 s).
  const gazetteerAliases = gazetteer.entities.flatMap((entity) => entity.aliases);
  const perAliasAll = perAliasRegExps(gazetteerAliases);
  const regexAll = timeRounds(1, {
    matcher: [() => matcher.findMentions(text), 5],
    perAlias: () => runRegExps(perAliasAll, text),
  });
  // 3,000 of them: one round over the whole text (about 10 s).
  const perAlias3000 = perAliasRegExps(forms3000);
  const regex3000 = timeRounds(1, {
    matcher: [() => matcher.findMentions(text), 5],
    perAlias: () => runRegExps(perAlias3000, text),
  });
  // One alternation: backtracking makes it take minutes on 5 MB, so it runs on a slice at the
  // text's start and the time is scaled linearly to the whole text.
  const slice300 = text.slice(0, smoke ? 20_000 : 400_000);
  const slice3000 = text.slice(0, smoke ? 5_000 : 50_000);
  const combined300Re = [combinedRegExp(forms300)];
  const combined3000Re = [combinedRegExp(forms3000)];
  const combined300 = timeRounds(smoke ? 1 : 3, {
    matcher: [() => matcher.findMentions(text), 3],
    combined: () => runRegExps(combined300Re, slice300),
  });
  const combined3000 = timeRounds(1, {
    matcher: [() => matcher.findMentions(text), 5],
    combined: () => runRegExps(combined3000Re, slice3000),
  });
  const combined300Full = (combined300.combined! * text.length) / slice300.length;
  const combined3000Full = (combined3000.combined! * text.length) / slice3000.length;

  const round = (x: number, digits = 2) => Number(x.toFixed(digits));
  return {
    textBytesUtf8: Buffer.byteLength(text),
    textUtf16Units: text.length,
    mentions,
    'chars per mention': Math.round(text.length / mentions),
    knownSurfaceForms: forms.length,
    'floorMs (CPU)': round(main.floor!),
    'matcherMs (CPU)': round(main.matcher!),
    // A smoke run's one process on 200 KB may end before V8 has optimised the scan (6-26x seen):
    // it shows the bench runs, not where the goal stands.
    [smoke
      ? 'matcher/floor, smoke (one process, 200 KB; not the goal measure)'
      : `matcher/floor, median of fresh processes after ${WARM_ROUNDS} warm-up passes (goal <= 3)`]: round(
      median(fresh.ratios),
    ),
    'matcher/floor, fresh processes (lowest-highest)': `${round(Math.min(...fresh.ratios))}-${round(Math.max(...fresh.ratios))} (${fresh.ratios.length})`,
    'fresh processes: floorMs, matcherMs (CPU medians)': `${round(fresh.floorMs)}, ${round(fresh.matcherMs)}`,
    'matcher/floor, wall-clock time, median of the same processes': round(median(fresh.wallRatios)),
    [`matcher/floor, each process's first pass (JIT still compiling; not the goal measure)`]: round(
      median(fresh.coldRatios),
    ),
    'matcher/floor in this process': round(main.matcher! / main.floor!),
    'matcher/floor in this process, wall-clock time': round(main.wall.matcher! / main.wall.floor!),
    gazetteerAliases: gazetteerAliases.length,
    'perAliasGazetteer/matcher (every alias as written; goal >= 30)': round(regexAll.perAlias! / regexAll.matcher!),
    perAliasGazetteerMs: round(regexAll.perAlias!),
    'perAlias300/matcher (300 sampled forms)': round(regex300.perAlias! / regex300.matcher!),
    perAlias300Ms: round(regex300.perAlias!),
    'perAlias3000/matcher': round(regex3000.perAlias! / regex3000.matcher!),
    perAlias3000Ms: round(regex3000.perAlias!),
    'combined300/matcher (goal > 1; slice, scaled)': round(combined300Full / combined300.matcher!),
    combined300ScaledMs: round(combined300Full),
    'combined3000/matcher (slice, scaled)': round(combined3000Full / combined3000.matcher!),
    combined3000ScaledMs: round(combined3000Full),
    'aliases3000/aliases300 (goal <= 1.3)': round(sizes.matcher3000! / sizes.matcher300!),
    denseTextUtf16Units: dense.length,
    'dense: chars per mention': Math.round(dense.length / denseMentions),
    'dense: matcher/floor': round(denseRounds.matcher! / denseRounds.floor!),
    'fresh process: first findMentions, tables loaded (CPU ms)': round(cold.loadMs),
    'fresh process: gazetteer compiled instead (CPU ms)': round(cold.compileMs),
    'fresh process: compiled / loaded': round(cold.compileMs / cold.loadMs),
    'tables loaded, first in this process (CPU ms)': round(firstLoadMs),
    'tables loaded, warm (median CPU ms)': round(loadMs),
    'compile (warm) / load (warm)': round(compileMs / loadMs),
    'findMentions + entityType minified bundle (KiB)': round(cold.contentBytes / 1024, 1),
    'coldCompileMs (CPU)': round(coldCompileMs),
    'compileMs (warm median, CPU)': round(compileMs),
    firstUseMs: round(firstUseMs),
    'first matcher: heap + buffers KiB (with shared char tables)': Math.round(
      (memory1.heap + memory1.buffers - memory0.heap - memory0.buffers) / 1024,
    ),
    'another matcher: heap + buffers KiB': Math.round(
      (memory2.heap + memory2.buffers - memory1.heap - memory1.buffers) / 1024,
    ),
    sink: (sink & 1) + (matcher === second ? 1 : 0),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchMatcher({ smoke: process.argv.includes('--smoke') })
    .then((result) => {
      for (const [name, value] of Object.entries(result)) console.log(`${name.padEnd(60)} ${value}`);
    })
    .catch((error: unknown) => {
      console.error(`bench-matcher: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
