/**
 * The corpus search request and its result, as schemas and types shared by the background, the
 * popup and the search page. Kept apart from the engine (lib/search-corpus.ts) so that a
 * message schema can import it without pulling the index code into every bundle.
 */
import { z } from 'zod';
import { ARTICLE_LANGS } from './languages';
import type { ArticleHit } from './messages';

/** Longest query text looked at; the rest is ignored (a pasted page is not a query). */
export const MAX_QUERY_LENGTH = 256;
/** Most results one request returns. */
export const MAX_SEARCH_LIMIT = 100;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date, yyyy-mm-dd');
const ids = z.array(z.string().min(1).max(64)).max(300);

/** Filters: OR within one list, AND between lists; `from`/`to` are inclusive ISO dates. */
export const SearchFiltersSchema = z.object({
  countries: ids.optional(),
  officials: ids.optional(),
  langs: z.array(z.enum(ARTICLE_LANGS)).max(ARTICLE_LANGS.length).optional(),
  topics: ids.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

/** One search request; for a message, parse it with this schema (over-long text is cut, not refused). */
export const SearchQuerySchema = z.object({
  text: z
    .string()
    .max(10_000)
    .transform((text) => text.slice(0, MAX_QUERY_LENGTH)),
  filters: SearchFiltersSchema.optional(),
  sort: z.enum(['relevance', 'date']).optional(),
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
  offset: z.number().int().min(0).max(1_000_000).optional(),
  /** Also count the result set per country, official, language and topic. */
  facets: z.boolean().optional(),
});
export type SearchQuery = z.input<typeof SearchQuerySchema>;

/** Counts per value over the whole result set (all pages), for filter menus. */
export type SearchFacets = {
  countries: Record<string, number>;
  officials: Record<string, number>;
  langs: Record<string, number>;
  topics: Record<string, number>;
};

/**
 * A page of results. `total` counts every match; `matched` is 'all' when every query word
 * matched each result, 'some' when no article has them all and the results are those with the
 * most of them (the UI may say so).
 */
export type SearchResult = {
  hits: ArticleHit[];
  total: number;
  matched: 'all' | 'some';
  facets?: SearchFacets;
};
