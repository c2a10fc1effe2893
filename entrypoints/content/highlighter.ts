/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched. Ranges
 * are StaticRanges (live Ranges slow every later DOM change on the page, see SETUP-NOTES), and
 * the ::highlight rules come from the content script's manifest CSS (highlights.css), which adds
 * no node to the page.
 */
export type HighlightKind = 'country' | 'person' | 'adjective';

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  country: 'entente-country',
  person: 'entente-person',
  adjective: 'entente-adjective',
};

export type Highlighter = {
  add(kind: HighlightKind, range: AbstractRange): void;
  delete(kind: HighlightKind, range: AbstractRange): void;
  /** Paints what `add` queued (the wrapping fallback wraps here, a block at a time). */
  flush(): void;
  /**
   * The mention range painted at a pointer target, where the painting is an element the pointer
   * can hit (the wrapping fallback); null for highlights, which are hit-tested by caret position.
   */
  rangeAt(target: EventTarget | null): { range: AbstractRange; live: Range } | null;
  /** Re-registers our highlights if the page removed them; true when it had to. */
  ensureRegistered(): boolean;
  size(): number;
  dispose(): void;
};

export function isHighlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export type HighlighterOptions = {
  /**
   * The registry name a kind is painted under now (the style setting), or null while the kind
   * is hidden; `ensureRegistered` moves highlights to their current names.
   */
  nameOf?: (kind: HighlightKind) => string | null;
};

export function createHighlighter({ nameOf = (kind) => HIGHLIGHT_NAMES[kind] }: HighlighterOptions = {}): Highlighter {
  /** The name each kind is registered under, so a style change can take the old one away. */
  const registeredAs = new Map<HighlightKind, string>();
  const highlights = new Map<HighlightKind, Highlight>();
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
    const highlight = new Highlight();
    // Persons above countries where they overlap (they never should, but a page may nest them).
    highlight.priority = kind === 'person' ? 2 : kind === 'country' ? 1 : 0;
    highlights.set(kind, highlight);
  }

  const ensureRegistered = (): boolean => {
    let repaired = false;
    for (const [kind, highlight] of highlights) {
      const name = nameOf(kind);
      const previous = registeredAs.get(kind);
      if (previous !== undefined && previous !== name) {
        if (CSS.highlights.get(previous) === highlight) CSS.highlights.delete(previous);
        registeredAs.delete(kind);
      }
      if (name === null) continue;
      registeredAs.set(kind, name);
      if (CSS.highlights.get(name) !== highlight) {
        CSS.highlights.set(name, highlight);
        repaired = true;
      }
    }
    return repaired;
  };
  ensureRegistered();

  return {
    add: (kind, range) => void highlights.get(kind)!.add(range),
    delete: (kind, range) => void highlights.get(kind)!.delete(range),
    flush: () => undefined,
    rangeAt: () => null,
    ensureRegistered,
    size: () => {
      let n = 0;
      for (const h of highlights.values()) n += h.size;
      return n;
    },
    dispose: () => {
      for (const [kind, highlight] of highlights) {
        const name = registeredAs.get(kind);
        if (name !== undefined && CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
        highlight.clear();
      }
    },
  };
}
