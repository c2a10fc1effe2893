import type { Page } from 'puppeteer-core';

// Functions passed to page.evaluate run in the page: no inner named functions (a transform
// could wrap them in a helper the page lacks) and nothing from this module's scope.

/** The text of every range in one of Entente's highlights, in document order. */
export function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return ([...highlight] as AbstractRange[]).map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString().replace(/\s+/g, ' ');
    });
  }, name);
}

/** Moves the pointer onto the first occurrence of `text` inside `selector`, as a reader would. */
export async function hoverText(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  const box = await page.evaluate(
    (selector, text) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getClientRects()[0];
        if (!rect) return null;
        return { x: rect.left + Math.min(rect.width / 2, 30), y: rect.top + rect.height / 2 };
      }
      return null;
    },
    selector,
    text,
  );
  if (!box) throw new Error(`"${text}" is not in one text node of ${selector} on ${page.url()}`);
  await page.mouse.move(box.x - 40, box.y + 60);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  return box;
}

export type CardSnapshot = {
  /** The tag of the host's parent: the card sits beside <body>, under <html>. */
  parent: string | undefined;
  heading: string | null;
  titles: string[];
  /** The card's box on screen: a card that is in the DOM but not painted has no size. */
  width: number;
  height: number;
};

/** What the hover card shows, read through its open shadow root; null while there is none. */
export function readCard(page: Page): Promise<CardSnapshot | null> {
  return page.evaluate(() => {
    const host = document.querySelector('entente-card');
    const card = host?.shadowRoot?.querySelector('.card');
    if (!host || !card) return null;
    const rect = card.getBoundingClientRect();
    return {
      parent: host.parentElement?.tagName,
      heading: card.querySelector('h2')?.textContent ?? null,
      titles: [...card.querySelectorAll('.article-title')].map((t) => t.textContent ?? ''),
      width: rect.width,
      height: rect.height,
    };
  });
}
