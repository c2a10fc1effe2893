/** Why the extension cannot read a tab, from its URL (as far as the URL tells). */
export type UnreadableReason = 'browser-page' | 'store' | 'pdf' | 'local-file' | 'not-loaded' | 'unknown';

const STORES = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * The reason a page has no Entente content script. Browser pages, extension stores and the PDF
 * viewer are closed to every extension; local files need the user's permission; anything else
 * was most likely opened before Entente was installed or updated, and a reload fixes it. Without
 * the address (the popup opened other than from the toolbar button) the reason is unknown.
 */
export function whyUnreadable(url: string | undefined): UnreadableReason {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol === 'file:') return /\.pdf$/i.test(parsed.pathname) ? 'pdf' : 'local-file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return parsed.href.includes('pdf') ? 'pdf' : 'browser-page';
  }
  if (
    STORES.includes(parsed.hostname) &&
    (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))
  ) {
    return 'store';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return 'not-loaded';
}
