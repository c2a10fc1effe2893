/**
 * Text primitives of corpus search: words with their offsets, a folded form (case, accents,
 * stress marks, ё, й/ї breves and apostrophes removed) and a script-neutral "key" that makes
 * inflected and transliterated forms of one word meet: Зеленського, Зеленский, Zelensky and
 * Zelenskyy all key to "zelensk"; дрони, Drohnen and drones to "dron" / "drohn" (one edit apart).
 */

/** A word of a text: its folded form and [start, end) UTF-16 offsets. */
export type SearchToken = { term: string; start: number; end: number };

/** Longest word kept; longer runs (URLs, base64, hostile input) are cut to this. */
export const MAX_TERM_LENGTH = 40;

/** Folds one UTF-16 unit of a plain Latin or Cyrillic letter or digit; -1 for anything else. */
function quickFold(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c; // a-z
  if (c >= 0x30 && c <= 0x39) return c; // 0-9
  if (c >= 0x41 && c <= 0x5a) return c + 0x20; // A-Z
  if (c >= 0x430 && c <= 0x44f) return c === 0x439 ? 0x438 : c; // а-я, й -> и
  if (c >= 0x410 && c <= 0x42f) return c === 0x419 ? 0x438 : c + 0x20; // А-Я, Й -> и
  switch (c) {
    case 0x451: // ё
    case 0x401: // Ё
      return 0x435;
    case 0x454: // є
    case 0x456: // і
    case 0x491: // ґ
      return c;
    case 0x404: // Є
    case 0x406: // І
      return c + 0x50;
    case 0x457: // ї
    case 0x407: // Ї
      return 0x456;
    case 0x490: // Ґ
      return 0x491;
    default:
      return -1;
  }
}

/** Lower-cases and drops accents, stress marks, breves (й = и, ї = і), ё = е and apostrophes. */
export function foldTerm(word: string): string {
  // Fast path for plain Latin and Cyrillic words (nearly all of the corpus): one pass over the
  // units, no allocation when the word is already folded. Anything else takes the general path.
  let changed = false;
  let quick = true;
  const length = Math.min(word.length, MAX_TERM_LENGTH);
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    const folded = quickFold(c);
    if (folded < 0) {
      quick = false;
      break;
    }
    if (folded !== c) changed = true;
  }
  if (quick) {
    if (!changed) return word.length > MAX_TERM_LENGTH ? word.slice(0, MAX_TERM_LENGTH) : word;
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(quickFold(word.charCodeAt(i)));
    return out;
  }
  const folded = word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\p{M}'’ʼ`]/gu, '')
    .replace(/ё/g, 'е')
    .replace(/ß/g, 'ss');
  return folded.length > MAX_TERM_LENGTH ? folded.slice(0, MAX_TERM_LENGTH) : folded;
}

// Character classes for the word scanner, filled lazily per UTF-16 unit: a word is a letter or
// digit followed by letters, digits and combining marks; an apostrophe between two letters
// joins (обʼєкт, Japan's). Astral characters (emoji, lone surrogates) separate words.
const SEPARATOR = 1;
const WORD_CHAR = 2;
const MARK = 3;
const APOSTROPHE = 4;
const classes = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;

function classOf(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) k = SEPARATOR;
    else if ("'’ʼ`".includes(ch)) k = APOSTROPHE;
    else if (LETTER_OR_DIGIT.test(ch)) k = WORD_CHAR;
    else if (COMBINING.test(ch)) k = MARK;
    else k = SEPARATOR;
    classes[c] = k;
  }
  return k;
}

/** Calls `onWord(start, end)` for each word of `text`, in order. */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (classOf(text.charCodeAt(i)) !== WORD_CHAR) {
      i++;
      continue;
    }
    const start = i++;
    for (;;) {
      while (i < n) {
        const k = classOf(text.charCodeAt(i));
        if (k !== WORD_CHAR && k !== MARK) break;
        i++;
      }
      if (i + 1 < n && classOf(text.charCodeAt(i)) === APOSTROPHE && classOf(text.charCodeAt(i + 1)) === WORD_CHAR) {
        i += 2;
        continue;
      }
      break;
    }
    onWord(start, i);
  }
}

/** Every word of `text` with its offsets, folded. */
export function searchTokens(text: string): SearchToken[] {
  const out: SearchToken[] = [];
  forEachWord(text, (start, end) => {
    const term = foldTerm(text.slice(start, end));
    if (term) out.push({ term, start, end });
  });
  return out;
}

// Cyrillic (Ukrainian and Russian together) to a coarse Latin spelling. Vowels that the two
// languages and the usual romanisations disagree on collapse: и і ї ы й y j -> i, е є э -> e.
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'e',
  э: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  ы: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ъ: '',
  ю: 'iu',
  я: 'ia',
};

/** A folded word in coarse Latin: Cyrillic transliterated, y/j -> i, w -> v, doubled letters once. */
export function latinSkeleton(term: string): string {
  let out = '';
  for (const ch of term) {
    const mapped = CYRILLIC_TO_LATIN[ch];
    out += mapped ?? (ch === 'y' || ch === 'j' ? 'i' : ch === 'w' ? 'v' : ch);
  }
  // German and Polish spellings of the same sounds.
  out = out.replace(/sch/g, 'sh').replace(/ck/g, 'k').replace(/ph/g, 'f');
  return out.replace(/(.)\1+/gu, '$1');
}

// Endings stripped from the Latin skeleton, longest first: Ukrainian/Russian case endings (as
// transliterated above), German and English plural and case endings. One list for every language
// keeps the key script-neutral; over-stemming is harmless because a key match scores below an
// exact one.
const ENDINGS = [
  'iami',
  'ogo',
  'omu',
  'ego',
  'emu',
  'imi',
  'ami',
  'iakh',
  'akh',
  'iam',
  'oiu',
  'eiu',
  'iiu',
  'ov',
  'ev',
  'iv',
  'ei',
  'oi',
  'ii',
  'ia',
  'iu',
  'om',
  'em',
  'im',
  'am',
  'ikh',
  'es',
  'en',
  'er',
  'ern',
  'a',
  'e',
  'i',
  'o',
  'u',
  's',
].sort((a, b) => b.length - a.length);

/** Shortest stem a key keeps: "dron" may lose nothing more. */
const MIN_STEM = 4;

/** The script-neutral key of a folded word: its Latin skeleton with one inflection ending removed. */
export function termKey(term: string): string {
  const skeleton = latinSkeleton(term);
  if (!skeleton) return term;
  if (/^\d+$/u.test(skeleton)) return skeleton;
  for (const ending of ENDINGS) {
    if (skeleton.length - ending.length >= MIN_STEM && skeleton.endsWith(ending)) {
      return skeleton.slice(0, -ending.length);
    }
  }
  return skeleton;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, so "Japna" is one
 * edit from "japan"), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rowA.length <= n) {
    // Rows reused between calls: a typo scan runs this on thousands of vocabulary keys.
    rowA = new Int32Array(2 * n + 2);
    rowB = new Int32Array(2 * n + 2);
    rowC = new Int32Array(2 * n + 2);
  }
  let prev2 = rowA;
  let prev = rowB;
  let row = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, prev2[j - 2]! + 1);
      }
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  return prev[n]!;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Edits a query word of this length may have and still match: none below 4 letters, 2 from 8. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

// Short function words of the corpus languages: dropped from a query that has other words.
const STOP_WORDS = new Set(
  [
    'a an the and or of to in on at by for with from is are was as its it this that',
    'der die das den dem des ein eine einer und oder zu im in mit von für auf bei über ist',
    'і й та або що це як від для до на не про у в з із зі за по при',
    'и или что это как от для до на не о об в во с со за по при из',
  ]
    .join(' ')
    .split(' ')
    .map(foldTerm),
);

/** True for a short function word ("the", "und", "та", "и"). */
export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}
