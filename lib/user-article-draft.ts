/**
 * What the reader adds or corrects before an article of their own is stored: the page's address,
 * title, outlet, date, language and text, as typed into the preview form. Kept apart from the
 * pipeline (lib/user-article.ts) so a message schema can use it without pulling the matcher in.
 */
import { z } from 'zod';
import { ARTICLE_LANGS } from './languages';

/** Longest article text the reader can add (characters): a long report is ~50k. */
export const MAX_USER_TEXT = 400_000;

/** The preview form: strings as typed; `lang` is 'auto' to detect the language from the text. */
export const ArticleDraftSchema = z.object({
  /** The page address, or '' for an article typed or pasted by hand. */
  url: z.string().max(4096),
  title: z.string().max(1000),
  outlet: z.string().max(300),
  /** '' or a date, yyyy-mm-dd (an `<input type="date">` value). */
  date: z.string().max(40),
  lang: z.enum(['auto', ...ARTICLE_LANGS]),
  /** The article body: one paragraph per line (blank lines between them are fine). */
  text: z.string().max(MAX_USER_TEXT),
});
export type ArticleDraft = z.infer<typeof ArticleDraftSchema>;

/** An empty draft (an article added by hand). */
export const EMPTY_DRAFT: ArticleDraft = { url: '', title: '', outlet: '', date: '', lang: 'auto', text: '' };

/** What the extraction script reads from a page (untrusted: the page controls all of it). */
export const PageExtractSchema = z.object({
  url: z.string().max(4096),
  title: z.string().max(5000),
  siteName: z.string().max(1000).nullable(),
  byline: z.string().max(1000).nullable(),
  publishedTime: z.string().max(200).nullable(),
  lang: z.string().max(100).nullable(),
  paragraphs: z.array(z.string().max(100_000)).max(5000),
});
export type PageExtract = z.infer<typeof PageExtractSchema>;

/** True for an http: or https: address: the only addresses Entente ever makes into links. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
