import { ARTICLE_LANGS, type ArticleLang } from './languages';
import { MAX_QUERY_LENGTH, type SearchQuery } from './search-query';

/** The search page's state: what its URL carries, so a search can be bookmarked and shared. */
export type SearchPageState = {
  text: string;
  countries: string[];
  officials: string[];
  langs: ArticleLang[];
  topics: string[];
  from: string;
  to: string;
  sort: 'relevance' | 'date';
};

export const EMPTY_SEARCH: SearchPageState = {
  text: '',
  countries: [],
  officials: [],
  langs: [],
  topics: [],
  from: '',
  to: '',
  sort: 'relevance',
};

const ID = /^[A-Za-z0-9-]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the state from a query string (`?q=…&country=JP&lang=uk&sort=date`); bad values are dropped. */
export function searchStateFromUrl(search: string): SearchPageState {
  const params = new URLSearchParams(search);
  const list = (name: string) =>
    params
      .getAll(name)
      .filter((v) => ID.test(v))
      .slice(0, 50);
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    text: (params.get('q') ?? '').slice(0, 256),
    countries: list('country'),
    officials: list('official'),
    langs: params.getAll('lang').filter((l): l is ArticleLang => (ARTICLE_LANGS as readonly string[]).includes(l)),
    topics: list('topic'),
    from: date('from'),
    to: date('to'),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** The query string for a state; empty fields are left out. */
export function searchStateToUrl(state: SearchPageState): string {
  const params = new URLSearchParams();
  if (state.text) params.set('q', state.text);
  for (const id of state.countries) params.append('country', id);
  for (const id of state.officials) params.append('official', id);
  for (const lang of state.langs) params.append('lang', lang);
  for (const id of state.topics) params.append('topic', id);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The search request for a state. */
export function searchQueryFor(state: SearchPageState, limit: number): SearchQuery {
  const filters: NonNullable<SearchQuery['filters']> = {};
  if (state.countries.length) filters.countries = state.countries;
  if (state.officials.length) filters.officials = state.officials;
  if (state.langs.length) filters.langs = state.langs;
  if (state.topics.length) filters.topics = state.topics;
  if (state.from) filters.from = state.from;
  if (state.to) filters.to = state.to;
  return { text: state.text, filters, sort: state.sort, limit, facets: true };
}

/** The query for "Search Entente for '<selection>'": the selected text on one line, cut to the query limit. */
export function selectionQuery(selection: string | undefined): string {
  return (selection ?? '').replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}
