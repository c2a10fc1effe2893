import type { ArticleLang } from './languages';

// Letters only one language of a script uses. Ukrainian і ї є ґ never occur in Russian, and
// Russian ы э ъ ё never in Ukrainian; German has ä ö ü ß, English none of them.
const UK_LETTERS = /[іїєґ]/g;
const RU_LETTERS = /[ыэъё]/g;
const DE_LETTERS = /[äöüß]/g;

// Short, frequent function words; their relative frequency separates languages of one script
// even in texts too short for distinctive letters.
const STOP_WORDS: Record<ArticleLang, ReadonlySet<string>> = {
  uk: new Set([
    'і',
    'й',
    'та',
    'що',
    'це',
    'як',
    'від',
    'для',
    'до',
    'на',
    'не',
    'про',
    'також',
    'які',
    'яка',
    'який',
    'його',
    'її',
    'між',
    'або',
    'у',
    'з',
    'із',
    'зі',
    'ми',
    'вже',
  ]),
  ru: new Set([
    'и',
    'что',
    'это',
    'как',
    'от',
    'для',
    'до',
    'на',
    'не',
    'о',
    'об',
    'также',
    'которые',
    'которая',
    'который',
    'его',
    'ее',
    'её',
    'между',
    'или',
    'в',
    'с',
    'со',
    'мы',
    'уже',
    'он',
    'она',
  ]),
  de: new Set([
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'von',
    'zu',
    'den',
    'dem',
    'des',
    'für',
    'auf',
    'ein',
    'eine',
    'einer',
    'sich',
    'dass',
    'im',
    'wird',
    'sind',
    'auch',
    'bei',
    'über',
  ]),
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'that',
    'for',
    'with',
    'was',
    'on',
    'as',
    'by',
    'it',
    'are',
    'be',
    'this',
    'from',
    'has',
    'have',
    'will',
    'an',
    'at',
    'its',
  ]),
};

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Detects the language of an article (uk, ru, de or en) from script, language-specific letters
 * and stop-word frequency. Returns the best guess; pages in other languages map to the nearest.
 */
export function detectLanguage(text: string): ArticleLang {
  const lower = text.toLowerCase();
  const cyrillic = countMatches(lower, /[\u0400-\u04ff]/g);
  const latin = countMatches(lower, /[a-zäöüßàâçéèêëîïôûùÿñ]/g);
  const words = lower.match(/[\p{L}’']+/gu) ?? [];

  const stopHits = (lang: ArticleLang): number =>
    words.reduce((sum, word) => sum + (STOP_WORDS[lang].has(word) ? 1 : 0), 0);

  if (cyrillic >= latin) {
    // Each distinctive letter is strong evidence; stop-words break ties in short texts.
    const uk = 3 * countMatches(lower, UK_LETTERS) + stopHits('uk');
    const ru = 3 * countMatches(lower, RU_LETTERS) + stopHits('ru');
    return uk >= ru ? 'uk' : 'ru';
  }
  const de = 3 * countMatches(lower, DE_LETTERS) + 2 * stopHits('de');
  const en = 2 * stopHits('en');
  return de > en ? 'de' : 'en';
}
