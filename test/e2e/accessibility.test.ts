import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/axe-check';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-chromium';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';

let browser: ExtensionBrowser;
let site: StaticServer;

beforeAll(async () => {
  site = await serveStatic('test/fixtures/site');
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function extensionPage(path: string, ready: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.locator(ready).first().waitFor();
  return page;
}

async function popupWithPage(scheme: 'light' | 'dark'): Promise<Page> {
  const news = await browser.context.newPage();
  await news.goto(`${site.url}/index.html`);
  await news.waitForFunction(() => (CSS.highlights.get('entente-person')?.size ?? 0) > 0);
  await news.bringToFront();
  const tabId = await browser.serviceWorker.evaluate<number>(
    `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0].id)`,
  );
  const popup = await extensionPage(`popup.html?tab=${tabId}`, '.entity', scheme);
  await popup.locator('.entity-toggle').first().click();
  await popup.locator('.entity-related .article-title').first().waitFor();
  return popup;
}

describe.each(['light', 'dark'] as const)('accessibility (axe-core, %s)', (scheme) => {
  it.each([
    ['search', () => extensionPage('search.html?q=Japan', '.results .article-title', scheme)],
    ['reader', () => extensionPage('reader.html?id=003-de3edfbf80cf0686', 'a.mention', scheme)],
    ['explore', () => extensionPage('explore.html', 'svg', scheme)],
    ['popup', () => popupWithPage(scheme)],
  ])('the %s page has no violation', async (_name, open) => {
    const page = await open();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
