import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  cardProbe,
  expectHighlighted,
  expectUnharmed,
  hoverOn,
  openHostile,
  withWatchedExtension,
} from './hostile-kit';

const harness = withWatchedExtension();

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script></style><svg onload="window.__pwned=3">javascript:window.__pwned=4 &lt;b&gt;&amp;`;

/** Elements that no page of ours should ever hold, and any inline event handler. */
function injectedMarkup(): string[] {
  const found: string[] = [];
  const roots: Array<Document | ShadowRoot> = [document];
  for (const host of document.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot);
  for (const root of roots) {
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (['img', 'iframe', 'object', 'embed'].includes(tag)) found.push(tag);
      if (tag === 'script' && !(element as HTMLScriptElement).src) found.push('inline script');
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
        if (/^\s*javascript:/i.test(attribute.value)) found.push(`${tag}[${attribute.name}=javascript:]`);
      }
    }
  }
  return found;
}

/** Opens one of the extension's pages and records dialogs and page errors. */
async function openExtensionPage(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await harness.browser.context.newPage();
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`chrome-extension://${harness.browser.extensionId}/${path}`);
  return { page, problems };
}

describe('payloads never execute and never render as markup', () => {
  it('in the hover card over a page with markup-like text around names', async () => {
    const hostile = await openHostile(harness, 'hostile/payload.html');
    const dialogs: string[] = [];
    hostile.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await expectHighlighted(hostile, ['Japan', 'Volodymyr Zelensky', 'Lithuania']);
    // "<b>Zelensky</b>" as text, then the full name after an escaped entity.
    for (const name of ['Zelensky', 'Volodymyr Zelensky']) {
      await hoverOn(hostile, '#lead', name);
      await expect.poll(async () => (await hostile.probe(cardProbe, null))?.articles ?? 0).toBeGreaterThan(0);
      const card = (await hostile.probe(cardProbe, null))!;
      expect(card.heading).toBe('Volodymyr Zelensky');
      expect(card.images).toBe(0);
      await hostile.page.keyboard.press('Escape');
    }
    expect(await hostile.probe(injectedMarkup, null)).toEqual([]);
    expect(await hostile.pageValue('window.__pwned ?? null')).toBeNull();
    expect(dialogs).toEqual([]);
    await expectUnharmed(hostile);
    await hostile.close();
  });

  it('a web page cannot message the extension', async () => {
    const hostile = await openHostile(harness, 'hostile/payload.html');
    // No externally_connectable: the page's world has no runtime to send with.
    expect(await hostile.pageValue('typeof globalThis.chrome?.runtime?.sendMessage')).toBe('undefined');
    await hostile.close();
  });

  it.each([
    [
      'the search page',
      `search.html?q=${encodeURIComponent(PAYLOAD)}&country=${encodeURIComponent(PAYLOAD)}&from=${encodeURIComponent(PAYLOAD)}`,
    ],
    ['the reader', `reader.html?id=${encodeURIComponent(PAYLOAD)}`],
    ['the reader, with a javascript: id', `reader.html?id=${encodeURIComponent('javascript:window.__pwned=5')}`],
    [
      'the explore page',
      `explore.html?country=${encodeURIComponent(PAYLOAD)}&date=${encodeURIComponent(PAYLOAD)}#${encodeURIComponent(PAYLOAD)}`,
    ],
    ['the popup', `popup.html?q=${encodeURIComponent(PAYLOAD)}`],
  ])('in %s opened with a hostile URL', async (_name, path) => {
    const { page, problems } = await openExtensionPage(path);
    await page.waitForLoadState('load');
    // Let the page ask the background and render its answer.
    await expect.poll(() => page.locator('main, [role="alert"]').count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    if (path.startsWith('search.html')) {
      // The text is kept, as text, in the search box.
      expect(await page.locator('input[type="search"]').first().inputValue()).toBe(PAYLOAD);
    }
    expect(await page.evaluate(injectedMarkup)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in the search page when a payload is typed and searched', async () => {
    const { page, problems } = await openExtensionPage('search.html');
    const box = page.locator('input[type="search"]').first();
    await box.fill(PAYLOAD);
    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(PAYLOAD);
    // The results (or the "nothing found" line) are rendered before the page is searched for markup.
    await expect.poll(() => page.locator('main').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(injectedMarkup)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});
