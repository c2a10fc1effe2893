/**
 * `npm run demo`: builds the extension, serves the bundled demo news page on localhost and opens
 * it in Chromium with Entente loaded. Where there is no display (a server, CI) it runs headless,
 * opens a hover card and saves a screenshot, naming the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './launch-chromium';
import { hoverText } from './page-probes';
import { serveStatic } from './serve-static';

const SCREENSHOT = resolve('tmp/demo-hover-card.png');

async function main() {
  console.log('Building the extension (wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed; see the output above.');

  const site = await serveStatic('test/fixtures/site');
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) console.log('No display found (no DISPLAY or WAYLAND_DISPLAY): running Chromium headless.');
  const browser = await launchWithExtension({ headless: !hasDisplay });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${site.url}/index.html`);
  console.log(`Demo page: ${site.url}/index.html`);
  await page.waitForFunction(() => (CSS.highlights.get('entente-person')?.size ?? 0) > 0, null, { timeout: 15_000 });

  if (hasDisplay) {
    console.log(
      'Chromium is open with Entente loaded: hover a highlighted name. Close the window or press Ctrl+C to stop.',
    );
    await new Promise<void>((done) => {
      browser.context.on('close', () => done());
      process.once('SIGINT', () => done());
    });
  } else {
    await hoverText(page, '#lead', 'Volodymyr Zelensky');
    await page.locator('entente-card .article-title').first().waitFor({ timeout: 10_000 });
    mkdirSync('tmp', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`Saved a screenshot of the demo page with a hover card open: ${SCREENSHOT}`);
  }
  await browser.close().catch(() => undefined);
  await site.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
