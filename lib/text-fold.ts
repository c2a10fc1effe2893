/**
 * Per-UTF-16-unit character tables for the matcher: what class a unit is in and what it folds to.
 * Folding is lower case, Latin diacritics removed (Kęstutis = Kestutis), ё = е, full-width ASCII
 * and half-width katakana to their usual forms. Cyrillic letters keep their marks (й is not и).
 * Filled lazily, one unit at a time (see `classify`).
 */

/** A letter or digit: part of a word. */
export const LETTER = 1;
/** An upper-case letter (also has LETTER). */
export const UPPER = 2;
/** A lower-case letter (also has LETTER); digits are neither UPPER nor LOWER. */
export const LOWER = 4;
/** Invisible inside a word: soft hyphen, combining marks (U+0301 stress), joiners. */
export const SKIP = 8;
/** Kanji and hiragana: matched character by character, no word boundaries. */
export const CJK = 16;
/** Katakana: matched character by character; a katakana name may not sit inside a longer katakana word. */
export const KATA = 32;
/** White space, including no-break spaces and the Japanese middle dot. */
export const SPACE = 64;
/** Apostrophes in all their forms: ' ’ ʼ ` ‘ ´. */
export const APOS = 128;

/**
 * `text.charCodeAt(i)`, for loops that read many different strings (a gazetteer's forms, first
 * words, keys). V8 keeps a string's representation in its map (one- or two-byte; flat,
 * concatenated, sliced or internalized), so `charCodeAt` and `length` read at one place from all
 * of them are megamorphic property loads, each a probe of V8's stub cache. Called through the
 * prototype, the read is compiled for any string: ~4x faster over mixed strings.
 */
export function unitAt(text: string, i: number): number {
  return String.prototype.charCodeAt.call(text, i);
}

export type CharTables = { cls: Uint8Array; fold: Uint16Array };

let tables: CharTables | undefined;

const APOSTROPHES = "'\u2019\u02bc`\u2018\u00b4\u2032\uff07\u02b9";
const EXTRA_SPACES = '\u00a0\u2007\u202f\u200b\u3000\u30fb\uff65\u2060';
const SKIPS = '\u00ad\u200c\u200d\ufeff\u3099\u309a';
const LATIN_SPECIAL: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 's',
  ŀ: 'l',
  þ: 't',
};

function isKatakana(c: number): boolean {
  return (c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f);
}

function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x309f) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005
  );
}

function foldLetter(ch: string): string {
  let c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff5a) ch = String.fromCharCode(c - 0xfee0); // full-width ASCII
  if (c >= 0xff66 && c <= 0xff9f) return ch.normalize('NFKC').charAt(0); // half-width katakana
  let lower = ch.toLowerCase();
  if (lower.length !== 1) lower = lower.normalize('NFD').charAt(0); // İ
  c = lower.charCodeAt(0);
  if (c === 0x451) return '\u0435'; // ё -> е
  if (c >= 0x400 && c <= 0x52f) return lower; // keep й, ї, є: they are different letters
  const special = LATIN_SPECIAL[lower];
  if (special) return special;
  return lower.normalize('NFD').charAt(0);
}

/** Not classified yet: the tables fill in lazily, one unit the first time it is seen. */
export const UNKNOWN = 255;

const LETTER_RE = /[\p{L}\p{N}_]/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /\s/u;

/**
 * The character tables. They start empty (UNKNOWN) and each unit is classified on first sight by
 * `classify`, so start-up costs nothing and a page only pays for the few hundred characters it uses.
 */
export function charTables(): CharTables {
  if (!tables)
    tables = {
      cls: new Uint8Array(0x10000).fill(UNKNOWN),
      fold: new Uint16Array(0x10000),
    };
  return tables;
}

/** Classifies one UTF-16 unit, fills its table entries and returns its class. */
export function classify(c: number): number {
  const { cls, fold } = charTables();
  const known = cls[c]!;
  if (known !== UNKNOWN) return known;
  let k = 0;
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff)
    k = 0; // astral characters (emoji) separate words
  else if (APOSTROPHES.includes(ch)) k = APOS;
  else if (SKIPS.includes(ch) || MARK_RE.test(ch)) k = SKIP;
  else if (EXTRA_SPACES.includes(ch) || SPACE_RE.test(ch)) k = SPACE;
  else if (isKatakana(c)) {
    k = KATA;
    fold[c] = foldLetter(ch).charCodeAt(0);
  } else if (isCjk(c)) {
    k = CJK;
    fold[c] = c;
  } else if (LETTER_RE.test(ch)) {
    k = LETTER;
    if (c >= 0xff21 && c <= 0xff3a)
      k |= UPPER; // full-width letters carry their case from ASCII
    else if (c >= 0xff41 && c <= 0xff5a) k |= LOWER;
    else if (ch !== ch.toLowerCase()) k |= UPPER;
    else if (ch !== ch.toUpperCase()) k |= LOWER;
    fold[c] = foldLetter(ch).charCodeAt(0);
  }
  cls[c] = k;
  return k;
}

/** The class of a unit (classifying it if needed). */
export function classOf(c: number): number {
  const k = charTables().cls[c]!;
  return k === UNKNOWN ? classify(c) : k;
}

/** Folds a whole string with the tables (for aliases at compile time): SKIP units vanish. */
export function foldText(text: string): string {
  const { fold } = charTables();
  let out = '';
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = unitAt(text, i);
    const k = classOf(c);
    if (k & SKIP) continue;
    out += k & (LETTER | CJK | KATA) ? String.fromCharCode(fold[c] ?? c) : text.charAt(i);
  }
  return out;
}
