/**
 * Code that runs inside the benchmark pages, kept as strings: tsx wraps named inner functions in
 * a `__name` helper that the page does not have, and strings are never transpiled.
 */

/** The highlight names the content script registers (entrypoints/content/highlighter.ts). */
export const HIGHLIGHT_NAMES = ['entente-country', 'entente-person', 'entente-adjective'];

/** The performance mark that ties the page clock to the trace clock. */
export const SYNC_MARK = 'entente-bench-sync';

/**
 * Init script for the extension runs. A requestAnimationFrame loop (frames are when highlights
 * reach the screen) records, in page time:
 * - firstViewport: the first frame in which a registered highlight lies in the viewport, and
 *   firstViewportPainted: the frame after it (the first one has then been painted);
 * - lastChange / lastChangePainted: the frame that first saw the final highlight count, and the
 *   frame after it;
 * - done once the count has stayed the same for `stableFrames` frames (bounded by `maxMs`).
 */
export function probeInitScript(stableFrames: number, maxMs: number): string {
  return `(() => {
  const NAMES = ${JSON.stringify(HIGHLIGHT_NAMES)};
  const p = { sync: -1, frames: 0, count: 0, firstSeen: -1, firstViewport: -1, firstViewportPainted: -1,
    lastChange: -1, lastChangePainted: -1, stable: 0, done: false, timedOut: false, long: [] };
  window.__ententeBench = p;
  for (const type of ['long-animation-frame', 'longtask']) {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) p.long.push([e.entryType, e.startTime, e.duration]);
      }).observe({ type, buffered: true });
    } catch (e) {}
  }
  let viewportPending = false;
  let changePending = false;
  const tick = () => {
    const now = performance.now();
    if (p.sync < 0) p.sync = performance.mark(${JSON.stringify(SYNC_MARK)}).startTime;
    p.frames++;
    if (viewportPending) { p.firstViewportPainted = now; viewportPending = false; }
    if (changePending) { p.lastChangePainted = now; changePending = false; }
    let n = 0;
    for (const name of NAMES) { const h = CSS.highlights.get(name); if (h) n += h.size; }
    if (n !== p.count) { p.count = n; p.lastChange = now; changePending = true; p.stable = 0; }
    else p.stable++;
    if (n > 0 && p.firstSeen < 0) p.firstSeen = now;
    if (n > 0 && p.firstViewport < 0) {
      let isFound = false;
      for (const name of NAMES) {
        const h = CSS.highlights.get(name);
        if (!h || isFound) continue;
        let k = 0;
        for (const r of h) {
          if (k++ > 300) break;
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const b = live.getBoundingClientRect();
          if (b.width > 0 && b.bottom > 0 && b.top < innerHeight && b.right > 0 && b.left < innerWidth) { isFound = true; break; }
        }
      }
      if (isFound) { p.firstViewport = now; viewportPending = true; }
    }
    if (p.count > 0 && p.stable >= ${stableFrames} && !changePending) { p.done = true; return; }
    if (now > ${maxMs}) { p.done = true; p.timedOut = true; return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

/** The floor: a bare TreeWalker read of every text node under <body>. */
export const FLOOR_READ = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { chars += n.data.length; nodes++; }
  return { ms: performance.now() - t0, chars, nodes };
})()`;

/**
 * Peer set-up (not timed): the page's leaf text blocks, in document order, kept for the timed
 * run; returns their count and total length so the caller can check them against the generator.
 */
export const PEER_SETUP = `(() => {
  const blocks = [...document.body.querySelectorAll('p, h1, h2, h3, li, blockquote')]
    .filter((e) => e.textContent.length > 0);
  window.__ententePeerBlocks = blocks;
  let length = 0;
  for (const b of blocks) length += b.textContent.length;
  return { count: blocks.length, length, bodyLength: document.body.textContent.length };
})()`;

/**
 * The peer, timed: mark.js `markRanges` wraps the given ranges (per block, offsets in the
 * block's text) in <mark> elements, then two frames pass so the result is painted. The ranges
 * are the ones our matcher finds in the same text.
 */
export function peerRun(rangesByBlock: Array<Array<[number, number]>>): string {
  return `(async () => {
  const all = ${JSON.stringify(rangesByBlock)};
  const blocks = window.__ententePeerBlocks;
  const jobs = [];
  for (let i = 0; i < all.length; i++) {
    if (all[i].length > 0) jobs.push([blocks[i], all[i].map(([start, length]) => ({ start, length }))]);
  }
  const options = { element: 'mark', className: 'entente-peer' };
  const t0 = performance.mark(${JSON.stringify(SYNC_MARK)}).startTime;
  for (const [element, ranges] of jobs) new Mark(element).markRanges(ranges, options);
  const t1 = performance.now();
  await new Promise((done) => requestAnimationFrame(() => done()));
  await new Promise((done) => requestAnimationFrame(() => done()));
  const t2 = performance.now();
  return { sync: t0, wrapMs: t1 - t0, totalMs: t2 - t0, marks: document.querySelectorAll('mark.entente-peer').length };
})()`;
}

/**
 * A highlighted name in the viewport to hover (the `skip`-th one found): persons first, then
 * countries, then adjectives (a page whose first screen names countries only by adjectives still
 * has a card to open). Returns a point inside its first line box, or null.
 */
export function hoverTarget(skip: number): string {
  return `(() => {
  let seen = 0;
  for (const name of ['entente-person', 'entente-country', 'entente-adjective']) {
    const h = CSS.highlights.get(name);
    if (!h) continue;
    for (const r of h) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const rect = live.getClientRects()[0];
      if (!rect || rect.width < 8 || rect.top < 40 || rect.bottom > innerHeight - 300) continue;
      if (seen++ < ${skip}) continue;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: live.toString() };
    }
  }
  return null;
})()`;
}

/**
 * Starts watching for the hover card after the next pointer move: the first frame after the
 * move (when the content script's hover check runs and starts the dwell timer), the frame in
 * which `entente-card .card` is first visible, and the frame after that (it has been painted).
 */
export const HOVER_WATCH = `(() => {
  const w = { move: -1, firstFrame: -1, seen: -1, painted: -1, done: false };
  window.__ententeHover = w;
  const frame = () => {
    const now = performance.now();
    if (w.firstFrame < 0) w.firstFrame = now;
    if (w.seen >= 0) { w.painted = now; w.done = true; return; }
    const card = document.querySelector('entente-card')?.shadowRoot?.querySelector('.card');
    if (card) {
      const b = card.getBoundingClientRect();
      if (b.width > 0 && b.height > 0 && card.checkVisibility({ visibilityProperty: true, opacityProperty: true })) w.seen = now;
    }
    if (now - w.move > 5000) { w.done = true; return; }
    requestAnimationFrame(frame);
  };
  addEventListener('pointermove', () => {
    if (w.move >= 0) return;
    w.move = performance.now();
    requestAnimationFrame(frame);
  }, { capture: true, once: true });
})()`;

/** Whether the hover card is shown. */
export const IS_CARD_OPEN = `(() => !!document.querySelector('entente-card')?.shadowRoot?.querySelector('.card'))()`;
