import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAnnotated, withExtensionAndSite } from './harness';
import { hoverText } from '../../scripts/page-probes';

const harness = withExtensionAndSite();

async function searchPage(query = ''): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.goto(`chrome-extension://${harness.browser.extensionId}/search.html${query}`);
  await page.getByTestId('result-count').waitFor();
  return page;
}
const titles = (page: Page) => page.locator('.results .article-title').allTextContents();

describe('the search page', () => {
  it('finds Cyrillic articles from a Latin query with a typo, and keeps the query in the URL', async () => {
    const page = await searchPage();
    await page.fill('.search-box', 'Zelenksy');
    await expect.poll(() => page.getByTestId('result-count').textContent()).toBe('4 articles found');
    expect((await titles(page)).some((t) => t.includes('Зеленск'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Zelenksy');
    await page.close();
  });

  it('filters by language and sorts by date, from the URL', async () => {
    const page = await searchPage('?q=Japan&lang=ru&sort=date');
    await expect
      .poll(() => titles(page))
      .toEqual([
        'Зеленский пригласил премьер-министра Японии посетить Украину',
        'Президент Украины Владимир Зеленский провел беседу с премьер-министром Японии Санаэ Такаити',
      ]);
    expect(await page.inputValue('#filter-lang')).toBe('ru');
    await page.selectOption('#filter-lang', '');
    await expect.poll(async () => (await titles(page)).length).toBe(3);
    await page.close();
  });

  it('is operated from the keyboard: type, arrows, Enter opens the reader', async () => {
    const page = await searchPage();
    await page.focus('.search-box');
    await page.keyboard.type('Frankreich Drohnen');
    await expect
      .poll(async () => (await titles(page))[0])
      .toBe('Ukraine und Frankreich diskutieren gemeinsame Waffenproduktion für die Streitkräfte der Ukraine');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Ukraine und Frankreich');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-box');
    await page.keyboard.press('ArrowDown');
    const [reader] = await Promise.all([harness.browser.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await expect.poll(() => reader.locator('h1').textContent()).toContain('Ukraine und Frankreich');
    await reader.close();
    await page.close();
  });
});

describe('search from the card and the popup', () => {
  it('opens the search page on an entity from the card\'s "more" link', async () => {
    const page = await openAnnotated(harness, 'index.html');
    await hoverText(page, '#lead', 'Volodymyr Zelensky');
    const more = page.locator('entente-card .more');
    await expect.poll(() => more.textContent()).toBe('1 more');
    const [results] = await Promise.all([harness.browser.context.waitForEvent('page'), more.click()]);
    await results.getByTestId('result-count').waitFor();
    expect(new URL(results.url()).search).toBe('?official=zelensky&sort=date');
    await expect.poll(() => results.getByTestId('result-count').textContent()).toBe('4 articles found');
    await results.close();
    await page.close();
  });

  it('searches the corpus from the popup, across scripts', async () => {
    const popup = await harness.browser.context.newPage();
    await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    await popup.fill('.search-box', 'Умеров');
    await expect.poll(() => popup.getByTestId('result-count').textContent()).toBe('2 articles found');
    const found = await popup.locator('.results .article-title').allTextContents();
    expect(found.some((t) => t.startsWith('Ukraine und Frankreich'))).toBe(true);
    await popup.close();
  });
});
