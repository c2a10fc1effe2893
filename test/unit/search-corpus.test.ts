import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article-schema';
import type { ArticleHit } from '../../lib/messages';
import { searchArticleIds, searchCorpus, searchFacets } from '../../lib/search-corpus';
import type { SearchQuery } from '../../lib/search-query';
import { buildSearchIndex } from '../../lib/search-index';
import { foldTerm } from '../../lib/search-text';
import { deps, fixtureArticles, fixtureIndex as index, realArticles } from './fixtures/search-corpus';

const byId = new Map(fixtureArticles.map((a) => [a.id, a]));
const article = (id: string): Article => byId.get(id)!;
const mentions = (id: string, entity: string): boolean => article(id).entities.some((e) => e.id === entity);
const idsOf = (query: SearchQuery): string[] => searchArticleIds(index, query);
const withEntity = (entity: string): string[] =>
  fixtureArticles.filter((a) => a.entities.some((e) => e.id === entity)).map((a) => a.id);

const CYRILLIC_ZELENSKY = ['000-8bba2edc8e1745ed', '001-6f2763f55a762b96', '002-300b90e8cb3f63fb'];

describe('searchCorpus across scripts', () => {
  it.each([
    ['Zelensky', CYRILLIC_ZELENSKY],
    ['zelensky', CYRILLIC_ZELENSKY],
    ['Зеленский', ['de-france-drones', '004-6ee7ff44fdd4346d', 'en-own-note']],
    ['Зеленського', ['de-france-drones', ...CYRILLIC_ZELENSKY]],
    ['Umerov', ['003-de3edfbf80cf0686', 'uk-poland-drones']],
    ['Литва', ['en-lithuania-ammunition']],
    ['Norway', ['ru-norway-sea']],
    ['Poland drones', ['uk-poland-drones']],
  ])('"%s" finds articles written in the other script', (text, expected) => {
    expect(idsOf({ text })).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Zele', CYRILLIC_ZELENSKY],
    ['Зелен', ['de-france-drones', 'en-own-note']],
  ])('a name half typed ("%s") already reaches the other script', (text, expected) => {
    expect(idsOf({ text })).toEqual(expect.arrayContaining(expected));
  });
});

describe('searchCorpus forgives typos', () => {
  it.each([
    ['Zelenksy', 'zelensky'],
    ['Zelenskiy', 'zelensky'],
    ['Japna', 'JP'],
    ['Умеров', 'umerov'],
    ['Lithunia', 'LT'],
    ['Frankrich', 'FR'],
  ])('"%s" finds exactly the articles that mention %s', (text, entity) => {
    expect(idsOf({ text }).sort()).toEqual(withEntity(entity).sort());
  });
});

describe('searchCorpus with several words', () => {
  it('ranks the German France article first for "Frankreich Drohnen"', () => {
    const { hits, matched } = searchCorpus(index, {
      text: 'Frankreich Drohnen',
    });
    expect(matched).toBe('all');
    expect(hits[0]?.id).toBe('de-france-drones');
    for (const hit of hits) expect(mentions(hit.id, 'FR')).toBe(true);
  });

  it('ranks the real German France article first in the real corpus alone', () => {
    const real = buildSearchIndex(realArticles, deps);
    expect(searchCorpus(real, { text: 'Frankreich Drohnen' }).hits[0]?.id).toBe('004-6ee7ff44fdd4346d');
  });

  it('finds Japan articles about air defence for "Japan air defence", the English one first', () => {
    const { hits } = searchCorpus(index, { text: 'Japan air defence' });
    expect(hits[0]?.id).toBe('en-japan-air-defence');
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      expect(mentions(hit.id, 'JP')).toBe(true);
      expect(article(hit.id).topics).toContain('air-defence');
    }
  });

  it.each([
    ['Japan', 'Japan air defence'],
    ['Lithuania', 'Lithuania ammunition'],
  ])('every extra word narrows the result ("%s" ⊇ "%s")', (broad, narrow) => {
    const broader = new Set(idsOf({ text: broad }));
    const narrower = idsOf({ text: narrow });
    expect(narrower.length).toBeGreaterThan(0);
    for (const id of narrower) expect(broader.has(id)).toBe(true);
  });

  it('falls back to the articles with most of the words when none has them all', () => {
    const { hits, total, matched } = searchCorpus(index, {
      text: 'Norwegen Takaichi',
    });
    expect(matched).toBe('some');
    expect(total).toBeGreaterThan(0);
    expect(hits.map((h) => h.id)).toContain('ru-norway-sea');
  });

  it('ignores function words between the words that matter', () => {
    expect(idsOf({ text: 'drones for the Poland' })).toEqual(idsOf({ text: 'drones Poland' }));
  });
});

describe('searchCorpus filters', () => {
  const every = (query: SearchQuery, test: (a: Article) => boolean): void => {
    const ids = idsOf(query);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(test(article(id)), id).toBe(true);
  };

  it.each<[string, SearchQuery, (a: Article) => boolean]>([
    ['country', { text: '', filters: { countries: ['LT'] } }, (a) => a.entities.some((e) => e.id === 'LT')],
    [
      'countries (either)',
      { text: '', filters: { countries: ['LT', 'NO'] } },
      (a) => a.entities.some((e) => e.id === 'LT' || e.id === 'NO'),
    ],
    ['official', { text: '', filters: { officials: ['umerov'] } }, (a) => a.entities.some((e) => e.id === 'umerov')],
    ['language', { text: 'Zelensky', filters: { langs: ['de'] } }, (a) => a.lang === 'de'],
    ['topic', { text: 'Ukraine', filters: { topics: ['drones'] } }, (a) => a.topics.includes('drones')],
    [
      'date range',
      { text: '', filters: { from: '2025-01-01', to: '2025-06-30' } },
      (a) => (a.date ?? '') >= '2025-01-01' && (a.date ?? '') <= '2025-06-30~',
    ],
    [
      'country and language',
      { text: '', filters: { countries: ['JP'], langs: ['ru'] } },
      (a) => a.lang === 'ru' && a.entities.some((e) => e.id === 'JP'),
    ],
  ])('keeps only articles that pass the %s filter', (_name, query, test) => {
    every(query, test);
  });

  it('counts exactly the articles that pass a filter', () => {
    const expected = fixtureArticles.filter((a) => a.lang === 'uk').length;
    expect(searchCorpus(index, { text: '', filters: { langs: ['uk'] } }).total).toBe(expected);
  });

  it('excludes undated articles from a date range', () => {
    expect(idsOf({ text: '', filters: { from: '2000-01-01' } })).not.toContain('ru-norway-sea');
  });

  it('returns nothing for an unknown country instead of throwing', () => {
    expect(searchCorpus(index, { text: '', filters: { countries: ['ZZ'] } }).total).toBe(0);
  });
});

describe('searchCorpus order, counts and pages', () => {
  const dates = (hits: ArticleHit[]): string[] => hits.map((h) => h.date ?? '');
  const isNewestFirst = (values: string[]): boolean => {
    const dated = values.filter(Boolean);
    const firstUndated = values.indexOf('');
    return (
      dated.every((d, i) => i === 0 || d <= dated[i - 1]!) &&
      (firstUndated === -1 || values.slice(firstUndated).every((d) => d === ''))
    );
  };

  it.each([['Ukraine'], ['Zelensky'], ['drones']])('sorts "%s" by date, newest first and undated last', (text) => {
    const { hits } = searchCorpus(index, { text, sort: 'date', limit: 50 });
    expect(hits.length).toBeGreaterThan(1);
    expect(isNewestFirst(dates(hits))).toBe(true);
  });

  it('lists every article for an empty query, newest first', () => {
    const { hits, total } = searchCorpus(index, { text: '', limit: 100 });
    expect(total).toBe(fixtureArticles.length);
    expect(isNewestFirst(dates(hits))).toBe(true);
  });

  it.each([[''], ['   '], ['!!! ???']])('treats %j as an empty query: filters only, sorted by date', (text) => {
    const { hits, total } = searchCorpus(index, {
      text,
      filters: { langs: ['ru'] },
    });
    expect(total).toBe(fixtureArticles.filter((a) => a.lang === 'ru').length);
    expect(isNewestFirst(dates(hits))).toBe(true);
  });

  it('reports the total beyond the page and pages without gaps or repeats', () => {
    const all = idsOf({ text: 'Ukraine' });
    const first = searchCorpus(index, { text: 'Ukraine', limit: 3 });
    const second = searchCorpus(index, {
      text: 'Ukraine',
      limit: 3,
      offset: 3,
    });
    expect(first.total).toBe(all.length);
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(all.slice(0, 6));
  });

  it('scores by relevance, best first', () => {
    const { hits } = searchCorpus(index, { text: 'Zelensky' });
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
  });

  it('fills every field of a hit from the article', () => {
    const hit = searchCorpus(index, { text: 'grain corridor' }).hits[0];
    expect(hit).toMatchObject({
      id: 'en-own-note',
      title: article('en-own-note').title,
      outlet: 'Test Outlet',
      date: '2022-06-01',
      lang: 'en',
      own: true,
    });
  });
});

describe('searchCorpus snippets', () => {
  const markedWords = (hit: ArticleHit): string[] => hit.marks.map(([start, end]) => hit.snippet.slice(start, end));

  it.each([
    ['Drohnen', 'de-france-drones', ['Drohnen']],
    ['Zelensky', '000-8bba2edc8e1745ed', ['Зеленський']],
    ['Зеленский', 'de-france-drones', ['Selenskyj']],
    ['Japan air defence', 'en-japan-air-defence', ['Japan', 'air defence']],
    ['Umerov', 'uk-poland-drones', ['Рустем Умєров']],
  ])('marks the matched words of "%s" in %s', (text, id, expected) => {
    const hit = searchCorpus(index, { text, limit: 50 }).hits.find((h) => h.id === id);
    expect(hit, `${id} in the results`).toBeDefined();
    expect(markedWords(hit!)).toEqual(expect.arrayContaining(expected));
  });

  it('marks only whole ranges inside the snippet, in order, without overlap', () => {
    for (const text of ['Zelensky', 'Japan air defence', 'Frankreich Drohnen', 'drones']) {
      for (const hit of searchCorpus(index, { text, limit: 50 }).hits) {
        let last = 0;
        for (const [start, end] of hit.marks) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(hit.snippet.length);
          last = end;
        }
      }
    }
  });

  it('takes the snippet from the body, where the words are', () => {
    const hit = searchCorpus(index, { text: 'interceptor radars' }).hits[0];
    expect(hit?.snippet).toContain('interceptor');
    expect(markedWords(hit!).map(foldTerm)).toEqual(expect.arrayContaining(['radars', 'interceptor']));
  });
});

describe('searchCorpus facets', () => {
  it('counts languages, countries, officials and topics over the whole result set', () => {
    const { total, facets } = searchCorpus(index, {
      text: 'Zelensky',
      limit: 1,
      facets: true,
    });
    expect(facets).toBeDefined();
    expect(Object.values(facets!.langs).reduce((a, b) => a + b, 0)).toBe(total);
    expect(facets!.officials.zelensky).toBe(total);
    expect(facets!.countries.UA).toBeGreaterThan(0);
    expect(searchFacets(index, { text: 'Zelensky' })).toEqual(facets);
  });
});

describe('searchCorpus on hostile input', () => {
  const lone = '\ud800 Zelensky \udfff\ud83d';
  it.each([
    ['a very long query', 'Zelensky drones '.repeat(2_000)],
    ['regex metacharacters', '.*+?^${}()|[]\\ (Japan'],
    ['lone surrogates', lone],
    ['control characters', '\u0000\u0007Japan\u200b\u202e'],
    ['emoji and combining marks', '🇺🇦 Japan̈ 🙂'],
    ['prototype names', '__proto__ constructor toString hasOwnProperty'],
    ['digits only', '2025 155 0'],
    ['a thousand words', Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ')],
    ['one letter', 'Z'],
  ])('never throws on %s', (_name, text) => {
    const result = searchCorpus(index, { text, facets: true, sort: 'date' });
    expect(Array.isArray(result.hits)).toBe(true);
    expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
  });

  it('still finds the name inside a hostile query', () => {
    expect(idsOf({ text: lone })).toEqual(expect.arrayContaining(CYRILLIC_ZELENSKY));
  });

  it('clamps a silly limit and offset', () => {
    expect(searchCorpus(index, { text: '', limit: 1e9, offset: -5 }).hits.length).toBeLessThanOrEqual(100);
    expect(searchCorpus(index, { text: '', limit: 0 }).hits.length).toBe(1);
  });
});
