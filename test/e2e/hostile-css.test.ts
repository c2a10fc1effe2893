import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/launch-chromium';
import { CARD_CSS } from '../../entrypoints/content/card-style';
import { openAnnotated } from './harness';
import {
  expectHighlighted,
  expectIdle,
  expectReadableCard,
  expectUnharmed,
  highlightProbe,
  openHostile,
  withWatchedExtension,
} from './hostile-kit';

const harness = withWatchedExtension();

const NAMES = ['Volodymyr Zelensky', 'Japan', 'Lithuania', 'France'];

/** Every class name in Entente's style sheets: the built extension's CSS files and the card's sheet. */
function classNamesInOurCss(): string[] {
  const sheets = [CARD_CSS];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.css')) sheets.push(readFileSync(path, 'utf8'));
    }
  };
  visit(EXTENSION_DIR);
  const names = sheets.flatMap((css) => [...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!));
  return [...new Set(names)].sort();
}

describe('pages that style, replace or clear what Entente relies on', () => {
  it.each([
    ['CSS that unsets everything and hunts for our card', 'css-all-unset.html', 'hostile-all-unset.png'],
    ['huge z-indexes, fixed overlays and a transformed body', 'css-stacking.html', 'hostile-stacking.png'],
    ['replaced DOM and JS built-ins', 'builtins.html', undefined],
    ['a Content-Security-Policy header with Trusted Types', 'csp-header.html', undefined],
    ['a Content-Security-Policy meta tag with Trusted Types', 'csp-meta.html', undefined],
  ])('keeps working on %s', async (_name, path, screenshot) => {
    const hostile = await openHostile(harness, `hostile/${path}`);
    await expectHighlighted(hostile, NAMES);
    await expectReadableCard(hostile, '#lead', 'Volodymyr Zelensky', {
      heading: 'Volodymyr Zelensky',
      screenshot,
    });
    await expectIdle(hostile);
    await expectUnharmed(hostile);
    if (path === 'builtins.html') expect(await hostile.pageValue('window.__trapped ?? 0')).toBe(0);
    await hostile.close();
  });

  it("leaves the page's own elements alone, whatever class names they share with our style sheets", async () => {
    const classes = classNamesInOurCss();
    // The list is real: the card's and the extension pages' sheets use these.
    expect(classes).toEqual(expect.arrayContaining(['article', 'article-title', 'snippet']));
    const page = await openAnnotated(harness, 'plain.html');
    const restyled = await page.evaluate((names) => {
      const box = document.createElement('div');
      document.body.append(box);
      const styleOf = (element: Element) => {
        const style = getComputedStyle(element);
        return Array.from(style, (property) => `${property}: ${style.getPropertyValue(property)}`);
      };
      const plain = document.createElement('div');
      box.append(plain);
      const expected = styleOf(plain);
      const found: string[] = [];
      for (const name of names) {
        const element = document.createElement('div');
        element.className = name;
        box.append(element);
        const changed = styleOf(element).filter((value, index) => value !== expected[index]);
        if (changed.length > 0) found.push(`.${name} { ${changed.slice(0, 3).join('; ')} }`);
      }
      box.remove();
      return found;
    }, classes);
    expect(restyled).toEqual([]);
    await page.close();
  });

  it('keeps its highlights registered on a page that clears CSS.highlights 50 times a second', async () => {
    const hostile = await openHostile(harness, 'hostile/clear-highlights.html');
    await expectHighlighted(hostile, NAMES);
    // The card does not depend on the registry: hit-testing uses Entente's own ranges.
    await expectReadableCard(hostile, '#lead', 'Volodymyr Zelensky', { heading: 'Volodymyr Zelensky' });
    await hostile.page.keyboard.press('Escape');
    // Repairs come at most once a second: while the page keeps clearing, no loop runs.
    const whileClearing = await expectIdle(hostile, { maxScript: 0.1 });
    expect(whileClearing.script).toBeLessThan(0.1);
    await hostile.pageValue('window.stopClearing()');
    await expectHighlighted(hostile, NAMES, { timeout: 10_000 });
    const counts = await hostile.probe(highlightProbe, null);
    expect(counts.person).toEqual(['Volodymyr Zelensky']);
    await expectIdle(hostile);
    await expectUnharmed(hostile);
    await hostile.close();
  });
});
