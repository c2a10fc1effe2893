import { describe, expect, it } from 'vitest';
import { createArticleRanker } from '../../lib/rank-articles';
import { article, fakeFindMentions } from './fixtures/articles';

const findMentions = fakeFindMentions({ Japan: 'JP', Zelensky: 'zelensky', Lithuania: 'LT' });
const topicsOf = (text: string) => (/drone/i.test(text) ? ['drones'] : /energ/i.test(text) ? ['energy'] : []);
const articles = [
  article({
    id: 'jp-drones',
    title: 'Japan and Ukraine discuss drones',
    paragraphs: ['Zelensky offered Japan joint production of interceptor drones.'],
    entities: [
      { id: 'JP', count: 2, first: 0 },
      { id: 'zelensky', count: 1, first: 33 },
    ],
    topics: ['drones'],
  }),
  article({
    id: 'jp-energy',
    title: 'Japan helps with energy equipment',
    paragraphs: ['Japan will send transformers for the winter. Zelensky thanked Tokyo.'],
    entities: [
      { id: 'JP', count: 2, first: 0 },
      { id: 'zelensky', count: 1, first: 80 },
    ],
    topics: ['energy'],
  }),
  article({
    id: 'lt-armour',
    title: 'Lithuania finances armour',
    paragraphs: ['Lithuania pays for armour and ammunition, Zelensky said.'],
    entities: [
      { id: 'LT', count: 2, first: 0 },
      { id: 'zelensky', count: 1, first: 70 },
    ],
    topics: ['armour'],
  }),
];
const ranker = createArticleRanker(articles, { findMentions, topicsOf });

describe('createArticleRanker', () => {
  it('returns only articles that mention the entity', () => {
    const { hits, total } = ranker.related({ entity: 'LT', context: '', pageEntities: [], limit: 5 });
    expect(hits.map((h) => h.id)).toEqual(['lt-armour']);
    expect(total).toBe(1);
  });

  it('ranks the article that matches the words around the mention first', () => {
    const drones = ranker.related({
      entity: 'JP',
      context: 'Japan will build drones with Kyiv',
      pageEntities: [],
      limit: 5,
    });
    expect(drones.hits[0]?.id).toBe('jp-drones');
    const energy = ranker.related({
      entity: 'JP',
      context: 'Japan sends energy equipment',
      pageEntities: [],
      limit: 5,
    });
    expect(energy.hits[0]?.id).toBe('jp-energy');
  });

  it.each([
    [['drones'], 'jp-drones'],
    [['energy'], 'jp-energy'],
  ])('ranks by the topics of the sentence, whatever its language (%s)', (topics, first) => {
    const byTopic = createArticleRanker(articles, { findMentions, topicsOf: () => topics });
    const { hits } = byTopic.related({ entity: 'JP', context: 'Японія допоможе Україні', pageEntities: [], limit: 5 });
    expect(hits[0]?.id).toBe(first);
  });

  it.each([
    ['Zelensky thanked Lithuania', 'lt-armour'],
    ['Zelensky thanked Japan', 'jp-drones'],
  ])('boosts articles that share the entities of the sentence: "%s"', (context, first) => {
    const { hits } = ranker.related({ entity: 'zelensky', context, pageEntities: [], limit: 5 });
    expect(hits[0]?.id).toBe(first);
    expect(hits).toHaveLength(3);
  });

  it('boosts articles that share the entities of the page', () => {
    const { hits } = ranker.related({
      entity: 'zelensky',
      context: 'Zelensky spoke.',
      pageEntities: ['zelensky', 'LT'],
      limit: 5,
    });
    expect(hits[0]?.id).toBe('lt-armour');
  });

  it('forgives a typo in the context words', () => {
    const { hits } = ranker.related({ entity: 'JP', context: 'Japan and the enrgy grid', pageEntities: [], limit: 5 });
    expect(hits[0]?.id).toBe('jp-energy');
  });

  it('marks the entity in each snippet', () => {
    const { hits } = ranker.related({ entity: 'JP', context: '', pageEntities: [], limit: 5 });
    for (const hit of hits) {
      expect(hit.marks.length).toBeGreaterThan(0);
      for (const [start, end] of hit.marks) expect(hit.snippet.slice(start, end)).toBe('Japan');
    }
  });

  it('cuts the list at the limit and reports the total', () => {
    const { hits, total } = ranker.related({ entity: 'JP', context: '', pageEntities: [], limit: 1 });
    expect(hits).toHaveLength(1);
    expect(total).toBe(2);
  });

  it('returns nothing for an entity no article mentions', () => {
    expect(ranker.related({ entity: 'PE', context: 'Peru', pageEntities: [], limit: 3 })).toEqual({
      hits: [],
      total: 0,
    });
  });
});

describe('relatedToPage', () => {
  const withUkraine = articles.map((a) => ({ ...a, entities: [...a.entities, { id: 'UA', count: 5, first: 0 }] }));
  const pageRanker = createArticleRanker(withUkraine, { findMentions, topicsOf });

  it("puts the article about the page's rarer entity first, whatever Ukraine says", () => {
    const { hits } = pageRanker.relatedToPage({
      entities: [
        { id: 'UA', count: 20 },
        { id: 'LT', count: 3 },
      ],
      text: '',
      limit: 3,
    });
    expect(hits[0]?.id).toBe('lt-armour');
  });

  it("breaks ties between articles on the same entity by the page's topics", () => {
    const page = { entities: [{ id: 'JP', count: 4 }], limit: 3 };
    expect(pageRanker.relatedToPage({ ...page, text: 'energy for the winter' }).hits[0]?.id).toBe('jp-energy');
    expect(pageRanker.relatedToPage({ ...page, text: 'interceptor drones' }).hits[0]?.id).toBe('jp-drones');
  });

  it('finds nothing for a page without known entities', () => {
    expect(pageRanker.relatedToPage({ entities: [{ id: 'PE', count: 2 }], text: 'Peru', limit: 3 })).toEqual({
      hits: [],
      total: 0,
    });
  });
});
