import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-chromium';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

async function openExplore(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/explore.html${query}`);
  await page.waitForSelector('.graph .node');
  return page;
}

const heading = (page: Page) => page.locator('#selection-heading').textContent();
const listed = (page: Page) => page.locator('[data-testid="selection"] .article-title').allTextContents();

describe('the explore page', () => {
  it('draws Ukraine and the corpus’s partner countries, each a labelled mark', async () => {
    const page = await openExplore();
    const labels = await page.locator('.graph .node-label').allTextContents();
    expect([...labels].sort()).toEqual(['France', 'Germany', 'Japan', 'Lithuania']);
    expect(await page.locator('.graph .centre-label').textContent()).toBe('Ukraine');
    expect(await page.locator('.graph .node[data-id="JP"]').getAttribute('aria-label')).toMatch(
      /^Japan: 3 articles\. Topics: /,
    );
    // Russia is named in every article, as the aggressor: not drawn as a partner, and said so.
    expect(await page.locator('#graph-hint').textContent()).toContain('Not drawn as a partner: Russia (5 articles)');
    await page.close();
  });

  it('lists the Japan articles beside the graph when Japan is clicked, with a link to the search page', async () => {
    const page = await openExplore();
    await page.locator('.graph .node[data-id="JP"]').click();
    await expect.poll(() => heading(page)).toBe('Articles about Ukraine – Japan');
    const titles = await listed(page);
    expect(titles).toHaveLength(3);
    expect(titles).toContain('Зеленський запропонував Японії історичну оборонну співпрацю');
    expect(titles).toContain('Зеленский пригласил премьер-министра Японии посетить Украину');
    expect(await page.locator('.search-link').getAttribute('href')).toBe('/search.html?country=JP');
    expect(await page.locator('.graph .node[data-id="JP"]').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('lists a country’s articles when its edge line is clicked', async () => {
    const page = await openExplore();
    // A horizontal line has a zero-height box, which Playwright will not click: press the pointer
    // on the line itself, away from its topic label in the middle.
    const line = (await page.locator('.graph .edge[data-id="LT"] .edge-line').boundingBox())!;
    await page.mouse.click(line.x + line.width * 0.15, line.y + line.height / 2);
    await expect.poll(() => heading(page)).toBe('Articles about Ukraine – Lithuania');
    expect(await listed(page)).toEqual(['Новий етап оборонної співпраці між Україною та Литвою']);
    await page.close();
  });

  it('lists a date’s articles when its timeline mark is clicked, and the undated ones apart', async () => {
    const page = await openExplore();
    expect(await page.locator('.timeline .mark').count()).toBe(2);
    await page.locator('.timeline .mark[data-key="2025-06-10"]').click();
    await expect.poll(() => heading(page)).toBe('Articles from June 10, 2025');
    expect(await listed(page)).toEqual(['Новий етап оборонної співпраці між Україною та Литвою']);
    await page.locator('.undated').click();
    await expect.poll(() => heading(page)).toBe('Articles without a date');
    expect(await listed(page)).toHaveLength(3);
    await page.close();
  });

  it('works by keyboard: Tab reaches the marks, Enter and Space choose them', async () => {
    const page = await openExplore();
    // The first focusable element on the page is the first node, the heaviest partner (Japan).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('JP');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Articles about Ukraine – Japan');
    await page.keyboard.press('Tab');
    await page.keyboard.press(' ');
    await expect.poll(() => heading(page)).not.toBe('Articles about Ukraine – Japan');
    await page.locator('.timeline .mark[data-key="2025-11-05"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Articles from November 5, 2025');
    // Space chooses without scrolling the page.
    const scroll = await page.evaluate(() => window.scrollY);
    await page.locator('.timeline .mark[data-key="2025-06-10"]').focus();
    await page.keyboard.press(' ');
    await expect.poll(() => heading(page)).toBe('Articles from June 10, 2025');
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    await page.close();
  });

  it('opens an article in the reader from the list', async () => {
    const page = await openExplore('?country=LT');
    await expect.poll(() => heading(page)).toBe('Articles about Ukraine – Lithuania');
    const reader = browser.context.waitForEvent('page');
    await page.locator('[data-testid="selection"] .article-title').first().click();
    const opened = await reader;
    await opened.waitForLoadState();
    expect(opened.url()).toContain('/reader.html?id=003-de3edfbf80cf0686');
    await opened.close();
    await page.close();
  });

  it('renders in light and dark (screenshots in tmp/)', async () => {
    mkdirSync('tmp', { recursive: true });
    const page = await openExplore('?country=JP');
    await page.setViewportSize({ width: 1400, height: 1000 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(30, 34, 40)');
      await page.screenshot({ path: `tmp/explore-e2e-${colorScheme}.png`, fullPage: true });
    }
    await page.close();
  });
});
