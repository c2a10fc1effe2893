import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-chromium';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('the reader', () => {
  it('shows the article with its mentions linked, its other reports and what was removed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?id=001-6f2763f55a762b96`);
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Зеленский пригласил премьер-министра Японии посетить Украину');
    expect(await page.locator('.reader-meta').textContent()).toContain('Интерфакс-Украина');
    const japan = page.locator('a.mention', { hasText: /^Японии$/ }).first();
    expect(await japan.getAttribute('href')).toBe('/search.html?country=JP&sort=date');
    expect(await page.locator('a.mention-person').first().getAttribute('title')).toContain('President of Ukraine');
    expect(await page.getByTestId('also-reported').textContent()).toContain(
      'Президент Украины Владимир Зеленский провел беседу',
    );
    // The furniture that was cut is shown for transparency, never in the body.
    expect(await page.locator('article').textContent()).not.toContain('РЕКЛАМА');
    expect(await page.locator('.reader-source details').textContent()).toContain('РЕКЛАМА');
    await japan.click();
    await page.getByTestId('result-count').waitFor();
    await expect.poll(() => page.getByTestId('result-count').textContent()).toBe('3 articles found');
    await page.close();
  });

  it('says so when the article does not exist', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?id=nope`);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('This article is not in the corpus.');
    await page.close();
  });
});
