import { describe, expect, it } from 'vitest';
import { assignStoryKeys, shingles, type StoryFeatures } from '../../lib/story-key';

const report = (id: string, date: string | null, text: string, entities = ['UA', 'JP', 'takaichi']) =>
  ({ id, date, entities, topics: ['diplomacy', 'energy'], text }) satisfies StoryFeatures;

const CALL =
  'Президент провел телефонный разговор с премьер-министром Японии и пригласил ее посетить Украину. ' +
  'Стороны обсудили помощь в энергетической сфере и восстановление городов.';
const OTHER =
  'Міністр оборони зустрівся з литовським колегою у Києві. Сторони обговорили спільні закупівлі ' +
  'боєприпасів і далекобійні системи.';

describe('assignStoryKeys', () => {
  it('puts two reports of one event, a day apart, into one story keyed by the earlier one', () => {
    const keys = assignStoryKeys([report('b-later', '2025-11-06', CALL), report('a-first', '2025-11-05T13:54', CALL)]);
    expect(keys.get('a-first')).toBe('a-first');
    expect(keys.get('b-later')).toBe('a-first');
  });

  it('lets an undated report join a dated one', () => {
    const keys = assignStoryKeys([report('x', '2025-11-05', CALL), report('y', null, CALL)]);
    expect(keys.get('y')).toBe('x');
  });

  it('keeps the same wording apart when the dates are weeks apart', () => {
    const keys = assignStoryKeys([report('x', '2025-11-05', CALL), report('y', '2025-12-01', CALL)]);
    expect(keys.get('x')).not.toBe(keys.get('y'));
  });

  it('keeps different events apart even with shared entities', () => {
    const keys = assignStoryKeys([
      report('x', '2025-11-05', CALL),
      { ...report('y', '2025-11-05', OTHER, ['UA', 'LT', 'umerov']), topics: ['ammunition'] },
    ]);
    expect(keys.get('x')).not.toBe(keys.get('y'));
  });

  it('folds inflected forms into one shingle', () => {
    expect(shingles('Японии помощь')).toEqual(shingles('Японию помощью'));
  });
});
