/**
 * The background service worker stopped mid-session (as Chrome stops an idle worker after ~30 s):
 * the next hover card wakes it with its message and still gets articles. Stopped with CDP
 * `ServiceWorker.stopAllWorkers` from the page's session, which stops the extension's worker too;
 * `Target.getTargets` shows it gone and back.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hoverText } from '../../scripts/page-probes';
import { openAnnotated, withExtensionAndSite } from './harness';

const harness = withExtensionAndSite();

const card = (page: Page) => page.locator('entente-card .card');

async function isWorkerRunning(cdp: CDPSession, extensionId: string): Promise<boolean> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
}

/** Hovers `name` until its card shows related articles; returns their titles. */
async function cardArticles(page: Page, name: string): Promise<string[]> {
  await page.mouse.move(5, 5);
  await hoverText(page, 'body', name);
  await expect.poll(() => card(page).locator('h2').textContent()).toBe(name);
  await expect.poll(() => card(page).locator('.article-title').count()).toBeGreaterThan(0);
  return card(page).locator('.article-title').allTextContents();
}

describe('the background service worker stopped mid-session', () => {
  it('wakes for the next hover card, which gets its articles', async () => {
    const page = await openAnnotated(harness, 'lithuania.html');
    const cdp = await harness.browser.context.newCDPSession(page);
    const { extensionId } = harness.browser;
    expect(await cardArticles(page, 'Kęstutis Budrys')).not.toEqual([]);
    await page.keyboard.press('Escape');

    // Names not hovered before: a card's articles are kept per name and sentence, and a kept reply
    // would not need the worker.
    for (const name of ['Lithuania', 'Ukraine']) {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => isWorkerRunning(cdp, extensionId)).toBe(false);
      expect(await cardArticles(page, name)).not.toEqual([]);
      expect(await isWorkerRunning(cdp, extensionId)).toBe(true);
      expect(await card(page).locator('.status.error').count()).toBe(0);
      await page.keyboard.press('Escape');
    }
    await cdp.detach();
    await page.close();
  });
});
