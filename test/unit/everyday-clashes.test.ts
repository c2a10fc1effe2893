import { describe, expect, it } from 'vitest';
import { everydayClashes } from '../../lib/everyday-clashes';
import { findMentions } from '../../lib/find-mentions';

describe('everydayClashes', () => {
  it('reports an everyday word the bundled matcher takes for a name, and where', () => {
    // "чад" (fumes) is Chad when capitalised; "японский" is an adjective, not a name.
    expect(everydayClashes(['чад', 'японский', 'хлеб'], findMentions)).toEqual([
      { word: 'чад', entity: 'TD', place: 'sentence-start' },
    ]);
  });

  it('leaves out capitalised dictionary entries (proper nouns)', () => {
    expect(everydayClashes(['Япония', ''], findMentions)).toEqual([]);
  });

  it('reports a word found in lower case first', () => {
    const fake = (text: string) =>
      text.startsWith('a ') ? [{ entity: 'XX', start: 2, end: 5, kind: 'name' as const }] : [];
    expect(everydayClashes(['abc'], fake)).toEqual([{ word: 'abc', entity: 'XX', place: 'lower' }]);
  });
});
