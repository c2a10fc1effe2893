import { defineContentScript } from 'wxt/utils/define-content-script';

type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/**
 * Wakes the background as a page starts to load, so that its service worker (stopped by the
 * browser after ~30 s without events) has started and loaded the matcher by the time the main
 * content script, which runs once the page is parsed, sends the first text. It sends no page
 * data: one `wake` message from the top frame. Tiny and without the polyfill (both browsers'
 * `runtime.sendMessage` return a promise here), because it runs before the page renders.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    const api =
      (globalThis as { browser?: Runtime; chrome?: Runtime }).browser ?? (globalThis as { chrome?: Runtime }).chrome;
    api?.runtime.sendMessage({ type: 'wake' }).catch(() => undefined);
  },
});
