/**
 * The reader's own articles: a page extract becomes a draft the reader can correct, and a draft
 * becomes an article record through the same steps as the bundled corpus (lib/extract-article.ts):
 * language, date, outlet, entities, cited outlets, topics, lead, and the story it belongs to.
 */
import type { Article } from './article-schema';
import { articleText } from './article-text';
import { detectLanguage } from './detect-language';
import { summarizeMentions } from './extract-article';
import { findCites } from './find-cites';
import { findTopics } from './find-topics';
import type { Mention } from './gazetteer-schema';
import { ARTICLE_LANGS, type ArticleLang } from './languages';
import { parseDateLine, pickLead } from './parse-page';
import { prepare, SAME_STORY_THRESHOLD, storySimilarity } from './story-key';
import type { TopicLexicon } from './topic-schema';
import { isWebAddress, type ArticleDraft, type PageExtract } from './user-article-draft';

/** Every user article id starts with this, so it never collides with a bundled one. */
export const USER_ID_PREFIX = 'user-';

/** What the pipeline needs: the matcher, the topic lexicon and the articles a story may join. */
export type UserArticleDeps = {
  findMentions: (text: string) => Mention[];
  topics: TopicLexicon;
  /** Articles already known (bundled and the reader's own): the new one may report the same story. */
  corpus: readonly Article[];
};

/** A field of the draft the reader must fix, and why. */
export type DraftIssue = {
  field: 'title' | 'date' | 'text' | 'url';
  problem: 'titleMissing' | 'textMissing' | 'dateInvalid' | 'urlInvalid';
};

export type BuildResult = { ok: true; article: Article } | { ok: false; issues: DraftIssue[] };

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The article's paragraphs from the form's text: one per line, blank lines and spaces dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n|\r/u)
    .map(collapse)
    .filter((line) => line !== '');
}

/**
 * A date as yyyy-mm-dd from what pages give: ISO datetimes ("2025-11-05T14:20:00+02:00"), or a
 * date line in any corpus language ("5. November 2025", "05.11.2025"); null when it is none.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(text);
  if (iso) return isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? iso[0] : null;
  const line = parseDateLine(text);
  return line?.kind === 'date' && line.iso ? line.iso.slice(0, 10) : null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The language a page declares ("uk-UA" -> "uk"), when it is one the corpus has; else 'auto'. */
function declaredLang(lang: string | null): ArticleDraft['lang'] {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/u)[0] ?? '';
  return (ARTICLE_LANGS as readonly string[]).includes(primary) ? (primary as ArticleLang) : 'auto';
}

/** The outlet of a page: its declared site name, else its host without "www.". */
function outletOf(extract: PageExtract): string {
  const named = collapse(extract.siteName ?? '');
  if (named) return named;
  if (!isWebAddress(extract.url)) return '';
  return new URL(extract.url).hostname.replace(/^www\./u, '');
}

/** The preview's first draft from what the extraction script read on the page. */
export function draftFromExtract(extract: PageExtract): ArticleDraft {
  const title = collapse(extract.title);
  const paragraphs = extract.paragraphs.map(collapse).filter((p) => p !== '');
  // Readability often keeps the headline as the body's first block.
  if (paragraphs[0] === title) paragraphs.shift();
  return {
    url: extract.url,
    title,
    outlet: outletOf(extract),
    date: normalizeDate(extract.publishedTime) ?? '',
    lang: declaredLang(extract.lang),
    text: paragraphs.join('\n\n'),
  };
}

/** A stored article back as a form (to edit it). */
export function draftFromArticle(article: Article): ArticleDraft {
  return {
    url: article.source.file === USER_SOURCE_NONE ? '' : article.source.file,
    title: article.title,
    outlet: article.outlet ?? '',
    date: article.date?.slice(0, 10) ?? '',
    lang: article.lang,
    text: article.paragraphs.join('\n\n'),
  };
}

/** `source.file` of an article typed in by hand (no address). */
export const USER_SOURCE_NONE = 'added-by-hand';

/** FNV-1a of a string, 8 hex digits. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** A stable id: the same address always gives the same id (adding a page again updates it). */
export function userArticleId(draft: Pick<ArticleDraft, 'url' | 'title'>): string {
  const key = draft.url.trim() || `title:${collapse(draft.title)}`;
  const slug = collapse(draft.title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40)
    .replace(/-+$/u, '');
  return `${USER_ID_PREFIX}${hash(key)}${slug ? `-${slug}` : ''}`;
}

/**
 * The story an article joins: the story of the most similar known article when they report the
 * same event (the corpus's own measure and threshold, lib/story-key.ts), else its own id.
 */
export function storyFor(article: Article, corpus: readonly Article[]): string {
  const others = corpus.filter((other) => other.id !== article.id);
  const features = (a: Article) =>
    prepare({ id: a.id, date: a.date, entities: a.entities.map((e) => e.id), topics: a.topics, text: articleText(a) });
  const documentFrequency = new Map<string, number>();
  for (const a of [...others, article]) {
    for (const id of new Set(a.entities.map((e) => e.id)))
      documentFrequency.set(id, (documentFrequency.get(id) ?? 0) + 1);
  }
  const total = others.length + 1;
  const weight = (id: string): number => Math.log(1 + total / (documentFrequency.get(id) ?? 1));
  const self = features(article);
  let best: { story: string; score: number } | null = null;
  for (const other of others) {
    const score = storySimilarity(self, features(other), weight);
    if (score >= SAME_STORY_THRESHOLD && (!best || score > best.score)) best = { story: other.story, score };
  }
  return best?.story ?? article.id;
}

/** Runs a draft through the corpus pipeline; the issues name each field the reader must fix. */
export function buildUserArticle(draft: ArticleDraft, deps: UserArticleDeps): BuildResult {
  const issues: DraftIssue[] = [];
  const title = collapse(draft.title);
  const paragraphs = paragraphsOf(draft.text);
  const url = draft.url.trim();
  if (!title) issues.push({ field: 'title', problem: 'titleMissing' });
  if (paragraphs.length === 0) issues.push({ field: 'text', problem: 'textMissing' });
  const date = draft.date.trim() ? normalizeDate(draft.date) : null;
  if (draft.date.trim() && !date) issues.push({ field: 'date', problem: 'dateInvalid' });
  if (url && !isWebAddress(url)) issues.push({ field: 'url', problem: 'urlInvalid' });
  if (issues.length > 0) return { ok: false, issues };

  const text = articleText({ title, paragraphs });
  const lang = draft.lang === 'auto' ? detectLanguage(text) : draft.lang;
  const mentions = deps.findMentions(text);
  const outlet = collapse(draft.outlet) || null;
  const id = userArticleId({ url, title });
  const article: Article = {
    id,
    title,
    lang,
    date,
    outlet,
    cites: findCites(text, mentions, outlet ? [outlet] : []),
    lead: pickLead(paragraphs) || paragraphs[0] || title,
    paragraphs,
    entities: summarizeMentions(mentions),
    topics: findTopics(text, lang, deps.topics).map((topic) => topic.id),
    story: id,
    source: { file: url || USER_SOURCE_NONE, removed: [] },
    own: true,
  };
  return { ok: true, article: { ...article, story: storyFor(article, deps.corpus) } };
}
