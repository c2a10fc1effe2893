import type { Mention } from '../../lib/gazetteer-schema';
import { rangeInBlock } from '../../lib/text-block';
import { blockContainerOf, collectBlocks, type PageBlock } from './collect-text';
import type { Highlighter, HighlightKind } from './highlighter';

/** A mention on the page: where it is, what it names, and the range painted for it. */
export type PageMention = {
  mention: Mention;
  kind: HighlightKind;
  block: PageBlock;
  range: StaticRange;
};

export type AnnotatorOptions = {
  root: Element;
  findMentions: (text: string) => Mention[];
  kindOf: (mention: Mention) => HighlightKind;
  highlighter: Highlighter;
  isOwnNode: (node: Node) => boolean;
  /** Called after each batch of work with the current mention count. */
  onChange?: () => void;
  /**
   * Paint only the mentions near the viewport (the highlight API): every registered range costs
   * Chromium work on every frame that changes anything, so a 5 MB page with all its ranges
   * registered stutters. Off for the wrapping fallback, whose marks are painted once.
   */
  paintNearViewportOnly?: boolean;
};

export type Annotator = {
  /** Scans the whole root, viewport first, in slices that never block the page for long. */
  start(): Promise<void>;
  /** Re-scans the parts of the page that a batch of mutations touched. */
  rescan(containers: Iterable<Element>): void;
  /** The mention at a text position (for hit-testing under the pointer). */
  mentionAt(node: Text, offset: number): PageMention | null;
  /** The mention painted with this range. */
  mentionOfRange(range: AbstractRange): PageMention | null;
  mentions(): PageMention[];
  dispose(): void;
};

/** A work slice's budget: long enough to be efficient, short enough to stay within a frame. */
const SLICE_MS = 8;

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { findMentions, kindOf, highlighter, isOwnNode } = options;
  /** Mentions per block container, so a changed container drops exactly its own. */
  const byContainer = new Map<Element, PageMention[]>();
  /** Mentions per text node, for hit-testing. */
  const byNode = new WeakMap<Text, PageMention[]>();
  const byRange = new WeakMap<AbstractRange, PageMention>();
  /** Containers whose mentions are registered with the highlighter now. */
  const painted = new Set<Element>();
  const paint = (container: Element) => {
    const list = byContainer.get(container);
    if (!list || painted.has(container)) return;
    painted.add(container);
    for (const m of list) highlighter.add(m.kind, m.range);
  };
  const unpaint = (container: Element) => {
    const list = byContainer.get(container);
    if (!list || !painted.delete(container)) return;
    for (const m of list) highlighter.delete(m.kind, m.range);
  };
  // One viewport above and below stays painted, so scrolling shows highlights already there.
  const nearViewport = options.paintNearViewportOnly
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) paint(entry.target);
            else unpaint(entry.target);
          }
          highlighter.flush();
        },
        { rootMargin: '100% 0px 100% 0px' },
      )
    : null;
  const pending: Element[] = [];
  const pendingSet = new Set<Element>();
  let disposed = false;
  let running: Promise<void> | null = null;

  function annotateBlock(block: PageBlock): PageMention[] {
    const found: PageMention[] = [];
    for (const mention of findMentions(block.text)) {
      const { start, end } = rangeInBlock(block, mention.start, mention.end);
      const range = new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
      const kind = kindOf(mention);
      const pageMention: PageMention = { mention, kind, block, range };
      byRange.set(range, pageMention);
      found.push(pageMention);
      for (let i = block.nodes.indexOf(start.node); i < block.nodes.length; i++) {
        const node = block.nodes[i]!;
        let list = byNode.get(node);
        if (!list) byNode.set(node, (list = []));
        list.push(pageMention);
        if (node === end.node) break;
      }
    }
    return found;
  }

  function clearContainer(container: Element) {
    const list = byContainer.get(container);
    if (!list) return;
    unpaint(container);
    nearViewport?.unobserve(container);
    for (const m of list) {
      for (const node of m.block.nodes) byNode.delete(node);
    }
    byContainer.delete(container);
  }

  /** Drops every mention whose text left the document or lies under `root`. */
  function clearUnder(root: Element | null) {
    for (const container of [...byContainer.keys()]) {
      if (!container.isConnected || (root && root.contains(container))) clearContainer(container);
    }
  }

  /**
   * Drops the mentions of containers at or under `element`. Walks the element's own subtree
   * rather than every container on the page: the initial scan visits every unit once, and a
   * sweep over all containers per unit made it quadratic (profiled: ~0.3 s of 1.2 s on 1 MB).
   */
  function clearWithin(element: Element) {
    if (byContainer.size === 0) return;
    if (byContainer.has(element)) clearContainer(element);
    for (const descendant of element.getElementsByTagName('*')) {
      if (byContainer.has(descendant)) clearContainer(descendant);
    }
  }

  function scanElement(element: Element) {
    clearWithin(element);
    for (const block of collectBlocks(element, { isOwnNode })) {
      const found = annotateBlock(block);
      if (found.length === 0) continue;
      const list = byContainer.get(block.container);
      if (list) {
        // More of an already registered container: paint the new ones in its current state.
        list.push(...found);
        if (painted.has(block.container)) for (const m of found) highlighter.add(m.kind, m.range);
      } else {
        byContainer.set(block.container, found);
        if (nearViewport) nearViewport.observe(block.container);
        else paint(block.container);
      }
    }
    highlighter.flush();
  }

  function isInViewport(element: Element): boolean {
    const rect = element.getBoundingClientRect();
    return rect.bottom >= 0 && rect.top <= innerHeight && rect.right >= 0 && rect.left <= innerWidth;
  }

  /** Splits the root into scan units (its top-level block children), viewport first. */
  function scanUnits(root: Element): Element[] {
    const units: Element[] = [];
    const visit = (element: Element, depth: number) => {
      // Big containers are split so one unit never holds the whole page.
      if (depth < 6 && element.childElementCount > 0 && (element.textContent?.length ?? 0) > 4000) {
        // Only split where no text flows between children: inline runs must stay together.
        let isSplittable = true;
        for (const child of element.childNodes) {
          if (child.nodeType === Node.TEXT_NODE && /\S/.test((child as Text).data)) isSplittable = false;
          if (child instanceof Element && blockContainerOf(child) !== child) isSplittable = false;
        }
        if (isSplittable) {
          for (const child of element.children) visit(child, depth + 1);
          return;
        }
      }
      units.push(element);
    };
    visit(root, 0);
    const visible = units.filter(isInViewport);
    const rest = units.filter((u) => !visible.includes(u));
    return [...visible, ...rest];
  }

  async function drain() {
    // Text that left the document drops its highlights here and in rescan() (which every
    // removal reaches through the page observer), not once per scanned element.
    clearUnder(null);
    while (pending.length > 0 && !disposed) {
      const sliceEnd = performance.now() + SLICE_MS;
      while (pending.length > 0 && performance.now() < sliceEnd) {
        const element = pending.shift()!;
        pendingSet.delete(element);
        if (element.isConnected) scanElement(element);
      }
      highlighter.ensureRegistered();
      options.onChange?.();
      if (pending.length > 0) await yieldToPage();
    }
  }

  function enqueue(elements: Iterable<Element>) {
    for (const element of elements) {
      if (pendingSet.has(element)) continue;
      pendingSet.add(element);
      pending.push(element);
    }
    if (!running) {
      running = drain().finally(() => {
        running = null;
      });
    }
    return running;
  }

  return {
    start: () => enqueue(scanUnits(options.root)),
    rescan(containers) {
      clearUnder(null);
      const targets: Element[] = [];
      for (const container of containers) {
        const block = blockContainerOf(container) ?? container;
        if (!isOwnNode(block)) targets.push(block);
      }
      // A container inside another target is covered by it.
      const roots = targets.filter((t) => !targets.some((o) => o !== t && o.contains(t)));
      void enqueue(roots);
    },
    mentionAt(node, offset) {
      const list = byNode.get(node);
      if (!list) return null;
      for (const m of list) {
        const index = m.block.nodes.indexOf(node);
        const position = m.block.starts[index]! + offset;
        // The caret may sit just after the last letter: the caller confirms with client rects.
        if (position >= m.mention.start && position <= m.mention.end) return m;
      }
      return null;
    },
    mentionOfRange: (range) => byRange.get(range) ?? null,
    mentions() {
      const all: PageMention[] = [];
      for (const list of byContainer.values()) all.push(...list);
      return all;
    },
    dispose() {
      disposed = true;
      nearViewport?.disconnect();
      for (const container of [...byContainer.keys()]) clearContainer(container);
    },
  };
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
