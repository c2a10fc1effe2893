import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAnnotated, tabIdOf, type Harness } from './harness';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-chromium';
import { axeViolations } from '../../scripts/axe-check';
import { hoverText } from '../../scripts/page-probes';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';

/**
 * The built extension, plus host access to the local test site. A person's click on the toolbar
 * button or the context menu grants `activeTab` for the tab, which is what lets "Add this page"
 * inject its reader; Playwright cannot click browser UI, so this copy is granted the test site
 * instead (without it, the popup says "Cannot access contents of the page", as a real page would
 * without the click). Everything else is the shipped build.
 */
function extensionWithSiteAccess(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-user-articles-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
  return dir;
}

let browser: ExtensionBrowser | undefined;
let site: StaticServer | undefined;
let extensionDir: string | undefined;
beforeAll(async () => {
  site = await serveStatic('test/fixtures/site');
  extensionDir = extensionWithSiteAccess();
  browser = await launchWithExtension({ extensionDir });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});
const harness: Harness = {
  get browser() {
    if (!browser) throw new Error('The browser is not started yet.');
    return browser;
  },
  get site() {
    if (!site) throw new Error('The site is not served yet.');
    return site;
  },
};
const TITLE = 'Estonia and Ukraine to build sea drones on Saaremaa';

const extensionPage = async (path: string): Promise<Page> => {
  const page = await harness.browser.context.newPage();
  await page.goto(`chrome-extension://${harness.browser.extensionId}/${path}`);
  return page;
};

/** Adds the fixture news page through the popup's button, corrects the outlet, and saves it. */
async function addNewsPage(): Promise<void> {
  const news = await openAnnotated(harness, 'news-estonia.html');
  const tabId = await tabIdOf(harness.browser, news);
  const popup = await extensionPage(`popup.html?tab=${tabId}`);
  const [preview] = await Promise.all([
    harness.browser.context.waitForEvent('page', (p) => p.url().includes('/add-article.html')),
    popup.getByRole('button', { name: 'Add this page to Entente' }).click(),
  ]);
  await preview.waitForLoadState();
  await expect.poll(() => preview.inputValue('#article-title')).toBe(TITLE);
  expect(await preview.inputValue('#article-date')).toBe('2025-11-12');
  expect(await preview.inputValue('#article-outlet')).toBe('Baltic Defence Wire');
  const text = await preview.inputValue('#article-text');
  expect(text).toContain('Estonia and Ukraine agreed in Tallinn');
  expect(text).not.toContain('Fuel prices rise again');
  // The pipeline's findings, as the reader corrects the outlet.
  await preview.fill('#article-outlet', 'Baltic Defence Wire (Tallinn)');
  await expect.poll(() => preview.getByTestId('analysis-entities').textContent()).toContain('Estonia');
  await preview.screenshot({ path: 'tmp/user-article-preview.png', fullPage: true });
  await preview.getByRole('button', { name: 'Save to Entente' }).click();
  await preview.getByTestId('saved').waitFor();
  await Promise.all([popup.close(), preview.close(), news.close()]);
}

describe('the reader’s own articles', () => {
  it('adds a local news page and then finds it in search and in a hover card on another page', async () => {
    // Before: no article in the corpus names Estonia.
    const before = await openAnnotated(harness, 'estonia-brief.html');
    await hoverText(before, '#brief', 'Estonia');
    await expect
      .poll(() => before.locator('entente-card .card').textContent())
      .toContain('No article in the corpus mentions this yet.');
    await before.close();

    await addNewsPage();

    const search = await extensionPage('search.html?q=Saaremaa');
    await expect.poll(() => search.locator('.results .article-title').allTextContents()).toEqual([TITLE]);
    await search.close();

    const after = await openAnnotated(harness, 'estonia-brief.html');
    await hoverText(after, '#brief', 'Estonia');
    const title = after.locator('entente-card .card .article-title').first();
    await expect.poll(() => title.textContent()).toBe(TITLE);
    // Marked as the reader's own in the card.
    expect(await after.locator('entente-card .card .article').first().locator('.own').count()).toBe(1);
    // The star is named for screen readers too.
    expect(await after.locator('entente-card .card .article').first().locator('.own').textContent()).toContain(
      'Your article',
    );
    const [reader] = await Promise.all([harness.browser.context.waitForEvent('page'), title.click()]);
    await expect.poll(() => reader.locator('h1').textContent()).toBe(TITLE);
    expect(await reader.locator('.reader-meta .own').textContent()).toContain('Your article');
    // The page's address is shown as text, never as a link.
    expect(await reader.locator('.reader-source code').textContent()).toContain('/news-estonia.html');
    await Promise.all([reader.close(), after.close()]);
  });

  it('exports, wipes and imports the same articles back', async () => {
    const library = await extensionPage('library.html');
    await expect.poll(() => library.locator('.user-article .article-title').allTextContents()).toEqual([TITLE]);
    await library.screenshot({ path: 'tmp/user-article-library.png', fullPage: true });
    const stored = await storedArticles(library);

    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export all (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^entente-articles-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();

    library.once('dialog', (dialog) => void dialog.accept());
    await library.getByRole('button', { name: 'Delete all' }).click();
    await library.getByTestId('library-empty').waitFor();
    expect(await storedArticles(library)).toEqual([]);

    await library.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => library.getByTestId('notice').textContent()).toMatch(/^Imported 1 articles from /);
    expect(await storedArticles(library)).toEqual(stored);
    await library.close();
  });

  it('refuses a bad file with a message saying what and where, and keeps the stored articles', async () => {
    const library = await extensionPage('library.html');
    await expect.poll(() => library.locator('.user-article').count()).toBe(1);
    const stored = await storedArticles(library);
    const bad = JSON.stringify({
      format: 'entente-user-articles',
      version: 1,
      articles: [
        { ...(stored[0] as object), id: 'user-new-one', title: 'A second article' },
        { ...(stored[0] as object), id: 'user-hostile', source: { file: 'javascript:alert(1)', removed: [] } },
      ],
    });
    await library.getByTestId('import-file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bad),
    });
    const notice = library.getByTestId('notice');
    await expect.poll(() => notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('Nothing was imported from bad.json; your articles are unchanged.');
    expect(await notice.textContent()).toContain('articles[1].source.file: expected an http(s) address');
    await library.screenshot({ path: 'tmp/user-article-import-error.png', fullPage: true });
    // All or nothing: the good first article of the file was not stored either.
    expect(await storedArticles(library)).toEqual(stored);
    await expect.poll(() => library.locator('.user-article .article-title').allTextContents()).toEqual([TITLE]);
    await library.close();
  });

  it('has both context-menu entries, and the selection search opens the search page on the selection', async () => {
    // Updating an entry that does not exist fails: this proves both entries were made.
    for (const id of ['entente-add-page', 'entente-search-selection']) {
      await harness.browser.serviceWorker.evaluate(
        (menu) =>
          (
            globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }
          ).chrome.contextMenus.update(menu, {}),
        id,
      );
    }
    // Playwright cannot click browser menus; the entry's click handler sends this message.
    const library = await extensionPage('library.html');
    const [search] = await Promise.all([
      harness.browser.context.waitForEvent('page', (p) => p.url().includes('/search.html')),
      library.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'openSearch', text: 'Saaremaa drones' }),
      ),
    ]);
    await expect.poll(() => search.inputValue('.search-box')).toBe('Saaremaa drones');
    await expect.poll(() => search.locator('.results .article-title').allTextContents()).toEqual([TITLE]);
    await Promise.all([search.close(), library.close()]);
  });

  it('lists the article on the explore page data, marked as the reader’s own', async () => {
    const library = await extensionPage('library.html');
    const overview = (await library.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'corpusOverview' }),
    )) as { ok: boolean; value: { articles: Array<{ title: string; own: boolean }> } };
    expect(overview.value.articles.filter((a) => a.own).map((a) => a.title)).toEqual([TITLE]);
    await library.close();
  });

  it.each(['light', 'dark'] as const)(
    'the library and the preview have no accessibility violation (axe, %s)',
    async (scheme) => {
      for (const [path, ready] of [
        ['library.html', '.user-article'],
        ['add-article.html', '#article-title'],
      ] as const) {
        const page = await harness.browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${harness.browser.extensionId}/${path}`);
        await page.locator(ready).first().waitFor();
        if (path === 'add-article.html') {
          // With the problems shown beside their fields.
          await page.getByRole('button', { name: 'Save to Entente' }).click();
          await page.locator('.field-problem').first().waitFor();
        }
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      }
    },
  );
});

/** The raw stored value, read in an extension page. */
function storedArticles(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    const value = (await chrome.storage.local.get('userArticles')).userArticles;
    return Array.isArray(value) ? (value as unknown[]) : [];
  });
}
