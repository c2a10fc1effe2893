import type { Highlighter, HighlightKind } from './highlighter';

/** The element that wraps a mention where the CSS Custom Highlight API is missing. */
export const MARK_TAG = 'entente-mark';

// Same colours as the ::highlight() rules; a custom element has no page styles of its own.
const MARK_STYLE: Record<HighlightKind, string> = {
  country: 'background-color: rgba(56, 132, 255, 0.28);',
  person: 'background-color: rgba(255, 170, 0, 0.36);',
  adjective: 'background-color: rgba(56, 132, 255, 0.13);',
};

export type WrappingHighlighterOptions = {
  /** Runs a DOM change of ours so that the page observer does not take it for the page's. */
  asOwnChange: (change: () => void) => void;
};

/**
 * The fallback for browsers without the CSS Custom Highlight API: each mention's text is wrapped
 * in <entente-mark> elements. Unlike the highlight registry this DOES change the page (text nodes
 * are split and wrapped), which is why it is only a fallback. Ranges are queued by `add` and
 * wrapped by `flush`, last first, so that splitting a text node never shifts a range still to wrap.
 */
export function createWrappingHighlighter(doc: Document, { asOwnChange }: WrappingHighlighterOptions): Highlighter {
  const queue: Array<{ kind: HighlightKind; range: AbstractRange }> = [];
  const marks = new Map<AbstractRange, HTMLElement[]>();
  const rangeOfMark = new WeakMap<Element, AbstractRange>();

  const wrap = (kind: HighlightKind, range: AbstractRange) => {
    const created: HTMLElement[] = [];
    const texts = textNodesOf(range);
    // Wrap from the last node back, so earlier offsets stay valid.
    for (let i = texts.length - 1; i >= 0; i--) {
      const { node, start, end } = texts[i]!;
      if (end <= start) continue;
      let middle = node;
      if (end < node.length) node.splitText(end);
      if (start > 0) middle = node.splitText(start);
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('style', MARK_STYLE[kind]);
      middle.replaceWith(mark);
      mark.append(middle);
      rangeOfMark.set(mark, range);
      created.unshift(mark);
    }
    marks.set(range, created);
  };

  const unwrap = (range: AbstractRange) => {
    const created = marks.get(range);
    if (!created) return;
    marks.delete(range);
    for (const mark of created) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      // Merge the pieces of the split text node back into one.
      parent?.normalize();
    }
  };

  return {
    add: (kind, range) => void queue.push({ kind, range }),
    delete: (_kind, range) => {
      const queued = queue.findIndex((q) => q.range === range);
      if (queued !== -1) queue.splice(queued, 1);
      asOwnChange(() => unwrap(range));
    },
    flush() {
      if (queue.length === 0) return;
      const batch = queue.splice(0, queue.length).reverse();
      asOwnChange(() => {
        for (const { kind, range } of batch) wrap(kind, range);
      });
    },
    rangeAt(target) {
      const mark = target instanceof Element ? target.closest(MARK_TAG) : null;
      const range = mark ? rangeOfMark.get(mark) : undefined;
      const created = range ? marks.get(range) : undefined;
      if (!range || !created?.length) return null;
      const live = doc.createRange();
      live.setStartBefore(created[0]!);
      live.setEndAfter(created[created.length - 1]!);
      return { range, live };
    },
    ensureRegistered: () => false,
    size: () => marks.size + queue.length,
    dispose() {
      queue.length = 0;
      asOwnChange(() => {
        for (const range of [...marks.keys()]) unwrap(range);
      });
    },
  };
}

/** The text nodes a range covers, with the covered part of each. */
function textNodesOf(range: AbstractRange): Array<{ node: Text; start: number; end: number }> {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (startContainer === endContainer && startContainer instanceof Text) {
    return [{ node: startContainer, start: startOffset, end: endOffset }];
  }
  const nodes: Array<{ node: Text; start: number; end: number }> = [];
  const root = commonAncestor(startContainer, endContainer);
  const walker = (startContainer.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = startContainer;
  for (let node: Node | null = startContainer; node; node = walker.nextNode()) {
    if (node instanceof Text) {
      nodes.push({
        node,
        start: node === startContainer ? startOffset : 0,
        end: node === endContainer ? endOffset : node.length,
      });
    }
    if (node === endContainer) break;
  }
  return nodes;
}

function commonAncestor(a: Node, b: Node): Node {
  for (let node: Node | null = a; node; node = node.parentNode) if (node.contains(b)) return node;
  return a.ownerDocument ?? a;
}
