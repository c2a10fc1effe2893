import { joinTextBlock, type TextBlock } from '../../lib/text-block';

/** Elements whose text is never read: code, forms, media, and anything that is not prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IMG',
  'PICTURE',
  'SOURCE',
  'MAP',
  'DATALIST',
  'OUTPUT',
  'KBD',
  'SAMP',
  'PRE',
  'CODE',
]);

/** Elements that flow inside a line: their text joins the text around them. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'MARK',
  'NOBR',
  'Q',
  'RUBY',
  'RB',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'LABEL',
  'BIG',
  'TT',
  'STRIKE',
  // Our own marks in the wrapping fallback hold page text inline.
  'ENTENTE-MARK',
]);

/** Whether an element flows inside a line (its text joins the text around it). */
export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName);
}

/** A block of joined text and the element that holds it (its nearest non-inline ancestor). */
export type PageBlock = TextBlock<Text> & { container: Element };

export type CollectOptions = {
  /** Our own UI's host element: never read. */
  isOwnNode: (node: Node) => boolean;
  /**
   * Read only the root's own text (its text nodes and inline elements), not the blocks nested in
   * it: those are scan units of their own.
   */
  isShallow?: boolean;
};

/** Whether an element's text is never annotated (hidden, editable, or not prose). */
export function isSkippedElement(element: Element, { isOwnNode }: CollectOptions): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (isOwnNode(element)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return false;
}

/**
 * Reads the visible text under `root` into blocks, in document order. Inline elements are
 * joined with the text around them; block elements and <br> start a new block.
 */
export function collectBlocks(root: Element, options: CollectOptions): PageBlock[] {
  const blocks: PageBlock[] = [];
  const visibility = new Map<Element, boolean>();

  const isVisible = (element: Element): boolean => {
    let visible = visibility.get(element);
    if (visible === undefined) {
      visible =
        typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
      visibility.set(element, visible);
    }
    return visible;
  };

  let parts: Array<{ node: Text; text: string }> = [];
  let container: Element = root;
  const flush = () => {
    if (parts.some((p) => /\S/.test(p.text))) {
      const block = joinTextBlock(parts);
      // Line breaks and tabs in page text render as spaces (white-space: normal): match them as
      // such, so a name wrapped in the HTML source is still one name. One for one, offsets hold.
      blocks.push({ ...block, text: block.text.replace(/[\n\r\t\f]/g, ' '), container });
    }
    parts = [];
  };

  // Iterative depth-first walk: deep pages must not overflow the stack.
  const walk = (start: Element, startContainer: Element) => {
    type Frame = { node: Node | null; container: Element; closes: boolean };
    const stack: Frame[] = [{ node: start.firstChild, container: startContainer, closes: false }];
    container = startContainer;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const node = frame.node;
      if (!node) {
        stack.pop();
        if (frame.closes) {
          flush();
          container = stack[stack.length - 1]?.container ?? startContainer;
        }
        continue;
      }
      frame.node = node.nextSibling;
      if (node.nodeType === Node.TEXT_NODE) {
        const text = (node as Text).data;
        const parent = node.parentElement;
        if (text.length > 0 && parent && isVisible(parent)) {
          container = frame.container;
          parts.push({ node: node as Text, text });
        }
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      if (element.tagName === 'BR') {
        flush();
        continue;
      }
      if (isSkippedElement(element, options)) {
        // A skipped element still separates the text around it, unless it is inline.
        if (!INLINE_TAGS.has(element.tagName)) flush();
        continue;
      }
      const isInline = INLINE_TAGS.has(element.tagName);
      if (!isInline) flush();
      if (!isInline && options.isShallow) continue;
      stack.push({
        node: element.firstChild,
        container: isInline ? frame.container : element,
        closes: !isInline,
      });
    }
    flush();
  };

  walk(root, root);
  return blocks;
}

/** The nearest ancestor (or self) that is not an inline element: what holds a block's text. */
export function blockContainerOf(node: Node): Element | null {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element && INLINE_TAGS.has(element.tagName)) element = element.parentElement;
  return element;
}
