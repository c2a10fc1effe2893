import { describe, expect, it } from 'vitest';
import { countPageEntities, toContentSchema } from '../../lib/content-messages';

describe('ToContent', () => {
  it.each([
    [{ type: 'stepMention', direction: 'next' }, true],
    [{ type: 'stepMention', direction: 'sideways' }, false],
    [{ type: 'pageMentions' }, true],
    [{ type: 'showMention', entity: 'JP' }, true],
    [{ type: 'showMention', entity: '' }, false],
    [{ type: 'showMention', entity: 'x'.repeat(65) }, false],
    [{ type: 'runScript', code: 'alert(1)' }, false],
    ['stepMention', false],
  ])('accepts only well-formed messages: %j -> %s', (message, ok) => {
    expect(toContentSchema().safeParse(message).success).toBe(ok);
  });
});

describe('countPageEntities', () => {
  const typeOf = (id: string) => (id === 'zelensky' ? 'person' : id === 'nobody' ? undefined : 'country');
  it('counts names and adjectives apart, most mentioned first, unknown ids dropped', () => {
    expect(
      countPageEntities(
        [
          { entity: 'JP', kind: 'name' },
          { entity: 'zelensky', kind: 'name' },
          { entity: 'JP', kind: 'adjective' },
          { entity: 'JP', kind: 'name' },
          { entity: 'nobody', kind: 'name' },
        ],
        typeOf,
      ),
    ).toEqual([
      { id: 'JP', type: 'country', count: 2, adjectives: 1 },
      { id: 'zelensky', type: 'person', count: 1, adjectives: 0 },
    ]);
  });
});
