import Fuse from 'fuse.js';
import type { Article } from './article-schema';
import { articleText } from './article-text';
import type { Mention } from './gazetteer-schema';
import type { ArticleHit } from './messages';
import { snippetAround } from './snippet';
import { contentWords } from './tokenize';

export type RelatedQuery = {
  entity: string;
  /** The sentence around the mention on the page. */
  context: string;
  /** Other entities mentioned on the same page. */
  pageEntities: readonly string[];
  limit: number;
};

export type RelatedResult = { hits: ArticleHit[]; total: number };

export type PageQuery = {
  /** The entities on the page and how often each is named. */
  entities: ReadonlyArray<{ id: string; count: number }>;
  /** Text of the page (e.g. the sentences around its mentions). */
  text: string;
  limit: number;
};

export type ArticleRanker = {
  related(query: RelatedQuery): RelatedResult;
  /** Articles about a page as a whole: its entities (rarer ones count more) and its topics. */
  relatedToPage(query: PageQuery): RelatedResult;
};

type Posting = { index: number; count: number; first: number };

/** How many entity candidates get the (slower) fuzzy context pass. */
const FUZZY_POOL = 200;

export type RankerDeps = {
  findMentions: (text: string) => Mention[];
  /** Topic ids a passage of any language supports (the multilingual topic lexicon). */
  topicsOf: (text: string) => string[];
};

/**
 * Ranks corpus articles for one entity seen on a page: articles that mention the entity, scored
 * by how much they are about it, by the entities they share with the mention's sentence and with
 * the page, by the topics they share with the sentence (which works across languages), and by a
 * fuzzy (fuse.js) match of the words around the mention against their title, lead and topics.
 */
export function createArticleRanker(
  articles: readonly Article[],
  { findMentions, topicsOf }: RankerDeps,
): ArticleRanker {
  const byEntity = new Map<string, Posting[]>();
  articles.forEach((article, index) => {
    for (const { id, count, first } of article.entities) {
      let list = byEntity.get(id);
      if (!list) byEntity.set(id, (list = []));
      list.push({ index, count, first });
    }
  });

  function related({ entity, context, pageEntities, limit }: RelatedQuery): RelatedResult {
    const postings = byEntity.get(entity) ?? [];
    const others = new Set(pageEntities.filter((id) => id !== entity));
    const near = new Set(
      findMentions(context)
        .map((m) => m.entity)
        .filter((id) => id !== entity),
    );
    const topics = new Set(topicsOf(context));
    const scored = postings.map((posting) => {
      const article = articles[posting.index]!;
      const ids = article.entities.map((e) => e.id);
      const sharedPage = others.size ? ids.filter((id) => others.has(id)).length / others.size : 0;
      const sharedNear = near.size ? ids.filter((id) => near.has(id)).length / near.size : 0;
      const sharedTopics = topics.size ? article.topics.filter((t) => topics.has(t)).length / topics.size : 0;
      // Prominence: mentions of the entity, and an early first mention (the headline or lead).
      const prominence = Math.log2(1 + posting.count) + (posting.first < 200 ? 1 : 0);
      return { posting, score: prominence + 2 * sharedPage + 3 * sharedNear + 3 * sharedTopics };
    });
    scored.sort((a, b) => b.score - a.score || a.posting.index - b.posting.index);

    const words = contentWords(context).slice(0, 12);
    const pool = scored.slice(0, FUZZY_POOL);
    if (words.length > 0 && pool.length > 1) {
      const fuse = new Fuse(
        pool.map(({ posting }) => {
          const article = articles[posting.index]!;
          return { title: article.title, lead: article.lead, topics: article.topics.join(' ') };
        }),
        {
          keys: [
            { name: 'title', weight: 2 },
            { name: 'lead', weight: 1 },
            { name: 'topics', weight: 1 },
          ],
          includeScore: true,
          ignoreLocation: true,
          threshold: 0.3,
          useExtendedSearch: true,
        },
      );
      for (const result of fuse.search(words.join(' | '))) {
        const item = pool[result.refIndex]!;
        item.score += 2 * (1 - (result.score ?? 1));
      }
      pool.sort((a, b) => b.score - a.score || a.posting.index - b.posting.index);
    }

    const hits = pool
      .slice(0, limit)
      .map(({ posting, score }) => toHit(articles[posting.index]!, entity, posting.first, score, findMentions));
    return { hits, total: postings.length };
  }

  function relatedToPage({ entities, text, limit }: PageQuery): RelatedResult {
    const total = articles.length || 1;
    const topics = new Set(topicsOf(text));
    const scores = new Map<number, { score: number; best: string; bestWeight: number }>();
    for (const { id, count } of entities) {
      const postings = byEntity.get(id);
      if (!postings?.length) continue;
      // An entity in every article (Ukraine, in this corpus) tells nothing apart.
      const idf = Math.log((1 + total) / postings.length);
      const onPage = Math.log2(1 + count);
      for (const posting of postings) {
        const weight = onPage * idf * Math.log2(1 + posting.count);
        const entry = scores.get(posting.index) ?? { score: 0, best: id, bestWeight: -1 };
        entry.score += weight;
        if (weight > entry.bestWeight) Object.assign(entry, { best: id, bestWeight: weight });
        scores.set(posting.index, entry);
      }
    }
    const ranked = [...scores.entries()].map(([index, entry]) => {
      const article = articles[index]!;
      const sharedTopics = topics.size ? article.topics.filter((t) => topics.has(t)).length / topics.size : 0;
      return { index, entity: entry.best, score: entry.score + 3 * sharedTopics };
    });
    ranked.sort((a, b) => b.score - a.score || a.index - b.index);
    const hits = ranked.slice(0, limit).map(({ index, entity, score }) => {
      const article = articles[index]!;
      const first = article.entities.find((e) => e.id === entity)?.first ?? 0;
      return toHit(article, entity, first, score, findMentions);
    });
    return { hits, total: ranked.length };
  }

  return { related, relatedToPage };
}

/** An article as a result row, with a snippet around `offset` and its mentions of `entity` marked. */
export function toHit(
  article: Article,
  entity: string | null,
  offset: number,
  score: number,
  findMentions: (text: string) => Mention[],
): ArticleHit {
  const text = articleText(article);
  // The snippet comes from the body: skip the headline when the first mention is in it.
  const bodyStart = article.title.length + 1;
  let at = offset;
  if (entity && at < bodyStart) {
    const inBody = findMentions(text.slice(bodyStart)).find((m) => m.entity === entity);
    at = inBody ? bodyStart + inBody.start : bodyStart;
  }
  const { snippet } = snippetAround(text, at, at + 1);
  const marks: Array<[number, number]> = [];
  if (entity) {
    for (const m of findMentions(snippet)) {
      if (m.entity === entity) marks.push([m.start, m.end]);
    }
  }
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    date: article.date,
    lang: article.lang,
    snippet,
    marks,
    score: Math.round(score * 1000) / 1000,
    own: article.own,
  };
}
