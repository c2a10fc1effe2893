import { describe, expect, it } from 'vitest';
import {
  expectHighlighted,
  expectIdle,
  expectReadableCard,
  expectUnharmed,
  openHostile,
  withWatchedExtension,
} from './hostile-kit';

const harness = withWatchedExtension();

describe('huge pages', () => {
  it('annotates 10 MB of text, viewport first, and then goes idle', async () => {
    const hostile = await openHostile(harness, 'hostile/huge-text.html', { loadTimeout: 120_000 });
    expect(await hostile.pageValue<number>('window.__textLength')).toBeGreaterThan(10_000_000);
    await expectHighlighted(hostile, ['Volodymyr Zelensky', 'Japan'], { timeout: 10_000 });
    await expectReadableCard(hostile, '#lead', 'Volodymyr Zelensky', { heading: 'Volodymyr Zelensky' });
    await hostile.page.keyboard.press('Escape');
    await expectIdle(hostile, { timeout: 90_000 });
    // The whole page was read: the last paragraph is highlighted once scrolled to.
    await hostile.pageValue('document.getElementById("last").scrollIntoView()');
    await expectHighlighted(hostile, ['Rustem Umerov', 'Lithuania']);
    await expectUnharmed(hostile);
    await hostile.close();
  }, 300_000);

  it('annotates a page of 100,000 elements', async () => {
    const hostile = await openHostile(harness, 'hostile/huge-elements.html', { loadTimeout: 120_000 });
    expect(await hostile.pageValue<number>('window.__elements')).toBeGreaterThan(100_000);
    await expectHighlighted(hostile, ['Volodymyr Zelensky', 'Japan', 'Lithuania']);
    await expectReadableCard(hostile, '#lead', 'Volodymyr Zelensky', { heading: 'Volodymyr Zelensky' });
    await hostile.page.keyboard.press('Escape');
    await expectIdle(hostile, { timeout: 60_000 });
    await hostile.pageValue('document.getElementById("last").scrollIntoView()');
    await expectHighlighted(hostile, ['Rustem Umerov']);
    await expectUnharmed(hostile);
    await hostile.close();
  }, 240_000);

  it('annotates text 5,000 elements deep', async () => {
    const hostile = await openHostile(harness, 'hostile/deep.html');
    await expectHighlighted(hostile, ['Volodymyr Zelensky', 'Japan']);
    await expectIdle(hostile, { timeout: 60_000 });
    await hostile.pageValue('document.getElementById("bottom").scrollIntoView()');
    await expectHighlighted(hostile, ['Lithuania', 'France']);
    await hostile.pageValue('document.getElementById("linked").scrollIntoView()');
    await expectHighlighted(hostile, ['Rustem Umerov']);
    await hostile.pageValue('window.scrollTo(0, 0)');
    await expectReadableCard(hostile, '#lead', 'Volodymyr Zelensky', { heading: 'Volodymyr Zelensky' });
    await expectUnharmed(hostile);
    await hostile.close();
  }, 240_000);
});
