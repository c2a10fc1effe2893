import { describe, expect, it } from 'vitest';
import { surfaceForms } from '../../lib/entity-matcher';
import { bundledGazetteer, findMentions } from '../../lib/find-mentions';
import type { Mention } from '../../lib/gazetteer-schema';
import { createRandom as random } from '../../lib/seeded-random';

/** Pieces that stress the scan: names, look-alikes, invisible and odd units, scripts without spaces. */
const PIECES = [
  ...['Україна', 'Зеленського', 'Olena Zelenska', 'Japan', "'s", "l'", 'd’'],
  ...['ゼレンスキー', '高市', '郡', 'リチャード', 'チャド', 'Володимир ', 'U.S.'],
  ...['Rustem Umerov', 'Atlanta, Georgia', 'Того', 'New Zealand', 'the ', 'В’єтнам'],
  ...['Sébastien Lecornu', 'Anatole France', 'Интерфакс-Украина', 'Latin America'],
  ...['\u00ad', '\u0301', '\u200d', '\ufeff', '\u00a0', '\u3000', '・', '\n', '. '],
  ...['\ud83d', '\ude00', '\ud83d\ude00', 'Ａ', 'ｱ', 'ー', '-', ',', ' ', 'x', '1'],
];

function randomText(next: () => number): string {
  let text = '';
  const pieces = 1 + Math.floor(next() * 14);
  for (let i = 0; i < pieces; i++) {
    const r = next();
    if (r < 0.15)
      text += String.fromCharCode(Math.floor(next() * 0x10000)); // any unit, lone surrogates too
    else text += PIECES[Math.floor(next() * PIECES.length)]!;
  }
  return text;
}

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
  it('returns sorted, non-overlapping, in-bounds offsets and never throws (2,000 random strings)', () => {
    const next = random(20251122);
    for (let n = 0; n < 2000; n++) {
      const text = randomText(next);
      expectWellFormed(text, findMentions(text));
    }
  });

  it('finds the same mentions, shifted, after a prefix that ends with a break', () => {
    const next = random(7);
    for (let n = 0; n < 300; n++) {
      const text = randomText(next);
      const prefix = `${randomText(next)}\n`;
      const alone = findMentions(text);
      const shifted = findMentions(prefix + text)
        .filter((m) => m.start >= prefix.length)
        .map((m) => ({
          ...m,
          start: m.start - prefix.length,
          end: m.end - prefix.length,
        }));
      expect(shifted).toEqual(alone);
    }
  });

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
