import { describe, expect, it } from 'vitest';
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
