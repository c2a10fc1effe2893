import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';
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
/** A second origin (another port) for the cross-origin frame. */
let otherOrigin: StaticServer;
beforeAll(async () => {
  otherOrigin = await serveStatic('test/fixtures/site');
});
afterAll(async () => {
  await otherOrigin.close();
});

describe('odd page structures', () => {
  it('annotates same-origin, cross-origin and srcdoc frames, with a card in each', async () => {
    const cross = `${otherOrigin.url}/hostile/frame-child.html`;
    const same = `${harness.site.url}/hostile/frame-child.html`;
    const hostile = await openHostile(harness, `hostile/frames.html?cross=${encodeURIComponent(cross)}`);
    await expectHighlighted(hostile, ['Volodymyr Zelensky', 'Japan']);
    await expectHighlighted(hostile, ['Lithuania', 'Volodymyr Zelensky'], { frameUrl: same });
    await expectHighlighted(hostile, ['Lithuania', 'Volodymyr Zelensky'], { frameUrl: cross });
    await expectHighlighted(hostile, ['Rustem Umerov', 'France'], { frameUrl: 'about:srcdoc' });
    await expectReadableCard(hostile, '#lead', 'Volodymyr Zelensky', {
      frame: { url: cross, id: 'cross-origin' },
      heading: 'Volodymyr Zelensky',
      // This frame is 140 px high: too short for a card beside the name.
      mayCoverName: true,
    });
    await hostile.page.keyboard.press('Escape');
    await expectReadableCard(hostile, '#lead', 'Rustem Umerov', {
      frame: { url: 'about:srcdoc', id: 'srcdoc' },
      heading: 'Rustem Umerov',
    });
    await expectIdle(hostile);
    await expectUnharmed(hostile);
    await hostile.close();
  });

  it('annotates text in open shadow roots, nested ones too, and follows their changes', async () => {
    const hostile = await openHostile(harness, 'hostile/shadow.html');
    await expectHighlighted(hostile, ['Volodymyr Zelensky', 'Japan', 'Lithuania', 'France', 'Rustem Umerov']);
    const countries = async () => (await hostile.probe(highlightProbe, null)).country!;
    await expect.poll(async () => (await countries()).filter((t) => t === 'Lithuania')).toHaveLength(2);
    await expectReadableCard(hostile, '#card', 'France', { heading: 'France' });
    await hostile.page.keyboard.press('Escape');
    // The page edits its shadow tree: the new name is read, the old one dropped.
    await hostile.pageValue(
      'document.getElementById("card").shadowRoot.getElementById("shadow-text").textContent = "Now Japan only."',
    );
    await expect
      .poll(async () => (await hostile.probe(highlightProbe, null)).country!.sort())
      .toEqual(['Japan', 'Japan', 'Lithuania']);
    await expectIdle(hostile);
    await expectUnharmed(hostile);
    await hostile.close();
  });

  it('annotates SVG and MathML text', async () => {
    const hostile = await openHostile(harness, 'hostile/svg-mathml.html');
    await expectHighlighted(hostile, ['Volodymyr Zelensky', 'Japan', 'France', 'Lithuania']);
    // The SVG <title> is not rendered text: Lithuania only once (the <tspan>), Japan twice.
    const countries = async () => (await hostile.probe(highlightProbe, null)).country!;
    await expect.poll(async () => (await countries()).filter((t) => t === 'Japan')).toHaveLength(2);
    expect((await countries()).filter((t) => t === 'Lithuania')).toHaveLength(1);
    await expectReadableCard(hostile, '#chart', 'France', { heading: 'France' });
    await expectIdle(hostile);
    await expectUnharmed(hostile);
    await hostile.close();
  });

  it('annotates right-to-left and vertical text', async () => {
    const hostile = await openHostile(harness, 'hostile/bidi-vertical.html');
    await expectHighlighted(hostile, ['Lithuania', 'France', '日本', '高市早苗', 'ゼレンスキー']);
    await expectReadableCard(hostile, '#rtl', 'Volodymyr Zelensky', { heading: 'Volodymyr Zelensky' });
    await hostile.page.keyboard.press('Escape');
    await expectReadableCard(hostile, '#ja', '日本', { screenshot: 'hostile-vertical.png' });
    await expectIdle(hostile);
    await expectUnharmed(hostile);
    await hostile.close();
  });

  it('never reads, highlights or touches inputs, textareas, selects and contenteditable', async () => {
    const hostile = await openHostile(harness, 'hostile/forms.html');
    await expectHighlighted(hostile, ['Volodymyr Zelensky', 'Japan', 'Lithuania']);
    const all = await hostile.probe(highlightProbe, null);
    // Only the two prose paragraphs are read: Japan once, Lithuania once, no Umerov or France.
    expect(Object.values(all).flat().sort()).toEqual(['Japan', 'Lithuania', 'Volodymyr Zelensky']);
    await expectReadableCard(hostile, '#lead', 'Volodymyr Zelensky', { heading: 'Volodymyr Zelensky' });
    await hostile.page.keyboard.press('Escape');
    // Typing a name into the editable areas changes nothing either.
    await hostile.page.click('#editable');
    await hostile.page.keyboard.type(' Japan ');
    await hostile.page.click('#textarea');
    await hostile.page.keyboard.type(' Japan ');
    await hostile.page.waitForTimeout(300);
    expect(
      Object.values(await hostile.probe(highlightProbe, null))
        .flat()
        .sort(),
    ).toEqual(['Japan', 'Lithuania', 'Volodymyr Zelensky']);
    expect(await hostile.pageValue('document.getElementById("input").value')).toBe('Lithuania and France');
    // The caret typed there (with the non-breaking spaces an editor inserts), nothing else.
    expect(await hostile.pageValue('document.getElementById("editable").textContent')).toMatch(
      /^Editable: Lithuania and Rustem Umerov\.\sJapan\s$/,
    );
    await expectIdle(hostile);
    expect(hostile.errors).toEqual([]);
    await hostile.close();
  });
});
