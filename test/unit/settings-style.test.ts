import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_KINDS, HIGHLIGHT_STYLES } from '../../lib/settings';
import {
  composite,
  contrastRatio,
  cssRgba,
  HIGHLIGHT_PAINT,
  highlightName,
  PAGE_COLOURS,
  relativeLuminance,
} from '../../lib/settings-style';

const cases = HIGHLIGHT_STYLES.flatMap((style) =>
  HIGHLIGHT_KINDS.flatMap((kind) =>
    (['light', 'dark'] as const).map((scheme) => ({ style, kind, scheme, paint: HIGHLIGHT_PAINT[style][kind] })),
  ),
);

describe('WCAG contrast', () => {
  it.each([
    ['white on black', { r: 255, g: 255, b: 255, a: 1 }, { r: 0, g: 0, b: 0, a: 1 }, 21],
    ['same colours', { r: 90, g: 90, b: 90, a: 1 }, { r: 90, g: 90, b: 90, a: 1 }, 1],
    ['#767676 on white', { r: 118, g: 118, b: 118, a: 1 }, { r: 255, g: 255, b: 255, a: 1 }, 4.54],
  ])('computes %s', (_, a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });

  it('composites alpha over the page', () => {
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 255, b: 255, a: 1 })).toEqual({
      r: 127.5,
      g: 127.5,
      b: 127.5,
      a: 1,
    });
    expect(relativeLuminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1);
  });
});

describe('highlight colours', () => {
  // WCAG 1.4.11: an underline is what marks a mention, a non-text indicator needing 3:1
  // against the page around it.
  it.each(cases.filter((c) => c.paint.underline))(
    '$style $kind: the underline stands out on a $scheme page',
    ({ scheme, paint }) => {
      const page = PAGE_COLOURS[scheme].background;
      expect(contrastRatio(composite(paint.underline!.colour, page), page)).toBeGreaterThanOrEqual(3);
    },
  );

  // A tint marks a mention by its difference from the page; it must show on light and dark pages.
  it.each(cases.filter((c) => c.paint.background))(
    '$style $kind: the tint shows on a $scheme page',
    ({ scheme, paint }) => {
      const page = PAGE_COLOURS[scheme].background;
      expect(contrastRatio(composite(paint.background!, page), page)).toBeGreaterThanOrEqual(1.15);
    },
  );

  it('every kind in every style is marked by a tint or a line', () => {
    for (const { paint } of cases) expect(paint.background ?? paint.underline).not.toBeNull();
  });

  // WCAG 1.4.3: the page's own text must stay readable on the tint (4.5:1).
  it.each(cases)('$style $kind: $scheme text stays readable on the tint', ({ scheme, paint }) => {
    const { background, text } = PAGE_COLOURS[scheme];
    const behind = paint.background ? composite(paint.background, background) : background;
    expect(contrastRatio(text, behind)).toBeGreaterThanOrEqual(4.5);
  });

  it('the background style only tints; the underline style only underlines', () => {
    for (const kind of HIGHLIGHT_KINDS) {
      expect(HIGHLIGHT_PAINT.background[kind].underline).toBeNull();
      expect(HIGHLIGHT_PAINT.underline[kind].background).toBeNull();
    }
  });

  it.each(cases.filter((c) => c.scheme === 'light'))(
    'highlights.css paints $style $kind with the checked colours',
    ({ style, kind, paint }) => {
      const css = readFileSync('entrypoints/content/highlights.css', 'utf8');
      const rule = new RegExp(`::highlight\\(${highlightName(style, kind)}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1];
      expect(rule, `a rule for ${highlightName(style, kind)}`).toBeDefined();
      const declarations = rule!.replace(/\s+/g, ' ');
      if (paint.background) expect(declarations).toContain(`background-color: ${cssRgba(paint.background)};`);
      else expect(declarations).not.toContain('background-color');
      if (paint.underline) expect(declarations).toContain(cssRgba(paint.underline.colour));
      else expect(declarations).not.toContain('text-decoration');
      expect(declarations.includes('dotted')).toBe(paint.underline?.line === 'dotted');
    },
  );

  it('names the default style as the highlighter always has', () => {
    expect(HIGHLIGHT_KINDS.map((kind) => highlightName('background', kind))).toEqual([
      'entente-country',
      'entente-person',
      'entente-adjective',
    ]);
  });
});
