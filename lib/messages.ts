import { z } from 'zod';
import type { Article } from './article-schema';
import type { ARTICLE_LANGS } from './languages';
import { SearchQuerySchema, type SearchResult } from './search-query';
import { MAX_BATCH_TEXTS, MAX_BATCH_UNITS, type MentionBatch } from './mention-batch';
import type { DraftIssue } from './user-article';
import { ArticleDraftSchema } from './user-article-draft';

/**
 * Messages to the background, one zod schema per request (a union discriminated on `type`),
 * and the reply type of each. The background `safeParse`s every message: foreign or malformed
 * payloads get a typed error, never an exception.
 */

const entityId = z.string().min(1).max(64);

export const RelatedArticlesRequest = z.object({
  type: z.literal('relatedArticles'),
  entity: entityId,
  /** The sentence around the mention, used for fuzzy ranking. */
  context: z.string().max(2000).default(''),
  /** Other entities on the page: co-mentions boost articles that share them. */
  pageEntities: z.array(entityId).max(500).default([]),
  limit: z.number().int().min(1).max(50).default(3),
});

/** Articles about the page as a whole (the popup's "Related to this page"). */
export const RelatedToPageRequest = z.object({
  type: z.literal('relatedToPage'),
  entities: z.array(z.object({ id: entityId, count: z.number().int().min(0) })).max(500),
  text: z.string().max(20_000).default(''),
  limit: z.number().int().min(1).max(50).default(5),
});

/** Searches the whole corpus (popup and search page). */
export const SearchCorpusRequest = z.object({
  type: z.literal('searchCorpus'),
  query: SearchQuerySchema,
});

/** Opens the search page on a query, or on an entity's articles (a card's "N more"). */
export const OpenSearchRequest = z.object({
  type: z.literal('openSearch'),
  text: z.string().max(256).default(''),
  entity: entityId.optional(),
});

/** Every article's metadata, without bodies (the explore page draws the corpus from it). */
export const CorpusOverviewRequest = z.object({ type: z.literal('corpusOverview') });

/** Names and roles of entities, in the UI language. */
export const DescribeEntitiesRequest = z.object({
  type: z.literal('describeEntities'),
  ids: z.array(entityId).max(500),
});

export const GetArticleRequest = z.object({
  type: z.literal('getArticle'),
  id: z.string().min(1).max(200),
});

/** Opens an article in the extension's reader page (a new tab). */
export const OpenArticleRequest = z.object({
  type: z.literal('openArticle'),
  id: z.string().min(1).max(200),
});

/** A content script reports how many mentions its frame holds (for the toolbar badge). */
export const PageMentionCountRequest = z.object({
  type: z.literal('pageMentionCount'),
  count: z.number().int().min(0).max(10_000_000),
  /** True on a frame's first report after it loaded: a new top page resets the tab's count. */
  fresh: z.boolean().default(false),
});

export const PingRequest = z.object({ type: z.literal('ping') });

/**
 * A content script's texts (the blocks of page text it read), to be matched by the background's
 * matcher: the page's main thread never loads one (docs/decisions/0005-match-in-the-background.md).
 */
export const FindMentionsRequest = z
  .object({
    type: z.literal('findMentions'),
    texts: z.array(z.string()).max(MAX_BATCH_TEXTS),
  })
  .refine((request) => request.texts.reduce((sum, text) => sum + text.length, 0) <= MAX_BATCH_UNITS, {
    message: `More than ${MAX_BATCH_UNITS} characters in one request`,
  });

/** Runs a draft of the reader's own article through the corpus pipeline (the preview and edit forms). */
export const PrepareArticleRequest = z.object({
  type: z.literal('prepareArticle'),
  draft: ArticleDraftSchema,
});

export const ToBackground = z.discriminatedUnion('type', [
  RelatedArticlesRequest,
  RelatedToPageRequest,
  SearchCorpusRequest,
  OpenSearchRequest,
  CorpusOverviewRequest,
  DescribeEntitiesRequest,
  GetArticleRequest,
  OpenArticleRequest,
  PageMentionCountRequest,
  PingRequest,
  PrepareArticleRequest,
  FindMentionsRequest,
]);
export type ToBackground = z.infer<typeof ToBackground>;
export type ToBackgroundInput = z.input<typeof ToBackground>;

/** An article as shown in a list: enough for a card row, not the whole body. */
export type ArticleHit = {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
  lang: (typeof ARTICLE_LANGS)[number];
  /** A short passage where the entity or query appears. */
  snippet: string;
  /** [start, end) ranges in `snippet` to emphasise. */
  marks: Array<[number, number]>;
  score: number;
  own: boolean;
};

/** A mention in paragraph `paragraph` of an article: [start, end) in that paragraph. */
export type ParagraphMention = {
  paragraph: number;
  start: number;
  end: number;
  entity: string;
  kind: 'name' | 'adjective';
};

/** An article's metadata: what lists, graphs and timelines need. */
export type ArticleSummary = {
  id: string;
  title: string;
  date: string | null;
  lang: (typeof ARTICLE_LANGS)[number];
  outlet: string | null;
  entities: string[];
  topics: string[];
  story: string;
  own: boolean;
};

export type EntityInfo = {
  id: string;
  type: 'country' | 'person';
  name: string;
  role: string | null;
  /** For an official: the country they serve (ISO id). */
  country?: string;
};

export type ToBackgroundReplies = {
  relatedArticles: { entity: EntityInfo; articles: ArticleHit[]; total: number };
  relatedToPage: { articles: ArticleHit[]; total: number };
  searchCorpus: SearchResult;
  openSearch: { opened: boolean };
  corpusOverview: { articles: ArticleSummary[]; entities: EntityInfo[] };
  describeEntities: { entities: EntityInfo[] };
  getArticle: {
    article: Article | null;
    /** Mentions in each paragraph (offsets into that paragraph), for the reader to mark. */
    mentions: ParagraphMention[];
    entities: EntityInfo[];
    /** Other reports of the same story. */
    alsoReported: ArticleSummary[];
  };
  openArticle: { opened: boolean };
  pageMentionCount: { badge: string };
  ping: { articles: number; version: string };
  findMentions: MentionBatch;
  prepareArticle: {
    /** The article as it would be stored, or null while the draft has issues. */
    article: Article | null;
    issues: DraftIssue[];
    /** The entities it names, in the UI language. */
    entities: EntityInfo[];
    /** Known articles that report the same story. */
    sameStory: ArticleSummary[];
  };
};

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
export type ReplyFor<K extends keyof ToBackgroundReplies> = Reply<ToBackgroundReplies[K]>;
