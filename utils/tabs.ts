import { browser } from 'wxt/browser';
import { toContentReplySchemas, type ToContent, type ToContentReplies } from '../lib/content-messages';

export type TabInfo = { id: number; url: string | undefined };

/** The tab the popup belongs to: `?tab=ID` when a test opens the popup as a page, else the active tab. */
export async function popupTab(search: string): Promise<TabInfo | null> {
  const forced = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(forced) && forced > 0) {
    const tab = await browser.tabs.get(forced).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

/** Asks the top frame's content script of a tab; null when no content script answers. */
export async function sendToTab<M extends ToContent>(
  tabId: number,
  message: M,
): Promise<ToContentReplies[M['type']] | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    const parsed = toContentReplySchemas()[message.type].safeParse(reply);
    return parsed.success ? (parsed.data as ToContentReplies[M['type']]) : null;
  } catch {
    return null;
  }
}
