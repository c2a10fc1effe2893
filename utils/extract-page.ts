/**
 * "Add this page to Entente": injects the extraction script into the chosen tab (only then, and
 * only into that tab: `activeTab` + `scripting`), checks what it returns, keeps it as a draft and
 * opens the preview page on it.
 */
import { browser } from 'wxt/browser';
import { draftFromExtract } from '../lib/user-article';
import { PageExtractSchema, type PageExtract } from '../lib/user-article-draft';
import { saveDraft } from './user-articles-store';

/** Runs entrypoints/extract-article.ts in the tab's top frame and returns its checked result. */
export async function extractPage(tabId: number): Promise<PageExtract> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract-article.js'] });
  const parsed = PageExtractSchema.safeParse(first?.result);
  if (!parsed.success) throw new Error('the page gave no readable article');
  return parsed.data;
}

/** Reads the tab's article and opens the preview on it; throws with a reason when the page cannot be read. */
export async function addPageToEntente(tabId: number): Promise<void> {
  const extract = await extractPage(tabId);
  const id = await saveDraft(draftFromExtract(extract));
  await browser.tabs.create({ url: browser.runtime.getURL(`/add-article.html?draft=${id}`) });
}
