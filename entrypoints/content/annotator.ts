import type { Mention } from '../../lib/gazetteer-schema';
import { rangeInBlock } from '../../lib/text-block';
import { blockContainerOf, collectBlocks, isInlineElement, isSkippedElement, type PageBlock } from './collect-text';
import type { Highlighter, HighlightKind } from './highlighter';

/** A mention on the page: where it is, what it names, and the range painted for it. */
export type PageMention = {
  mention: Mention;
  kind: HighlightKind;
  block: PageBlock;
  range: StaticRange;
};

/**
 * Finds the mentions in a batch of texts (the background's matcher, asked by message: the page
 * never loads one), in the order of the texts.
 */
export type FindMentions = (texts: string[]) => Promise<Mention[][]>;

export type AnnotatorOptions = {
  root: Element;
  findMentions: FindMentions;
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
  /** An open shadow root was found (and is read): its changes should be watched too. */
  onShadowRoot?: (root: ShadowRoot) => void;
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
  /** How many mentions the page holds now (without copying them). */
  count(): number;
  /** The open shadow roots read so far (hit-testing must look inside them). */
  shadowRoots(): ShadowRoot[];
  /**
   * Starts no new slice of reading until `until` settles (a card is about to open: the reader is
   * waiting for it, and the rest of the page can wait).
   */
  hold(until: Promise<unknown>): void;
  dispose(): void;
};

/**
 * A work slice's budget: long enough to be efficient, short enough to stay within a frame. A
 * minor GC (3-9 ms in traces of a 1 MB page) or a style recalculation may land inside a slice and
 * its request's serialisation follows it, so the budget leaves room for both under 16 ms (8 ms
 * slices measured 16-17 ms tasks on the 1 MB bench page).
 */
const SLICE_MS = 6;
/**
 * Most text one slice sends to be matched (UTF-16 units), and most blocks. The request is
 * serialised in the slice's own task (~20 ns a unit here): 400,000 units made a 1 MB page's
 * reading slice ~17 ms long; 150,000 keep it within ~11 ms.
 */
const BATCH_UNITS = 150_000;
const BATCH_TEXTS = 2_000;
/** A batch the background could not answer is asked again once, after this pause. */
const RETRY_MS = 250;
/** How many screen heights from the top of a page opened at its top are painted as they are read. */
const NEAR_TOP_SCREENS = 2;
/** Units with mentions that one observed group element stands for, at most. */
const GROUP_UNITS = 24;

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { findMentions, kindOf, highlighter, isOwnNode } = options;
  /** Mentions per block container, so a changed container drops exactly its own. */
  const byContainer = new Map<Element, PageMention[]>();
  /** Mentions per text node, for hit-testing. */
  const byNode = new WeakMap<Text, PageMention[]>();
  const byRange = new WeakMap<AbstractRange, PageMention>();
  /** Containers whose mentions are registered with the highlighter now. */
  const painted = new Set<Element>();
  /** How many times a container was painted: a slice that painted lets a frame show it first. */
  let paintCount = 0;
  const paint = (container: Element) => {
    const list = byContainer.get(container);
    if (!list || painted.has(container)) return;
    painted.add(container);
    paintCount++;
    for (const m of list) highlighter.add(m.kind, m.range);
  };
  const unpaint = (container: Element) => {
    const list = byContainer.get(container);
    if (!list || !painted.delete(container)) return;
    for (const m of list) highlighter.delete(m.kind, m.range);
  };
  // One viewport above and below stays painted, so scrolling shows highlights already there.
  // The observer watches groups of units (a paragraph's parent, such as an article's body)
  // rather than every unit: Chromium recomputes every target of an observer in each frame after
  // an observe() call, which on a 1 MB page with a target per paragraph cost 30-100 ms a frame.
  const nearViewport = options.paintNearViewportOnly
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const units = members.get(entry.target);
            if (entry.isIntersecting) near.add(entry.target);
            else near.delete(entry.target);
            if (!units) continue;
            for (const unit of units) {
              if (entry.isIntersecting) paint(unit);
              else unpaint(unit);
            }
          }
          highlighter.flush();
        },
        { rootMargin: '100% 0px 100% 0px' },
      )
    : null;
  /** The observed element that stands for each unit with mentions. */
  const targetOf = new Map<Element, Element>();
  /** The units each observed element stands for. */
  const members = new Map<Element, Set<Element>>();
  /** Observed elements in or near the viewport now. */
  const near = new Set<Element>();

  /** Puts a unit under observation (in its parent's group where it can); true if it is near the viewport. */
  function watch(unit: Element): boolean {
    if (!nearViewport) return true;
    const parent = unit.parentElement;
    let target = unit;
    if (parent && parent !== options.root && parent !== options.root.ownerDocument.documentElement) {
      const group = members.get(parent);
      if (group ? group.size < GROUP_UNITS : isShortEnough(parent)) target = parent;
    }
    let group = members.get(target);
    if (!group) {
      members.set(target, (group = new Set()));
      nearViewport.observe(target);
    }
    group.add(unit);
    targetOf.set(unit, target);
    return near.has(target);
  }

  /**
   * Whether an element is short enough to stand for its units: a group taller than two screens
   * would keep mentions painted far from the viewport. Measured once per element.
   */
  const tallGroups = new WeakSet<Element>();
  function isShortEnough(element: Element): boolean {
    if (tallGroups.has(element)) return false;
    if (element.getBoundingClientRect().height <= 2 * innerHeight) return true;
    tallGroups.add(element);
    return false;
  }

  function unwatch(unit: Element) {
    const target = targetOf.get(unit);
    if (!target) return;
    targetOf.delete(unit);
    const group = members.get(target);
    group?.delete(unit);
    if (group && group.size === 0) {
      members.delete(target);
      near.delete(target);
      nearViewport?.unobserve(target);
    }
  }

  let mentionCount = 0;
  /** What the next slice waits for (see `hold`), if anything. */
  let held: Promise<unknown> | null = null;
  const pendingSet = new Set<Element>();
  const shadowRoots = new Set<ShadowRoot>();
  let disposed = false;
  let running: Promise<void> | null = null;

  function annotateBlock(block: PageBlock, mentions: readonly Mention[]): PageMention[] {
    const found: PageMention[] = [];
    for (const mention of mentions) {
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
    unwatch(container);
    for (const m of list) {
      for (const node of m.block.nodes) byNode.delete(node);
    }
    mentionCount -= list.length;
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

  /** Whether an element is in a part of the page that is never read (our UI, forms, hidden). */
  function isInsideSkipped(element: Element): boolean {
    for (let up: Element | null = element; up && up !== options.root; up = up.parentElement) {
      if (isSkippedElement(up, { isOwnNode })) return true;
    }
    return false;
  }

  /**
   * Whether a block's text nodes still hold what was read (the page may change while the
   * background matches): a node that left or changed length fails. A change the check misses
   * (same length) is re-read anyway, since the page observer queues every changed unit again.
   */
  function isCurrent(block: PageBlock): boolean {
    const { nodes, starts, text } = block;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const length = (i + 1 < starts.length ? starts[i + 1]! : text.length) - starts[i]!;
      if (!node.isConnected || node.data.length !== length) return false;
    }
    return true;
  }

  /**
   * Registers the mentions found in one unit's blocks (its own text, not its nested blocks),
   * replacing the ones it had. A unit known to be on or near the screen is painted at once rather
   * than after the observer's first report (which comes only after a rendering step).
   */
  function applyUnit(
    unit: Element,
    blocks: readonly PageBlock[],
    mentions: ReadonlyArray<readonly Mention[]>,
    isNearScreen: boolean,
  ) {
    clearContainer(unit);
    if (!unit.isConnected) return;
    const found: PageMention[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (mentions[i]!.length > 0 && isCurrent(block)) found.push(...annotateBlock(block, mentions[i]!));
    }
    if (found.length > 0) {
      byContainer.set(unit, found);
      mentionCount += found.length;
      if (watch(unit) || isNearScreen) paint(unit);
    }
  }

  /** The mentions of `texts`, asked twice at most; null when the background cannot answer. */
  async function mentionsOf(texts: string[]): Promise<Mention[][] | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await findMentions(texts);
      } catch (error) {
        if (attempt > 0 || disposed) {
          console.warn('Entente: page text could not be matched', error);
          return null;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        if (disposed) return null;
      }
    }
  }

  /** Whether an element's own children hold text (text nodes or inline elements): a scan unit. */
  function holdsText(element: Element): boolean {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (/\S/.test((child as Text).data)) return true;
      } else if (child instanceof Element && blockContainerOf(child) !== child) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's scan units in document order, found lazily (a 5 MB page is never walked in one
   * task): the innermost elements whose own children hold text, such as paragraphs.
   */
  function* walkUnits(root: Element): Generator<Element> {
    const stack: Element[] = [root];
    while (stack.length > 0) {
      const element = stack.pop()!;
      if (element !== root && isSkippedElement(element, { isOwnNode })) continue;
      // Nested blocks are units of their own; inline elements belong to their parent's text, but
      // may hold blocks in turn (<a><h3>…</h3></a>), so the walk goes through them too.
      if ((element === root || !isInlineElement(element)) && holdsText(element)) yield element;
      for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
      // An open shadow root's text is shown in place of the host's: read it as the host's content.
      const shadow = element.shadowRoot;
      if (shadow) {
        if (!shadowRoots.has(shadow)) {
          shadowRoots.add(shadow);
          options.onShadowRoot?.(shadow);
        }
        for (let child = shadow.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
      }
    }
  }

  /**
   * The units on screen of a page scrolled down (a restored position, an anchor), found by
   * sampling a few points: each elementFromPoint hit test costs time in proportion to the page
   * (~3 ms on a 5 MB page), so only a few.
   */
  function sampledUnits(root: Element): Element[] {
    const units = new Set<Element>();
    const doc = root.ownerDocument;
    for (const [x, y] of [0.3, 0.7].flatMap((fx) => [0.15, 0.5, 0.85].map((fy) => [fx, fy] as const))) {
      const hit = doc.elementFromPoint(x * innerWidth, y * innerHeight);
      const unit = hit ? blockContainerOf(hit) : null;
      if (unit && root.contains(unit) && unit !== root && !isInsideSkipped(unit)) units.add(unit);
    }
    return [...units];
  }

  /**
   * While the initial walk is near the top of a page that opened at its top, whether a unit is
   * on or near the first screen (then it is painted without waiting for the observer). Ends for
   * good at the first unit read that lies further down than NEAR_TOP_SCREENS screens.
   */
  let isNearTopPhase = false;
  function isNearTop(unit: Element): boolean {
    if (!isNearTopPhase) return false;
    if (unit.getBoundingClientRect().top <= NEAR_TOP_SCREENS * innerHeight) return true;
    isNearTopPhase = false;
    return false;
  }

  /** Work still to do: elements to re-scan first, then the rest of the initial walk. */
  const queue: Element[] = [];
  let queueHead = 0;
  let walk: Iterator<Element> | null = null;
  const nextUnit = (): Element | null => {
    while (queueHead < queue.length) {
      const element = queue[queueHead++]!;
      pendingSet.delete(element);
      if (element.isConnected) return element;
    }
    queue.length = 0;
    queueHead = 0;
    while (walk) {
      const step = walk.next();
      if (step.done) walk = null;
      else if (!scannedOnce.has(step.value)) return step.value;
    }
    return null;
  };
  /** Units already read during the initial walk (the viewport ones come first). */
  const scannedOnce = new WeakSet<Element>();

  /**
   * Until the first unit that is not painted at once is reached, slices hold only units that are:
   * the smaller their requests, replies and registrations, the sooner the reader sees highlights.
   * A loaded machine may need two slices for the screen; the rest of the page waits for both.
   */
  let isScreenPhase = true;

  async function drain() {
    // Text that left the document drops its highlights here and in rescan() (which every
    // removal reaches through the page observer), not once per scanned element.
    clearUnder(null);
    let element = nextUnit();
    while (element && !disposed) {
      if (held !== null) {
        while (held !== null) await held;
        // The card's frame comes before the next slice.
        await yieldToPage();
        if (disposed) return;
      }
      // Read a slice of units, have the background match their text (the page's main thread is
      // free meanwhile), then register what it found where the text is still the same.
      const sliceEnd = performance.now() + SLICE_MS;
      const read: Array<{ unit: Element; blocks: PageBlock[]; isNearScreen: boolean }> = [];
      const texts: string[] = [];
      let units = 0;
      while (element && performance.now() < sliceEnd && units < BATCH_UNITS && texts.length < BATCH_TEXTS) {
        // Painted as soon as it is read: on the screen a scrolled page opened at, or near the top
        // of a page opened at its top.
        const isNearScreen = onScreen.has(element) || isNearTop(element);
        if (isScreenPhase && !isNearScreen) {
          isScreenPhase = false;
          if (read.length > 0) break;
        }
        if (element.isConnected) {
          const blocks = collectBlocks(element, { isOwnNode, isShallow: true });
          read.push({ unit: element, blocks, isNearScreen });
          for (const block of blocks) {
            texts.push(block.text);
            units += block.text.length;
          }
        }
        scannedOnce.add(element);
        element = nextUnit();
      }
      const found = texts.length > 0 ? await mentionsOf(texts) : [];
      const paintedBefore = paintCount;
      if (disposed) return;
      if (found) {
        let next = 0;
        for (const { unit, blocks, isNearScreen } of read) {
          applyUnit(unit, blocks, found.slice(next, next + blocks.length), isNearScreen);
          next += blocks.length;
        }
      }
      highlighter.flush();
      highlighter.ensureRegistered();
      options.onChange?.();
      // A slice that asked the background already ends its task; one that did not yields here,
      // and so does one that painted: the frame that shows it comes before the next slice.
      const hasPainted = paintCount !== paintedBefore;
      if ((texts.length === 0 || hasPainted) && element) await yieldToPage();
      // Units queued while the background was matching (the page changed) are read after the
      // unit the walk had reached; if it had none, they are read now. That unit may also have
      // left the page meanwhile.
      if (!element || !element.isConnected) element = nextUnit();
    }
  }

  /** Set once start() has run the preparation: no scan runs before it. */
  let isStarted = false;
  /** The units found on screen at start, painted as soon as they are read. */
  const onScreen = new WeakSet<Element>();

  function schedule(): Promise<void> {
    if (!isStarted) return Promise.resolve();
    if (!running) {
      running = drain().finally(() => {
        running = null;
      });
    }
    return running;
  }

  function enqueue(elements: Iterable<Element>) {
    for (const element of elements) {
      if (pendingSet.has(element)) continue;
      pendingSet.add(element);
      queue.push(element);
    }
    return schedule();
  }

  return {
    async start() {
      walk = walkUnits(options.root);
      // The script's own first task ends here; the viewport slice comes in the next one. Not
      // read in this task (tried: it is the settings' reply, after the first task): the page's
      // first full frame then came after the read, whose geometry checks forced its layout in our
      // task, and the 1 MB page's longest task grew (A/B, 2 runs each: 42-46 ms against 34-35).
      await yieldToPage();
      if (disposed) return;
      isStarted = true;
      // A page at its top is read from the top; one scrolled down, from what is on screen.
      const isScrolled = (options.root.ownerDocument.scrollingElement?.scrollTop ?? 0) > innerHeight / 2;
      isNearTopPhase = !isScrolled;
      const units = isScrolled ? sampledUnits(options.root) : [];
      for (const unit of units) onScreen.add(unit);
      return enqueue(units);
    },
    rescan(containers) {
      clearUnder(null);
      const targets = new Set<Element>();
      for (const container of containers) {
        const block = blockContainerOf(container) ?? container;
        if (block.isConnected && !isInsideSkipped(block)) targets.add(block);
      }
      for (const target of targets) {
        // A target inside another target is covered by it.
        let isCovered = false;
        for (let up = target.parentElement; up && !isCovered; up = up.parentElement) isCovered = targets.has(up);
        if (isCovered) continue;
        clearWithin(target);
        for (const unit of walkUnits(target)) {
          if (pendingSet.has(unit)) continue;
          pendingSet.add(unit);
          queue.push(unit);
        }
      }
      void schedule();
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
    hold(until) {
      const settled = until.then(
        () => undefined,
        () => undefined,
      );
      held = settled;
      void settled.then(() => {
        if (held === settled) held = null;
      });
    },
    count: () => mentionCount,
    shadowRoots: () => [...shadowRoots].filter((root) => root.host.isConnected),
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

type PostTask = (callback: () => void, options: { priority: 'user-visible' }) => Promise<void>;

/**
 * Ends the current task and continues in a new one at normal priority. Not scheduler.yield():
 * its continuations outrank rendering, so a chain of slices held frames back until Chromium's
 * starvation guard stepped in (~100 ms animation frames, and the first highlights painted late).
 * Not setTimeout either: nested timers are clamped to 4 ms.
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
