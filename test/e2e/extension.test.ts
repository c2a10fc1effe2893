import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withExtensionAndSite } from './harness';
import { highlightedTexts, hoverText, pageMutationLog } from '../../scripts/page-probes';

const harness = withExtensionAndSite();

async function openDemo(): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.addInitScript(pageMutationLog);
  await page.goto(`${harness.site.url}/index.html`);
  await page.waitForFunction(() => (CSS.highlights.get('entente-person')?.size ?? 0) > 0, null, { timeout: 15_000 });
  return page;
}

describe('the extension in Chromium', () => {
  it('answers a ping from its own page with the corpus size', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    await expect.poll(() => page.getByTestId('corpus-size').textContent()).toMatch(/\d+ articles/);
    const reply = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'ping' }),
    );
    expect(reply).toMatchObject({ ok: true, value: { articles: 5 } });
    await page.close();
  });

  it('answers a malformed message with a typed error', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    const reply = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'relatedArticles', entity: 42 }),
    );
    expect(reply).toMatchObject({ ok: false });
    await page.close();
  });

  it('highlights the officials and countries of the demo page and leaves look-alikes alone', async () => {
    const page = await openDemo();
    // The page is read in slices (the screen first, in more than one on a loaded machine): wait
    // for the names of its last annotated paragraph before reading the lists.
    await expect
      .poll(() => highlightedTexts(page, 'entente-person'), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Владимир Зеленский', 'Санаэ Такаити']));
    await expect
      .poll(() => highlightedTexts(page, 'entente-country'), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Японии']));
    const persons = await highlightedTexts(page, 'entente-person');
    const countries = await highlightedTexts(page, 'entente-country');
    expect(persons).toEqual(
      expect.arrayContaining([
        'Volodymyr Zelensky',
        'Sanae Takaichi',
        'Rustem Umerov',
        'Kęstutis Budrys',
        'Sébastien Lecornu',
        'Selenskyj',
        'Зеленський',
        'Умєров',
        'Будрісом',
        'Владимир Зеленский',
        'Санаэ Такаити',
      ]),
    );
    expect(countries).toEqual(
      expect.arrayContaining(['Japan', 'Ukraine', 'Lithuania', 'France', 'Frankreich', 'Японії', 'Литви', 'Японии']),
    );
    expect(persons).not.toContain('Zelenska');
    expect(persons.some((t) => t.includes('Zelenska'))).toBe(false);
    // The page says "France" three times; the third is the writer Anatole France.
    expect(countries.filter((t) => t === 'France')).toHaveLength(2);
    await page.close();
  });

  it('joins a name split by inline markup into one highlight', async () => {
    const page = await openDemo();
    // "President <b>Volodymyr Zelensky</b>" is inside <b>; "Japan" is inside <a>.
    await expect.poll(() => highlightedTexts(page, 'entente-person')).toContain('Volodymyr Zelensky');
    await expect.poll(() => highlightedTexts(page, 'entente-country')).toContain('Japan');
    await page.close();
  });

  it('shows a hover card with related articles and changes nothing in the page', async () => {
    const page = await openDemo();
    const box = await hoverText(page, '#lead', 'Volodymyr Zelensky');
    expect(box).not.toBeNull();
    const card = page.locator('entente-card .card');
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.locator('.article-title').count()).toBeGreaterThan(0);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Volodymyr Zelensky');
    const titles = await card.locator('.article-title').allTextContents();
    expect(titles.join('\n')).toMatch(/Зеленск|Зеленськ|Japan|Япон/);
    // The only change the page sees is our one host element.
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations.filter((m) => !m.startsWith('added ENTENTE-CARD'))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });
});
