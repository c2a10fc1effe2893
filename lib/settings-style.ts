import type { HighlightKindSetting, HighlightStyle } from './settings';

/**
 * The highlight styles: the registry name each kind is painted under, and the colours the
 * ::highlight rules in entrypoints/content/highlights.css use (a unit test checks they match,
 * and that each colour has enough contrast on light and dark pages).
 */

/** An RGBA colour, channels 0-255 and alpha 0-1. */
export type Rgba = { r: number; g: number; b: number; a: number };

export type KindPaint = {
  /** A tint behind the text, or null for none. */
  background: Rgba | null;
  /** A line under the text (its CSS style: solid or dotted), or null for none. */
  underline: { colour: Rgba; line: 'solid' | 'dotted' } | null;
};

const rgba = (r: number, g: number, b: number, a: number): Rgba => ({ r, g, b, a });

const BLUE_LINE = { colour: rgba(40, 110, 230, 0.9), line: 'solid' } as const;
const AMBER_LINE = { colour: rgba(196, 104, 0, 0.95), line: 'solid' } as const;
const ADJECTIVE_LINE = { colour: rgba(40, 110, 230, 0.85), line: 'dotted' } as const;

/**
 * The default style is tints only: any text-decoration on a highlight makes Chromium recompute
 * the whole page's visual overflow on every frame that changes a highlight (docs/decisions/0003),
 * so underlines are the reader's choice, with that cost on very large pages.
 */
export const HIGHLIGHT_PAINT: Record<HighlightStyle, Record<HighlightKindSetting, KindPaint>> = {
  background: {
    country: { background: rgba(56, 132, 255, 0.28), underline: null },
    person: { background: rgba(255, 170, 0, 0.36), underline: null },
    adjective: { background: rgba(56, 132, 255, 0.13), underline: null },
  },
  underline: {
    country: { background: null, underline: BLUE_LINE },
    person: { background: null, underline: AMBER_LINE },
    adjective: { background: null, underline: ADJECTIVE_LINE },
  },
};

/** The name a kind's Highlight is registered under in CSS.highlights for a style. */
export function highlightName(style: HighlightStyle, kind: HighlightKindSetting): string {
  return style === 'background' ? `entente-${kind}` : `entente-${kind}-line`;
}

/** Typical page colours the styles must work on. */
export const PAGE_COLOURS = {
  light: { background: rgba(255, 255, 255, 1), text: rgba(27, 31, 36, 1) },
  dark: { background: rgba(18, 18, 18, 1), text: rgba(232, 236, 241, 1) },
} as const;

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.x contrast ratio (1 to 21) of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** A colour as CSS `rgba(...)`, the way highlights.css writes it. */
export function cssRgba({ r, g, b, a }: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}
