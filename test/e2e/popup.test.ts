import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAnnotated, tabIdOf, withExtensionAndSite } from './harness';

const harness = withExtensionAndSite();

async function popupFor(page: Page): Promise<Page> {
  const id = await tabIdOf(harness.browser, page);
  const popup = await harness.browser.context.newPage();
  await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html?tab=${id}`);
  return popup;
}

describe('the toolbar popup', () => {
  it('lists the entities of the page, grouped and counted, and the articles related to it', async () => {
    const page = await openAnnotated(harness, 'lithuania.html');
    const popup = await popupFor(page);
    await expect.poll(() => popup.locator('.entity').count()).toBeGreaterThan(3);
    const countries = await popup.locator('[aria-labelledby="group-countries"] .entity-name').allTextContents();
    const officials = await popup.locator('[aria-labelledby="group-officials"] .entity-name').allTextContents();
    // Most mentioned first.
    expect(countries.slice(0, 2)).toEqual(['Lithuania', 'Ukraine']);
    expect([...countries].sort()).toEqual(['Lithuania', 'Poland', 'Russia', 'Ukraine']);
    expect(officials).toEqual(['Kęstutis Budrys']);
    // A page about Lithuanian-Ukrainian air defence: the Lithuania article leads.
    const related = await popup.locator('[data-testid="related-to-page"] .article-title').allTextContents();
    expect(related[0]).toBe('Новий етап оборонної співпраці між Україною та Литвою');
    await expect.poll(() => popup.getByTestId('corpus-size').textContent()).toMatch(/5 articles/);
    await popup.close();
    await page.close();
  });

  it('expands an entity to its articles and shows its mention on the page', async () => {
    const page = await openAnnotated(harness, 'index.html');
    const popup = await popupFor(page);
    const japan = popup.locator('.entity', { has: popup.locator('.entity-name', { hasText: /^Japan$/ }) });
    await japan.locator('.entity-toggle').click();
    await expect.poll(() => japan.locator('.article-title').count()).toBeGreaterThan(0);
    expect(await japan.locator('.entity-toggle').getAttribute('aria-expanded')).toBe('true');
    await japan.locator('.show').click();
    await expect.poll(() => page.locator('entente-card .card h2').textContent()).toBe('Japan');
    await page.close();
  });

  it('shows the number of mentions on the toolbar badge of the tab', async () => {
    const page = await openAnnotated(harness, 'lithuania.html');
    const tabId = await tabIdOf(harness.browser, page);
    const mentions = await page.evaluate(() =>
      ['entente-country', 'entente-person', 'entente-adjective'].reduce(
        (n, name) => n + (CSS.highlights.get(name)?.size ?? 0),
        0,
      ),
    );
    await expect
      .poll(() => harness.browser.serviceWorker.evaluate<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`))
      .toBe(String(mentions));
    await page.close();
  });

  it('explains a page it cannot read', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await popupFor(page);
    // Opened as a page (not from the toolbar button), the popup has no activeTab grant and so
    // no address: it names every reason. lib/page-access.ts picks the one reason from a URL.
    await expect
      .poll(() => popup.getByTestId('unreadable').textContent())
      .toContain('Browser pages, extension stores and the PDF viewer are closed');
    await popup.close();
    await page.close();
  });
});
