/** Lower-cases, drops diacritics and stress marks, folds ё to е and apostrophes away. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[ʼ’'`]/g, '');
}

const WORD = /[\p{L}\p{M}\p{N}ʼ’'`]+/gu;

/** Every word of `text`, folded. */
export function words(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => foldWord(m[0])).filter((w) => w.length > 0);
}

/** Words that carry meaning: at least four letters, not digits only, in first-seen order, unique. */
export function contentWords(text: string): string[] {
  const seen = new Set<string>();
  for (const word of words(text)) {
    if (word.length >= 4 && !/^\d+$/.test(word) && !STOP_WORDS.has(word)) seen.add(word);
  }
  return [...seen];
}

// Frequent function words of the corpus languages that are four letters or longer.
const STOP_WORDS = new Set(
  [
    // en
    'that this with from have were been their which would there about also into than them',
    // uk
    'який яка яке які якщо також тому було буде цього цієї щодо після через може могли між його вона вони',
    // ru
    'который которая которые также этого этой чтобы было будет после через может между него она они',
    // de
    'dass eine einer eines einem einen sich nicht auch sind wird wurde werden oder aber beim über unter durch sein ihre ihrer',
  ]
    .join(' ')
    .split(' '),
);
