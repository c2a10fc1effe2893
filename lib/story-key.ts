import { topicWords } from './find-topics';

/** What story grouping looks at in an article. */
export type StoryFeatures = {
  id: string;
  date: string | null;
  /** Entity ids mentioned in the article. */
  entities: readonly string[];
  topics: readonly string[];
  /** The article text (title and body). */
  text: string;
};

/** Articles dated further apart than this are never the same story. */
const MAX_DAYS_APART = 3;
/** Similarity at or above which two articles report the same event. */
export const SAME_STORY_THRESHOLD = 0.5;

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Word-bigram shingles over 5-letter stems, so "Японии" and "Японию" count as one word. */
export function shingles(text: string): Set<string> {
  const stems = topicWords(text)
    .map((word) => word.text)
    .filter((word) => word.length > 2)
    .map((word) => word.slice(0, 5));
  const result = new Set<string>();
  for (let at = 0; at + 1 < stems.length; at++) result.add(`${stems[at]} ${stems[at + 1]}`);
  return result;
}

const dayNumber = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

export type Prepared = StoryFeatures & {
  entitySet: Set<string>;
  topicSet: Set<string>;
  shingleSet: Set<string>;
};

/** Precomputes the sets storySimilarity compares. */
export function prepare(article: StoryFeatures): Prepared {
  return {
    ...article,
    entitySet: new Set(article.entities),
    topicSet: new Set(article.topics),
    shingleSet: shingles(article.text),
  };
}

/**
 * How likely two articles report the same event, 0..1: entity overlap weighted by rarity in the
 * corpus (everyone mentions Ukraine; few mention Takaichi), topic overlap and shared wording,
 * gated by date (both dated and more than three days apart: different events).
 */
export function storySimilarity(a: Prepared, b: Prepared, entityWeight: (id: string) => number): number {
  if (a.date && b.date && Math.abs(dayNumber(a.date) - dayNumber(b.date)) > MAX_DAYS_APART) return 0;
  let shared = 0;
  let union = 0;
  for (const id of new Set([...a.entitySet, ...b.entitySet])) {
    const weight = entityWeight(id);
    union += weight;
    if (a.entitySet.has(id) && b.entitySet.has(id)) shared += weight;
  }
  const entities = union === 0 ? 0 : shared / union;
  const topics = jaccard(a.topicSet, b.topicSet);
  // Two rewrites of one statement share roughly a tenth of their bigrams; unrelated texts almost none.
  const wording = Math.min(1, jaccard(a.shingleSet, b.shingleSet) * 5);
  return 0.4 * entities + 0.2 * topics + 0.4 * wording;
}

/**
 * Groups articles that report the same event and returns each article's story key: the id of the
 * group's earliest dated article (undated ones and ties by id), so a key stays put when a later
 * report joins the group. Pairs at or above SAME_STORY_THRESHOLD are joined transitively.
 */
export function assignStoryKeys(articles: readonly StoryFeatures[]): Map<string, string> {
  const prepared = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(prepare);
  const documentFrequency = new Map<string, number>();
  for (const article of prepared) {
    for (const id of article.entitySet) documentFrequency.set(id, (documentFrequency.get(id) ?? 0) + 1);
  }
  const total = prepared.length;
  const entityWeight = (id: string): number => Math.log(1 + total / (documentFrequency.get(id) ?? 1));

  const parent = prepared.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const a = prepared[i];
      const b = prepared[j];
      if (!a || !b) continue;
      if (storySimilarity(a, b, entityWeight) >= SAME_STORY_THRESHOLD) parent[root(j)] = root(i);
    }
  }

  const anchorOf = new Map<number, Prepared>();
  prepared.forEach((article, index) => {
    const group = root(index);
    const anchor = anchorOf.get(group);
    if (!anchor || isEarlier(article, anchor)) anchorOf.set(group, article);
  });
  const keys = new Map<string, string>();
  prepared.forEach((article, index) => keys.set(article.id, anchorOf.get(root(index))?.id ?? article.id));
  return keys;
}

function isEarlier(a: StoryFeatures, b: StoryFeatures): boolean {
  if (a.date && !b.date) return true;
  if (!a.date && b.date) return false;
  if (a.date && b.date && a.date !== b.date) return a.date < b.date;
  return a.id < b.id;
}
