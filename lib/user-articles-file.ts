/**
 * The file the reader's articles are exported to and imported from: one versioned JSON document.
 * Import is all-or-nothing, so this module checks the whole file before anything is stored and
 * says what is wrong and where ("articles[3].date: expected a date (yyyy-mm-dd) or null").
 */
import { z } from 'zod';
import { ArticleSchema, type Article } from './article-schema';
import { USER_ID_PREFIX, USER_SOURCE_NONE } from './user-article';
import { isWebAddress, MAX_USER_TEXT } from './user-article-draft';

/** Marks the file as ours (a stray JSON file is told apart from an old or newer export). */
export const USER_ARTICLES_FORMAT = 'entente-user-articles';
/** The file version this build writes and reads; bump it (and add a migration) when the shape changes. */
export const USER_ARTICLES_FILE_VERSION = 1;
/** The largest file read at all (characters, ~ bytes): checked before JSON.parse. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;
/** The most articles one file may hold. */
export const MAX_USER_ARTICLES = 5000;

const shortText = (max: number) => z.string().min(1).max(max);

/**
 * One of the reader's articles as stored and exported: the corpus record with bounds on every
 * field, an id of the user range, `own: true`, and a source that is an http(s) address or none.
 */
export const UserArticleSchema = ArticleSchema.extend({
  id: z
    .string({ error: 'expected an article id' })
    .max(200)
    .regex(new RegExp(`^${USER_ID_PREFIX}[a-z0-9-]+$`), `expected an id starting with "${USER_ID_PREFIX}"`),
  title: shortText(1000),
  date: z
    .string({ error: 'expected a date (yyyy-mm-dd) or null' })
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'expected a date (yyyy-mm-dd) or null')
    .nullable(),
  outlet: shortText(300).nullable(),
  cites: z.array(shortText(300)).max(100),
  lead: shortText(MAX_USER_TEXT),
  paragraphs: z.array(shortText(MAX_USER_TEXT)).min(1).max(5000),
  entities: ArticleSchema.shape.entities.max(1000),
  topics: z.array(shortText(64)).max(200),
  story: shortText(200),
  source: z.object({
    file: z
      .string()
      .max(4096)
      .refine((file) => file === USER_SOURCE_NONE || isWebAddress(file), {
        message: `expected an http(s) address or "${USER_SOURCE_NONE}"`,
      }),
    removed: z.array(z.string().max(10_000)).max(1000),
  }),
  own: z.literal(true, { error: 'expected true (the reader’s own article)' }),
}).refine((article) => article.paragraphs.reduce((sum, p) => sum + p.length, 0) <= MAX_USER_TEXT, {
  message: `the text is longer than ${MAX_USER_TEXT} characters`,
  path: ['paragraphs'],
});
export type UserArticle = Article & { own: true };

const FileSchema = z.object({
  format: z.literal(USER_ARTICLES_FORMAT, {
    error: `expected "${USER_ARTICLES_FORMAT}": this is not an Entente articles file`,
  }),
  version: z.number({ error: 'expected a version number' }),
  exportedAt: z.string().max(100).optional(),
  articles: z
    .array(UserArticleSchema, { error: 'expected a list of articles' })
    .max(MAX_USER_ARTICLES, `expected at most ${MAX_USER_ARTICLES} articles`),
  settings: z.unknown().optional(),
});

/** Reads the settings object of a file (injected: the settings module owns its schema). Throws when it is unusable. */
export type SettingsParser<S> = (value: unknown) => S;

export type ImportResult<S> =
  { ok: true; articles: UserArticle[]; settings: S | undefined; hasSettings: boolean } | { ok: false; error: string };

/** A zod issue path as JavaScript would write it: articles[3].source.file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || '(file)';
}

/** The first few zod issues as "path: message" lines. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, 3).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > 3) lines.push(`… and ${issues.length - 3} more problems`);
  return lines.join('\n');
}

const megabytes = (chars: number): string => `${(chars / (1024 * 1024)).toFixed(1)} MB`;

/** What is wrong with a file too large to read (its size in characters or bytes). */
export function tooLargeMessage(size: number): string {
  return `The file is ${megabytes(size)}; Entente imports files up to ${megabytes(MAX_IMPORT_CHARS)}.`;
}

/**
 * Checks an exported file's text and returns every article in it, or one message saying what is
 * wrong and where. Nothing is partial: any bad article rejects the whole file. `parseSettings`
 * reads the optional `settings` object; without it a file's settings are not read.
 */
export function parseUserArticlesFile<S = never>(text: string, parseSettings?: SettingsParser<S>): ImportResult<S> {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, error: tooLargeMessage(text.length) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    return { ok: false, error: `The file is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'The file is not an Entente articles file: expected a JSON object.' };
  }
  const head = z.object({ format: FileSchema.shape.format, version: FileSchema.shape.version }).safeParse(value);
  if (!head.success) return { ok: false, error: describeIssues(head.error.issues) };
  if (head.data.version !== USER_ARTICLES_FILE_VERSION) {
    const newer = head.data.version > USER_ARTICLES_FILE_VERSION;
    return {
      ok: false,
      error: `version: this file is version ${head.data.version}; this Entente reads version ${USER_ARTICLES_FILE_VERSION}${
        newer ? ' (update Entente to import it)' : ''
      }.`,
    };
  }
  const parsed = FileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues) };
  const articles = parsed.data.articles as UserArticle[];
  const seen = new Map<string, number>();
  for (const [at, article] of articles.entries()) {
    const first = seen.get(article.id);
    if (first !== undefined) {
      return { ok: false, error: `articles[${at}].id: "${article.id}" is also the id of articles[${first}]` };
    }
    seen.set(article.id, at);
  }
  const hasSettings = parsed.data.settings !== undefined;
  let settings: S | undefined;
  if (hasSettings && parseSettings) {
    try {
      settings = parseSettings(parsed.data.settings);
    } catch (error) {
      return { ok: false, error: `settings: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  return { ok: true, articles, settings, hasSettings };
}

/** The export file: every article, and the settings when given; stable two-space JSON. */
export function serializeUserArticlesFile(articles: readonly Article[], exportedAt: Date, settings?: unknown): string {
  const file = {
    format: USER_ARTICLES_FORMAT,
    version: USER_ARTICLES_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    articles,
    ...(settings === undefined ? {} : { settings }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The articles after an import: the file's replace stored ones of the same id; the rest stay, in order. */
export function mergeUserArticles<A extends Pick<Article, 'id'>>(stored: readonly A[], imported: readonly A[]): A[] {
  const incoming = new Set(imported.map((a) => a.id));
  return [...stored.filter((a) => !incoming.has(a.id)), ...imported];
}

/** The export's file name for a day: entente-articles-2025-11-05.json. */
export function exportFileName(now: Date): string {
  return `entente-articles-${now.toISOString().slice(0, 10)}.json`;
}

export type LoadedUserArticles = {
  articles: UserArticle[];
  /** Stored entries that no longer parse (left in storage until the next write). */
  damaged: number;
};

/** Parses stored entries one by one: a damaged entry is skipped alone and the others survive. */
export function parseStoredArticles(stored: unknown): LoadedUserArticles {
  const list: unknown[] = Array.isArray(stored) ? stored : [];
  const articles: UserArticle[] = [];
  const seen = new Set<string>();
  let damaged = Array.isArray(stored) || stored === null || stored === undefined ? 0 : 1;
  for (const entry of list) {
    const parsed = UserArticleSchema.safeParse(entry);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      articles.push(parsed.data);
    } else damaged++;
  }
  return { articles, damaged };
}
