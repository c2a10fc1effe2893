/**
 * Corpus search benchmark (issue 5): on a synthetic corpus generated in-process (10,000 articles,
 * 500 in smoke mode) it builds and serialises the index, times loading it (JSON.parse + ready),
 * times every keystroke of realistic queries typed one character at a time (typos, other scripts,
 * several words, filters), and reports recall and precision against the entities and topics the
 * generator put into each article. `benchSearch({ smoke })` is called by scripts/bench.ts;
 * `tsx scripts/bench-search.ts [--smoke]` runs it alone. Design and figures:
 * docs/decisions/0004-corpus-search.md.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Article } from '../lib/article-schema';
import { articleText } from '../lib/article-text';
import { findMentions, gazetteerEntities } from '../lib/find-mentions';
import { searchArticleIds, searchCorpus, type SearchQuery } from '../lib/search-corpus';
import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, type SearchDeps } from '../lib/search-index';
import { synthCorpus } from '../lib/synth-corpus';
import { TopicLexiconSchema } from '../lib/topic-schema';

/** Goals from the issue. */
export const KEYSTROKE_P95_GOAL_MS = 20;
export const LOAD_GOAL_MS = 200;

type Case = {
  /** What the user types, one character at a time. */
  text: string;
  filters?: SearchQuery['filters'];
  sort?: SearchQuery['sort'];
  /** The articles the full query should find, by what the generator put in them. */
  expect: (article: Article) => boolean;
};

const has = (id: string) => (article: Article) => article.entities.some((e) => e.id === id);
const about = (topic: string) => (article: Article) => article.topics.includes(topic);
const both =
  (...tests: Array<(article: Article) => boolean>) =>
  (article: Article) =>
    tests.every((test) => test(article));

/** Realistic queries: names in four languages, typos, other scripts, names with topics, filters. */
export const SEARCH_CASES: readonly Case[] = [
  { text: 'Zelensky', expect: has('zelensky') },
  { text: 'Zelenksy', expect: has('zelensky') },
  { text: 'Зеленский', expect: has('zelensky') },
  { text: 'Selenskyj', expect: has('zelensky') },
  { text: 'Умеров', expect: has('umerov') },
  { text: 'Umerov', expect: has('umerov') },
  { text: 'Japna', expect: has('JP') },
  { text: 'Takaichi', expect: has('takaichi') },
  { text: 'Лекорню', expect: has('lecornu') },
  { text: 'Budrys', expect: has('budrys') },
  { text: 'Norwegen', expect: has('NO') },
  { text: 'South Korea', expect: has('KR') },
  { text: 'Japan air defence', expect: both(has('JP'), about('air-defence')) },
  { text: 'Frankreich Drohnen', expect: both(has('FR'), about('drones')) },
  { text: 'Польща дрони', expect: both(has('PL'), about('drones')) },
  { text: 'Литва боеприпасы', expect: both(has('LT'), about('ammunition')) },
  { text: 'Finland energy', expect: both(has('FI'), about('energy')) },
  {
    text: 'Umerov drones',
    filters: { langs: ['uk'] },
    expect: both(has('umerov'), about('drones'), (a) => a.lang === 'uk'),
  },
  // Plain words, no entity or topic: the inverted index alone (a typo; a Russian inflected form,
  // which also finds the Ukrainian делегація: one key for both languages).
  {
    text: 'Arbeitsgrupe',
    expect: (a) => /Arbeitsgruppe/u.test(articleText(a)),
  },
  { text: 'делегации', expect: (a) => /[Дд]елегац/u.test(articleText(a)) },
  {
    text: 'Sweden',
    sort: 'date',
    filters: { from: '2024-01-01' },
    expect: both(has('SE'), (a) => (a.date ?? '') >= '2024-01-01'),
  },
];

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Runs the benchmark and returns its figures (milliseconds, ratios, sizes). Keystrokes are typed
 * in SESSIONS sessions, each on a freshly loaded index (empty caches); the "best of" figures take
 * each keystroke's fastest session, which filters out other processes on a shared machine, and the
 * first session is reported beside them. Goals are judged on the best-of figures.
 */
export async function benchSearch({ smoke }: { smoke: boolean }): Promise<Record<string, number | string>> {
  await Promise.resolve(); // async for scripts/bench.ts; the work itself is synchronous
  const topics = TopicLexiconSchema.parse(
    JSON.parse(readFileSync(new URL('../data/topics.json', import.meta.url), 'utf8')),
  );
  const deps: SearchDeps = {
    findMentions,
    entities: gazetteerEntities(),
    topics,
  };
  const count = smoke ? 500 : 10_000;
  const sessions = smoke ? 2 : 3;

  let start = performance.now();
  findMentions('Japan'); // compiles the matcher: the background has it already, not an index cost
  const matcherMs = performance.now() - start;

  start = performance.now();
  const { articles } = synthCorpus({ articles: count, seed: 1, topics });
  const synthMs = performance.now() - start;
  const corpusJson = JSON.stringify({ version: 1, articles });
  start = performance.now();
  JSON.parse(corpusJson);
  const corpusParseMs = performance.now() - start;

  start = performance.now();
  const built = buildSearchIndex(articles, deps);
  const buildMs = performance.now() - start;
  start = performance.now();
  const json = serializeSearchIndex(built);
  const serializeMs = performance.now() - start;

  // Load = JSON.parse + checks + the in-memory index. The first load in a process also makes the
  // alias dictionary (gazetteer only, shared by later loads) and runs cold code.
  start = performance.now();
  loadSearchIndex(json, articles, deps);
  const firstLoadMs = performance.now() - start;
  const loads: number[] = [];
  for (let run = 0; run < (smoke ? 3 : 7); run++) {
    start = performance.now();
    loadSearchIndex(json, articles, deps);
    loads.push(performance.now() - start);
  }
  const loadMs = median(loads);

  // Every keystroke of every case, per session on a fresh index.
  const wall: number[][] = [];
  const cpu: number[][] = [];
  let keystrokes = 0;
  for (let session = 0; session < sessions; session++) {
    const index = loadSearchIndex(json, articles, deps);
    let k = 0;
    for (const testCase of SEARCH_CASES) {
      for (let end = 1; end <= testCase.text.length; end++, k++) {
        const query = {
          text: testCase.text.slice(0, end),
          filters: testCase.filters,
          sort: testCase.sort,
          limit: 20,
        };
        const c0 = cpuMs();
        const t0 = performance.now();
        searchCorpus(index, query);
        (wall[k] ??= []).push(performance.now() - t0);
        (cpu[k] ??= []).push(cpuMs() - c0);
      }
    }
    keystrokes = k;
  }
  const first = wall.map((runs) => runs[0] ?? 0);
  const best = wall.map((runs) => Math.min(...runs));
  const bestCpu = cpu.map((runs) => Math.min(...runs));
  const texts = SEARCH_CASES.flatMap((c) => Array.from(c.text, (_, i) => c.text.slice(0, i + 1)));
  const slowestAt = best.indexOf(Math.max(...best));

  // Recall and precision of each full query against what the generator wrote.
  const index = loadSearchIndex(json, articles, deps);
  let recallSum = 0;
  let precisionSum = 0;
  let worstRecall = { value: 1, text: '' };
  let worstPrecision = { value: 1, text: '' };
  for (const testCase of SEARCH_CASES) {
    const expected = new Set(articles.filter(testCase.expect).map((a) => a.id));
    const found = searchArticleIds(index, {
      text: testCase.text,
      filters: testCase.filters,
      sort: testCase.sort,
    });
    const hits = found.filter((id) => expected.has(id)).length;
    const recall = expected.size === 0 ? 1 : hits / expected.size;
    const precision = found.length === 0 ? (expected.size === 0 ? 1 : 0) : hits / found.length;
    recallSum += recall;
    precisionSum += precision;
    if (precision < worstPrecision.value) worstPrecision = { value: precision, text: testCase.text };
    if (recall < worstRecall.value) worstRecall = { value: recall, text: testCase.text };
  }

  const p95 = percentile(best, 95);
  return {
    articles: count,
    load_average_1min: round(loadavg()[0] ?? 0),
    cpus: cpus().length,
    matcher_compile_ms: Math.round(matcherMs),
    synth_ms: Math.round(synthMs),
    corpus_json_mb: round(corpusJson.length / 1e6, 1),
    corpus_parse_ms: round(corpusParseMs, 1),
    index_build_ms: Math.round(buildMs),
    index_serialize_ms: round(serializeMs, 1),
    index_json_mb: round(json.length / 1e6, 2),
    index_terms: built.terms.length,
    index_load_first_ms: round(firstLoadMs, 1),
    index_load_ms: round(loadMs, 1),
    index_load_goal_ms: LOAD_GOAL_MS,
    index_load_ok: loadMs < LOAD_GOAL_MS && firstLoadMs < LOAD_GOAL_MS ? 'yes' : 'no',
    keystrokes,
    sessions,
    keystroke_p50_ms: round(median(best)),
    keystroke_p95_ms: round(p95),
    keystroke_max_ms: round(Math.max(...best)),
    keystroke_slowest_query: texts[slowestAt] ?? '',
    keystroke_cpu_p95_ms: round(percentile(bestCpu, 95)),
    keystroke_first_session_p50_ms: round(median(first)),
    keystroke_first_session_p95_ms: round(percentile(first, 95)),
    keystroke_p95_goal_ms: KEYSTROKE_P95_GOAL_MS,
    keystroke_ok: p95 < KEYSTROKE_P95_GOAL_MS ? 'yes' : 'no',
    queries: SEARCH_CASES.length,
    recall_mean: round(recallSum / SEARCH_CASES.length, 3),
    recall_worst: round(worstRecall.value, 3),
    recall_worst_query: worstRecall.text || '-',
    precision_mean: round(precisionSum / SEARCH_CASES.length, 3),
    precision_worst: round(worstPrecision.value, 3),
    precision_worst_query: worstPrecision.text || '-',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchSearch({ smoke: process.argv.includes('--smoke') })
    .then((figures) => {
      for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(26)} ${value}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
