/**
 * Annotation property test in Chromium with the built extension: fast-check builds random DOM
 * trees (blocks nested in blocks, inline elements nested in inline elements, <br>, skipped <code>
 * and hidden inline text, multilingual text with gazetteer names split across inline tags), each
 * is loaded as a page, and the highlighted ranges must be exactly the mentions that findMentions
 * gives, in Node, for the same text model: text nodes joined into blocks as
 * entrypoints/content/collect-text.ts joins them (inline elements join, blocks, <br> and skipped
 * non-inline elements split, hidden inline text is left out, line breaks and tabs read as spaces).
 * Ranges are compared as offsets into the concatenation of every text node of the body, with
 * their highlight (person, country, adjective). The page's own MutationObserver must see no change.
 *
 * Fixed seed; a failure prints fast-check's seed, path and the shrunk tree.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledGazetteer, entityType, findMentions } from '../../lib/find-mentions';
import { joinTextBlock, rangeInBlock } from '../../lib/text-block';
import { pageMutationLog, pageMutations, highlightOffsets } from '../../scripts/page-probes';
import { withExtensionAndSite } from './harness';

const harness = withExtensionAndSite();

/** The page's DOM, as a JSON model the page builds with DOM calls (no parser quirks). */
type DomNode = { t: 'text'; text: string } | { t: 'el'; tag: string; hidden?: boolean; children: DomNode[] };

const INLINE = ['span', 'b', 'i', 'em', 'strong', 'a', 'small', 'mark', 'sub', 'q'];
const CONTAINERS = ['div', 'section', 'article', 'blockquote'];
const LEAF_BLOCKS = ['p', 'h2', 'h3'];

const ALIASES = [...new Set(bundledGazetteer().entities.flatMap((e) => [...e.aliases, ...(e.given ?? [])]))];
const FILLER = [
  ...['the', 'talks', 'on', 'Tuesday', 'about', 'drones', 'said', 'and', 'weather', 'prices'],
  ...['зустріч', 'у', 'вівторок', 'переговори', 'про', 'сказал', 'встреча', 'и', 'ціни'],
  ...['Gespräche', 'über', 'sagte', 'rozmowy', 'powiedział', 'discussions', 'mardi', 'été'],
  ...['会談', 'について', '火曜日', 'συνομιλίες', 'και', 'مباحثات', 'שיחות', '2026'],
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', ' – ', '; ', ' (', ') ', '\n', '\t', '\u00a0', '、'];
const ODD = ['\u00ad', '\u0301', '\u200d', '\u200b', "'", '’', '-'];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...ALIASES), weight: 3 },
  { arbitrary: fc.constantFrom(...FILLER), weight: 3 },
  { arbitrary: fc.constantFrom(...SEPARATORS), weight: 4 },
  { arbitrary: fc.constantFrom(...ODD), weight: 1 },
);
const sentence = fc.array(piece, { minLength: 1, maxLength: 16 }).map((p) => p.join(''));

/** Cut points inside a string, so names land across inline elements (Sel<span>enskyj</span>). */
function chop(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of [...points, text.length]) {
    if (p > last) out.push(text.slice(last, p));
    last = p;
  }
  return out;
}

/** A segment wrapped in 0 to 2 inline elements. */
const wrapping = fc.array(fc.constantFrom(...INLINE), { maxLength: 2 });
const wrap = (text: string, tags: string[]): DomNode =>
  tags.reduceRight<DomNode>((child, tag) => ({ t: 'el', tag, children: [child] }), { t: 'text', text });

/** The inline content of a block: a sentence cut into wrapped segments, maybe with hidden or skipped bits and breaks. */
const inlineRun: fc.Arbitrary<DomNode[]> = fc
  .tuple(
    sentence,
    fc.array(fc.nat(), { maxLength: 5 }),
    fc.array(wrapping, { minLength: 6, maxLength: 6 }),
    fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('hidden', 'code', 'br'),
        text: sentence,
      }),
      { maxLength: 2 },
    ),
  )
  .map(([text, cuts, wraps, extras]) => {
    const nodes = chop(text, cuts).map((segment, i) => wrap(segment, wraps[i % wraps.length]!));
    for (const extra of extras) {
      const node: DomNode =
        extra.kind === 'br'
          ? { t: 'el', tag: 'br', children: [] }
          : extra.kind === 'code'
            ? { t: 'el', tag: 'code', children: [{ t: 'text', text: extra.text }] }
            : { t: 'el', tag: 'span', hidden: true, children: [{ t: 'text', text: extra.text }] };
      nodes.splice(extra.at % (nodes.length + 1), 0, node);
    }
    return nodes;
  });

const leafBlock = fc
  .tuple(fc.constantFrom(...LEAF_BLOCKS), inlineRun)
  .map(([tag, children]): DomNode => ({ t: 'el', tag, children }));

/** A block container holding inline runs, leaf blocks and (to depth 3) more containers. */
const container = fc.letrec<{ block: DomNode }>((tie) => ({
  block: fc
    .tuple(
      fc.constantFrom(...CONTAINERS),
      fc.array(
        fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          inlineRun,
          leafBlock.map((b) => [b]),
          tie('block').map((b) => [b]),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(([tag, parts]): DomNode => ({ t: 'el', tag, children: parts.flat() })),
}));

const tree = fc.array(fc.oneof(container.block, leafBlock), { minLength: 1, maxLength: 3 });

const SKIPPED = new Set(['code']);
const INLINE_SET = new Set(INLINE);

type Expected = { name: string; start: number; end: number; text: string };

const highlightName = (m: { entity: string; kind: string }) =>
  m.kind === 'adjective'
    ? 'entente-adjective'
    : entityType(m.entity) === 'person'
      ? 'entente-person'
      : 'entente-country';

/**
 * The mentions the content script should paint, as offsets into the concatenation of every text
 * node: the blocks are joined as collect-text joins them, then findMentions reads each block.
 */
function expectedMentions(nodes: DomNode[]): Expected[] {
  let all = '';
  const out: Expected[] = [];
  let parts: Array<{ node: number; text: string }> = [];
  const flush = () => {
    if (parts.some((p) => /\S/.test(p.text))) {
      const block = joinTextBlock(parts);
      const text = block.text.replace(/[\n\r\t\f]/g, ' ');
      for (const m of findMentions(text)) {
        const { start, end } = rangeInBlock(block, m.start, m.end);
        out.push({ name: highlightName(m), start: start.node + start.offset, end: end.node + end.offset, text: '' });
      }
    }
    parts = [];
  };
  const walk = (node: DomNode, isRead: boolean) => {
    if (node.t === 'text') {
      if (isRead && node.text.length > 0) parts.push({ node: all.length, text: node.text });
      all += node.text;
      return;
    }
    if (node.tag === 'br') return flush();
    const isInline = INLINE_SET.has(node.tag);
    const skipped = SKIPPED.has(node.tag) || node.hidden === true;
    if (!isInline) flush();
    for (const child of node.children) walk(child, isRead && !skipped);
    if (!isInline) flush();
  };
  for (const node of nodes) walk(node, true);
  flush();
  for (const e of out) e.text = all.slice(e.start, e.end);
  return out.sort((a, b) => a.start - b.start || a.name.localeCompare(b.name));
}

/** The page: a script at the top of <body> builds the tree before the document is complete. */
function pageHtml(nodes: DomNode[]): string {
  const model = JSON.stringify(nodes).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Random tree</title></head><body><script>
(function () {
  var build = function (parent, nodes) {
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      if (n.t === 'text') { parent.appendChild(document.createTextNode(n.text)); continue; }
      var el = document.createElement(n.tag);
      if (n.hidden) el.hidden = true;
      build(el, n.children);
      parent.appendChild(el);
    }
  };
  build(document.body, ${model});
})();
</script></body></html>`;
}

let page: Page;
let served = '';

beforeAll(async () => {
  page = await harness.browser.context.newPage();
  await page.addInitScript(pageMutationLog);
  await page.route('**/random-tree/*.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served }),
  );
});

afterAll(async () => {
  await page?.close();
});

describe('annotation of random DOM trees', () => {
  it('highlights exactly the mentions findMentions gives for the joined text, and changes no node', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tree, async (nodes) => {
        const expected = expectedMentions(nodes);
        served = pageHtml(nodes);
        await page.goto(`${harness.site.url}/random-tree/${run++}.html`, { waitUntil: 'domcontentloaded' });
        // The content script starts at document idle and works in slices: wait for the count,
        // then a little longer, so extra highlights would show.
        await page
          .waitForFunction(
            (count) =>
              ['entente-country', 'entente-person', 'entente-adjective'].reduce(
                (n, name) => n + (CSS.highlights.get(name)?.size ?? 0),
                0,
              ) === count && document.readyState === 'complete',
            expected.length,
            { timeout: 10_000 },
          )
          .catch(() => undefined);
        await page.waitForTimeout(expected.length === 0 ? 300 : 100);
        expect(await highlightOffsets(page)).toEqual(expected);
        expect(await pageMutations(page)).toEqual([]);
      }),
      // Shrinking reloads the page for every candidate: stop after 80 s and report the smallest
      // failing tree found by then (markInterruptAsFailure keeps a slow run from passing).
      { seed: 20261122, numRuns: 25, interruptAfterTimeLimit: 80_000, markInterruptAsFailure: true },
    );
    expect(run).toBeGreaterThanOrEqual(25);
  }, 120_000);
});
