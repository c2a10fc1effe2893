import { browser } from 'wxt/browser';
import type { MessageHandler } from '../../lib/handle-message';
import type { UiLang } from '../../lib/languages';
import { selectionQuery } from '../../lib/search-url';
import { uiString } from '../../lib/ui-strings';
import { addPageToEntente } from '../../utils/extract-page';

const ADD_PAGE = 'entente-add-page';
const SEARCH_SELECTION = 'entente-search-selection';

/**
 * The page's context menu: "Add this page to Entente" and "Search Entente for '<selection>'".
 * Menus outlive the service worker, so they are removed and made again at each start (creating
 * an existing id is an error); the returned promise settles once they are made, for other menus
 * to follow. A click grants `activeTab` for the tab, which the extraction needs.
 */
export function registerArticleMenus(lang: UiLang, handle: MessageHandler): Promise<void> {
  const made = browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: ADD_PAGE,
      title: uiString(lang, 'addThisPage'),
      contexts: ['page'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    browser.contextMenus.create({
      id: SEARCH_SELECTION,
      // The browser puts the selected text in place of %s.
      title: uiString(lang, 'menuSearchSelection'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SEARCH_SELECTION) {
      const text = selectionQuery(info.selectionText);
      if (text) void handle({ type: 'openSearch', text });
    } else if (info.menuItemId === ADD_PAGE && tab?.id !== undefined) {
      void addPageToEntente(tab.id).catch((error: unknown) => openAddPageError(error));
    }
  });
  return made;
}

/** The preview page, saying why the page could not be read (the reader can still type the article in). */
async function openAddPageError(error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  await browser.tabs.create({
    url: browser.runtime.getURL(`/add-article.html?error=${encodeURIComponent(reason.slice(0, 300))}`),
  });
}
