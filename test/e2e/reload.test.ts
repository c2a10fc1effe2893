/**
 * An extension reload or update leaves no broken listeners in open tabs
 * (entrypoints/content/lifecycle.ts). The extension is reloaded from disk with CDP
 * `Extensions.loadUnpacked` (what an update does: same id, new code, the old content scripts'
 * context invalidated; it needs --enable-unsafe-extension-debugging). `chrome.runtime.reload()`
 * cannot stand in: for an extension loaded with --load-extension it unloads it and never loads
 * it again, in headless Chromium 156.
 *
 * What is documented and tested: the old content script notices within about a second, removes
 * its highlights, its card and the card's host, and stops listening, throwing nothing; hovering a
 * name then does nothing. The new version does not inject into open tabs (that would need the
 * `scripting` permission and host access): the tab is annotated again when it next loads, and
 * its cards work.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-chromium';
import { hoverText, pageMutationLog, pageMutations } from '../../scripts/page-probes';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';

let browser: ExtensionBrowser;
let site: StaticServer;

beforeAll(async () => {
  site = await serveStatic('test/fixtures/site');
  browser = await launchWithExtension({ args: ['--enable-unsafe-extension-debugging'] });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const card = (page: Page) => page.locator('entente-card .card');

const ourHighlights = (page: Page) =>
  page.evaluate(() =>
    ['entente-country', 'entente-person', 'entente-adjective'].map((name) => CSS.highlights.get(name)?.size ?? null),
  );

/** Uncaught exceptions and console errors in every world of the page (the content script's too). */
async function collectErrors(cdp: CDPSession): Promise<string[]> {
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(`uncaught: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`),
  );
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error') errors.push(`console.error: ${args.map((a) => String(a.value ?? a.description)).join(' ')}`);
  });
  await cdp.send('Runtime.enable');
  return errors;
}

async function openCardOn(page: Page, name: string): Promise<void> {
  await page.mouse.move(5, 5);
  await hoverText(page, 'body', name);
  await expect.poll(() => card(page).locator('.article-title').count()).toBeGreaterThan(0);
}

describe('an extension reload with a tab open', () => {
  it('tears the old content script down cleanly, and the tab works again on its next load', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(pageMutationLog);
    const cdp = await browser.context.newCDPSession(page);
    const errors = await collectErrors(cdp);
    await page.goto(`${site.url}/lithuania.html`);
    await expect.poll(async () => (await ourHighlights(page))[1]).toBeGreaterThan(0);
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    // A card is open (its host in the page) when the extension goes.
    await openCardOn(page, 'Kęstutis Budrys');

    const browserCdp = await browser.context.browser()!.newBrowserCDPSession();
    const { id } = await browserCdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
    expect(id).toBe(browser.extensionId);

    // Gone within the watch's second (and a margin for a loaded machine).
    await expect.poll(() => ourHighlights(page)).toEqual([null, null, null]);
    await expect.poll(() => page.locator('entente-card').count()).toBe(0);
    // The card's host came and went; nothing else in the page changed.
    expect(
      (await pageMutations(page)).filter((m) => m !== 'added ENTENTE-CARD' && m !== 'removed ENTENTE-CARD'),
    ).toEqual([]);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);

    // No listener left: hovering a name, pressing Escape and scrolling open and throw nothing.
    await hoverText(page, 'body', 'Lithuania');
    await page.waitForTimeout(800);
    await page.keyboard.press('Escape');
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(300);
    expect(await page.locator('entente-card').count()).toBe(0);
    expect(await ourHighlights(page)).toEqual([null, null, null]);
    expect(errors).toEqual([]);

    // The next load of the tab runs the new version, whose cards work.
    await page.reload();
    await expect.poll(async () => (await ourHighlights(page))[1], { timeout: 15_000 }).toBeGreaterThan(0);
    await openCardOn(page, 'Kęstutis Budrys');
    expect(await card(page).locator('.status.error').count()).toBe(0);
    expect(errors).toEqual([]);

    await browserCdp.detach();
    await cdp.detach();
    await page.close();
  });
});
