import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { findMentions } from '../../lib/find-mentions';
import { TopicLexiconSchema } from '../../lib/topic-schema';
import { buildUserArticle } from '../../lib/user-article';
import { EMPTY_DRAFT } from '../../lib/user-article-draft';
import {
  exportFileName,
  formatPath,
  MAX_IMPORT_CHARS,
  mergeUserArticles,
  parseStoredArticles,
  parseUserArticlesFile,
  serializeUserArticlesFile,
  type UserArticle,
} from '../../lib/user-articles-file';
import { UserArticleList } from '../../components/UserArticleList';

const root = join(import.meta.dirname, '..', '..');
const topics = TopicLexiconSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'topics.json'), 'utf8')));

function userArticle(
  title: string,
  text: string,
  url = `https://example.org/${encodeURIComponent(title)}`,
): UserArticle {
  const built = buildUserArticle(
    { ...EMPTY_DRAFT, url, title, text, date: '2025-11-05' },
    { findMentions, topics, corpus: [] },
  );
  if (!built.ok) throw new Error(`fixture ${title} does not build`);
  return built.article as UserArticle;
}

const articles = [
  userArticle('Japan and Ukraine talk drones', 'Japan and Ukraine will build drones together.'),
  userArticle('Estonia trains crews', 'Estonia trains Ukrainian crews on Saaremaa.\nZelensky thanked Tallinn.'),
];
const goodFile = serializeUserArticlesFile(articles, new Date('2025-11-12T10:00:00Z'));
const withArticles = (change: (list: Record<string, unknown>[]) => void): string => {
  const file = JSON.parse(goodFile) as { articles: Record<string, unknown>[] };
  change(file.articles);
  return JSON.stringify(file);
};

describe('the articles file', () => {
  it('gives back exactly the exported articles', () => {
    const result = parseUserArticlesFile(goodFile);
    expect(result).toEqual({ ok: true, articles, settings: undefined, hasSettings: false });
  });

  it('names itself by format and version', () => {
    expect(JSON.parse(goodFile)).toMatchObject({
      format: 'entente-user-articles',
      version: 1,
      exportedAt: '2025-11-12T10:00:00.000Z',
    });
    expect(exportFileName(new Date('2025-11-12T10:00:00Z'))).toBe('entente-articles-2025-11-12.json');
  });

  it('reads the settings with the injected parser, and not without one', () => {
    const file = serializeUserArticlesFile(articles, new Date(), { highlight: 'underline' });
    const parsed = parseUserArticlesFile(file, (value) => ({ seen: value }));
    expect(parsed.ok && parsed.settings).toEqual({ seen: { highlight: 'underline' } });
    const unread = parseUserArticlesFile(file);
    expect(unread.ok && [unread.hasSettings, unread.settings]).toEqual([true, undefined]);
    const refused = parseUserArticlesFile(file, () => {
      throw new Error('highlight: expected "underline" or "background"');
    });
    expect(refused).toEqual({ ok: false, error: 'settings: highlight: expected "underline" or "background"' });
  });

  it.each([
    [
      'an older version',
      JSON.stringify({ format: 'entente-user-articles', version: 0, articles: [] }),
      /^version: this file is version 0; this Entente reads version 1\.$/,
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'entente-user-articles', version: 2, articles: [] }),
      /version 2.*update Entente/,
    ],
    ['not JSON', '{"format": "entente-user-articles", "version": 1, "articles": [', /^The file is not JSON: /],
    ['a JSON list', '[]', /expected a JSON object/],
    ['another JSON file', JSON.stringify({ name: 'package' }), /^format: expected "entente-user-articles"/],
    [
      'a date of the wrong type',
      withArticles((list) => (list[1]!.date = 20251105)),
      /^articles\[1\]\.date: expected a date \(yyyy-mm-dd\) or null/,
    ],
    [
      'a date that is no date',
      withArticles((list) => (list[0]!.date = 'soon')),
      /^articles\[0\]\.date: expected a date/,
    ],
    ['missing paragraphs', withArticles((list) => delete list[0]!.paragraphs), /^articles\[0\]\.paragraphs: /],
    [
      'a bundled article id',
      withArticles((list) => (list[0]!.id = '000-8bba2edc8e1745ed')),
      /^articles\[0\]\.id: expected an id starting with "user-"/,
    ],
    [
      'an article not marked as the reader’s',
      withArticles((list) => (list[0]!.own = false)),
      /^articles\[0\]\.own: expected true/,
    ],
    [
      'a javascript: address',
      withArticles((list) => ((list[1]!.source as { file: string }).file = 'javascript:alert(document.cookie)')),
      /^articles\[1\]\.source\.file: expected an http\(s\) address/,
    ],
    [
      'a data: address',
      withArticles((list) => ((list[0]!.source as { file: string }).file = 'data:text/html,<script>alert(1)</script>')),
      /^articles\[0\]\.source\.file: expected an http\(s\) address/,
    ],
    [
      'the same id twice',
      withArticles((list) => list.push(list[0]!)),
      /^articles\[2\]\.id: ".*" is also the id of articles\[0\]$/,
    ],
    [
      'articles that are not a list',
      JSON.stringify({ format: 'entente-user-articles', version: 1, articles: 'all' }),
      /^articles: expected a list of articles$/,
    ],
  ])('refuses %s, saying what and where', (_name, text, message) => {
    const result = parseUserArticlesFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses 50 MB of garbage before parsing it', () => {
    const garbage = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    const result = parseUserArticlesFile(garbage);
    expect(result).toEqual({ ok: false, error: 'The file is 50.0 MB; Entente imports files up to 20.0 MB.' });
    expect(MAX_IMPORT_CHARS).toBeLessThan(garbage.length);
    // Not a timing test: just proof that nothing walked the 50 MB (a JSON.parse of it takes far longer).
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses a file just under the limit that is a huge list of junk, naming the first bad entry', () => {
    const junk = JSON.stringify({
      format: 'entente-user-articles',
      version: 1,
      articles: Array.from({ length: 200_000 }, (_, i) => ({ id: `user-${i}`, title: 1 })),
    });
    expect(junk.length).toBeLessThan(MAX_IMPORT_CHARS);
    const result = parseUserArticlesFile(junk);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/articles: expected at most 5000 articles|^articles\[0\]\./);
  });

  it('keeps hostile text as text: markup in titles survives the round trip and renders inert', () => {
    const hostile = userArticle(
      '<script>alert(1)</script><img src=x onerror=alert(2)>',
      '<a href="javascript:alert(3)">click</a> Ukraine',
      'https://example.org/hostile',
    );
    const parsed = parseUserArticlesFile(serializeUserArticlesFile([hostile], new Date()));
    expect(parsed.ok && parsed.articles[0]?.title).toBe(hostile.title);
    const html = renderToString(
      <UserArticleList
        lang="en"
        articles={[hostile]}
        onOpen={() => undefined}
        onEdit={() => undefined}
        onDelete={() => undefined}
      />,
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('ignores unknown keys, including __proto__, instead of carrying them into storage', () => {
    const text = withArticles((list) => {
      list[0]!.extra = 'x';
    }).replace('"format"', '"__proto__": {"polluted": true}, "format"');
    const result = parseUserArticlesFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.keys(result.articles[0]!)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('merges an import over stored articles: same id replaced, others kept in order', () => {
    const a = { id: 'user-a', v: 1 };
    const b = { id: 'user-b', v: 1 };
    expect(
      mergeUserArticles(
        [a, b],
        [
          { id: 'user-b', v: 2 },
          { id: 'user-c', v: 1 },
        ],
      ),
    ).toEqual([a, { id: 'user-b', v: 2 }, { id: 'user-c', v: 1 }]);
  });

  it.each([
    [['articles', 3, 'date'], 'articles[3].date'],
    [['articles', 0, 'source', 'file'], 'articles[0].source.file'],
    [[], '(file)'],
  ] as const)('writes the path %j as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('the stored articles', () => {
  it('skip a damaged entry alone; the others survive', () => {
    const [first, second] = articles;
    const stored = [first, { ...second, date: 42 }, { not: 'an article' }, second, first];
    expect(parseStoredArticles(stored)).toEqual({ articles: [first, second], damaged: 3 });
  });

  it.each([
    [undefined, 0],
    [null, 0],
    ['a string', 1],
  ])('read %j as no articles (%i damaged)', (stored, damaged) => {
    expect(parseStoredArticles(stored)).toEqual({ articles: [], damaged });
  });
});
