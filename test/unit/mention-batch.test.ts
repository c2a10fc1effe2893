import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/find-mentions';
import { decodeMentionBatch, encodeMentionBatch } from '../../lib/mention-batch';
import type { Mention } from '../../lib/gazetteer-schema';

const typeOf = (id: string) => (id === 'zelensky' || id === 'umerov' ? 'person' : 'country');

describe('the mention batch between the background and a content script', () => {
  it('gives back what the matcher found in every text, with the entity types, after a JSON round trip', () => {
    const texts = [
      'Володимир Зеленський прибув до Японії, а японські компанії готові.',
      '',
      'Selenskyj traf Rustem Umerov in Litauen.',
      'Nothing here.',
    ];
    const found = texts.map(findMentions);
    const wire = JSON.parse(JSON.stringify(encodeMentionBatch(found, typeOf))) as unknown;
    const decoded = decodeMentionBatch(wire, texts);
    expect(decoded.mentions).toEqual(found);
    expect(found.flat().length).toBeGreaterThanOrEqual(6);
    expect(decoded.types.get('zelensky')).toBe('person');
    expect(decoded.types.get('JP')).toBe('country');
    expect(found[0]!.some((m) => m.kind === 'adjective')).toBe(true);
  });

  it('names each entity once however often it is mentioned', () => {
    const mentions: Mention[] = Array.from({ length: 50 }, (_, i) => ({
      entity: 'JP',
      start: i * 6,
      end: i * 6 + 5,
      kind: 'name',
    }));
    const batch = encodeMentionBatch([mentions], typeOf);
    expect(batch.entities).toEqual(['JP']);
    expect(batch.found[0]).toHaveLength(150);
  });

  it.each([
    ['not an object', 'mentions', /Mentions from the background/],
    ['a missing list', { entities: [], types: '' }, /Mentions from the background/],
    ['another number of texts', { entities: [], types: '', found: [[]] }, /1 texts answered, 2 sent/],
    ['types that do not match', { entities: ['JP'], types: '', found: [[], []] }, /types do not match/],
    ['a partial mention', { entities: ['JP'], types: 'c', found: [[0, 5], []] }, /partial mention/],
    ['a text without a list', { entities: ['JP'], types: 'c', found: [[0, 5, 0], 'x'] }, /text 1 has no list/],
    ['a number given as a string', { entities: ['JP'], types: 'c', found: [['0', 5, 0], []] }, /does not fit/],
    ['a mention past the text', { entities: ['JP'], types: 'c', found: [[0, 99, 0], []] }, /does not fit text 0/],
    ['an empty mention', { entities: ['JP'], types: 'c', found: [[3, 3, 0], []] }, /does not fit/],
    ['a fractional offset', { entities: ['JP'], types: 'c', found: [[0.5, 3, 0], []] }, /does not fit/],
    ['an unknown entity', { entities: ['JP'], types: 'c', found: [[0, 5, 4], []] }, /unknown entity code 4/],
    [
      'an entity code past 2^31',
      { entities: ['JP', 'FR'], types: 'cc', found: [[0, 5, 2 ** 32 + 2], []] },
      /unknown entity code/,
    ],
    ['an unknown type letter', { entities: ['JP'], types: 'x', found: [[], []] }, /types do not match/],
  ])('refuses a reply with %s, with a clear error', (_name, reply, error) => {
    expect(() => decodeMentionBatch(reply, ['Japan', 'Japan'])).toThrow(error);
  });
});
