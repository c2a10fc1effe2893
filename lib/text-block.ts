/**
 * A block of page text: the text of consecutive inline text nodes joined into one string, so that
 * a name split by inline tags (`Sel<span>enskyj</span>`) is matched whole, plus the way back from
 * an offset in the joined string to a (node, offset) pair. Generic over the node type so it is
 * tested in Node without a DOM.
 */
export type TextBlock<N> = {
  text: string;
  nodes: N[];
  /** starts[i]: offset in `text` where nodes[i] begins. */
  starts: number[];
};

export type TextPoint<N> = { node: N; offset: number };

export function joinTextBlock<N>(parts: ReadonlyArray<{ node: N; text: string }>): TextBlock<N> {
  const nodes: N[] = [];
  const starts: number[] = [];
  let text = '';
  for (const part of parts) {
    nodes.push(part.node);
    starts.push(text.length);
    text += part.text;
  }
  return { text, nodes, starts };
}

/**
 * The node and offset for `offset` in the joined text. A start point resolves to the node that
 * begins there; an end point (`isEnd`) to the node that ends there, so a range never starts at
 * the very end of the previous node or ends at the start of the next one.
 */
export function locateInBlock<N>(block: TextBlock<N>, offset: number, isEnd = false): TextPoint<N> {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  // Last node whose start is <= offset (or < offset for end points).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid]!;
    if (isEnd ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}

export type BlockRange<N> = { start: TextPoint<N>; end: TextPoint<N> };

/** The node range of [start, end) in the joined text. */
export function rangeInBlock<N>(block: TextBlock<N>, start: number, end: number): BlockRange<N> {
  return { start: locateInBlock(block, start), end: locateInBlock(block, end, true) };
}
