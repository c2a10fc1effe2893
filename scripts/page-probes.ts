import type { Frame, Page } from 'playwright-core';

/** The text of every range in one of our highlights, in document order. */
export async function highlightedTexts(page: Page | Frame, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    const ranges = [...highlight] as AbstractRange[];
    return ranges.map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      // As a reader sees it: the page renders source line breaks and indentation as one space.
      return live.toString().replace(/\s+/g, ' ');
    });
  }, name);
}

/** Moves the pointer onto the first occurrence of `text` inside `selector`; returns its box. */
export async function hoverText(page: Page, selector: string, text: string) {
  const box = await page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let full = '';
      const nodes: Array<{ node: Text; start: number }> = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: full.length });
        full += (n as Text).data;
      }
      const at = full.indexOf(text);
      if (at < 0) return null;
      // No inner named functions here: tsx would wrap them in a __name helper the page lacks.
      const points = [at, at + text.length].map((offset) => {
        let found = nodes[0]!;
        for (const entry of nodes) if (entry.start <= offset) found = entry;
        return { node: found.node, offset: offset - found.start };
      });
      const start = points[0]!;
      const end = points[1]!;
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 30), y: rect.top + rect.height / 2 };
    },
    { selector, text },
  );
  if (!box) return null;
  await page.mouse.move(box.x - 40, box.y + 60);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  return box;
}

/** An init script: records every DOM change the page could observe, for "we changed nothing" checks. */
export function pageMutationLog() {
  const log: string[] = [];
  (window as unknown as { __mutations: string[] }).__mutations = log;
  const start = () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') {
          for (const n of r.addedNodes) log.push(`added ${n.nodeName}`);
          for (const n of r.removedNodes) log.push(`removed ${n.nodeName}`);
        } else {
          log.push(`${r.type} ${r.attributeName ?? ''} on ${r.target.nodeName}`);
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  // Parsing adds every node of the page: watch from the moment the document is complete.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

/** Every highlighted text of ours, whatever its kind, sorted. */
export async function allHighlightedTexts(page: Page | Frame): Promise<string[]> {
  const names = ['entente-country', 'entente-person', 'entente-adjective'];
  const lists = await Promise.all(names.map((name) => highlightedTexts(page, name)));
  return lists.flat().sort();
}

/** What `pageMutationLog` recorded since the page loaded (empty: the page saw no DOM change). */
export async function pageMutations(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations?: string[] }).__mutations ?? ['no mutation log']);
}

/**
 * Every range of our highlights as offsets into the concatenation of the body's text nodes
 * (scripts left out), with its highlight name and text, in text order.
 */
export async function highlightOffsets(
  page: Page | Frame,
): Promise<Array<{ name: string; start: number; end: number; text: string }>> {
  return page.evaluate(() => {
    const startOf = new Map<Node, number>();
    let all = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.tagName === 'SCRIPT' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      startOf.set(node, all.length);
      all += (node as Text).data;
    }
    const out: Array<{ name: string; start: number; end: number; text: string }> = [];
    for (const name of ['entente-country', 'entente-person', 'entente-adjective']) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
        const start = (startOf.get(range.startContainer) ?? NaN) + range.startOffset;
        const end = (startOf.get(range.endContainer) ?? NaN) + range.endOffset;
        out.push({ name, start, end, text: all.slice(start, end) });
      }
    }
    return out.sort((a, b) => a.start - b.start || a.name.localeCompare(b.name));
  });
}
