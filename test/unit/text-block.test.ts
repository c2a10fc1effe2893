import { describe, expect, it } from 'vitest';
import { joinTextBlock, locateInBlock, rangeInBlock } from '../../lib/text-block';

// Nodes are plain labels here: the block logic is generic and needs no DOM.
const block = joinTextBlock([
  { node: 'a', text: 'President Sel' },
  { node: 'empty', text: '' },
  { node: 'b', text: 'enskyj' },
  { node: 'c', text: ' spoke.' },
]);

describe('joinTextBlock', () => {
  it('joins inline runs into one string', () => {
    expect(block.text).toBe('President Selenskyj spoke.');
    expect(block.starts).toEqual([0, 13, 13, 19]);
  });
});

describe('locateInBlock', () => {
  it.each([
    [0, false, 'a', 0],
    [10, false, 'a', 10],
    [13, false, 'b', 0],
    [13, true, 'a', 13],
    [19, true, 'b', 6],
    [19, false, 'c', 0],
    [26, true, 'c', 7],
  ])('maps offset %i (end point: %s) to node %s offset %i', (offset, isEnd, node, at) => {
    expect(locateInBlock(block, offset, isEnd)).toEqual({ node, offset: at });
  });

  it('maps a name split across two nodes to a range over both', () => {
    expect(rangeInBlock(block, 10, 19)).toEqual({ start: { node: 'a', offset: 10 }, end: { node: 'b', offset: 6 } });
  });
});
