import { describe, expect, it, vi } from 'vitest';
import { asPageRequest, badgeText, createMessageHandler, createPageHandler } from '../../lib/handle-message';
import type { Entity } from '../../lib/gazetteer-schema';
import { article, fakeFindMentions } from './fixtures/articles';

const names = (en: string) => ({ en, uk: en, ru: en, de: en, fr: en, pl: en, ja: en });
const entities: Entity[] = [
  {
    id: 'JP',
    type: 'country',
    names: { ...names('Japan'), de: 'Japan', uk: 'Японія' },
    aliases: ['Japan'],
    adjectives: [],
  },
  {
    id: 'umerov',
    type: 'person',
    names: names('Rustem Umerov'),
    role: names('Minister of Defence of Ukraine'),
    country: 'UA',
    aliases: ['Umerov'],
    adjectives: [],
  },
];
const articles = [
  article({
    id: 'jp',
    title: 'Japan talks',
    paragraphs: ['Japan and drones.'],
    entities: [{ id: 'JP', count: 2, first: 0 }],
  }),
];

function handler(
  openArticle = vi.fn(() => Promise.resolve()),
  setBadge = vi.fn(() => Promise.resolve()),
  openSearch = vi.fn((_query: string) => Promise.resolve()),
) {
  return createMessageHandler({
    openSearch,
    setBadge,
    articles,
    entities,
    findMentions: fakeFindMentions({ Japan: 'JP' }),
    topicsOf: () => [],
    search: (query) => ({ hits: [], total: query.text?.length ?? 0, matched: 'all' }),
    uiLang: 'uk',
    version: '1.2.3',
    openArticle,
  });
}

describe('createMessageHandler', () => {
  it.each([
    ['not an object', 'hello'],
    ['no type', { entity: 'JP' }],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a wrong field type', { type: 'relatedArticles', entity: 42 }],
    ['an oversized context', { type: 'relatedArticles', entity: 'JP', context: 'x'.repeat(5000) }],
  ])('answers %s with a typed error', async (_name, message) => {
    const reply = await handler()(message);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^Not a message Entente understands/);
  });

  it('matches a batch of page texts and answers in the compact batch form', async () => {
    const reply = await handler()({ type: 'findMentions', texts: ['Japan and Japan', '', 'no names'] });
    expect(reply).toEqual({
      ok: true,
      value: { entities: ['JP'], types: 'c', found: [[0, 5, 0, 10, 15, 0], [], []] },
    });
  });

  it('answers page messages without the corpus, and takes nothing else for one', async () => {
    const setBadge = vi.fn((_tabId: number, _text: string) => Promise.resolve());
    const page = createPageHandler({
      findMentions: fakeFindMentions({ Japan: 'JP', Umerov: 'umerov' }),
      typeOf: (id) => (id === 'umerov' ? 'person' : 'country'),
      setBadge,
    });
    const match = asPageRequest({ type: 'findMentions', texts: ['Umerov in Japan'] });
    expect(await page(match!)).toEqual({
      ok: true,
      value: { entities: ['umerov', 'JP'], types: 'pc', found: [[0, 6, 0, 10, 15, 2]] },
    });
    const count = asPageRequest({ type: 'pageMentionCount', count: 12, fresh: true });
    expect(await page(count!, { tabId: 4, frameId: 0 })).toEqual({ ok: true, value: { badge: '12' } });
    expect(setBadge).toHaveBeenCalledWith(4, '12');
    for (const message of [
      null,
      'x',
      { type: 'findMentions' },
      { type: 'findMentions', texts: [1] },
      { type: 'ping' },
    ]) {
      expect(asPageRequest(message)).toBeNull();
    }
  });

  it('refuses a batch of page texts that is too big, with a typed error', async () => {
    const reply = await handler()({ type: 'findMentions', texts: Array.from({ length: 5001 }, () => 'x') });
    expect(reply.ok).toBe(false);
  });

  it('answers a ping with the corpus size and version', async () => {
    expect(await handler()({ type: 'ping' })).toEqual({ ok: true, value: { articles: 1, version: '1.2.3' } });
  });

  it('names the entity in the UI language with its role', async () => {
    const reply = await handler()({ type: 'relatedArticles', entity: 'umerov' });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        entity: { name: 'Rustem Umerov', role: 'Minister of Defence of Ukraine', type: 'person' },
        articles: [],
        total: 0,
      },
    });
    const japan = await handler()({ type: 'relatedArticles', entity: 'JP' });
    expect(japan).toMatchObject({ ok: true, value: { entity: { name: 'Японія', role: null }, total: 1 } });
  });

  it('describes entities in the UI language and skips unknown ids', async () => {
    expect(await handler()({ type: 'describeEntities', ids: ['JP', 'nobody', 'umerov'] })).toEqual({
      ok: true,
      value: {
        entities: [
          { id: 'JP', type: 'country', name: 'Японія', role: null },
          {
            id: 'umerov',
            type: 'person',
            name: 'Rustem Umerov',
            role: 'Minister of Defence of Ukraine',
            country: 'UA',
          },
        ],
      },
    });
  });

  it('ranks articles against a page as a whole', async () => {
    const reply = await handler()({ type: 'relatedToPage', entities: [{ id: 'JP', count: 3 }], text: 'Japan' });
    expect(reply).toMatchObject({ ok: true, value: { total: 1, articles: [{ id: 'jp' }] } });
  });

  it('passes a checked search query to the search engine, cutting an over-long text', async () => {
    const reply = await handler()({ type: 'searchCorpus', query: { text: 'x'.repeat(1000) } });
    expect(reply).toEqual({ ok: true, value: { hits: [], total: 256, matched: 'all' } });
    expect((await handler()({ type: 'searchCorpus', query: { text: 'a', sort: 'random' } })).ok).toBe(false);
  });

  it('summarises the corpus without bodies, with the entities it names', async () => {
    const reply = await handler()({ type: 'corpusOverview' });
    expect(reply).toEqual({
      ok: true,
      value: {
        articles: [
          {
            id: 'jp',
            title: 'Japan talks',
            date: '2025-11-05',
            lang: 'en',
            outlet: 'Test Outlet',
            entities: ['JP'],
            topics: [],
            story: 'jp',
            own: false,
          },
        ],
        entities: [{ id: 'JP', type: 'country', name: 'Японія', role: null }],
      },
    });
  });

  it.each([
    [{ entity: 'JP' }, '?country=JP&sort=date'],
    [{ entity: 'umerov' }, '?official=umerov&sort=date'],
    [{ text: 'Drohnen' }, '?q=Drohnen'],
  ])('opens the search page for %j at %s', async (request, url) => {
    const openSearch = vi.fn((_query: string) => Promise.resolve());
    expect(await handler(undefined, undefined, openSearch)({ type: 'openSearch', ...request })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(openSearch).toHaveBeenCalledWith(url);
  });

  it('rejects an unknown entity id', async () => {
    expect(await handler()({ type: 'relatedArticles', entity: 'nobody' })).toEqual({
      ok: false,
      error: 'Unknown entity "nobody"',
    });
  });

  it('opens only articles that exist', async () => {
    const open = vi.fn(() => Promise.resolve());
    expect(await handler(open)({ type: 'openArticle', id: 'jp' })).toEqual({ ok: true, value: { opened: true } });
    expect(open).toHaveBeenCalledWith('jp');
    expect((await handler(open)({ type: 'openArticle', id: 'nope' })).ok).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it("sums the mention counts of a tab's frames on its badge, and starts over on a new page", async () => {
    const setBadge = vi.fn(() => Promise.resolve());
    const handle = handler(undefined, setBadge);
    await handle({ type: 'pageMentionCount', count: 12, fresh: true }, { tabId: 7, frameId: 0 });
    await handle({ type: 'pageMentionCount', count: 3, fresh: true }, { tabId: 7, frameId: 4 });
    await handle({ type: 'pageMentionCount', count: 15 }, { tabId: 7, frameId: 0 });
    expect(setBadge).toHaveBeenLastCalledWith(7, '18');
    await handle({ type: 'pageMentionCount', count: 2, fresh: true }, { tabId: 7, frameId: 0 });
    expect(setBadge).toHaveBeenLastCalledWith(7, '2');
    await handle({ type: 'pageMentionCount', count: 0, fresh: true }, { tabId: 9, frameId: 0 });
    expect(setBadge).toHaveBeenLastCalledWith(9, '');
  });

  it('takes mention counts only from pages', async () => {
    expect((await handler()({ type: 'pageMentionCount', count: 1 })).ok).toBe(false);
  });

  it.each([
    [0, ''],
    [7, '7'],
    [999, '999'],
    [1000, '1k+'],
    [25_400, '25k+'],
  ])('writes the badge for %i mentions as "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });

  it('returns an article by id with its mentions per paragraph, or null', async () => {
    expect(await handler()({ type: 'getArticle', id: 'jp' })).toMatchObject({
      ok: true,
      value: {
        article: { id: 'jp' },
        mentions: [{ paragraph: 0, start: 0, end: 5, entity: 'JP', kind: 'name' }],
        entities: [{ id: 'JP', name: 'Японія' }],
        alsoReported: [],
      },
    });
    expect(await handler()({ type: 'getArticle', id: 'zz' })).toEqual({
      ok: true,
      value: { article: null, mentions: [], entities: [], alsoReported: [] },
    });
  });
});
