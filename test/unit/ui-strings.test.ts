import { describe, expect, it } from 'vitest';
import { langLabel } from '../../lib/card-strings';
import { uiLangFor } from '../../lib/languages';
import { uiString } from '../../lib/ui-strings';

describe('uiLangFor', () => {
  it.each([
    ['uk-UA', 'uk'],
    ['ru', 'ru'],
    ['de_AT', 'de'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
  ])('picks %s -> %s', (locale, lang) => {
    expect(uiLangFor(locale)).toBe(lang);
  });
});

describe('uiString', () => {
  it('fills placeholders', () => {
    expect(uiString('de', 'moreArticles', { n: 4 })).toBe('4 weitere');
    expect(uiString('uk', 'moreArticles', { n: 2 })).toBe('Ще 2');
  });
  it('names article languages in the UI language', () => {
    expect(langLabel('ru', 'uk')).toBe('Украинский');
    expect(langLabel('en', 'de')).toBe('German');
  });
});
