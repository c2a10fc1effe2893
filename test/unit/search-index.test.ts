import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchCorpus } from '../../lib/search-corpus';
import {
  buildSearchIndex,
  decodeVarints,
  encodeVarints,
  loadSearchIndex,
  openSearchIndex,
  SearchIndexError,
  serializeSearchIndex,
} from '../../lib/search-index';
import { searchIndexJson } from '../../scripts/build-search-index';
import { deps, fixtureArticles, fixtureIndex, realArticles } from './fixtures/search-corpus';

const json = serializeSearchIndex(fixtureIndex);
const QUERIES = ['Zelensky', 'Japna', 'Frankreich Drohnen', 'Japan air defence', 'Умеров', ''];

describe('serializeSearchIndex and loadSearchIndex', () => {
  it('writes the same bytes for the same articles', () => {
    expect(serializeSearchIndex(buildSearchIndex(fixtureArticles, deps))).toBe(json);
  });

  it.each(QUERIES)('a loaded index answers "%s" like the built one', (text) => {
    const loaded = loadSearchIndex(json, fixtureArticles, deps);
    const query = { text, facets: true, limit: 50 };
    expect(searchCorpus(loaded, query)).toEqual(searchCorpus(fixtureIndex, query));
  });

  it('loads from an already parsed value (a bundler JSON import)', () => {
    const loaded = loadSearchIndex(JSON.parse(json), fixtureArticles, deps);
    expect(searchCorpus(loaded, { text: 'Zelensky' }).total).toBe(
      searchCorpus(fixtureIndex, { text: 'Zelensky' }).total,
    );
  });

  const parsed = (): Record<string, unknown> => JSON.parse(json) as Record<string, unknown>;
  it.each<[string, () => unknown]>([
    ['text that is not JSON', () => '{"header":'],
    ['null', () => null],
    [
      'another version',
      () => ({
        ...parsed(),
        header: { ...(parsed().header as object), version: 99 },
      }),
    ],
    [
      'another format',
      () => ({
        ...parsed(),
        header: { ...(parsed().header as object), format: 'lunr' },
      }),
    ],
    ['fewer terms than the header says', () => ({ ...parsed(), terms: [] })],
    ['missing article lengths', () => ({ ...parsed(), lengths: '' })],
    [
      'a date order that is not a permutation',
      () => ({
        ...parsed(),
        byDate: encodeVarints(fixtureArticles.map(() => 0)),
      }),
    ],
    ['a bad character in the lengths', () => ({ ...parsed(), lengths: '!!!' })],
  ])('rejects %s with a SearchIndexError', (_name, make) => {
    expect(() => loadSearchIndex(make(), fixtureArticles, deps)).toThrow(SearchIndexError);
  });

  it('rejects an index built for another corpus, naming both', () => {
    expect(() => loadSearchIndex(json, realArticles, deps)).toThrow(/built for corpus .* not .*rebuild/);
  });

  it('answers, with less, when a postings string is damaged', () => {
    const damaged = parsed();
    damaged.postings = (damaged.postings as string[]).map((p) => `${p.slice(0, 3)}!${p.slice(3)}`);
    const loaded = loadSearchIndex(damaged, fixtureArticles, deps);
    expect(() => searchCorpus(loaded, { text: 'Ukraine drones' })).not.toThrow();
  });
});

describe('openSearchIndex', () => {
  it.each<[string, unknown, boolean]>([
    ['the prebuilt index when it matches', json, true],
    [
      'a new index when the prebuilt one is for other articles',
      serializeSearchIndex(buildSearchIndex(realArticles, deps)),
      false,
    ],
    ['a new index when there is none', undefined, false],
    ['a new index when the file is damaged', '{]', false],
  ])('uses %s', (_name, prebuilt, loaded) => {
    const opened = openSearchIndex(fixtureArticles, deps, prebuilt);
    expect(opened.loaded).toBe(loaded);
    expect(searchCorpus(opened.index, { text: 'Zelensky' }).total).toBeGreaterThan(0);
  });
});

describe('postings encoding', () => {
  it.each([[[0]], [[31, 32, 33]], [[1023, 1024, 65_535, 1_000_000]], [[2 ** 40]], [[]]])('round-trips %j', (values) => {
    expect(decodeVarints(encodeVarints(values))).toEqual(values);
  });

  it('writes only JSON-safe characters', () => {
    expect(encodeVarints([0, 5, 31, 32, 99_999, 2 ** 33])).toMatch(/^[0-9A-Za-z_-]+$/);
  });
});

describe('data/search-index.json', () => {
  it('is what npm run search-index builds from data/corpus.json, byte for byte', () => {
    const committed = readFileSync(new URL('../../data/search-index.json', import.meta.url), 'utf8');
    expect(committed, 'data/search-index.json is stale: run npx tsx scripts/build-search-index.ts').toBe(
      searchIndexJson(),
    );
  });

  it('loads for the bundled corpus', () => {
    const committed = readFileSync(new URL('../../data/search-index.json', import.meta.url), 'utf8');
    expect(openSearchIndex(realArticles, deps, committed).loaded).toBe(true);
  });
});
