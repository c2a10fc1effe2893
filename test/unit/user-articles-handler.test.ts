import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import corpusJson from '../../data/corpus.json';
import { CorpusSchema } from '../../lib/article-schema';
import { findMentions, gazetteerEntities } from '../../lib/find-mentions';
import { createMessageHandler } from '../../lib/handle-message';
import type { ToBackgroundReplies } from '../../lib/messages';
import { searchCorpus } from '../../lib/search-corpus';
import { openSearchIndex } from '../../lib/search-index';
import { TopicLexiconSchema } from '../../lib/topic-schema';
import { EMPTY_DRAFT } from '../../lib/user-article-draft';

const root = join(import.meta.dirname, '..', '..');
const topics = TopicLexiconSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'topics.json'), 'utf8')));
const bundled = CorpusSchema.parse(corpusJson).articles;
const deps = { findMentions, entities: gazetteerEntities(), topics };
const searchOver = (articles: typeof bundled) => {
  const { index } = openSearchIndex(articles, deps);
  return (query: Parameters<typeof searchCorpus>[1]) => searchCorpus(index, query);
};

function backgroundHandler() {
  return createMessageHandler({
    articles: bundled,
    entities: gazetteerEntities(),
    findMentions,
    topicsOf: () => [],
    search: searchOver(bundled),
    uiLang: 'en',
    version: '0',
    openArticle: () => Promise.resolve(),
    openSearch: () => Promise.resolve(),
    setBadge: () => Promise.resolve(),
    topics,
  });
}

const draft = {
  ...EMPTY_DRAFT,
  url: 'https://example.org/estonia',
  title: 'Estonia and Ukraine build sea drones on Saaremaa',
  text: 'Estonia and Ukraine will build sea drones on Saaremaa, Rustem Umerov said in Tallinn.',
};

async function prepare(handle: ReturnType<typeof backgroundHandler>, message: unknown) {
  const reply = await handle(message);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ToBackgroundReplies['prepareArticle'];
}

describe('the background and the reader’s own articles', () => {
  it('runs a draft through the pipeline and names its entities in the UI language', async () => {
    const value = await prepare(backgroundHandler(), { type: 'prepareArticle', draft });
    expect(value.issues).toEqual([]);
    expect(value.article).toMatchObject({ own: true, lang: 'en', title: draft.title });
    expect(value.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Estonia', 'Ukraine', 'Rustem Umerov']));
  });

  it('answers a draft with issues per field, and refuses a malformed one', async () => {
    const handle = backgroundHandler();
    const value = await prepare(handle, { type: 'prepareArticle', draft: { ...draft, title: '', date: 'soon' } });
    expect(value).toEqual({
      article: null,
      issues: [
        { field: 'title', problem: 'titleMissing' },
        { field: 'date', problem: 'dateInvalid' },
      ],
      entities: [],
      sameStory: [],
    });
    const reply = await handle({ type: 'prepareArticle', draft: { ...draft, lang: 'fr' } });
    expect(reply.ok).toBe(false);
  });

  it('finds an added article in search, cards, the reader and the overview once its articles are set', async () => {
    const handle = backgroundHandler();
    const { article } = await prepare(handle, { type: 'prepareArticle', draft });
    const all = [...bundled, article!];
    const search = (text: string) => handle({ type: 'searchCorpus', query: { text } });
    expect(await search('Saaremaa')).toMatchObject({ ok: true, value: { total: 0 } });

    handle.setArticles(all, searchOver(all));
    expect(await search('Saaremaa')).toMatchObject({
      ok: true,
      value: { total: 1, hits: [{ id: article!.id, own: true }] },
    });
    const related = await handle({ type: 'relatedArticles', entity: 'EE' });
    expect(related).toMatchObject({ ok: true, value: { total: 1, articles: [{ id: article!.id, own: true }] } });
    expect(await handle({ type: 'getArticle', id: article!.id })).toMatchObject({ ok: true, value: { article } });
    expect(await handle({ type: 'ping' })).toMatchObject({ ok: true, value: { articles: bundled.length + 1 } });

    // Deleted again: gone everywhere.
    handle.setArticles(bundled, searchOver(bundled));
    expect(await search('Saaremaa')).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await handle({ type: 'openArticle', id: article!.id })).toMatchObject({ ok: false });
  });
});
