/**
 * Corpus search: a query is cut into words; each word becomes a clause whose alternatives are
 * vocabulary terms (exact, same script-neutral key, as-you-type prefix, or fuzzy), gazetteer
 * entities (the matcher on the query, the alias dictionary, fuse.js for typos) and lexicon topics.
 * Articles must match every clause (AND); when none does, those matching most clauses are shown
 * (`matched: 'some'`). Scores are BM25 over title-boosted counts. See
 * docs/decisions/0004-corpus-search.md.
 */
import { articleText } from './article-text';
import { findTopics } from './find-topics';
import type { ArticleLang } from './languages';
import { ARTICLE_LANGS } from './languages';
import type { ArticleHit } from './messages';
import { BM25_K1, entityPostings, termPostings, topicPostings, type SearchIndex } from './search-index';
import {
  MAX_QUERY_LENGTH,
  MAX_SEARCH_LIMIT,
  type SearchFacets,
  type SearchFilters,
  type SearchQuery,
  type SearchResult,
} from './search-query';
import {
  allowedEdits,
  editDistance,
  foldTerm,
  forEachWord,
  isStopWord,
  latinSkeleton,
  searchTokens,
  termKey,
} from './search-text';
import { snippetAround } from './snippet';

export type { SearchFacets, SearchFilters, SearchQuery, SearchResult } from './search-query';

/** Query words looked at (more are ignored: each is a clause of an AND). */
export const MAX_CLAUSES = 8;
const DEFAULT_LIMIT = 20;
/** Prefix expansions kept for a word being typed (the most frequent terms). */
const MAX_PREFIX_TERMS = 40;
const CACHE_SIZE = 2000;

/** How much a match of each kind counts, relative to the exact word. */
export const MATCH_WEIGHTS = {
  exact: 1,
  /** Same script-neutral key: another inflection, or the same word in the other script. */
  key: 0.85,
  /** A key one or two letters longer or shorter (Умєров / Умєрова). */
  nearKey: 0.75,
  /** A longer word starting with the word being typed. */
  prefix: 0.7,
  /** A word one or two edits away (a typo). */
  fuzzy: 0.5,
  /** An entity named by the word (matcher or exact alias). */
  entity: 1,
  /** An entity whose inflected alias has the word's key. */
  entityKey: 0.9,
  /** An entity whose alias is one or two edits away (fuse.js, then checked). */
  entityFuzzy: 0.7,
  /** An entity whose alias starts with the word being typed. */
  entityPrefix: 0.6,
  /** An article on a topic the word names (in any language of the lexicon). */
  topic: 0.8,
} as const;

type Alternative =
  | { kind: 'term'; term: number; weight: number }
  | { kind: 'entity'; id: string; weight: number }
  | { kind: 'topic'; id: string; weight: number };

type Clause = { word: string; alternatives: Alternative[] };

/** A query after planning: its clauses and what to emphasise in snippets. */
type Plan = {
  clauses: Clause[];
  /** Folded vocabulary terms that matched -> bit mask of their clauses. */
  terms: Map<string, number>;
  entities: Map<string, number>;
  topics: Map<string, number>;
};

function cached<T>(index: SearchIndex, key: string, make: () => T): T {
  const hit = index.cache.get(key);
  if (hit !== undefined) return hit as T;
  const value = make();
  if (index.cache.size >= CACHE_SIZE) index.cache.clear();
  index.cache.set(key, value);
  return value;
}

/** First position in a sorted array whose value is >= `prefix`. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function addTerm(out: Map<number, number>, term: number, weight: number): void {
  if ((out.get(term) ?? 0) < weight) out.set(term, weight);
}

/** Vocabulary terms a query word stands for, with the weight of each. */
function expandTerm(index: SearchIndex, term: string, isTyping: boolean): Map<number, number> {
  return cached(index, `t\u0000${term}\u0000${isTyping}`, () => {
    const out = new Map<number, number>();
    const exact = index.termIds.get(term);
    if (exact !== undefined) addTerm(out, exact, MATCH_WEIGHTS.exact);
    const isNumber = /^\d+$/u.test(term);
    const key = termKey(term);
    if (!isNumber && term.length >= 3) {
      for (const id of index.keyTerms.get(key) ?? []) addTerm(out, id, MATCH_WEIGHTS.key);
      if (key.length >= 4) {
        // Keys that differ by a last letter or two: one stem stripped "-ov", another "-a".
        for (let at = lowerBound(index.keys, key); at < index.keys.length; at++) {
          const other = index.keys[at] ?? '';
          if (!other.startsWith(key)) break;
          if (other.length - key.length > 2) continue;
          for (const id of index.keyTerms.get(other) ?? []) addTerm(out, id, MATCH_WEIGHTS.nearKey);
        }
        for (let cut = 1; cut <= 2 && key.length - cut >= 4; cut++) {
          for (const id of index.keyTerms.get(key.slice(0, -cut)) ?? []) addTerm(out, id, MATCH_WEIGHTS.nearKey);
        }
      }
    }
    const hasWordMatch = out.size > 0;
    if (isTyping && term.length >= 2) {
      const prefixed = new Map<number, number>();
      for (let at = lowerBound(index.terms, term); at < index.terms.length; at++) {
        const other = index.terms[at] ?? '';
        if (!other.startsWith(term)) break;
        prefixed.set(at, MATCH_WEIGHTS.prefix);
      }
      // Across scripts while typing: "Зеле" reaches "zelensky", "Zele" reaches "зеленський".
      const skeleton = latinSkeleton(term);
      if (!isNumber && skeleton.length >= 3) {
        for (let at = lowerBound(index.keys, skeleton); at < index.keys.length; at++) {
          const other = index.keys[at] ?? '';
          if (!other.startsWith(skeleton)) break;
          for (const id of index.keyTerms.get(other) ?? [])
            if (!prefixed.has(id)) prefixed.set(id, MATCH_WEIGHTS.prefix * 0.9);
        }
      }
      const best = [...prefixed].sort((a, b) => (index.df[b[0]] ?? 0) - (index.df[a[0]] ?? 0) || a[0] - b[0]);
      for (const [id, weight] of best.slice(0, MAX_PREFIX_TERMS)) addTerm(out, id, weight);
    }
    if (!hasWordMatch && !isNumber && term.length >= 4) {
      // A typo: keys within one or two edits (a transposition is one: "japna" -> "japan").
      // Candidates share the first letter, or swap the first two (a vocabulary of 50,000 keys
      // costs ~1/20 of a full scan); a typo in the very first letter is not forgiven.
      const maxEdits = allowedEdits(key.length);
      const byFirst = keysByFirstLetter(index);
      const candidates = [
        ...(byFirst.get(key.charAt(0)) ?? []),
        ...(key.charAt(1) !== key.charAt(0) ? (byFirst.get(key.charAt(1)) ?? []) : []),
      ];
      for (const other of candidates) {
        if (Math.abs(other.length - key.length) > maxEdits) continue;
        if (editDistance(key, other, maxEdits) <= maxEdits) {
          for (const id of index.keyTerms.get(other) ?? []) addTerm(out, id, MATCH_WEIGHTS.fuzzy);
        }
      }
    }
    return out;
  });
}

/** The vocabulary's keys grouped by first letter (made on first use). */
function keysByFirstLetter(index: SearchIndex): Map<string, string[]> {
  return cached(index, 'k\u0000', () => {
    const groups = new Map<string, string[]>();
    for (const key of index.keys) {
      const first = key.charAt(0);
      const group = groups.get(first);
      if (group) group.push(key);
      else groups.set(first, [key]);
    }
    return groups;
  });
}

function addEntity(out: Map<string, number>, id: string, weight: number): void {
  if ((out.get(id) ?? 0) < weight) out.set(id, weight);
}

/** Gazetteer entities a single query word names, exactly, inflected, misspelt or half typed. */
function expandEntity(index: SearchIndex, term: string, isTyping: boolean): Map<string, number> {
  return cached(index, `e\u0000${term}\u0000${isTyping}`, () => {
    const out = new Map<string, number>();
    if (/^\d+$/u.test(term)) return out;
    for (const id of index.aliasByFold.get(term) ?? []) addEntity(out, id, MATCH_WEIGHTS.entity);
    if (term.length >= 4) {
      for (const id of index.aliasByKey.get(termKey(term)) ?? []) addEntity(out, id, MATCH_WEIGHTS.entityKey);
      for (const [stem, id] of index.adjectiveStems)
        if (term.startsWith(stem)) addEntity(out, id, MATCH_WEIGHTS.entityKey);
    }
    const skeleton = latinSkeleton(term);
    if (out.size === 0 && isTyping && skeleton.length >= 3) {
      // A name being typed: aliases (in any script) whose skeleton starts with the word's.
      const list = index.aliasSkeletons;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid]?.skeleton ?? '') < skeleton) lo = mid + 1;
        else hi = mid;
      }
      const found = new Set<string>();
      for (let at = lo; at < list.length && found.size <= 3; at++) {
        const entry = list[at];
        if (!entry?.skeleton.startsWith(skeleton)) break;
        for (const id of entry.entities) found.add(id);
      }
      // A prefix shared by many names ("ka") names none of them.
      if (found.size <= 3) for (const id of found) addEntity(out, id, MATCH_WEIGHTS.entityPrefix);
    }
    if (out.size === 0 && term.length >= 4) {
      // A misspelt name: fuse.js over the alias skeletons finds candidates, an edit distance
      // on the whole word decides (fuse.js alone also accepts a name inside a longer word).
      const maxEdits = allowedEdits(skeleton.length);
      for (const { item } of index.aliasFuse().search(skeleton, { limit: 8 })) {
        if (editDistance(skeleton, item.skeleton, maxEdits) <= maxEdits) {
          for (const id of item.entities) addEntity(out, id, MATCH_WEIGHTS.entityFuzzy);
        }
      }
    }
    return out;
  });
}

/** Vocabulary terms with the key of one of the entity's aliases, or a key a letter or two longer. */
function entityTerms(index: SearchIndex, id: string): string[] {
  return cached(index, `n\u0000${id}`, () => {
    const out = new Set<string>();
    for (const key of index.entityKeys.get(id) ?? []) {
      for (let at = lowerBound(index.keys, key); at < index.keys.length; at++) {
        const other = index.keys[at] ?? '';
        if (!other.startsWith(key)) break;
        if (other.length - key.length > 2) continue;
        for (const term of index.keyTerms.get(other) ?? []) out.add(index.terms[term] ?? '');
      }
    }
    return [...out];
  });
}

/** Topics a word or two-word phrase names, in any language of the lexicon. */
function topicsOf(index: SearchIndex, phrase: string): string[] {
  return cached(index, `p\u0000${phrase}`, () => {
    const found = new Set<string>();
    // findTopics with a language also tries English patterns; 'en' alone is then redundant.
    for (const lang of ARTICLE_LANGS) {
      if (lang === 'en') continue;
      for (const hit of findTopics(phrase, lang, index.deps.topics)) found.add(hit.id);
    }
    return [...found];
  });
}

/** Upper-cases the first letter of each word, keeping every offset (the matcher wants names capitalised). */
function capitaliseWords(text: string): string {
  return text.replace(/(^|[^\p{L}\p{N}])(\p{Ll})/gu, (all, before: string, letter: string) => {
    const upper = letter.toUpperCase();
    return upper.length === letter.length ? before + upper : all;
  });
}

/** Turns query text into clauses (at most MAX_CLAUSES). */
function planQuery(index: SearchIndex, rawText: string): Plan {
  const text = rawText.slice(0, MAX_QUERY_LENGTH);
  const isTypingLast = !/\s$/u.test(text);
  const tokens = searchTokens(text);

  // Entities the matcher sees, as typed and capitalised ("зеленского" -> "Зеленского").
  const mentionOf = new Map<number, Map<string, number>>();
  const mentions = [...index.deps.findMentions(text), ...index.deps.findMentions(capitaliseWords(text))];
  for (const mention of mentions) {
    const covered = tokens.flatMap((token, i) => (token.start < mention.end && token.end > mention.start ? [i] : []));
    for (const i of covered) {
      let map = mentionOf.get(i);
      if (!map) mentionOf.set(i, (map = new Map<string, number>()));
      addEntity(map, mention.entity, MATCH_WEIGHTS.entity / covered.length);
    }
  }

  const kept = tokens
    .map((token, i) => ({
      ...token,
      i,
      surface: text.slice(token.start, token.end).toLowerCase(),
    }))
    .filter((token, _, all) => {
      if (all.length === 1) return true;
      if (isStopWord(token.term) && !mentionOf.has(token.i)) return false;
      // A single letter being typed after other words waits for the next keystroke.
      if (token.i === tokens.length - 1 && isTypingLast && token.term.length < 2) return false;
      return true;
    })
    .slice(0, MAX_CLAUSES);

  const single = kept.map((token) => topicsOf(index, token.surface));
  const topicGroups = kept.map((_, k) => new Map<string, number>(single[k]?.map((id) => [id, MATCH_WEIGHTS.topic])));
  for (let k = 0; k + 1 < kept.length; k++) {
    // Two-word topic phrases ("air defence"): each word stands for half of the topic.
    const pair = topicsOf(index, `${kept[k]?.surface ?? ''} ${kept[k + 1]?.surface ?? ''}`);
    for (const id of pair) {
      if (single[k]?.includes(id) || single[k + 1]?.includes(id)) continue;
      topicGroups[k]?.set(id, MATCH_WEIGHTS.topic / 2);
      topicGroups[k + 1]?.set(id, MATCH_WEIGHTS.topic / 2);
    }
  }

  const plan: Plan = {
    clauses: [],
    terms: new Map(),
    entities: new Map(),
    topics: new Map(),
  };
  kept.forEach((token, k) => {
    const isTyping = isTypingLast && token.i === tokens.length - 1;
    const bit = 1 << k;
    const alternatives: Alternative[] = [];
    for (const [term, weight] of expandTerm(index, token.term, isTyping)) {
      alternatives.push({ kind: 'term', term, weight });
      const surface = index.terms[term] ?? '';
      plan.terms.set(surface, (plan.terms.get(surface) ?? 0) | bit);
    }
    const entities = new Map(mentionOf.get(token.i));
    if (!mentionOf.has(token.i)) {
      for (const [id, weight] of expandEntity(index, token.term, isTyping)) addEntity(entities, id, weight);
    }
    for (const [id, weight] of entities) {
      alternatives.push({ kind: 'entity', id, weight });
      plan.entities.set(id, (plan.entities.get(id) ?? 0) | bit);
      // Its names in the vocabulary, in every form, so snippets find and mark them in the body.
      for (const term of entityTerms(index, id)) {
        plan.terms.set(term, (plan.terms.get(term) ?? 0) | bit);
      }
    }
    for (const [id, weight] of topicGroups[k] ?? []) {
      alternatives.push({ kind: 'topic', id, weight });
      plan.topics.set(id, (plan.topics.get(id) ?? 0) | bit);
    }
    plan.clauses.push({ word: token.term, alternatives });
  });
  return plan;
}

function idf(articles: number, df: number): number {
  return Math.log(1 + (articles - df + 0.5) / (df + 0.5));
}

/** Articles allowed by the filters (null: no filter). */
function filterMask(index: SearchIndex, filters: SearchFilters | undefined): Uint8Array | null {
  if (!filters) return null;
  const n = index.articles.length;
  let mask: Uint8Array | null = null;
  const intersect = (allowed: Uint8Array): void => {
    if (!mask) mask = allowed;
    else for (let doc = 0; doc < n; doc++) mask[doc] = mask[doc]! & allowed[doc]!;
  };
  const byIds = (
    ids: readonly string[] | undefined,
    postingsOf: (id: string) => ArrayLike<number> | undefined,
  ): void => {
    if (!ids || ids.length === 0) return;
    const allowed = new Uint8Array(n);
    for (const id of ids) {
      const docs = postingsOf(id);
      if (docs) for (let i = 0; i < docs.length; i++) allowed[docs[i]!] = 1;
    }
    intersect(allowed);
  };
  byIds(filters.countries, (id) => entityPostings(index, id)?.docs);
  byIds(filters.officials, (id) => entityPostings(index, id)?.docs);
  byIds(filters.topics, (id) => topicPostings(index, id)?.docs);
  if (filters.langs && filters.langs.length > 0) {
    const langs = new Set<ArticleLang>(filters.langs);
    intersect(Uint8Array.from(index.articles, (article) => (langs.has(article.lang) ? 1 : 0)));
  }
  if (filters.from || filters.to) {
    const from = filters.from?.slice(0, 10) ?? '';
    const to = filters.to?.slice(0, 10) ?? '\uffff';
    intersect(
      Uint8Array.from(index.articles, (article) => {
        const day = article.date?.slice(0, 10);
        return day !== undefined && day >= from && day <= to ? 1 : 0;
      }),
    );
  }
  return mask;
}

/** Scores every article that matches at least one clause: [article numbers, scores, clause masks]. */
function scoreClauses(index: SearchIndex, plan: Plan): { touched: number[]; score: Float64Array; mask: Uint16Array } {
  const n = index.articles.length;
  const score = new Float64Array(n);
  const mask = new Uint16Array(n);
  const best = new Float64Array(n);
  const touched: number[] = [];
  const { norm } = index;
  const k1 = BM25_K1 + 1;
  plan.clauses.forEach((clause, c) => {
    const seen: number[] = [];
    const add = (docs: ArrayLike<number>, weights: ArrayLike<number> | null, factor: number): void => {
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const tf = weights ? weights[i]! : 1;
        const s = (factor * tf * k1) / (tf + norm[doc]!);
        if (best[doc] === 0) seen.push(doc);
        if (s > best[doc]!) best[doc] = s;
      }
    };
    for (const alt of clause.alternatives) {
      if (alt.kind === 'term') {
        const postings = termPostings(index, alt.term);
        add(postings.docs, postings.weights, alt.weight * idf(n, postings.docs.length));
      } else if (alt.kind === 'entity') {
        const postings = entityPostings(index, alt.id);
        if (postings) add(postings.docs, postings.weights, alt.weight * idf(n, postings.docs.length));
      } else {
        const postings = topicPostings(index, alt.id);
        if (postings) add(postings.docs, null, alt.weight * idf(n, postings.docs.length));
      }
    }
    for (const doc of seen) {
      if (mask[doc] === 0) touched.push(doc);
      score[doc] = score[doc]! + best[doc]!;
      mask[doc] = mask[doc]! | (1 << c);
      best[doc] = 0;
    }
  });
  return { touched, score, mask };
}

function bitCount(value: number): number {
  let count = 0;
  for (let v = value; v; v &= v - 1) count++;
  return count;
}

type Matches = {
  plan: Plan;
  docs: number[];
  scores: Float64Array | null;
  matched: SearchResult['matched'];
};

/** Every article the query and filters select, unordered, with scores (null for an empty query). */
function matchArticles(index: SearchIndex, query: SearchQuery): Matches {
  const allowed = filterMask(index, query.filters);
  const plan = planQuery(index, typeof query.text === 'string' ? query.text : '');
  if (plan.clauses.length === 0) {
    const docs: number[] = [];
    for (const doc of index.byDate) if (!allowed || allowed[doc]) docs.push(doc);
    return { plan, docs, scores: null, matched: 'all' };
  }
  const { touched, score, mask } = scoreClauses(index, plan);
  const full = (1 << plan.clauses.length) - 1;
  let docs = touched.filter((doc) => mask[doc] === full && (!allowed || allowed[doc]));
  if (docs.length > 0 || plan.clauses.length === 1) return { plan, docs, scores: score, matched: 'all' };
  // No article has every word: rank those with the most, scaled by the share they match.
  docs = touched.filter((doc) => !allowed || allowed[doc]);
  for (const doc of docs) score[doc] = score[doc]! * (bitCount(mask[doc]!) / plan.clauses.length) ** 2;
  return { plan, docs, scores: score, matched: 'some' };
}

/**
 * Searches the corpus: articles matching every query word (or, when none does, the most words),
 * after the filters, by relevance or newest first, one page of hits with snippets. An empty query
 * lists every article the filters allow, newest first. Never throws on any query text.
 */
export function searchCorpus(index: SearchIndex, query: SearchQuery): SearchResult {
  const limit = Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const { plan, docs, scores, matched } = matchArticles(index, query);
  const page = pageOf(index, docs, scores, query.sort ?? 'relevance', offset + limit).slice(offset);
  const result: SearchResult = {
    hits: page.map((doc) => hitFor(index, doc, plan, scores?.[doc] ?? 0)),
    total: docs.length,
    matched,
  };
  if (query.facets) result.facets = facetsOf(index, docs);
  return result;
}

/** Ids of every matching article in result order, without snippets (for "open all", tests, recall). */
export function searchArticleIds(index: SearchIndex, query: SearchQuery): string[] {
  const { docs, scores } = matchArticles(index, query);
  return pageOf(index, docs, scores, query.sort ?? 'relevance', docs.length).map(
    (doc) => index.articles[doc]?.id ?? '',
  );
}

/** The first `count` of `docs` in the requested order, without sorting all of them when many match. */
function pageOf(
  index: SearchIndex,
  docs: number[],
  scores: Float64Array | null,
  sort: 'relevance' | 'date',
  count: number,
): number[] {
  const { dateRank } = index;
  if (sort === 'date' || !scores) {
    if (docs.length <= count * 4) return docs.sort((a, b) => dateRank[a]! - dateRank[b]!).slice(0, count);
    const isIn = new Uint8Array(index.articles.length);
    for (const doc of docs) isIn[doc] = 1;
    const out: number[] = [];
    for (const doc of index.byDate) {
      if (isIn[doc]) out.push(doc);
      if (out.length === count) break;
    }
    return out;
  }
  let pool = docs;
  if (docs.length > count * 4) {
    // The score of the count-th best bounds the pool; typed-array sort is fast.
    const values = Float64Array.from(docs, (doc) => scores[doc]!).sort();
    const threshold = values[values.length - count] ?? -Infinity;
    pool = docs.filter((doc) => scores[doc]! >= threshold);
  }
  return pool.sort((a, b) => scores[b]! - scores[a]! || dateRank[a]! - dateRank[b]!).slice(0, count);
}

/** Counts per country, official, language and topic over the result set. */
function facetsOf(index: SearchIndex, docs: readonly number[]): SearchFacets {
  const facets: SearchFacets = {
    countries: {},
    officials: {},
    langs: {},
    topics: {},
  };
  const bump = (record: Record<string, number>, key: string): void => {
    record[key] = (record[key] ?? 0) + 1;
  };
  for (const doc of docs) {
    const article = index.articles[doc];
    if (!article) continue;
    bump(facets.langs, article.lang);
    for (const { id } of article.entities) bump(/^[A-Z]{2}$/u.test(id) ? facets.countries : facets.officials, id);
    for (const topic of new Set(article.topics)) bump(facets.topics, topic);
  }
  return facets;
}

// ---------------------------------------------------------------------------------------------
// Snippets: the passage of the body where most query words meet, with the matched words marked.

/** Snippet window in which matches count together. */
const WINDOW = 150;
/** Body characters scanned for the best passage (long articles: their first part), and per step. */
const SCAN_LIMIT = 6_000;
const SCAN_MORE = 3_000;
const SCAN_CHUNK = 1_500;

type TopicPattern = { mask: number; words: Array<(word: string) => boolean> };

function topicPatterns(index: SearchIndex, plan: Plan, lang: ArticleLang): TopicPattern[] {
  const out: TopicPattern[] = [];
  for (const [id, mask] of plan.topics) {
    const topic = index.deps.topics.topics.find((t) => t.id === id);
    if (!topic) continue;
    const patterns = lang === 'en' ? topic.patterns.en : [...topic.patterns[lang], ...topic.patterns.en];
    for (const pattern of patterns) {
      out.push({
        mask,
        words: pattern.split(' ').map((stem) => {
          // The lexicon's stem syntax (lib/topic-schema.ts): "*x" anywhere, "x$" whole word, else prefix.
          if (stem.endsWith('$')) return (word: string) => word === stem.slice(0, -1);
          if (stem.startsWith('*')) return (word: string) => word.includes(stem.slice(1));
          return (word: string) => word.startsWith(stem);
        }),
      });
    }
  }
  return out;
}

type Span = { start: number; end: number; mask: number };

/** Words of `text` that match the plan's terms or topics. */
function matchedSpans(text: string, plan: Plan, patterns: TopicPattern[]): Span[] {
  const spans: Span[] = [];
  if (patterns.length === 0) {
    forEachWord(text, (start, end) => {
      const mask = plan.terms.get(foldTerm(text.slice(start, end)));
      if (mask) spans.push({ start, end, mask });
    });
    return spans;
  }
  const tokens = searchTokens(text);
  const lower = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  tokens.forEach((token, i) => {
    const mask = plan.terms.get(token.term);
    if (mask) spans.push({ start: token.start, end: token.end, mask });
    for (const pattern of patterns) {
      if (pattern.words.every((matches, k) => matches(lower[i + k] ?? '\u0000'))) {
        const last = tokens[i + pattern.words.length - 1] ?? token;
        spans.push({ start: token.start, end: last.end, mask: pattern.mask });
      }
    }
  });
  return spans;
}

function hitFor(index: SearchIndex, doc: number, plan: Plan, score: number): ArticleHit {
  const article = index.articles[doc]!;
  const text = articleText(article);
  const bodyStart = article.title.length + 1;
  const patterns = topicPatterns(index, plan, article.lang);

  // Where the clauses match in the body: their words, and the first mention of their entities.
  // The body is read in chunks, from the top, until one window holds every clause (usually in
  // the lead), so a long article costs little more than a short one.
  const entitySpans: Span[] = [];
  for (const { id, first } of article.entities) {
    const mask = plan.entities.get(id);
    if (mask && first >= bodyStart) entitySpans.push({ start: first, end: first + 1, mask });
  }
  const full = (1 << plan.clauses.length) - 1;
  let at = bodyStart;
  let bestCount = 0;
  const spans: Span[] = [];
  // Reads on while some clause is missing (up to SCAN_MORE) or none has matched (up to SCAN_LIMIT):
  // an entity named only in the headline has no place in the body to find.
  const wantsMore = (from: number): boolean =>
    from < text.length &&
    ((bestCount === 0 && from < bodyStart + SCAN_LIMIT) ||
      (bestCount < plan.clauses.length && from < bodyStart + SCAN_MORE));
  for (let from = bodyStart; wantsMore(from);) {
    // Chunks end at a space, so no word is cut in two.
    let to = Math.min(text.length, from + SCAN_CHUNK);
    const space = text.indexOf(' ', to);
    to = space === -1 ? text.length : space;
    for (const span of matchedSpans(text.slice(from, to), plan, patterns)) {
      spans.push({
        start: span.start + from,
        end: span.end + from,
        mask: span.mask,
      });
    }
    const window = [...spans, ...entitySpans.filter((span) => span.start < to)].sort((a, b) => a.start - b.start);
    for (let i = 0; i < window.length; i++) {
      const start = window[i]!.start;
      let mask = 0;
      for (let j = i; j < window.length && window[j]!.start < start + WINDOW; j++) mask |= window[j]!.mask;
      const count = bitCount(mask & full);
      if (count > bestCount) {
        bestCount = count;
        at = start;
      }
    }
    from = to;
  }
  const { snippet } = snippetAround(text, at, at + 1);

  // Marks: the same test on the snippet itself, plus the matcher for the entities.
  const marks: Array<[number, number]> = matchedSpans(snippet, plan, patterns).map((s) => [s.start, s.end]);
  if (plan.entities.size > 0) {
    for (const mention of index.deps.findMentions(snippet)) {
      if (plan.entities.has(mention.entity)) marks.push([mention.start, mention.end]);
    }
  }
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    date: article.date,
    lang: article.lang,
    snippet,
    marks: mergeMarks(marks),
    score: Math.round(score * 1000) / 1000,
    own: article.own,
  };
}

/** Sorted, non-overlapping marks. */
function mergeMarks(marks: Array<[number, number]>): Array<[number, number]> {
  marks.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of marks) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Facet counts for a query without fetching a page of hits (for filter menus). */
export function searchFacets(index: SearchIndex, query: SearchQuery): SearchFacets {
  return facetsOf(index, matchArticles(index, query).docs);
}

/** The query words as the engine reads them (folded, stop words dropped): for "searching for …" labels. */
export function queryWords(index: SearchIndex, text: string): string[] {
  return planQuery(index, text).clauses.map((clause) => clause.word);
}
