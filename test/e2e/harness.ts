import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-chromium';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';

export type Harness = { readonly browser: ExtensionBrowser; readonly site: StaticServer };

/**
 * For a test file: Chromium with the built extension and the fixture site on localhost, started
 * before its tests and closed after them.
 */
export function withExtensionAndSite(): Harness {
  let browser: ExtensionBrowser | undefined;
  let site: StaticServer | undefined;
  beforeAll(async () => {
    site = await serveStatic('test/fixtures/site');
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser is not started yet (use it inside a test).');
      return browser;
    },
    get site() {
      if (!site) throw new Error('The site is not served yet (use it inside a test).');
      return site;
    },
  };
}

/** Opens a fixture page and waits until Entente has highlighted an official on it. */
export async function openAnnotated(harness: Harness, path: string): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.goto(`${harness.site.url}/${path}`);
  await page.waitForFunction(() => (CSS.highlights.get('entente-person')?.size ?? 0) > 0, null, { timeout: 15_000 });
  return page;
}

/** The tab id of a page: without the "tabs" permission URLs are hidden, so bring it to the front. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.serviceWorker.evaluate<number>(
    'chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0].id)',
  );
}

/** Sends a message to a tab's top frame from the service worker, as a keyboard command does. */
export async function sendToTabFromWorker(
  browser: ExtensionBrowser,
  tabId: number,
  message: unknown,
): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    ({ tabId, message }) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(tabId, message, { frameId: 0 }),
    { tabId, message },
  );
}
