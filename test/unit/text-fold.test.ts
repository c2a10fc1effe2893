import { describe, expect, it } from 'vitest';
import { foldText, unitAt } from '../../lib/text-fold';

describe('unitAt', () => {
  it('reads the units charCodeAt reads, from strings of every representation V8 has', () => {
    const latin = 'Zelensky';
    const cyrillic = 'Зеленський';
    const strings = [
      latin,
      cyrillic,
      `${cyrillic} ${'Умєров'.repeat(4)}`, // concatenated
      `${'.'.repeat(40)}${cyrillic}`.slice(40), // a slice of a longer string
      Object.keys({ [latin]: 0 })[0]!, // internalized
      '',
    ];
    for (const text of strings)
      for (let i = -1; i <= text.length; i++) expect(unitAt(text, i)).toEqual(text.charCodeAt(i));
  });
});

describe('foldText', () => {
  it('folds case, Latin diacritics and ё, and drops soft hyphens and stress marks', () => {
    expect(foldText('Kęstutis')).toBe('kestutis');
    expect(foldText('Sébastien LECORNU')).toBe('sebastien lecornu');
    expect(foldText('Зелен\u00adсь\u0301кий')).toBe('зеленський');
    expect(foldText('Ёлка')).toBe('елка');
  });
});
