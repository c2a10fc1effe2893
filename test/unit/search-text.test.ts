import { describe, expect, it } from 'vitest';
import { editDistance, foldTerm, isStopWord, latinSkeleton, searchTokens, termKey } from '../../lib/search-text';

describe('foldTerm', () => {
  it.each([
    ['ЗЕЛЕНСЬКИЙ', 'зеленськии'],
    ['Їжак', 'іжак'],
    ['Ёлка', 'елка'],
    ['Kęstutis', 'kestutis'],
    ['Großbritannien', 'grossbritannien'],
    ['Sébastien', 'sebastien'],
    ['обʼєкт', 'обєкт'],
    ['Япо\u0301ния', 'япония'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldTerm(word)).toBe(folded);
  });
});

describe('termKey', () => {
  it.each([
    ['Зеленського', 'Zelensky'],
    ['Зеленский', 'Zelenskyy'],
    ['Зеленському', 'zelenskiy'],
    ['Умєров', 'Умеров'],
    ['Umerow', 'Umerov'],
    ['дрони', 'drones'],
    ['дронів', 'drone'],
    ['Japans', 'Japan'],
  ])('gives %s and %s one key', (a, b) => {
    expect(termKey(foldTerm(a))).toBe(termKey(foldTerm(b)));
  });

  it.each([
    ['Japan', 'Jordan'],
    ['drones', 'zones'],
    ['Litauen', 'Lettland'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(termKey(foldTerm(a))).not.toBe(termKey(foldTerm(b)));
  });

  it('writes Cyrillic in coarse Latin', () => {
    expect(latinSkeleton(foldTerm('Щербаківський'))).toBe('shcherbakivski');
  });
});

describe('editDistance', () => {
  it.each([
    ['japna', 'japan', 1],
    ['zelenksy', 'zelensky', 1],
    ['drohnen', 'drohne', 1],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
  ])('%s -> %s is %i edits', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('stops early past the limit', () => {
    expect(editDistance('ukraine', 'lithuania', 2)).toBe(3);
  });
});

describe('searchTokens', () => {
  it('gives folded words with their offsets in the text', () => {
    const text = 'Japan’s «ППО» — обʼєкт, 2025!';
    expect(searchTokens(text).map((t) => [t.term, text.slice(t.start, t.end)])).toEqual([
      ['japans', 'Japan’s'],
      ['ппо', 'ППО'],
      ['обєкт', 'обʼєкт'],
      ['2025', '2025'],
    ]);
  });

  it('splits at emoji and lone surrogates', () => {
    expect(searchTokens('a\ud800b🙂c').map((t) => t.term)).toEqual(['a', 'b', 'c']);
  });

  it.each([['the'], ['und'], ['та'], ['и']])('knows "%s" as a function word', (word) => {
    expect(isStopWord(word)).toBe(true);
  });
});
