import type { Article } from './article-schema';
import type { Entity, Mention } from './gazetteer-schema';
import type { GazetteerLang } from './languages';
import { ToBackground, type ArticleSummary, type EntityInfo, type Reply, type ToBackgroundReplies } from './messages';
import { encodeMentionBatch, type EntityType } from './mention-batch';
import { createArticleRanker } from './rank-articles';
import type { SearchQuery, SearchResult } from './search-query';
import { EMPTY_SEARCH, searchStateToUrl } from './search-url';
import type { TopicLexicon } from './topic-schema';
import { buildUserArticle } from './user-article';

export type BackgroundData = {
  articles: readonly Article[];
  entities: readonly Entity[];
  findMentions: (text: string) => Mention[];
  topicsOf: (text: string) => string[];
  /** Searches the corpus (the search index, built or loaded by the caller). */
  search: (query: SearchQuery) => SearchResult;
  uiLang: GazetteerLang;
  version: string;
  /** Opens the reader on an article (a browser effect, passed in). */
  openArticle: (id: string) => Promise<void>;
  /** Opens the search page with a query string (a browser effect, passed in). */
  openSearch: (queryString: string) => Promise<void>;
  /** Shows a count on the toolbar button for one tab. */
  setBadge: (tabId: number, text: string) => Promise<void>;
  /** The topic lexicon, for running the reader's own articles through the pipeline (`prepareArticle`). */
  topics?: TopicLexicon;
};

/** What the page's own messages need: the matcher, entity types and the toolbar badge. */
export type PageData = {
  findMentions: (text: string) => Mention[];
  typeOf: (id: string) => EntityType | undefined;
  setBadge: (tabId: number, text: string) => Promise<void>;
};

/** The page messages, answered without the corpus (see `createPageHandler`). */
export type PageRequest = Extract<ToBackground, { type: 'findMentions' | 'pageMentionCount' }>;

/**
 * The content scripts' own messages, `findMentions` and `pageMentionCount`, answered without the
 * corpus: the background answers these at once, before its corpus and search index are loaded
 * (and without loading them). The badge shows the sum of a tab's frames' counts.
 */
export function createPageHandler(data: PageData) {
  /** Mentions per frame of each tab. */
  const tabCounts = new Map<number, Map<number, number>>();
  return async (
    request: PageRequest,
    sender: MessageSender = {},
  ): Promise<Reply<ToBackgroundReplies['findMentions'] | ToBackgroundReplies['pageMentionCount']>> => {
    if (request.type === 'findMentions')
      return { ok: true, value: encodeMentionBatch(request.texts.map(data.findMentions), data.typeOf) };
    if (sender.tabId === undefined) return { ok: false, error: 'Only a page can report its mentions.' };
    if ((sender.frameId === 0 && request.fresh) || !tabCounts.has(sender.tabId)) tabCounts.set(sender.tabId, new Map());
    const frames = tabCounts.get(sender.tabId)!;
    frames.set(sender.frameId ?? 0, request.count);
    const badge = badgeText([...frames.values()].reduce((a, b) => a + b, 0));
    await data.setBadge(sender.tabId, badge);
    return { ok: true, value: { badge } };
  };
}

/** A message parsed as one of the page messages, or null (any other message, or not one at all). */
export function asPageRequest(message: unknown): PageRequest | null {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (type !== 'findMentions' && type !== 'pageMentionCount') return null;
  const parsed = ToBackground.safeParse(message);
  return parsed.success ? (parsed.data as PageRequest) : null;
}

/** Who sent a message: the tab and frame of a content script; nothing for extension pages. */
export type MessageSender = { tabId?: number; frameId?: number };

export type MessageHandler = (
  message: unknown,
  sender?: MessageSender,
) => Promise<Reply<ToBackgroundReplies[keyof ToBackgroundReplies]>>;

/** A handler whose articles can be replaced (the reader added, edited or deleted their own). */
export type CorpusMessageHandler = MessageHandler & {
  /** Answers from now on over `articles`, searched with `search`. */
  setArticles(articles: readonly Article[], search: (query: SearchQuery) => SearchResult): void;
};

/**
 * The background's answer to every message, as a pure function of its data: parse with zod,
 * dispatch on `type`, and turn every failure into `{ ok: false, error }`.
 */
export function createMessageHandler(data: BackgroundData): CorpusMessageHandler {
  let ranker = createArticleRanker(data.articles, data);
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  let articles = new Map(data.articles.map((a) => [a.id, a]));
  let allArticles = data.articles;
  let search = data.search;
  const page = createPageHandler({ ...data, typeOf: (id) => entities.get(id)?.type });

  function entityInfo(id: string): EntityInfo | null {
    const entity = entities.get(id);
    if (!entity) return null;
    return {
      id,
      type: entity.type,
      name: entity.names[data.uiLang],
      role: entity.role?.[data.uiLang] ?? null,
      ...(entity.country ? { country: entity.country } : {}),
    };
  }

  const handle: MessageHandler = async (message, sender = {}) => {
    const parsed = ToBackground.safeParse(message);
    if (!parsed.success) {
      return { ok: false, error: `Not a message Entente understands: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    }
    const request = parsed.data;
    switch (request.type) {
      case 'ping':
        return { ok: true, value: { articles: allArticles.length, version: data.version } };
      case 'relatedArticles': {
        const entity = entityInfo(request.entity);
        if (!entity) return { ok: false, error: `Unknown entity "${request.entity}"` };
        const { hits, total } = ranker.related(request);
        return { ok: true, value: { entity, articles: hits, total } };
      }
      case 'findMentions':
      case 'pageMentionCount':
        return page(request, sender);
      case 'relatedToPage': {
        const { hits, total } = ranker.relatedToPage(request);
        return { ok: true, value: { articles: hits, total } };
      }
      case 'searchCorpus':
        return { ok: true, value: search(request.query) };
      case 'openSearch': {
        const entity = request.entity ? entities.get(request.entity) : undefined;
        if (request.entity && !entity) return { ok: false, error: `Unknown entity "${request.entity}"` };
        const state = {
          ...EMPTY_SEARCH,
          text: request.text,
          countries: entity?.type === 'country' ? [entity.id] : [],
          officials: entity?.type === 'person' ? [entity.id] : [],
          sort: entity && !request.text ? ('date' as const) : ('relevance' as const),
        };
        await data.openSearch(searchStateToUrl(state));
        return { ok: true, value: { opened: true } };
      }
      case 'corpusOverview': {
        const summaries = allArticles.map(summarize);
        const ids = [...new Set(summaries.flatMap((a) => a.entities))];
        return {
          ok: true,
          value: { articles: summaries, entities: ids.map(entityInfo).filter((e): e is EntityInfo => e !== null) },
        };
      }
      case 'describeEntities':
        return {
          ok: true,
          value: { entities: request.ids.map(entityInfo).filter((e): e is EntityInfo => e !== null) },
        };
      case 'openArticle':
        if (!articles.has(request.id)) return { ok: false, error: `No article "${request.id}"` };
        await data.openArticle(request.id);
        return { ok: true, value: { opened: true } };
      case 'getArticle': {
        const article = articles.get(request.id);
        if (!article) return { ok: true, value: { article: null, mentions: [], entities: [], alsoReported: [] } };
        const mentions = article.paragraphs.flatMap((text, paragraph) =>
          data.findMentions(text).map(({ start, end, entity, kind }) => ({ paragraph, start, end, entity, kind })),
        );
        const ids = [...new Set(mentions.map((m) => m.entity))];
        const alsoReported = allArticles.filter((a) => a.story === article.story && a.id !== article.id).map(summarize);
        return {
          ok: true,
          value: {
            article,
            mentions,
            entities: ids.map(entityInfo).filter((e): e is EntityInfo => e !== null),
            alsoReported,
          },
        };
      }
      case 'prepareArticle': {
        if (!data.topics) return { ok: false, error: 'This build cannot add articles.' };
        const built = buildUserArticle(request.draft, { ...data, topics: data.topics, corpus: allArticles });
        if (!built.ok) return { ok: true, value: { article: null, issues: built.issues, entities: [], sameStory: [] } };
        const { article } = built;
        return {
          ok: true,
          value: {
            article,
            issues: [],
            entities: article.entities.map((e) => entityInfo(e.id)).filter((e): e is EntityInfo => e !== null),
            sameStory: allArticles.filter((a) => a.story === article.story && a.id !== article.id).map(summarize),
          },
        };
      }
    }
  };
  return Object.assign(handle, {
    setArticles(next: readonly Article[], nextSearch: (query: SearchQuery) => SearchResult) {
      allArticles = next;
      articles = new Map(next.map((a) => [a.id, a]));
      ranker = createArticleRanker(next, data);
      search = nextSearch;
    },
  });
}

/** The toolbar badge for a mention count: empty for none, "1k+" style past 999. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  if (count < 1000) return String(count);
  return `${Math.min(99, Math.floor(count / 1000))}k+`;
}

/** An article's metadata, without its body. */
function summarize({ id, title, date, lang, outlet, entities, topics, story, own }: Article): ArticleSummary {
  return { id, title, date, lang, outlet, entities: entities.map((e) => e.id), topics, story, own };
}
