/**
 * Matcher benchmark (issue 3): ratios on mixed-language news-like text built from the seeds.
 * `benchMatcher({ smoke })` is called by scripts/bench.ts; `tsx scripts/bench-matcher.ts [--smoke]`
 * runs it alone. Figures and the design they chose: docs/decisions/0001-matcher-design.md.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { compileMatcher } from "../lib/entity-matcher";
import { bundledGazetteer } from "../lib/find-mentions";
import type { Entity, Gazetteer } from "../lib/gazetteer-schema";

const repo = fileURLToPath(new URL("../", import.meta.url));

/** Deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs of the seed articles and of the evaluation sentences (all seven languages). */
function sourceParagraphs(): string[] {
  const paragraphs: string[] = [];
  for (const name of readdirSync(`${repo}data/raw`).sort()) {
    for (const p of readFileSync(`${repo}data/raw/${name}`, "utf8").split(
      /\n+/,
    ))
      if (p.trim()) paragraphs.push(p.trim());
  }
  for (const line of readFileSync(
    `${repo}test/fixtures/mentions/rules.jsonl`,
    "utf8",
  ).split("\n")) {
    if (line.trim())
      paragraphs.push((JSON.parse(line) as { text: string }).text);
  }
  return paragraphs;
}

/** About `bytes` of UTF-8 text: paragraphs drawn at random with a fixed seed. */
export function benchText(bytes: number): string {
  const paragraphs = sourceParagraphs();
  const next = random(20251122);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
    parts.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return parts.join("\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeIt(runs: number, fn: () => unknown): number {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

let sink = 0;
function readFloor(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  sink ^= sum;
  return sum;
}

function surfaceForms(gazetteer: Gazetteer): string[] {
  return gazetteer.entities.flatMap((e) => [
    ...e.aliases,
    ...e.adjectives.map((a) => a.replace(/\*$/, "")),
  ]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function combinedRegExp(aliases: string[]): RegExp {
  const body = [...aliases]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "giu");
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
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
    "ka",
    "ro",
    "mi",
    "sta",
    "len",
    "dor",
    "vi",
    "ne",
    "zu",
    "bar",
    "ти",
    "ра",
    "мо",
    "ско",
    "лен",
    "ва",
  ];
  left = count - real;
  for (let i = 0; left > 0; i++) {
    const aliases: string[] = [];
    for (let j = 0; j < 10 && left > 0; j++, left--) {
      const latin = next() < 0.5;
      let word = "";
      for (let k = 0; k < 3; k++)
        word +=
          syllables[
            latin ? Math.floor(next() * 10) : 10 + Math.floor(next() * 6)
          ];
      aliases.push(
        `${word.charAt(0).toUpperCase()}${word.slice(1)}${latin ? "ia" : "ія"}${i}`,
      );
    }
    entities.push({
      id: `synthetic-${i}`,
      type: "person",
      names: bundled[0]!.names,
      aliases,
      adjectives: [],
    });
  }
  return { version: 1, entities };
}

function heapAfterGc(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Runs the benchmark; smoke mode uses ~200 kB of text so it ends in a few seconds. */
export async function benchMatcher({
  smoke,
}: {
  smoke: boolean;
}): Promise<Record<string, number | string>> {
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the caller's output flush first
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const bytes = smoke ? 200_000 : 5_000_000;
  const runs = smoke ? 3 : 7;
  const text = benchText(bytes);
  const gazetteer = bundledGazetteer();

  const compileMs = timeIt(runs, () => compileMatcher(gazetteer));
  const before = heapAfterGc(gc);
  const matcher = compileMatcher(gazetteer);
  const matcherBytes = heapAfterGc(gc) - before;

  const floorMs = timeIt(runs, () => readFloor(text));
  const matcherMs = timeIt(runs, () => matcher.findMentions(text));
  const mentions = matcher.findMentions(text).length;

  // The RegExp baselines are slow (seconds per 100 kB), so they and the matcher are timed on a slice.
  const slice = text.slice(0, smoke ? 30_000 : 300_000);
  const matcherSliceMs = timeIt(runs, () => matcher.findMentions(slice));
  const aliases = surfaceForms(gazetteer);
  const combined = combinedRegExp(aliases);
  const combinedMs = timeIt(1, () => countMatches(combined, slice));

  // One RegExp per alias, as keyword highlighters do, with 300 aliases.
  const perAlias = aliases
    .slice(0, 300)
    .map(
      (a) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${escape(a)}(?![\\p{L}\\p{N}])`, "giu"),
    );
  const perAliasMs = timeIt(1, () =>
    perAlias.reduce((n, re) => n + countMatches(re, slice), 0),
  );
  const matcher300 = compileMatcher(gazetteerWith(300, 300));
  const matcher300SliceMs = timeIt(runs, () => matcher300.findMentions(slice));

  const matcher3000 = compileMatcher(gazetteerWith(300, 3000));
  const ms300 = timeIt(runs, () => matcher300.findMentions(text));
  const ms3000 = timeIt(runs, () => matcher3000.findMentions(text));

  const round = (x: number, digits = 2) => Number(x.toFixed(digits));
  return {
    textBytesUtf8: Buffer.byteLength(text),
    textUtf16Units: text.length,
    aliases: aliases.length,
    mentions,
    floorMs: round(floorMs),
    matcherMs: round(matcherMs),
    "matcher/floor (goal <= 3)": round(matcherMs / floorMs),
    sliceUtf16Units: slice.length,
    combinedRegExpSliceMs: round(combinedMs),
    "combinedRegExp/matcher (goal > 1)": round(combinedMs / matcherSliceMs),
    perAliasRegExpSliceMs: round(perAliasMs),
    "perAliasRegExp/matcher, 300 aliases (goal >= 30)": round(
      perAliasMs / matcher300SliceMs,
    ),
    "aliases3000/aliases300 (goal <= 1.3)": round(ms3000 / ms300),
    compileMs: round(compileMs),
    matcherHeapKiB: Math.round(matcherBytes / 1024),
    sink: sink & 1,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchMatcher({ smoke: process.argv.includes("--smoke") })
    .then((result) => {
      for (const [name, value] of Object.entries(result))
        console.log(`${name.padEnd(48)} ${value}`);
    })
    .catch((error: unknown) => {
      console.error(
        `bench-matcher: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    });
}
