import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-chromium';
import { allHighlightedTexts } from '../../scripts/page-probes';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';
import { App } from '../fixtures/react/App';

let browser: ExtensionBrowser;
let site: StaticServer;
let dir: string;

beforeAll(async () => {
  // Server-render the app and bundle its client, as a Next-style page would ship them.
  dir = mkdtempSync(join(tmpdir(), 'entente-react-'));
  await build({
    entryPoints: [resolve('test/fixtures/react/client.ts')],
    bundle: true,
    format: 'iife',
    outfile: join(dir, 'client.js'),
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  const markup = renderToString(createElement(App));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React</title><link rel="icon" href="data:,"></head><body><div id="root">${markup}</div><script src="client.js"></script></body></html>`,
  );
  site = await serveStatic(dir);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a page rendered and hydrated by React', () => {
  it('hydrates with no error after Entente annotated it, and keeps working', async () => {
    const page = await browser.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${site.url}/index.html`);
    // Annotated before hydration…
    await expect
      .poll(() => allHighlightedTexts(page), { timeout: 10_000 })
      .toEqual(['France', 'Japan', 'Sébastien Lecornu', 'Volodymyr Zelensky'].sort());
    // …and hydration still completes cleanly.
    await page.evaluate(() => (window as unknown as { hydrateNow(): void }).hydrateNow());
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __hydrationErrors: string[] }).__hydrationErrors)).toEqual(
      [],
    );
    expect(consoleErrors).toEqual([]);
    // The app responds to a click and re-renders; Entente follows the new text.
    await page.click('#next');
    await expect.poll(() => page.textContent('#story')).toContain('Rustem Umerov');
    await expect
      .poll(() => allHighlightedTexts(page))
      .toEqual(['France', 'Kęstutis Budrys', 'Lithuania', 'Rustem Umerov', 'Sébastien Lecornu', 'Ukraine'].sort());
    await page.close();
  });
});
