import { mkdirSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/launch-chromium';
import { withExtensionAndSite, type Harness } from './harness';

/**
 * Probes for hostile pages. A hostile page may replace the built-ins of its own world
 * (Array.prototype.map, JSON.parse, MutationObserver...), so every probe runs in a fresh isolated
 * world made over CDP, never in the page's world; only plain reads of the page's own globals
 * (the mutation log) go through the page's world, and those are serialized by CDP, not by JS.
 */
export type HostilePage = {
  page: Page;
  cdp: CDPSession;
  /** Runs `fn(arg)` in an isolated world of the main frame (or of the frame whose URL includes `frameUrl`). */
  probe<A, R>(fn: (arg: A) => R | Promise<R>, arg: A, frameUrl?: string): Promise<R>;
  /** Evaluates an expression in the page's own world and returns its value. */
  pageValue<R>(expression: string): Promise<R>;
  /** Uncaught exceptions and console/log errors seen so far, in any world of the page. */
  errors: string[];
  close(): Promise<void>;
};

/** An init script for the page's world: logs every DOM change outside <entente-card>, with the built-ins of the moment. */
export function earlyMutationLog() {
  const Observer = window.MutationObserver;
  const push = Array.prototype.push;
  const log: string[] = [];
  (window as unknown as { __mutations: string[] }).__mutations = log;
  const observer = new Observer((records) => {
    for (const r of records) {
      const target = r.target as Element;
      const where = target.nodeName + (target instanceof Element && target.id ? `#${target.id}` : '');
      if (r.type === 'childList') {
        for (const n of r.addedNodes) push.call(log, `added ${n.nodeName} to ${where}`);
        for (const n of r.removedNodes) push.call(log, `removed ${n.nodeName} from ${where}`);
      } else {
        push.call(log, `${r.type} ${r.attributeName ?? ''} on ${where}`);
      }
    }
  });
  // Parsing adds every node: watch from the moment the document is parsed.
  const start = () =>
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

/** Opens a page with the error watch and the mutation log installed before any of its scripts. */
export async function openHostile(
  harness: Harness,
  path: string,
  options: { loadTimeout?: number } = {},
): Promise<HostilePage> {
  const page = await harness.browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    errors.push(
      `exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text} at ${exceptionDetails.url ?? ''}`,
    );
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error' || type === 'assert') {
      errors.push(`console.${type}: ${args.map((a) => a.description ?? String(a.value)).join(' ')}`);
    }
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && !entry.url?.endsWith('/favicon.ico'))
      errors.push(`log: ${entry.text} ${entry.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await cdp.send('Page.enable');
  await page.addInitScript(earlyMutationLog);
  await page.goto(`${harness.site.url}/${path}`, { timeout: options.loadTimeout ?? 30_000 });

  const worlds = new Map<string, number>();
  cdp.on('Page.frameNavigated', () => worlds.clear());
  const contextFor = async (frameUrl?: string): Promise<number> => {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    type Tree = typeof frameTree;
    const all: Tree[] = [];
    const visit = (tree: Tree) => {
      all.push(tree);
      for (const child of tree.childFrames ?? []) visit(child);
    };
    visit(frameTree);
    const frame = frameUrl ? all.find((t) => t.frame.url.includes(frameUrl))?.frame : frameTree.frame;
    if (!frame) throw new Error(`No frame at ${frameUrl}`);
    const key = `${frame.id} ${frame.url}`;
    let id = worlds.get(key);
    if (id === undefined) {
      ({ executionContextId: id } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frame.id,
        worldName: 'entente-probes',
      }));
      worlds.set(key, id);
    }
    return id;
  };
  const evaluate = async <R>(expression: string, contextId?: number): Promise<R> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      returnByValue: true,
      awaitPromise: true,
      silent: true,
    });
    if (exceptionDetails)
      throw new Error(`Probe failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  };
  return {
    page,
    cdp,
    errors,
    probe: async (fn, arg, frameUrl) =>
      evaluate(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`, await contextFor(frameUrl)),
    pageValue: (expression) => evaluate(expression),
    close: () => page.close(),
  };
}

/** The text of each range in each of our highlights: `{ person: [...], country: [...], adjective: [...] }`. */
export function highlightProbe(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const kind of ['person', 'country', 'adjective']) {
    const highlight = CSS.highlights.get(`entente-${kind}`);
    out[kind] = highlight
      ? ([...highlight] as AbstractRange[]).map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live.toString().replace(/\s+/g, ' ');
        })
      : [];
  }
  return out;
}

/** Waits until every text in `expected` is among the highlighted texts of a frame. */
export async function expectHighlighted(
  hostile: HostilePage,
  expected: string[],
  options: { frameUrl?: string; timeout?: number } = {},
) {
  await expect
    .poll(
      async () => {
        const all = Object.values(await hostile.probe(highlightProbe, null, options.frameUrl)).flat();
        return expected.filter((text) => !all.includes(text));
      },
      { timeout: options.timeout ?? 15_000 },
    )
    .toEqual([]);
}

/** Where the text `text` is inside the first element matching `selector` (viewport coordinates). */
export function textBoxProbe({ selector, text }: { selector: string; text: string }) {
  const element = document.querySelector(selector);
  // A host's text is its open shadow root's.
  const root = element?.shadowRoot ?? element;
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    const rect = range.getClientRects()[0];
    if (!rect) return null;
    return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Where a frame's content box starts in the top page's viewport. */
export function frameOffsetProbe(id: string) {
  const frame = document.getElementById(id);
  if (!frame) return null;
  const rect = frame.getBoundingClientRect();
  return { x: rect.left + frame.clientLeft, y: rect.top + frame.clientTop };
}

/** A child frame: the URL it is probed by, and its <iframe> element's id in the top page. */
export type FrameRef = { url: string; id: string };

/** Moves the pointer onto `text` (which must sit in one text node) inside `selector`. */
export async function hoverOn(hostile: HostilePage, selector: string, text: string, frame?: FrameRef) {
  const inFrame = await hostile.probe(textBoxProbe, { selector, text }, frame?.url);
  const offset = frame ? await hostile.probe(frameOffsetProbe, frame.id) : { x: 0, y: 0 };
  if (!inFrame || !offset) throw new Error(`No "${text}" in ${selector}`);
  const box = { x: inFrame.x + offset.x, y: inFrame.y + offset.y };
  await hostile.page.mouse.move(box.x - 40, box.y + 60);
  await hostile.page.mouse.move(box.x, box.y, { steps: 4 });
  return { ...box, local: inFrame };
}

export type CardReport = {
  display: string;
  visibility: string;
  opacity: number;
  left: number;
  top: number;
  width: number;
  height: number;
  inViewport: boolean;
  onTop: boolean;
  color: string;
  background: string;
  titleColor: string;
  fontSize: number;
  heading: string;
  articles: number;
  images: number;
};

/** What the open hover card looks like from the page: computed styles inside its shadow root. */
export function cardProbe(): CardReport | null {
  const host = document.querySelector('entente-card');
  const card = host?.shadowRoot?.querySelector('.card');
  if (!host || !card) return null;
  const style = getComputedStyle(card);
  const rect = card.getBoundingClientRect();
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + Math.min(rect.height / 2, 30);
  const title = card.querySelector('.article-title');
  // Opacity multiplies down the tree: the card is as visible as its least visible ancestor.
  let opacity = 1;
  for (let el: Element | null = card; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)) {
    opacity *= Number(getComputedStyle(el).opacity);
    if (el === document.documentElement) break;
  }
  return {
    display: style.display,
    visibility: style.visibility,
    opacity,
    left: rect.left,
    top: rect.top,
    width: rect.width,
    height: rect.height,
    inViewport: rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight,
    onTop: document.elementFromPoint(cx, cy) === host,
    color: style.color,
    background: style.backgroundColor,
    titleColor: title ? getComputedStyle(title).color : style.color,
    fontSize: parseFloat(style.fontSize),
    heading: card.querySelector('h2')?.textContent ?? '',
    articles: card.querySelectorAll('.article-title').length,
    images: card.querySelectorAll('img, script, iframe, object').length,
  };
}

/** WCAG contrast ratio of two `rgb()`/`rgba()` colours (alpha ignored: the card is opaque). */
export function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(bl!);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Hovers a name and checks the card that opens is readable: shown, of a real size, inside the
 * viewport, on top of the page, with legible text; optionally saves a screenshot.
 */
export async function expectReadableCard(
  hostile: HostilePage,
  selector: string,
  text: string,
  options: { heading?: string; screenshot?: string; frame?: FrameRef; mayCoverName?: boolean } = {},
): Promise<CardReport> {
  const { local } = await hoverOn(hostile, selector, text, options.frame);
  await expect
    .poll(async () => (await hostile.probe(cardProbe, null, options.frame?.url))?.articles ?? 0, { timeout: 10_000 })
    .toBeGreaterThan(0);
  const report = (await hostile.probe(cardProbe, null, options.frame?.url))!;
  expect(report.display).not.toBe('none');
  expect(report.visibility).toBe('visible');
  expect(report.opacity).toBe(1);
  expect(report.width).toBeGreaterThan(200);
  expect(report.height).toBeGreaterThan(60);
  expect(report.inViewport).toBe(true);
  expect(report.onTop).toBe(true);
  if (!options.mayCoverName) {
    const covers =
      local.x >= report.left &&
      local.x <= report.left + report.width &&
      local.y >= report.top &&
      local.y <= report.top + report.height;
    expect(covers, 'the card covers its name').toBe(false);
  }
  expect(report.fontSize).toBeGreaterThanOrEqual(12);
  expect(contrast(report.color, report.background)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(report.titleColor, report.background)).toBeGreaterThanOrEqual(4.5);
  if (options.heading) expect(report.heading).toBe(options.heading);
  if (options.screenshot) {
    mkdirSync('tmp', { recursive: true });
    await hostile.page.screenshot({ path: `tmp/${options.screenshot}` });
  }
  return report;
}

/** The page's DOM changes other than our card host's, as logged by the early mutation log. */
export async function foreignMutations(hostile: HostilePage): Promise<string[]> {
  const log = await hostile.pageValue<string[]>('window.__mutations.slice()');
  return log.filter((entry) => !entry.includes('ENTENTE-CARD'));
}

/** Main-thread script and task seconds the page's renderer spent over `ms` of wall time. */
export async function busySeconds(hostile: HostilePage, ms: number): Promise<{ script: number; task: number }> {
  await hostile.cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await hostile.cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  };
  const before = await read();
  await hostile.page.waitForTimeout(ms);
  const after = await read();
  return { script: after.script - before.script, task: after.task - before.task };
}

/** Waits until the page spends under `maxScript` seconds of script per second; returns the quiet second's figures. */
export async function expectIdle(hostile: HostilePage, options: { maxScript?: number; timeout?: number } = {}) {
  const maxScript = options.maxScript ?? 0.05;
  const deadline = Date.now() + (options.timeout ?? 20_000);
  let last = await busySeconds(hostile, 1000);
  while (last.script > maxScript && Date.now() < deadline) last = await busySeconds(hostile, 1000);
  expect(last.script).toBeLessThanOrEqual(maxScript);
  return last;
}

/**
 * For a test file: the extension and the fixture site (withExtensionAndSite), with the service
 * worker's errors collected from the start and required to be none when the file ends.
 */
export function withWatchedExtension(): Harness {
  const harness = withExtensionAndSite();
  let workerErrors: () => Promise<string[]> = () => Promise.resolve([]);
  beforeAll(async () => {
    workerErrors = await watchWorker(harness.browser);
  });
  afterAll(async () => {
    expect(await workerErrors()).toEqual([]);
  });
  return harness;
}

/** Collects errors thrown or logged in the extension's service worker from now on. */
export async function watchWorker(browser: ExtensionBrowser): Promise<() => Promise<string[]>> {
  await browser.serviceWorker.evaluate(() => {
    const self = globalThis as unknown as {
      __ententeErrors?: string[];
      addEventListener(type: string, listener: (event: { message?: string; reason?: unknown }) => void): void;
    };
    if (self.__ententeErrors) return;
    const errors: string[] = [];
    self.__ententeErrors = errors;
    self.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
    self.addEventListener('unhandledrejection', (event) => errors.push(`rejection: ${String(event.reason)}`));
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      errors.push(`console.error: ${args.map(String).join(' ')}`);
      original(...args);
    };
  });
  return () =>
    browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { __ententeErrors: string[] }).__ententeErrors.slice(),
    );
}

/** The standard checks on a hostile page once it is loaded and annotated. */
export async function expectUnharmed(hostile: HostilePage) {
  expect(hostile.errors).toEqual([]);
  expect(await foreignMutations(hostile)).toEqual([]);
}
