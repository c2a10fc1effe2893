import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, searchQueryFor, searchStateFromUrl, searchStateToUrl } from '../../lib/search-url';

describe('search page URL', () => {
  it('round-trips a full state', () => {
    const state = {
      ...EMPTY_SEARCH,
      text: 'Japan air defence',
      countries: ['JP'],
      officials: ['zelensky'],
      langs: ['uk' as const],
      topics: ['drones'],
      from: '2025-01-01',
      to: '2025-12-31',
      sort: 'date' as const,
    };
    const url = searchStateToUrl(state);
    expect(url).toBe(
      '?q=Japan+air+defence&country=JP&official=zelensky&lang=uk&topic=drones&from=2025-01-01&to=2025-12-31&sort=date',
    );
    expect(searchStateFromUrl(url)).toEqual(state);
  });

  it('writes nothing for the empty state', () => {
    expect(searchStateToUrl(EMPTY_SEARCH)).toBe('');
    expect(searchStateFromUrl('')).toEqual(EMPTY_SEARCH);
  });

  it.each([
    ['?lang=xx&lang=de', { langs: ['de'] }],
    ['?country=<script>&country=FR', { countries: ['FR'] }],
    ['?from=yesterday&to=2025-02-30x', { from: '', to: '' }],
    ['?sort=random', { sort: 'relevance' }],
    [`?q=${'a'.repeat(400)}`, { text: 'a'.repeat(256) }],
  ])('drops what is not valid in %s', (url, expected) => {
    expect(searchStateFromUrl(url)).toMatchObject(expected);
  });

  it('turns a state into a search request with only the filters set', () => {
    expect(searchQueryFor({ ...EMPTY_SEARCH, text: 'Umerov', langs: ['de'] }, 20)).toEqual({
      text: 'Umerov',
      filters: { langs: ['de'] },
      sort: 'relevance',
      limit: 20,
      facets: true,
    });
  });
});
