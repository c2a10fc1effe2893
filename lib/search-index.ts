/**
 * The corpus search index: an inverted index of folded words (term -> articles and weighted
 * counts), the script-neutral key of every term (lib/search-text.ts), and, derived from the
 * articles themselves, postings per entity, per topic, per language and a date order. Built from
 * the corpus at build time or start-up; serialised as JSON whose postings are compact strings that
 * are only decoded when a query first touches them, so loading is little more than JSON.parse.
 * Design and figures: docs/decisions/0004-corpus-search.md.
 */
import Fuse from 'fuse.js';
import { z } from 'zod';
import type { Article } from './article-schema';
import type { Entity, Mention } from './gazetteer-schema';
import { foldTerm, latinSkeleton, searchTokens, termKey } from './search-text';
import type { TopicLexicon } from './topic-schema';

/** What the index needs besides the articles: the mention matcher, the gazetteer and the topic lexicon. */
export type SearchDeps = {
  findMentions: (text: string) => Mention[];
  entities: readonly Entity[];
  topics: TopicLexicon;
};

/** Sorted article numbers and, per article, a weight (term count, entity count). */
export type Postings = { docs: Int32Array; weights: Float32Array };

/** One entry of the alias dictionary that query words are fuzzily matched against: a Latin skeleton and the entities it names. */
export type AliasEntry = { skeleton: string; entities: string[] };

/** Index format version: bump when the serialised shape or the tokenisation changes. */
export const SEARCH_INDEX_VERSION = 1;
/** A word in the title counts this many times a word in the body. */
export const TITLE_BOOST = 3;
/** BM25 parameters. */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** A built or loaded index; treat it as opaque and query it with searchCorpus. */
export type SearchIndex = {
  articles: readonly Article[];
  deps: SearchDeps;
  /** Folded terms, sorted (binary-searchable for prefixes). */
  terms: readonly string[];
  termIds: Map<string, number>;
  /** Script-neutral key of each term. */
  termKeys: readonly string[];
  /** Distinct keys, sorted, and the terms of each. */
  keys: readonly string[];
  keyTerms: Map<string, number[]>;
  df: Uint32Array;
  /** Encoded postings per term, decoded into `decoded` on first use. */
  encoded: readonly string[];
  decoded: Array<Postings | undefined>;
  /** Words per article (title and body). */
  lengths: Uint32Array;
  /** BM25 length normalisation per article: k1 * (1 - b + b * length / average). */
  norm: Float32Array;
  /** Encoded postings per entity id and per topic id, decoded on first use. */
  entityEncoded: ReadonlyMap<string, string>;
  entityDecoded: Map<string, Postings>;
  topicEncoded: ReadonlyMap<string, string>;
  topicDecoded: Map<string, Postings>;
  /** Article numbers, newest first; undated articles last, each group in corpus order. */
  byDate: Int32Array;
  /** Position of each article in `byDate`. */
  dateRank: Int32Array;
  /** Folded full aliases and adjective forms -> entity ids; keys of one-word aliases -> entity ids. */
  aliasByFold: Map<string, string[]>;
  aliasByKey: Map<string, string[]>;
  /** Entity id -> keys of its one-word aliases (to find its inflected forms in the vocabulary). */
  entityKeys: Map<string, string[]>;
  /** Adjective stems ("японськ", "japanisch") -> entity ids. */
  adjectiveStems: ReadonlyArray<readonly [string, string]>;
  /** Latin skeletons of one-word aliases, sorted, for as-you-type prefixes across scripts. */
  aliasSkeletons: readonly AliasEntry[];
  /** fuse.js over the alias skeletons, made on first use. */
  aliasFuse: () => Fuse<AliasEntry>;
  /** Query-word expansions, kept between keystrokes (bounded). */
  cache: Map<string, unknown>;
};

// ---------------------------------------------------------------------------------------------
// Postings encoding: unsigned integers as base-64 varints (5 payload bits per character, the
// sixth marks "more follows") over a JSON-safe alphabet, so a postings list is one short string.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** Encodes non-negative integers as varint characters. */
export function encodeVarints(values: Iterable<number>): string {
  let out = '';
  for (let value of values) {
    while (value >= 32) {
      out += ALPHABET[32 | (value & 31)];
      value = Math.floor(value / 32);
    }
    out += ALPHABET[value];
  }
  return out;
}

/** Decodes what encodeVarints wrote; throws on a character outside the alphabet. */
export function decodeVarints(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? (DIGIT[code] ?? -1) : -1;
    if (digit < 0) throw new Error(`bad postings character at ${i}`);
    value += (digit & 31) * scale;
    if (digit & 32) scale *= 32;
    else {
      out.push(value);
      value = 0;
      scale = 1;
    }
  }
  return out;
}

/** Postings as varints: article numbers as gaps, then a weight, per article. */
function encodePostings(docs: readonly number[], weights: readonly number[]): string {
  const values: number[] = [];
  let last = -1;
  docs.forEach((doc, i) => {
    values.push(doc - last - 1, weights[i] ?? 1);
    last = doc;
  });
  return encodeVarints(values);
}

/**
 * Decodes postings; never throws. A damaged list (a character outside the alphabet, an article
 * number past the corpus) is cut at the damage: the index stays usable, that term finds less.
 */
function decodePostings(text: string, articles: number): Postings {
  let values: number[];
  try {
    values = decodeVarints(text);
  } catch {
    values = [];
  }
  let count = values.length >> 1;
  const docs = new Int32Array(count);
  const weights = new Float32Array(count);
  let doc = -1;
  for (let i = 0; i < count; i++) {
    doc += (values[2 * i] ?? 0) + 1;
    if (doc >= articles) {
      count = i;
      break;
    }
    docs[i] = doc;
    weights[i] = values[2 * i + 1] ?? 1;
  }
  return count === docs.length ? { docs, weights } : { docs: docs.slice(0, count), weights: weights.slice(0, count) };
}

/** Postings of term number `term`, decoded on first use. */
export function termPostings(index: SearchIndex, term: number): Postings {
  let postings = index.decoded[term];
  if (!postings) {
    postings = decodePostings(index.encoded[term] ?? '', index.articles.length);
    index.decoded[term] = postings;
  }
  return postings;
}

/** Postings of a gazetteer entity (weights: its mentions, plus TITLE_BOOST when named in the headline). */
export function entityPostings(index: SearchIndex, id: string): Postings | undefined {
  let postings = index.entityDecoded.get(id);
  const encoded = index.entityEncoded.get(id);
  if (!postings && encoded !== undefined) {
    postings = decodePostings(encoded, index.articles.length);
    index.entityDecoded.set(id, postings);
  }
  return postings;
}

/** Postings of a lexicon topic (weights all 1). */
export function topicPostings(index: SearchIndex, id: string): Postings | undefined {
  let postings = index.topicDecoded.get(id);
  const encoded = index.topicEncoded.get(id);
  if (!postings && encoded !== undefined) {
    postings = decodePostings(encoded, index.articles.length);
    index.topicDecoded.set(id, postings);
  }
  return postings;
}

// ---------------------------------------------------------------------------------------------

/** Word counts of one article: a title word counts TITLE_BOOST times; and the number of words. */
function articleTerms(article: Article): {
  counts: Map<string, number>;
  length: number;
} {
  const counts = new Map<string, number>();
  let length = 0;
  const add = (text: string, weight: number): void => {
    for (const { term } of searchTokens(text)) {
      counts.set(term, (counts.get(term) ?? 0) + weight);
      length++;
    }
  };
  add(article.title, TITLE_BOOST);
  for (const paragraph of article.paragraphs) add(paragraph, 1);
  return { counts, length };
}

/** A short, stable fingerprint of the article ids an index was built from (FNV-1a, 32 bit). */
export function corpusFingerprint(articles: readonly Pick<Article, 'id'>[]): string {
  let hash = 0x811c9dc5;
  for (const { id } of articles) {
    for (let i = 0; i < id.length; i++) {
      hash ^= id.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 10;
    hash = Math.imul(hash, 0x01000193);
  }
  return `${articles.length}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** The part of the index that is stored: terms, postings, article lengths and date order. */
type StoredIndex = {
  terms: string[];
  termKeys: string[];
  encoded: string[];
  df: number[];
  lengths: number[];
  entities: Record<string, string>;
  topics: Record<string, string>;
  byDate: number[];
};

/** Builds the search index of `articles` (tokenises every article once). */
export function buildSearchIndex(articles: readonly Article[], deps: SearchDeps): SearchIndex {
  const postings = new Map<string, { docs: number[]; weights: number[] }>();
  const lengths: number[] = [];
  articles.forEach((article, doc) => {
    const { counts, length } = articleTerms(article);
    lengths.push(length);
    for (const [term, count] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(count);
    }
  });
  // Code-unit order (not localeCompare): deterministic everywhere and what prefix search expects.
  const terms = [...postings.keys()].sort(byCodeUnits);

  const entityLists = new Map<string, { docs: number[]; weights: number[] }>();
  const topicLists = new Map<string, { docs: number[]; weights: number[] }>();
  const push = (map: typeof entityLists, id: string, doc: number, weight: number): void => {
    let list = map.get(id);
    if (!list) map.set(id, (list = { docs: [], weights: [] }));
    if (list.docs[list.docs.length - 1] === doc) return; // listed twice in one article
    list.docs.push(doc);
    list.weights.push(weight);
  };
  articles.forEach((article, doc) => {
    // A name in the headline weighs like a title word.
    for (const { id, count, first } of article.entities)
      push(entityLists, id, doc, count + (first < article.title.length ? TITLE_BOOST : 0));
    for (const topic of article.topics) push(topicLists, topic, doc, 1);
  });
  const encodeAll = (map: typeof entityLists): Record<string, string> =>
    Object.fromEntries(
      [...map.keys()].sort(byCodeUnits).map((id) => [id, encodePostings(map.get(id)!.docs, map.get(id)!.weights)]),
    );

  // Newest first; ISO strings compare as dates. Undated articles go last, each group in corpus order.
  const byDate = articles.map((_, doc) => doc);
  byDate.sort((a, b) => {
    const da = articles[a]?.date ?? '';
    const db = articles[b]?.date ?? '';
    return da === db ? a - b : da < db ? 1 : -1;
  });

  const stored: StoredIndex = {
    terms,
    termKeys: terms.map(termKey),
    encoded: terms.map((term) => {
      const list = postings.get(term)!;
      return encodePostings(list.docs, list.weights);
    }),
    df: terms.map((term) => postings.get(term)!.docs.length),
    lengths,
    entities: encodeAll(entityLists),
    topics: encodeAll(topicLists),
    byDate,
  };
  return assembleIndex(stored, articles, deps);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The in-memory index from its stored part plus what the articles and the gazetteer give. */
function assembleIndex(stored: StoredIndex, articles: readonly Article[], deps: SearchDeps): SearchIndex {
  const n = articles.length;
  const termIds = new Map<string, number>();
  stored.terms.forEach((term, i) => termIds.set(term, i));
  const keyTerms = new Map<string, number[]>();
  stored.termKeys.forEach((key, i) => {
    const list = keyTerms.get(key);
    if (list) list.push(i);
    else keyTerms.set(key, [i]);
  });
  const keys = [...keyTerms.keys()].sort(byCodeUnits);

  const total = stored.lengths.reduce((sum, length) => sum + length, 0);
  const average = n > 0 && total > 0 ? total / n : 1;
  const norm = new Float32Array(n);
  for (let doc = 0; doc < n; doc++) {
    norm[doc] = BM25_K1 * (1 - BM25_B + (BM25_B * (stored.lengths[doc] ?? average)) / average);
  }

  const byDate = Int32Array.from(stored.byDate);
  const dateRank = new Int32Array(n);
  byDate.forEach((doc, rank) => (dateRank[doc] = rank));

  return {
    articles,
    deps,
    terms: stored.terms,
    termIds,
    termKeys: stored.termKeys,
    keys,
    keyTerms,
    df: Uint32Array.from(stored.df),
    encoded: stored.encoded,
    decoded: new Array<Postings | undefined>(stored.terms.length),
    lengths: Uint32Array.from(stored.lengths),
    norm,
    entityEncoded: new Map(Object.entries(stored.entities)),
    entityDecoded: new Map(),
    topicEncoded: new Map(Object.entries(stored.topics)),
    topicDecoded: new Map(),
    byDate,
    dateRank,
    ...aliasDictionary(deps.entities),
    cache: new Map(),
  };
}

type AliasDictionary = Pick<
  SearchIndex,
  'aliasByFold' | 'aliasByKey' | 'entityKeys' | 'adjectiveStems' | 'aliasSkeletons' | 'aliasFuse'
>;

// The alias dictionary depends on the gazetteer only: made once per gazetteer, shared by indexes.
const aliasDictionaries = new WeakMap<readonly Entity[], AliasDictionary>();

function aliasDictionary(entities: readonly Entity[]): AliasDictionary {
  let dictionary = aliasDictionaries.get(entities);
  if (!dictionary) {
    dictionary = makeAliasDictionary(entities);
    aliasDictionaries.set(entities, dictionary);
  }
  return dictionary;
}

/** The gazetteer's names and adjectives as lookup tables and a fuse.js index for typos. */
function makeAliasDictionary(
  entities: readonly Entity[],
): Pick<SearchIndex, 'aliasByFold' | 'aliasByKey' | 'entityKeys' | 'adjectiveStems' | 'aliasSkeletons' | 'aliasFuse'> {
  const aliasByFold = new Map<string, string[]>();
  const aliasByKey = new Map<string, string[]>();
  const entityKeys = new Map<string, string[]>();
  const bySkeleton = new Map<string, string[]>();
  const adjectiveStems: Array<[string, string]> = [];
  const add = (map: Map<string, string[]>, key: string, entity: string): void => {
    const list = map.get(key);
    if (!list) map.set(key, [entity]);
    else if (!list.includes(entity)) list.push(entity);
  };
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const fold = searchTokens(alias)
        .map((t) => t.term)
        .join(' ');
      if (!fold) continue;
      add(aliasByFold, fold, entity.id);
      if (!fold.includes(' ') && fold.length >= 3) {
        add(aliasByKey, termKey(fold), entity.id);
        add(entityKeys, entity.id, termKey(fold));
        add(bySkeleton, latinSkeleton(fold), entity.id);
      }
    }
    for (const adjective of entity.adjectives) {
      if (adjective.endsWith('*')) {
        const stem = foldTerm(adjective.slice(0, -1));
        if (stem.length >= 4) adjectiveStems.push([stem, entity.id]);
      } else {
        add(aliasByFold, foldTerm(adjective), entity.id);
      }
    }
  }
  const entries: AliasEntry[] = [...bySkeleton]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([skeleton, ids]) => ({ skeleton, entities: ids }));
  // Skeletons are Latin whatever the alias's script, so one key serves every script.
  let fuse: Fuse<AliasEntry> | undefined;
  const aliasFuse = (): Fuse<AliasEntry> =>
    (fuse ??= new Fuse(entries, {
      keys: ['skeleton'],
      includeScore: true,
      threshold: 0.34,
      minMatchCharLength: 3,
    }));
  return {
    aliasByFold,
    aliasByKey,
    entityKeys,
    adjectiveStems,
    aliasSkeletons: entries,
    aliasFuse,
  };
}

// ---------------------------------------------------------------------------------------------
// Serialisation. The header is checked with zod; the bulk (terms, postings) only for its shape
// (arrays of the right length), and postings strings when first decoded.

const SearchIndexHeader = z.object({
  format: z.literal('entente-search-index'),
  version: z.literal(SEARCH_INDEX_VERSION),
  /** corpusFingerprint of the articles it was built from. */
  corpus: z.string().min(1),
  terms: z.number().int().nonnegative(),
});
export type SearchIndexHeader = z.infer<typeof SearchIndexHeader>;

/** The serialised index as JSON (deterministic: the same articles give the same bytes). */
export function serializeSearchIndex(index: SearchIndex): string {
  const header: SearchIndexHeader = {
    format: 'entente-search-index',
    version: SEARCH_INDEX_VERSION,
    corpus: corpusFingerprint(index.articles),
    terms: index.terms.length,
  };
  // Keys equal to their term are stored as "" (most Latin terms), to keep the file small.
  const keys = index.termKeys.map((key, i) => (key === index.terms[i] ? '' : key));
  return JSON.stringify({
    header,
    lengths: encodeVarints(index.lengths),
    terms: index.terms,
    keys,
    df: encodeVarints(index.df),
    postings: index.encoded,
    entities: Object.fromEntries(index.entityEncoded),
    topics: Object.fromEntries(index.topicEncoded),
    byDate: encodeVarints(index.byDate),
  });
}

const SerializedScalars = z.object({
  lengths: z.string(),
  df: z.string(),
  byDate: z.string(),
  // A few hundred entries at most: cheap to check whole.
  entities: z.record(z.string(), z.string()),
  topics: z.record(z.string(), z.string()),
});

/** The whole serialised file, checked in full (for the data-file test; loading checks less). */
export const SearchIndexFileSchema = SerializedScalars.extend({
  header: SearchIndexHeader,
  terms: z.array(z.string().min(1)),
  keys: z.array(z.string()),
  postings: z.array(z.string().regex(/^[0-9A-Za-z_-]*$/)),
});

/** Why a serialised index could not be loaded. */
export class SearchIndexError extends Error {}

/**
 * Loads a serialised index for `articles` (the corpus it was built from: checked by fingerprint).
 * Takes the JSON text or the already parsed value (a bundler's JSON import). Throws
 * SearchIndexError when the file is of another version or corpus, or malformed.
 */
export function loadSearchIndex(json: unknown, articles: readonly Article[], deps: SearchDeps): SearchIndex {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new SearchIndexError(`search index is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Only the top level is parsed with zod: z.array(z.string()) would walk every term, so the
  // arrays are checked with Array.isArray and their lengths.
  const body = value as Record<string, unknown> | null;
  const header = SearchIndexHeader.safeParse(body?.header);
  if (!header.success) {
    throw new SearchIndexError(
      `not an Entente search index of version ${SEARCH_INDEX_VERSION}: ${header.error.issues[0]?.message ?? ''}`,
    );
  }
  const fingerprint = corpusFingerprint(articles);
  if (header.data.corpus !== fingerprint) {
    throw new SearchIndexError(
      `search index was built for corpus ${header.data.corpus}, not ${fingerprint}: rebuild it`,
    );
  }
  const shape = SerializedScalars.safeParse(body);
  const { terms, keys, postings } = body as {
    terms?: unknown;
    keys?: unknown;
    postings?: unknown;
  };
  const count = header.data.terms;
  if (
    !shape.success ||
    !Array.isArray(terms) ||
    !Array.isArray(keys) ||
    !Array.isArray(postings) ||
    terms.length !== count ||
    keys.length !== count ||
    postings.length !== count
  ) {
    throw new SearchIndexError('search index body is malformed');
  }
  let lengths: number[];
  let df: number[];
  let byDate: number[];
  try {
    lengths = decodeVarints(shape.data.lengths);
    df = decodeVarints(shape.data.df);
    byDate = decodeVarints(shape.data.byDate);
  } catch {
    throw new SearchIndexError('search index body is malformed');
  }
  const seen = new Uint8Array(articles.length);
  for (const doc of byDate) if (doc < articles.length) seen[doc] = 1;
  if (
    lengths.length !== articles.length ||
    df.length !== count ||
    byDate.length !== articles.length ||
    seen.includes(0)
  ) {
    throw new SearchIndexError('search index body is malformed');
  }
  const termList = terms as string[];
  const stored: StoredIndex = {
    terms: termList,
    termKeys: (keys as string[]).map((key, i) => (key === '' ? (termList[i] ?? '') : key)),
    encoded: postings as string[],
    df,
    lengths,
    entities: shape.data.entities,
    topics: shape.data.topics,
    byDate,
  };
  return assembleIndex(stored, articles, deps);
}

/**
 * The index for `articles`: the prebuilt one when it was built from exactly these articles
 * (data/search-index.json for the bundled corpus), else built now (user articles added, or no
 * prebuilt file). `loaded` says which, for logs.
 */
export function openSearchIndex(
  articles: readonly Article[],
  deps: SearchDeps,
  prebuilt?: unknown,
): { index: SearchIndex; loaded: boolean } {
  if (prebuilt !== undefined) {
    try {
      return { index: loadSearchIndex(prebuilt, articles, deps), loaded: true };
    } catch (error) {
      if (!(error instanceof SearchIndexError)) throw error;
    }
  }
  return { index: buildSearchIndex(articles, deps), loaded: false };
}
