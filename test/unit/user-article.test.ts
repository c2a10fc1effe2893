import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import corpusJson from '../../data/corpus.json';
import { CorpusSchema, type Article } from '../../lib/article-schema';
import { findMentions } from '../../lib/find-mentions';
import { TopicLexiconSchema } from '../../lib/topic-schema';
import {
  buildUserArticle,
  draftFromArticle,
  draftFromExtract,
  normalizeDate,
  paragraphsOf,
  storyFor,
  userArticleId,
} from '../../lib/user-article';
import { EMPTY_DRAFT, isWebAddress, type ArticleDraft } from '../../lib/user-article-draft';
import { readPageArticle } from '../../lib/user-article-extract';
import { UserArticleSchema } from '../../lib/user-articles-file';
import { EMPTY_SEARCH, searchStateFromUrl, searchStateToUrl, selectionQuery } from '../../lib/search-url';

const root = join(import.meta.dirname, '..', '..');
const topics = TopicLexiconSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'topics.json'), 'utf8')));
const corpus = CorpusSchema.parse(corpusJson).articles;
const deps = { findMentions, topics, corpus };
const URL_OF_PAGE = 'http://127.0.0.1:8080/news-estonia.html';

function savedPage(): Document {
  const html = readFileSync(join(root, 'test', 'fixtures', 'site', 'news-estonia.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('reading a saved news page with Readability', () => {
  const extract = readPageArticle(savedPage(), URL_OF_PAGE);

  it('keeps the headline, site, date and language the page declares', () => {
    expect(extract.title).toBe('Estonia and Ukraine to build sea drones on Saaremaa');
    expect(extract.siteName).toBe('Baltic Defence Wire');
    expect(extract.publishedTime).toBe('2025-11-12T09:30:00+02:00');
    expect(extract.lang).toBe('en');
  });

  it('keeps the article paragraphs and drops the navigation, the most-read list and the footer', () => {
    expect(extract.paragraphs.some((p) => p.startsWith('Estonia and Ukraine agreed in Tallinn'))).toBe(true);
    expect(extract.paragraphs.some((p) => p.startsWith('Russia has condemned the plan.'))).toBe(true);
    const all = extract.paragraphs.join('\n');
    for (const furniture of ['Subscribe', 'Fuel prices rise again', 'All rights reserved', 'Privacy']) {
      expect(all).not.toContain(furniture);
    }
  });

  it('becomes a draft with a yyyy-mm-dd date and the page’s text, one paragraph per block', () => {
    const draft = draftFromExtract(extract);
    expect(draft).toMatchObject({ url: URL_OF_PAGE, outlet: 'Baltic Defence Wire', date: '2025-11-12', lang: 'en' });
    expect(paragraphsOf(draft.text).length).toBeGreaterThanOrEqual(5);
  });

  it('runs through the corpus pipeline: language, entities, topics, lead, own article', () => {
    const built = buildUserArticle(draftFromExtract(extract), deps);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const { article } = built;
    expect(UserArticleSchema.safeParse(article).success).toBe(true);
    expect(article.own).toBe(true);
    expect(article.id).toMatch(/^user-[0-9a-f]{8}-estonia-and-ukraine-to-build-sea-drones$/);
    expect(article.lang).toBe('en');
    expect(article.date).toBe('2025-11-12');
    expect(article.outlet).toBe('Baltic Defence Wire');
    expect(article.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['EE', 'UA', 'umerov', 'RU']));
    expect(article.entities[0]?.id).toBe('EE');
    expect(article.topics.length).toBeGreaterThan(0);
    expect(article.lead.startsWith('Estonia and Ukraine agreed')).toBe(true);
    expect(article.source).toEqual({ file: URL_OF_PAGE, removed: [] });
    // No bundled article reports this event.
    expect(article.story).toBe(article.id);
  });
});

describe('the draft the reader corrects', () => {
  const draft: ArticleDraft = {
    ...EMPTY_DRAFT,
    url: 'https://example.org/a',
    title: 'Japan and Ukraine talk drones',
    text: 'Japan and Ukraine will build drones together.\n\nZelensky met the Japanese prime minister.',
  };

  it.each([
    ['title', { title: '   ' }, 'titleMissing'],
    ['text', { text: '\n \n' }, 'textMissing'],
    ['date', { date: '2025-02-30' }, 'dateInvalid'],
    ['url', { url: 'javascript:alert(1)' }, 'urlInvalid'],
  ] as const)('names the field when the %s is unusable', (field, change, problem) => {
    expect(buildUserArticle({ ...draft, ...change }, deps)).toEqual({ ok: false, issues: [{ field, problem }] });
  });

  it('uses the language the reader chose over the detected one', () => {
    const built = buildUserArticle({ ...draft, lang: 'de' }, deps);
    expect(built.ok && built.article.lang).toBe('de');
    const detected = buildUserArticle(draft, deps);
    expect(detected.ok && detected.article.lang).toBe('en');
  });

  it('gives the same id to the same address, so adding a page again updates it', () => {
    expect(userArticleId(draft)).toBe(userArticleId({ ...draft, title: draft.title }));
    expect(userArticleId(draft)).not.toBe(userArticleId({ ...draft, url: 'https://example.org/b' }));
  });

  it('turns a stored article back into the same draft', () => {
    const built = buildUserArticle({ ...draft, outlet: 'Wire', date: '2025-11-05', lang: 'en' }, deps);
    if (!built.ok) throw new Error('draft should build');
    const again = draftFromArticle(built.article);
    expect(again).toEqual({ ...draft, outlet: 'Wire', date: '2025-11-05', lang: 'en' });
  });

  it('joins the story of a bundled article that reports the same event', () => {
    const bundled = corpus.find((a) => a.id.startsWith('001-'))!;
    const retold: Article = { ...bundled, id: 'user-0000-retold', own: true, story: 'user-0000-retold' };
    expect(storyFor(retold, corpus)).toBe(bundled.story);
  });
});

describe('dates and addresses from pages', () => {
  it.each([
    ['2025-11-12T09:30:00+02:00', '2025-11-12'],
    ['2025-11-12', '2025-11-12'],
    ['5. November 2025', '2025-11-05'],
    ['05.11.2025', '2025-11-05'],
    ['2025-13-01', null],
    ['yesterday', null],
    ['', null],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    ['https://example.org/a', true],
    ['http://127.0.0.1:8080/x', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['not a url', false],
  ])('%s is a web address: %s', (url, expected) => {
    expect(isWebAddress(url)).toBe(expected);
  });
});

describe('"Search Entente for …" from a selection', () => {
  it.each([
    ['  Rustem\n  Umerov ', 'Rustem Umerov'],
    ['', ''],
    [undefined, ''],
    ['x'.repeat(300), 'x'.repeat(256)],
  ])('searches %j as %j', (selection, query) => {
    expect(selectionQuery(selection)).toBe(query);
  });

  it('opens the search page on that query', () => {
    expect(
      searchStateFromUrl(searchStateToUrl({ ...EMPTY_SEARCH, text: selectionQuery(' Saaremaa\tdrones ') })).text,
    ).toBe('Saaremaa drones');
  });
});
