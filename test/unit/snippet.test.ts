import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../lib/snippet';

const text =
  'The first sentence is about something else entirely and goes on for a while. ' +
  'Zelensky offered Japan a defence partnership covering drones and air defence. ' +
  'A third sentence follows with more words that are not needed in the snippet at all.';

describe('snippetAround', () => {
  it('starts at the sentence that holds the mention', () => {
    const at = text.indexOf('Zelensky');
    const { snippet } = snippetAround(text, at, at + 8, 120);
    expect(snippet.startsWith('Zelensky offered Japan')).toBe(true);
  });

  it('stays within the length budget and marks a cut with an ellipsis', () => {
    const at = text.indexOf('Zelensky');
    const { snippet } = snippetAround(text, at, at + 8, 60);
    expect(snippet.length).toBeLessThanOrEqual(62);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('marks a cut before the passage with an ellipsis', () => {
    const long = `${'word '.repeat(60)}Japan is here.`;
    const at = long.indexOf('Japan');
    const { snippet } = snippetAround(long, at, at + 5, 60);
    expect(snippet.startsWith('…word')).toBe(true);
    expect(snippet).toContain('Japan');
  });

  it('drops a list marker at the start of a line', () => {
    const { snippet } = snippetAround('Title\n- Zelensky calls it historic.', 8, 16);
    expect(snippet).toBe('Zelensky calls it historic.');
  });

  it('keeps offsets valid by turning line breaks into spaces one for one', () => {
    const { snippet } = snippetAround('Line one.\nJapan again.', 10, 15);
    expect(snippet).toBe('Japan again.');
  });
});
