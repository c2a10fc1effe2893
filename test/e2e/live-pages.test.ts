import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withExtensionAndSite } from './harness';
import { allHighlightedTexts, highlightedTexts, pageMutationLog } from '../../scripts/page-probes';

const harness = withExtensionAndSite();

async function open(path: string, until: (texts: string[]) => boolean = (t) => t.length > 0): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.addInitScript(pageMutationLog);
  await page.goto(`${harness.site.url}/${path}`);
  await expect.poll(async () => until(await allHighlightedTexts(page)), { timeout: 15_000 }).toBe(true);
  return page;
}

async function ourMutations(page: Page): Promise<string[]> {
  const log = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
  return log;
}

describe('reading page text', () => {
  it('finds names split by inline markup, and nothing in skipped or hidden text', async () => {
    const page = await open('nested.html', (t) => t.includes('Only this Japan counts.') || t.includes('Japan'));
    await expect
      .poll(() => allHighlightedTexts(page))
      .toEqual(['Japan', 'Lithuania', 'Selenskyj', 'Володимир Зеленський'].sort());
    expect(await ourMutations(page)).toEqual([]);
    await page.close();
  });

  it('annotates same-origin and srcdoc frames', async () => {
    const page = await open('frames.html');
    await expect.poll(() => allHighlightedTexts(page)).toEqual(['Lithuania']);
    const child = page.frame({ url: /frame-child\.html$/ })!;
    await expect.poll(() => allHighlightedTexts(child), { timeout: 10_000 }).toEqual(['Japan', 'Rustem Umerov']);
    const srcdoc = page.frames().find((f) => f !== page.mainFrame() && f !== child)!;
    // about:srcdoc frames are not http(s): the manifest asks for them (match_origin_as_fallback).
    await expect.poll(() => allHighlightedTexts(srcdoc)).toEqual(['France']);
    await page.close();
  });
});

describe('live pages', () => {
  it('follows an SPA that swaps its view', async () => {
    const page = await open('spa.html');
    await expect.poll(() => allHighlightedTexts(page)).toEqual(['Japan', 'Ukraine']);
    await page.click('#next');
    await expect.poll(() => allHighlightedTexts(page)).toEqual(['Kęstutis Budrys', 'Lithuania']);
    await page.click('#next');
    await expect.poll(() => allHighlightedTexts(page)).toEqual(['France', 'Sébastien Lecornu']);
    await page.close();
  });

  it('annotates items appended by infinite scroll, and drops text that is removed', async () => {
    const page = await open('spa.html');
    await page.evaluate(() => {
      const w = window as unknown as { loadMore(): void };
      for (let i = 0; i < 3; i++) w.loadMore();
    });
    await expect
      .poll(async () => (await highlightedTexts(page, 'entente-country')).filter((t) => t === 'Germany').length)
      .toBe(3);
    await page.evaluate(() => document.getElementById('feed')!.replaceChildren());
    await expect.poll(() => allHighlightedTexts(page)).toEqual(['Japan', 'Ukraine']);
    await page.close();
  });

  it('re-reads edited text', async () => {
    const page = await open('spa.html');
    await page.evaluate(() =>
      (window as unknown as { editText(t: string): void }).editText('Now only Poland is named.'),
    );
    await expect.poll(() => allHighlightedTexts(page)).toEqual(['Poland']);
    await page.close();
  });

  it('puts its highlights back when the page clears the registry', async () => {
    const page = await open('spa.html');
    await expect.poll(() => allHighlightedTexts(page)).toEqual(['Japan', 'Ukraine']);
    // Cleared and read in one task, so that no repair can come between.
    expect(await page.evaluate(() => (CSS.highlights.clear(), CSS.highlights.size))).toBe(0);
    await expect.poll(() => allHighlightedTexts(page)).toEqual(['Japan', 'Ukraine']);
    await page.close();
  });

  it('changes nothing in the page while it works', async () => {
    const page = await open('spa.html');
    await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    await expect.poll(async () => (await allHighlightedTexts(page)).includes('Germany')).toBe(true);
    const log = await ourMutations(page);
    // Only the page's own change (one <article> added) is seen: nothing of ours.
    expect(log).toEqual(['added ARTICLE']);
    await page.close();
  });
});

describe('long pages', () => {
  it('paints only the mentions near the viewport, and follows scrolling', async () => {
    const page = await open('long.html');
    const painted = async () => (await allHighlightedTexts(page)).length;
    // The first highlights come from the first reading slice; the rest of what is near the
    // viewport follows in the next ones: wait until the count stops changing.
    await expect.poll(painted).toBeGreaterThan(10);
    let near = await painted();
    for (let previous = -1; near !== previous;) {
      previous = near;
      await page.waitForTimeout(300);
      near = await painted();
    }
    expect(near).toBeLessThan(400);
    // Every mention is known, painted or not: the badge counts them all.
    await page.evaluate(() => document.getElementById('p399')!.scrollIntoView());
    await expect
      .poll(async () => {
        const texts = await page.evaluate(() => {
          const ranges = [...(CSS.highlights.get('entente-country') ?? [])] as AbstractRange[];
          return ranges.map((r) => (r.startContainer.parentElement as Element).id);
        });
        return texts.includes('p399') && !texts.includes('p0');
      })
      .toBe(true);
    await page.close();
  });
});
