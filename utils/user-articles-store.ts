/**
 * Where the reader's articles live: `storage.local` under one key, with `unlimitedStorage`.
 * Why not IndexedDB: one key written by one `set` call makes an import or a delete land whole or
 * not at all, `storage.onChanged` tells the background at once, and it works the same in Chrome
 * and Firefox (MV2 and MV3) without a database layer.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Article } from '../lib/article-schema';
import { ArticleDraftSchema, type ArticleDraft } from '../lib/user-article-draft';
import {
  mergeUserArticles,
  parseStoredArticles,
  type LoadedUserArticles,
  type UserArticle,
} from '../lib/user-articles-file';

export type { LoadedUserArticles };

/** The reader's articles, in the order they were added; each entry is parsed on every read. */
export const userArticlesItem = storage.defineItem<unknown[]>('local:userArticles', { fallback: [], version: 1 });

/** The reader's articles as stored now. */
export async function loadUserArticles(): Promise<LoadedUserArticles> {
  return parseStoredArticles(await userArticlesItem.getValue());
}

/** Calls `onChange` with the articles every time they change (in any context). */
export function watchUserArticles(onChange: (loaded: LoadedUserArticles) => void): () => void {
  return userArticlesItem.watch((value) => onChange(parseStoredArticles(value)));
}

async function write(articles: readonly Article[]): Promise<void> {
  // One set() of one key: it lands whole or not at all.
  await userArticlesItem.setValue([...articles]);
}

/** Adds an article, or replaces the stored one with the same id (the same page added again, or an edit). */
export async function saveUserArticle(article: UserArticle): Promise<void> {
  const { articles } = await loadUserArticles();
  const at = articles.findIndex((a) => a.id === article.id);
  if (at === -1) articles.push(article);
  else articles[at] = article;
  await write(articles);
}

/** Replaces an article whose id changed (its address or title was edited). */
export async function replaceUserArticle(oldId: string, article: UserArticle): Promise<void> {
  const { articles } = await loadUserArticles();
  const kept = articles.filter((a) => a.id !== article.id);
  const at = kept.findIndex((a) => a.id === oldId);
  if (at === -1) kept.push(article);
  else kept[at] = article;
  await write(kept);
}

export async function deleteUserArticle(id: string): Promise<void> {
  const { articles } = await loadUserArticles();
  await write(articles.filter((a) => a.id !== id));
}

export async function deleteAllUserArticles(): Promise<void> {
  await write([]);
}

/** Stores the articles of a checked import file in one write: same id replaced, the rest kept. */
export async function importUserArticles(imported: readonly UserArticle[]): Promise<void> {
  const { articles } = await loadUserArticles();
  await write(mergeUserArticles(articles, imported));
}

// Drafts: what "Add this page" read, kept for the preview page for the browser session only.

const draftKey = (id: string) => `session:articleDraft-${id}` as const;

/** Keeps a draft for the preview page and returns its id. */
export async function saveDraft(draft: ArticleDraft): Promise<string> {
  const id = crypto.randomUUID();
  await storage.setItem(draftKey(id), draft);
  return id;
}

/** The draft with this id, or null when it is gone (session ended) or unreadable. */
export async function loadDraft(id: string): Promise<ArticleDraft | null> {
  if (!/^[0-9a-f-]{36}$/u.test(id)) return null;
  const parsed = ArticleDraftSchema.safeParse(await storage.getItem(draftKey(id)));
  return parsed.success ? parsed.data : null;
}

/** Forgets a draft once it is saved. */
export async function removeDraft(id: string): Promise<void> {
  if (/^[0-9a-f-]{36}$/u.test(id)) await storage.removeItem(draftKey(id));
}

/** The page the reader's articles are managed on. */
export const libraryUrl = (): string => browser.runtime.getURL('/library.html');
