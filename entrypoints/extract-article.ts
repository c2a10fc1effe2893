import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageArticle } from '../lib/user-article-extract';

/**
 * Injected on demand ("Add this page to Entente", scripting.executeScript) into the page the
 * reader chose; never part of the always-on content script. Returns the page's article as plain
 * data: executeScript hands the return value of main back to the extension.
 */
export default defineUnlistedScript(() => readPageArticle(document.cloneNode(true) as Document, location.href));
