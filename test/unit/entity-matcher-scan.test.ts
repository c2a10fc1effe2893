import { describe, expect, it } from 'vitest';
import { surfaceForms } from '../../lib/entity-matcher';
import { bundledGazetteer, findMentions } from '../../lib/find-mentions';
import type { Mention } from '../../lib/gazetteer-schema';

// Random strings, normalisation and context: test/unit/find-mentions-property.test.ts (fast-check).

function expectWellFormed(text: string, mentions: Mention[]): void {
  let last = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    last = m.end;
  }
}

describe('findMentions on arbitrary text', () => {
  it.each([
    ['a name that ends the text', 'Зустріч із Зеленським', ['Зеленським']],
    ['a name after characters never seen before', 'ꙮꙮ Japan ꙮ', ['Japan']],
    ['a name broken by a soft hyphen', 'Зелен\u00adського', ['Зелен\u00adського']],
    ['a name right before kana', 'Japanゼレンスキー', ['Japan', 'ゼレンスキー']],
    ['a two-word name at the end', 'mit Wolodymyr Selenskyj', ['Wolodymyr Selenskyj']],
  ])('finds %s', (_rule, text, expected) => {
    expect(findMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(expected);
  });

  it('finds mentions throughout a long text (the scan stops and resumes many times)', () => {
    const line = 'Погода, ціни й футбол. Зеленський у Японії. Weather in Berlin.\n';
    const text = line.repeat(3000);
    const mentions = findMentions(text);
    expect(mentions).toHaveLength(6000);
    expectWellFormed(text, mentions);
    expect(mentions.at(-1)!.end).toBeLessThan(text.length);
  });
});

describe('surfaceForms', () => {
  it('lists inflected forms and kanji names the matcher knows', () => {
    const forms = new Set(surfaceForms(bundledGazetteer()));
    expect(forms.has('зеленського')).toBe(true);
    expect(forms.has('japonii')).toBe(true);
    expect(forms.has('日本')).toBe(true);
  });
});
