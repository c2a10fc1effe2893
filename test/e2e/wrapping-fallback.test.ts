import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/launch-chromium';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';

// Where the CSS Custom Highlight API is missing, mentions are wrapped in <entente-mark>.
// No browser here lacks the API, so the content script's modules run from a bundle in a page.
let browser: Browser;
let site: StaticServer;
let dir: string;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fallback</title></head><body>
<p id="a">President Volodymyr <b>Zelensky</b> thanked Japan and Japan's people.</p>
<p id="b">Kanzler trifft Sel<span>enskyj</span> in Berlin.</p>
<p id="c">Nothing to see here.</p>
<script src="harness.js"></script></body></html>`;

// Text on the first screen, then paragraphs more than two screens below it.
const TALL_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tall</title></head><body>
<h1>Japan and Lithuania</h1><p>Umerov met Budrys.</p>
${Array.from({ length: 12 }, (_, i) => `<p style="margin-top: 1600px">Below ${i}: France.</p>`).join('\n')}
<script src="harness.js"></script></body></html>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-wrap-'));
  await build({
    entryPoints: [resolve('test/fixtures/wrapping/harness.ts')],
    bundle: true,
    format: 'iife',
    outfile: join(dir, 'harness.js'),
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'tall.html'), TALL_PAGE);
  site = await serveStatic(dir);
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${site.url}/index.html`);
  await page.evaluate(() => (window as unknown as { __harness: { start(): Promise<void> } }).__harness.start());
  return page;
}
const marks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __harness: { marks(): string[] } }).__harness.marks());

describe('the wrapping fallback', () => {
  it('wraps exactly the mentions, including a name split by markup', async () => {
    const page = await openPage();
    expect(await marks(page)).toEqual(['Volodymyr ', 'Zelensky', 'Japan', 'Japan', 'Sel', 'enskyj']);
    // The visible text is unchanged.
    expect(await page.textContent('#a')).toBe("President Volodymyr Zelensky thanked Japan and Japan's people.");
    await page.close();
  });

  it('opens a card for the element under the pointer', async () => {
    const page = await openPage();
    const box = (await page.locator('entente-mark', { hasText: 'Japan' }).first().boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    await page.mouse.move(box.x + 6, box.y + box.height / 2);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __harness: { opened: string[] } }).__harness.opened))
      .toEqual(['JP:Japan']);
    await page.close();
  });

  it('re-wraps edited text and restores the page when it stops', async () => {
    const page = await openPage();
    await page.evaluate(() => {
      document.getElementById('c')!.textContent = 'Now Lithuania is here.';
    });
    await expect.poll(() => marks(page)).toContain('Lithuania');
    await page.evaluate(() => (window as unknown as { __harness: { dispose(): void } }).__harness.dispose());
    expect(await marks(page)).toEqual([]);
    expect(await page.innerHTML('#a')).toBe("President Volodymyr <b>Zelensky</b> thanked Japan and Japan's people.");
    expect(await page.innerHTML('#b')).toBe('Kanzler trifft Sel<span>enskyj</span> in Berlin.');
    await page.close();
  });
});

type GatedHarness = { start(): Promise<void>; hold(): void; release(): void; waiting(): number };
const harnessOf = (page: Page) =>
  page.evaluateHandle(() => (window as unknown as { __harness: GatedHarness }).__harness);

// The content script's annotator asks the background to match what it read and waits for the
// answer; the page may change meanwhile. (Run here because the harness can hold the answers.)
describe('the annotator while its texts are being matched', () => {
  it('drops what was read from text that changed meanwhile, and reads the changed text again', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/index.html`);
    const harness = await harnessOf(page);
    await harness.evaluate((h) => {
      h.hold();
      void h.start();
    });
    await expect.poll(() => harness.evaluate((h) => h.waiting())).toBe(1);
    // The page changes while the first batch is out: a name replaced, a paragraph rewritten.
    await page.evaluate(() => {
      document.querySelector('#a b')!.textContent = 'Umerov';
      document.getElementById('c')!.textContent = 'Now Lithuania is here.';
    });
    // The page observer reports the change (after a frame) before the answer comes.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
    await harness.evaluate((h) => h.release());
    // Nothing of the old text is marked (no Zelensky), and the new text is read again.
    await expect.poll(() => marks(page)).toEqual(['Umerov', 'Japan', 'Japan', 'Sel', 'enskyj', 'Lithuania']);
    expect(await page.textContent('#a')).toBe("President Volodymyr Umerov thanked Japan and Japan's people.");
    await page.close();
  });
});

describe('the annotator at start', () => {
  it('sends what it paints at once (the first screens) alone first, then the rest of the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${site.url}/tall.html`);
    await page.evaluate(() => (window as unknown as { __harness: { start(): Promise<void> } }).__harness.start());
    await expect.poll(() => marks(page).then((m) => m.filter((text) => text === 'France').length)).toBe(12);
    const batches = await page.evaluate(() =>
      (window as unknown as { __harness: { batches(): string[][] } }).__harness.batches(),
    );
    // The screen may take two slices on a loaded machine; no slice mixes it with the rest.
    const firstBelow = batches.findIndex((batch) => batch.some((text) => text.startsWith('Below')));
    expect(firstBelow).toBeGreaterThan(0);
    expect(batches.slice(0, firstBelow).flat()).toEqual(['Japan and Lithuania', 'Umerov met Budrys.']);
    expect(batches.slice(firstBelow).flat()).toEqual(Array.from({ length: 12 }, (_, i) => `Below ${i}: France.`));
    await page.close();
  });
});
