import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type MessageHandler } from '../../lib/handle-message';
import { isOwnSender } from '../../lib/message-sender';
import type { Entity } from '../../lib/gazetteer-schema';
import { article, fakeFindMentions } from './fixtures/articles';

const names = (en: string) => ({ en, uk: en, ru: en, de: en, fr: en, pl: en, ja: en });
const entities: Entity[] = [{ id: 'JP', type: 'country', names: names('Japan'), aliases: ['Japan'], adjectives: [] }];
const PAYLOAD = '<img src=x onerror="alert(1)"><script>alert(2)</script>javascript:alert(3) &lt;&amp; "\'';

function setup() {
  const effects = {
    openArticle: vi.fn((_id: string) => Promise.resolve()),
    openSearch: vi.fn((_query: string) => Promise.resolve()),
    setBadge: vi.fn((_tab: number, _text: string) => Promise.resolve()),
  };
  const handle: MessageHandler = createMessageHandler({
    ...effects,
    articles: [article({ id: 'jp', title: 'Japan talks', entities: [{ id: 'JP', count: 1, first: 0 }] })],
    entities,
    findMentions: fakeFindMentions({ Japan: 'JP' }),
    topicsOf: () => [],
    search: () => ({ hits: [], total: 0, matched: 'all' }),
    uiLang: 'en',
    version: '1.0.0',
  });
  return { handle, effects };
}

const TYPES = [
  'ping',
  'relatedArticles',
  'relatedToPage',
  'searchCorpus',
  'openSearch',
  'corpusOverview',
  'describeEntities',
  'getArticle',
  'openArticle',
  'pageMentionCount',
];

describe('the background message handler under malformed and hostile input', () => {
  it('answers any value at all with a reply, never a throw', async () => {
    const { handle } = setup();
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }),
        async (value) => {
          const reply = await handle(value, { tabId: 1, frameId: 0 });
          expect(typeof reply.ok).toBe('boolean');
          if (!reply.ok) expect(typeof reply.error).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers a known type with wrong or missing fields with a typed error, and opens no article', async () => {
    const { handle, effects } = setup();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES.filter((t) => t !== 'ping' && t !== 'corpusOverview')),
        fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.object()), fc.boolean())),
        async (type, fields) => {
          const reply = await handle({ ...fields, type }, { tabId: 1, frameId: 0 });
          expect(typeof reply.ok).toBe('boolean');
          if (!reply.ok) expect(reply.error).toMatch(/\S/);
        },
      ),
      { numRuns: 300 },
    );
    // An id is a string: none of these fields can make one (openSearch has defaults for all).
    expect(effects.openArticle).not.toHaveBeenCalled();
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an array', [{ type: 'ping' }]],
    ['a type that is not a string', { type: { toString: (): string => 'ping' } }],
    ['a type with trailing space', { type: 'ping ' }],
    ['an oversized id', { type: 'openArticle', id: 'x'.repeat(10_000) }],
    ['too many ids', { type: 'describeEntities', ids: Array.from({ length: 501 }, (_, i) => `e${i}`) }],
    ['a negative count', { type: 'pageMentionCount', count: -1 }],
    ['a fractional limit', { type: 'relatedArticles', entity: 'JP', limit: 2.5 }],
  ] as Array<[string, unknown]>)('answers %s with a typed error', async (_name, message) => {
    const { handle } = setup();
    const reply = await handle(message, { tabId: 1, frameId: 0 });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^Not a message Entente understands/);
  });

  it('is not polluted by a __proto__ key', async () => {
    const { handle } = setup();
    const message = JSON.parse('{"type":"ping","__proto__":{"polluted":true}}') as unknown;
    expect(await handle(message)).toMatchObject({ ok: true });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('never opens a payload as an article, and answers with the payload only inside a string', async () => {
    const { handle, effects } = setup();
    expect(await handle({ type: 'openArticle', id: PAYLOAD })).toEqual({ ok: false, error: `No article "${PAYLOAD}"` });
    expect(await handle({ type: 'openArticle', id: 'javascript:alert(1)' })).toMatchObject({ ok: false });
    expect(effects.openArticle).not.toHaveBeenCalled();
    expect(await handle({ type: 'getArticle', id: PAYLOAD })).toMatchObject({ ok: true, value: { article: null } });
    expect(await handle({ type: 'relatedArticles', entity: PAYLOAD.slice(0, 64) })).toMatchObject({ ok: false });
  });

  it('opens the search page with a payload only as an encoded query parameter', async () => {
    const { handle, effects } = setup();
    expect(await handle({ type: 'openSearch', text: PAYLOAD })).toEqual({ ok: true, value: { opened: true } });
    const query = effects.openSearch.mock.calls[0]![0];
    expect(query).toMatch(/^\?q=[A-Za-z0-9%+*._-]+$/);
    expect(new URLSearchParams(query).get('q')).toBe(PAYLOAD);
    expect(await handle({ type: 'openSearch', text: '', entity: PAYLOAD.slice(0, 64) })).toMatchObject({ ok: false });
    expect(effects.openSearch).toHaveBeenCalledTimes(1);
  });

  it('takes badge counts only from a tab', async () => {
    const { handle, effects } = setup();
    expect(await handle({ type: 'pageMentionCount', count: 3 })).toMatchObject({ ok: false });
    expect(await handle({ type: 'pageMentionCount', count: 3 }, {})).toMatchObject({ ok: false });
    expect(effects.setBadge).not.toHaveBeenCalled();
  });
});

describe('isOwnSender', () => {
  const own = 'abcdefghijklmnopabcdefghijklmnop';
  it('accepts our own pages and content scripts', () => {
    expect(isOwnSender({ id: own }, own)).toBe(true);
  });
  it.each([
    ['another extension', { id: 'ponmlkjihgfedcbaponmlkjihgfedcba' }],
    ['a sender without an id (a web page)', {}],
    ['an id that differs in case', { id: own.toUpperCase() }],
    ['a non-string id', { id: 42 as unknown as string }],
    ['no sender', undefined],
    ['a null sender', null],
  ])('ignores %s', (_name, sender) => {
    expect(isOwnSender(sender, own)).toBe(false);
  });
  it('ignores everything when our own id is unknown', () => {
    expect(isOwnSender({ id: '' }, '')).toBe(false);
  });
});
