/**
 * Reads a page's article with @mozilla/readability (no network): its title, site, date, language
 * and body as plain-text paragraphs. Runs in the page (entrypoints/extract-article.ts, injected on
 * demand) and in Node tests on a saved page; the document comes in as a parameter and is changed
 * by Readability, so pass a clone of a live page.
 */
import { Readability } from '@mozilla/readability';
import type { PageExtract } from './user-article-draft';

/** Blocks whose text is a paragraph of the article. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt';
/** Most paragraphs and characters read from one page. */
const MAX_PARAGRAPHS = 2000;
const MAX_CHARS = 300_000;

const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/gu, ' ').trim();

/** Text of the leaf blocks under `root` in document order; a block holding other blocks gives way to them. */
function blockTexts(root: Element): string[] {
  const texts: string[] = [];
  let chars = 0;
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCKS)) continue;
    const text = collapse(block.textContent);
    if (!text) continue;
    texts.push(text);
    chars += text.length;
    if (texts.length >= MAX_PARAGRAPHS || chars >= MAX_CHARS) break;
  }
  return texts;
}

function meta(doc: Document, selector: string): string | null {
  return collapse(doc.querySelector(selector)?.getAttribute('content')) || null;
}

/** The article of `doc` (served from `url`); the paragraphs fall back to the text's lines. */
export function readPageArticle(doc: Document, url: string): PageExtract {
  // Meta data first: Readability removes parts of the document it reads.
  const published =
    meta(doc, 'meta[property="article:published_time"]') ??
    meta(doc, 'meta[name="date"]') ??
    (collapse(doc.querySelector('time[datetime]')?.getAttribute('datetime')) || null);
  const siteName = meta(doc, 'meta[property="og:site_name"]');
  const declaredLang = collapse(doc.documentElement.getAttribute('lang')) || null;
  const fallbackTitle = collapse(doc.title);
  const article = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  let paragraphs = article?.content ? blockTexts(article.content) : [];
  if (paragraphs.length === 0 && article?.textContent) {
    paragraphs = article.textContent.split(/\n+/u).map(collapse).filter(Boolean).slice(0, MAX_PARAGRAPHS);
  }
  return {
    url,
    title: collapse(article?.title) || fallbackTitle,
    siteName: collapse(article?.siteName) || siteName,
    byline: collapse(article?.byline) || null,
    publishedTime: collapse(article?.publishedTime) || published,
    lang: collapse(article?.lang) || declaredLang,
    paragraphs,
  };
}
