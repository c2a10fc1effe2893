import { TargetType, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_EXTENSION_DIRS,
  launchFirefoxWithExtension,
  type FirefoxExtensionBrowser,
} from '../../scripts/launch-firefox';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';
import { highlightedTexts, hoverText, readCard } from './probes';

// Both Firefox builds, each in its own Firefox ESR with only that build installed.
describe.each([
  ['MV2', FIREFOX_EXTENSION_DIRS.mv2],
  ['MV3', FIREFOX_EXTENSION_DIRS.mv3],
])('Entente in Firefox ESR (%s build)', (_label, extensionDir) => {
  let firefox: FirefoxExtensionBrowser;
  let site: StaticServer;
  beforeAll(async () => {
    site = await serveStatic('test/fixtures/site');
    firefox = await launchFirefoxWithExtension({ extensionDir });
  });
  afterAll(async () => {
    await firefox?.close();
    await site?.close();
  });

  const openDemo = async (): Promise<Page> => {
    const page = await firefox.browser.newPage();
    await page.goto(`${site.url}/index.html`);
    return page;
  };

  it('installs as the add-on named in the manifest', () => {
    expect(firefox.extensionId).toBe('entente@entente.example');
  });

  it('highlights countries, officials and adjectives with the CSS Highlight API, leaving the DOM alone', async () => {
    const page = await openDemo();
    // Inflected and other-script forms, as in Chromium; lower paragraphs come in later slices.
    await expect
      .poll(() => highlightedTexts(page, 'entente-person'), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['Volodymyr Zelensky', 'Зеленський', 'Selenskyj']));
    await expect
      .poll(() => highlightedTexts(page, 'entente-country'), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['Japan', 'Lithuania', 'Японії']));
    await expect.poll(() => highlightedTexts(page, 'entente-adjective'), { timeout: 15_000 }).toContain('Ukrainian');
    // Firefox has the Highlight API: the wrapping fallback must not have run.
    expect(await page.evaluate(() => document.querySelectorAll('entente-mark').length)).toBe(0);
    await page.close();
  });

  it('shows a hover card with related articles, and Escape closes it', async () => {
    const page = await openDemo();
    await expect
      .poll(() => highlightedTexts(page, 'entente-person'), { timeout: 15_000 })
      .toContain('Volodymyr Zelensky');
    expect(await readCard(page)).toBeNull();
    await hoverText(page, '#lead', 'Volodymyr Zelensky');
    await expect
      .poll(() => readCard(page).then((card) => card?.titles.length ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const card = (await readCard(page))!;
    expect(card.parent).toBe('HTML');
    expect(card.heading).toBe('Volodymyr Zelensky');
    expect(card.width).toBeGreaterThan(100);
    expect(card.height).toBeGreaterThan(100);
    // Each title is a real corpus article about him (in Ukrainian, Russian or German).
    for (const title of card.titles) expect(title).toMatch(/Зеленськ|Зеленск|Selenskyj/);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    await page.close();
  });

  it('opens the reader from a related article', async () => {
    const page = await openDemo();
    await expect
      .poll(() => highlightedTexts(page, 'entente-person'), { timeout: 15_000 })
      .toContain('Volodymyr Zelensky');
    await hoverText(page, '#lead', 'Volodymyr Zelensky');
    await expect
      .poll(() => readCard(page).then((card) => card?.titles.length ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const title = await page.evaluate(() => {
      const button = document.querySelector('entente-card')!.shadowRoot!.querySelector('.article-title')!;
      const rect = button.getBoundingClientRect();
      return { text: button.textContent ?? '', x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    // WebDriver BiDi reports an extension page's URL as about:blank: ask the page itself.
    const before = new Set(firefox.browser.targets());
    const opened = firefox.browser.waitForTarget((target) => target.type() === TargetType.PAGE && !before.has(target), {
      timeout: 15_000,
    });
    await page.mouse.click(title.x, title.y);
    const reader = (await (await opened).page())!;
    await expect
      .poll(() => reader.evaluate(() => location.href).catch(() => ''), { timeout: 15_000 })
      .toMatch(/^moz-extension:\/\/[^/]+\/reader\.html\?id=/);
    await expect
      .poll(() => reader.evaluate(() => document.querySelector('h1')?.textContent ?? null), { timeout: 15_000 })
      .toBe(title.text);
    await reader.close();
    await page.close();
  });
});
