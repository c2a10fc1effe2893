import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAnnotated, tabIdOf, withExtensionAndSite } from './harness';
import { axeViolations } from '../../scripts/axe-check';

const harness = withExtensionAndSite();

async function extensionPage(path: string, ready: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${harness.browser.extensionId}/${path}`);
  await page.locator(ready).first().waitFor();
  return page;
}

async function popupWithPage(scheme: 'light' | 'dark'): Promise<Page> {
  const news = await openAnnotated(harness, 'index.html');
  const tabId = await tabIdOf(harness.browser, news);
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
