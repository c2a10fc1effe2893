/**
 * Finds gazetteer entities in text in one pass (see docs/decisions/0001-matcher-design.md).
 *
 * The scan reads each UTF-16 unit once: the matcher's scan table gives its folded letter (or what
 * else it is), which feeds a running hash of the word; at each word end a Bloom filter of
 * first-word hashes decides, without a branch per word, whether anything can start there. Only
 * then (~9% of a news page's words) does the loop stop: a hash table rejects most of those by the
 * hash alone (the filter's false alarms) and confirms the rest by comparing characters; most hits
 * are settled in place, and the rest walk a word trie whose edges carry every inflected form,
 * checking gaps, letter case, apostrophes and exclusions. Kanji and kana
 * have no word boundaries and go through a character trie instead.
 */
import type { Gazetteer, Mention } from './gazetteer-schema';
import { adjectiveForms, inflectWord, type InflectionTags } from './inflect';
import * as textFold from './text-fold';

// Read once: under tsx (esbuild's CommonJS interop) every use of an imported binding is a getter
// call, which was more than half of the scan's time when profiled. Bundlers inline them anyway.
const { APOS, CJK, KATA, LETTER, LOWER, SKIP, SPACE, UPPER, UNKNOWN, charTables, classOf, classify, foldText, unitAt } =
  textFold;

export type Matcher = {
  /** Mentions in `text`, in order, not overlapping; offsets are UTF-16 indices into `text`. */
  findMentions(text: string): Mention[];
};

const NAME = 0;
const ADJECTIVE = 1;
const EXCLUSION = 2;
/** A person's given name: a mention only when an alias of the same person follows. */
const GIVEN = 3;
export type TargetKind = typeof NAME | typeof ADJECTIVE | typeof EXCLUSION | typeof GIVEN;

/** What a complete path means. */
export type Target = {
  entity: string;
  kind: TargetKind;
  /** A capitalised form that does not count at the start of a sentence or in capitals (Того, ТОГО). */
  strict: boolean;
  /** The alias ends with "." (U.S.): take the text's dot too. */
  trailingDot: boolean;
  /** For exclusions: the bracketed part, as word (or character) indices. */
  coreEnd: number;
  /** For exclusions: the first word (or character) of the bracketed part; the words before it are read as usual. */
  coreStart: number;
  /** A name that is also a given name (Chad, Dominique): not a mention before a surname. */
  givenName: boolean;
  /** Only as the first part of a hyphenated compound (Franco-German, russo-ukrainien). */
  compound: boolean;
  /**
   * A demonym written in lower case (Cyrillic: чехов, литвин, поляк): capitalised inside a
   * sentence or after an initial, it is a surname (Антон Чехов, А.П.Чехов, Володимир Литвин).
   */
  surnameIfCapitalised: boolean;
  /**
   * Words the path must follow in the text, nearest first ("Anatole [France]", "die [Polen]"):
   * checked backwards from the path's first word when it is hit, so that the context word itself
   * (often a common one: die, of, Radio) never stops the scan.
   */
  before: Context[] | null;
};

/** A word before a phrase's core: its folded forms, the gap between it and the next word, its case. */
export type Context = { forms: ReadonlySet<string>; gap: string; caseMode: number };

/**
 * Case a word must have: any, capital initial, all capitals (acronyms), or a capital initial or
 * all lower case (a name tagged `lower`, as informal posts write it: russia, zelensky).
 */
const ANY_CASE = 0;
const INITIAL = 1;
const ALL_CAPS = 2;
const INITIAL_OR_LOWER = 3;

export type WordNode = {
  /** Gap signature before this word in the alias (" ", "-", ".", ",", "'"). */
  gap: string;
  caseMode: number;
  /** Next word's forms -> node(s); an array only where two nodes share a form. */
  next: Map<string, WordNode | WordNode[]> | null;
  children: Map<string, WordNode> | null;
  ends: Target[] | null;
};

export type CharNode = { next: Map<number, CharNode>; ends: Target[] | null };

type AliasWord = { text: string; gap: string; caseMode: number };

type Token = {
  start: number;
  end: number;
  /** The folded word (letters only), or '' where the token was read without it. */
  key: string;
  /** The folded word's hash, as the scan hashes words (its matcher's multiplier). */
  hash: number;
  gap: string;
  isFirstUpper: boolean;
  hasLower: boolean;
};

/**
 * Multipliers for the word hash (FNV-1a style, but starting from 0 so that a reset is a multiply
 * by 0): the first that suits the gazetteer is used (see compileMatcher).
 */
const HASH_PRIMES = [0x01000193, 0x0100019d, 0x010001a9, 0x010001b5, 0x010001c1];

/** French and Italian elisions allowed before an apostrophe: l'Ukraine, d'Allemagne. */
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  's',
  'n',
  'm',
  't',
  'c',
  'dell',
  'nell',
  'all',
  'sull',
]);
/** Marks that open a quotation or an aside, whose first word may be capitalised («Литовці ніколи ...»). */
const OPENING_MARKS = new Set(['"', '«', '„', '“', '(', '[', "'", '‘']);
/** How far (UTF-16 units, each side of a mention) a context cue's words are looked for. */
const CUE_WINDOW = 300;
/** What stands between two items of a list: a comma, "and", "or" in the gazetteer's languages. */
const LIST_GAP = /^(?:\s*[,;/&]\s*|\s*,?\s+(?:and|or|und|oder|et|ou|i|oraz|lub|albo|и|или|і|й|та|чи|або)\s+)$/u;

/** Latin letters (Basic Latin to Latin Extended-B) are below this unit. */
const LATIN_END = 0x250;

/** Characters that end a sentence, for `strict` aliases. */
const SENTENCE_END = new Set(['.', '!', '?', '…', '\n', '\r', '。', '！', '？']);
/** Characters between a sentence end and its first word (quotes, brackets, dashes). */
const SENTENCE_LEAD = new Set(['"', '«', '»', '„', '“', '”', '(', '[', '—', '–', '-', "'", '‘', '’']);

/** Most non-space characters between two words of a name ("Kęstutis – Budrys" has one). */
const MAX_GAP = 6;
/**
 * Most characters of any kind between two words of a name: HTML source wraps and indents text
 * ("Kęstutis\n            Budrys"), which a page renders as one space.
 */
const MAX_GAP_WITH_SPACE = 64;

/** Lower-case particles between a given name and a surname: Dominique de Villepin, Ursula von der Leyen. */
const NAME_PARTICLES = new Set([
  'de',
  'di',
  'da',
  'du',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'dos',
  'das',
]);
/**
 * Polish prepositions that take the genitive: after them a capitalised form that is both a
 * country's genitive and a demonym or adjective (z Niemiec, do Czech) is the country.
 */
const GENITIVE_PREPOSITIONS = new Set([
  'z',
  'ze',
  'do',
  'od',
  'dla',
  'bez',
  'u',
  'spod',
  'zza',
  'sprzed',
  'spoza',
  'kolo',
  'obok',
  'wokol',
  'wedlug',
  'podczas',
  'oprocz',
  'zamiast',
  'wzdluz',
  'wobec',
  'wsrod',
  'naprzeciw',
  'znad',
  'sponad',
  'spomiedzy',
  'posrod',
  'niedaleko',
  'dokola',
  'naokolo',
]);

/**
 * Polish nouns that a country's genitive follows (kanclerz Niemiec, prezydent Czech, granica
 * Niemiec): after them a capitalised form that is also a demonym is the country too.
 */
const GENITIVE_HEADS = new Set(
  (
    'kanclerz kanclerza kanclerzem prezydent prezydenta prezydentem premier premiera premierem ' +
    'rzad rzadu rzadem ambasador ambasadora ambasada ambasady ambasadzie minister ministra ' +
    'ministrem ministerstwo ministerstwa szef szefa szefowa szefowej krol krola stolica stolicy ' +
    'granica granicy granice granicach terytorium wladze wladz armia armii wojska obywatel ' +
    'obywatele obywateli mieszkancy mieszkancow gospodarka gospodarki polityka polityki ' +
    'reprezentacja reprezentacji parlament parlamentu wizyta wizyty wizycie msz'
  ).split(' '),
);

function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005;
}

function isKanjiOrDigit(c: number): boolean {
  return isKanji(c) || (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Units of time that may stand right before a short form's context word (来月訪米, 今年来日). */
const TIME_UNITS = new Set(['年', '月', '週', '日']);

/** French plural determiners: a capitalised word after them is a demonym (les Italiens, aux Indiens). */
const FRENCH_PLURAL_DETERMINERS = new Set(['les', 'des', 'aux', 'ces', 'nos', 'vos', 'leurs', 'plusieurs', 'quelques']);

// A one-word name that is also an adjective or demonym of the same country (see `entryTie`; 0: none).
/** The adjective is written in lower case (polski): it wins only at the start of a sentence. */
const TIE_SENTENCE = 1;
/** The adjective or demonym is capitalised too (Czech, Niemiec): it wins before a lower-case word. */
const TIE_CAPITAL = 2;

function hashString(key: string, prime: number): number {
  let h = 0;
  const length = key.length;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ unitAt(key, i), prime);
  return h;
}

/**
 * The hash of a word read from its last letter to its first: the words before a hit (context
 * words, given names) are hashed so, in the same pass backwards that finds where they start.
 */
function hashBackwards(key: string, prime: number): number {
  let h = 0;
  for (let i = key.length - 1; i >= 0; i--) h = Math.imul(h ^ unitAt(key, i), prime);
  return h;
}

/**
 * The first of HASH_PRIMES for which no first word's hash selects the scan filter's bit 0 (the
 * scan resets a word's hash to 0 and tests the filter at every break, as 0 would select it; the
 * first one almost always fits), with the words' hashes by it put in `hashes`.
 */
function firstFittingPrime(words: readonly string[], hashes: Int32Array): number {
  for (let p = 0; p < HASH_PRIMES.length - 1; p++) {
    let fits = true;
    for (let k = 0; k < words.length && fits; k++) {
      hashes[k] = hashString(words[k]!, HASH_PRIMES[p]!);
      if (hashes[k]! >>> 12 === 0) fits = false;
    }
    if (fits) return HASH_PRIMES[p]!;
  }
  const last = HASH_PRIMES[HASH_PRIMES.length - 1]!;
  for (let k = 0; k < words.length; k++) hashes[k] = hashString(words[k]!, last);
  return last;
}

/** Whether a unit is a hyphen or dash that joins words ("-", U+2010-U+2015, U+2212 minus). */
function isHyphenUnit(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** Normalises the characters between two words to a short signature. */
function gapSignature(chars: string): string {
  let sig = '';
  let hasSpace = false;
  let lineBreaks = 0;
  for (const ch of chars) {
    const k = classOf(ch.charCodeAt(0));
    if (k & SKIP) continue;
    if (k & SPACE) {
      // One line break is a wrapped line; a blank line (two) ends a paragraph, and a name.
      if (ch === '\n' && ++lineBreaks > 1) return '\n';
      hasSpace = true;
      continue;
    }
    const symbol = k & APOS ? "'" : isHyphenUnit(ch.charCodeAt(0)) ? '-' : ch;
    if (!sig.includes(symbol)) sig += symbol;
  }
  return sig || (hasSpace ? ' ' : '');
}

/** Whether a gap of the text fits a gap of an alias: the same, or a space and a hyphen either way. */
function gapMatches(aliasGap: string, textGap: string): boolean {
  return aliasGap === textGap || (isSoftGap(aliasGap) && isSoftGap(textGap));
}

function isSoftGap(gap: string): boolean {
  return gap === ' ' || gap === '-';
}

/** The hash of a word (hash `word`) after first word `entry`, for the matcher's follower filter. */
function followerHash(entry: number, word: number): number {
  return Math.imul(word ^ Math.imul(entry + 1, 0x9e3779b1), 0x85ebca6b);
}

/** The hash of a word (hash `word`) before first word `entry`, for the matcher's preceder filter. */
function precederHash(entry: number, word: number): number {
  return Math.imul(word ^ Math.imul(entry + 1, 0x27d4eb2f), 0xc2b2ae35);
}

/** The hash of a word (read backwards) as the first word of context `context` (an index), for the matcher's context filter. */
function contextWordHash(context: number, word: number): number {
  return Math.imul(word ^ Math.imul(context + 1, 0x165667b1), 0x9e3779b1);
}

/** A pair of kanji/kana units' entry in the matcher's pair filter. */
function cjkPairKey(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> 16;
}

/** Which of two paths of the same length wins: exclusion > a demonym in its context > name > adjective. */
function rankOf(target: Target): number {
  if (target.kind === EXCLUSION) return 3;
  if (target.before) return 2;
  return target.kind === NAME ? 1 : 0;
}

function caseModeOf(word: string): number {
  let letters = 0;
  let uppers = 0;
  let isFirstUpper = false;
  const length = word.length;
  for (let i = 0; i < length; i++) {
    const k = classOf(unitAt(word, i));
    if (!(k & (UPPER | LOWER))) continue;
    if (letters++ === 0) isFirstUpper = (k & UPPER) !== 0;
    if (k & UPPER) uppers++;
  }
  if (!isFirstUpper) return ANY_CASE;
  return letters >= 2 && uppers === letters ? ALL_CAPS : INITIAL;
}

function isCjkText(text: string): boolean {
  const length = text.length;
  for (let i = 0; i < length; i++) if (classOf(unitAt(text, i)) & (CJK | KATA)) return true;
  return false;
}

/** Splits an alias into words with the gap before each (letters only; SKIP units dropped). */
function aliasWords(alias: string): {
  words: AliasWord[];
  trailingDot: boolean;
} {
  const words: AliasWord[] = [];
  let i = 0;
  let gapStart = 0;
  const length = alias.length;
  while (i < length) {
    const k = classOf(unitAt(alias, i));
    if (k & LETTER) {
      let j = i;
      while (j < length && classOf(unitAt(alias, j)) & (LETTER | SKIP)) j++;
      const raw = alias.slice(i, j);
      words.push({
        text: foldText(raw),
        gap: words.length ? gapSignature(alias.slice(gapStart, i)) : '',
        caseMode: caseModeOf(raw),
      });
      gapStart = j;
      i = j;
    } else i++;
  }
  return { words, trailingDot: alias.trimEnd().endsWith('.') };
}

type ParsedTags = { tags: InflectionTags; strict: boolean; givenName: boolean; lower: boolean; compound: boolean };

/** Parsed rule strings: a gazetteer has a handful of distinct ones ("de pl", "strict" ...). */
const parsedTags = new Map<string, ParsedTags>();

function parseTags(value: string | undefined): ParsedTags {
  const key = value ?? '';
  let parsed = parsedTags.get(key);
  if (!parsed) {
    const set = new Set(key.split(' '));
    parsed = {
      tags: { fixed: set.has('fixed'), pl: set.has('pl'), de: set.has('de') },
      strict: set.has('strict'),
      givenName: set.has('given-name'),
      lower: set.has('lower'),
      compound: set.has('compound'),
    };
    parsedTags.set(key, parsed);
  }
  return parsed;
}

export type Tries = {
  root: WordNode;
  charRoot: CharNode;
  /** Kanji and kana (folded) that start a path of the character trie. */
  cjkFirst: Uint8Array;
  /** The (folded) alias word of each first-level node, for ties between a name and an adjective. */
  firstWordText: Map<WordNode, string>;
  /**
   * Each first word with the node(s) it leads to (root.next of built tries as lists; loaded tables
   * give a word once per node, and the matcher joins them).
   */
  rootWords: string[];
  rootFound: Array<WordNode | WordNode[]>;
  /** Folded forms of common given names that are no official's own (see GazetteerSchema.givenNames). */
  givenNames: Set<string>;
  /** The ids of the persons: a name alone in guillemets is a title unless it is a person's («Умеров»). */
  persons: Set<string>;
  /** The context cues (see ContextCueSchema) per entity, words folded. */
  cues: Map<string, FoldedCue[]>;
};

/** A context cue with its words folded as the matcher keys words. */
export type FoldedCue = { alias: string; otherNear: Set<string>; ownNear: Set<string> };

/** One word node as it was created: its parent (-1: the root), its alias word and its forms. */
export type BuiltWord = { node: WordNode; parent: number; word: string; forms: string[] };
/** One kanji/kana path as it was added (folded, spaces removed). */
export type BuiltChars = { path: string; target: Target };
/** How the tries were built, in order: what data/matcher.json stores (lib/entity-matcher-tables.ts). */
export type BuildLog = { words: BuiltWord[]; chars: BuiltChars[] };

export function emptyTries(): Tries {
  return {
    root: { gap: '', caseMode: ANY_CASE, next: null, children: null, ends: null },
    charRoot: { next: new Map(), ends: null },
    cjkFirst: new Uint8Array(0x10000),
    firstWordText: new Map(),
    rootWords: [],
    rootFound: [],
    givenNames: new Set(),
    persons: new Set(),
    cues: new Map(),
  };
}

/** Adds a context cue for `entity`, after those it has. */
export function addCue(tries: Tries, entity: string, cue: FoldedCue): void {
  const list = tries.cues.get(entity);
  if (list) list.push(cue);
  else tries.cues.set(entity, [cue]);
}

/** Adds `node` as the child of `parent` reached by each of `forms`, after the children already there. */
export function linkWordNode(parent: WordNode, node: WordNode, forms: readonly string[]): void {
  parent.next ??= new Map();
  for (const form of forms) {
    const existing = parent.next.get(form);
    if (!existing) parent.next.set(form, node);
    else if (Array.isArray(existing)) existing.push(node);
    else parent.next.set(form, [existing, node]);
  }
}

/**
 * A phrase with one part in brackets ("Anatole [France]", "トランプ[米]大統領"): the phrase without
 * them, where the brackets are, and the kanji/kana path's character counts before the part and to
 * its end (spaces are not in a path).
 */
function bracketed(phrase: string): {
  plain: string;
  charsBefore: number;
  charsTo: number;
  wordsBefore: number;
  wordsTo: number;
  hasAfter: boolean;
} | null {
  const open = phrase.indexOf('[');
  const close = phrase.indexOf(']');
  if (open < 0 || close < open) return null;
  const countChars = (part: string) => [...part].filter((ch) => !(classOf(ch.charCodeAt(0)) & SPACE)).length;
  const upToClose = phrase.slice(0, close).replace('[', '');
  return {
    plain: phrase.slice(0, open) + phrase.slice(open + 1, close) + phrase.slice(close + 1),
    charsBefore: countChars(phrase.slice(0, open)),
    charsTo: countChars(upToClose),
    wordsBefore: aliasWords(phrase.slice(0, open)).words.length,
    wordsTo: aliasWords(upToClose).words.length - 1,
    hasAfter: phrase.slice(close + 1).trim() !== '',
  };
}

/** Adds a kanji/kana path (folded, no spaces) ending in `target`. */
export function addCharPathTo(tries: Tries, path: string, target: Target): void {
  const first = path.charCodeAt(0);
  if (!path) return;
  tries.cjkFirst[first] = 1;
  let node = tries.charRoot;
  const length = path.length;
  for (let i = 0; i < length; i++) {
    const code = unitAt(path, i);
    let next = node.next.get(code);
    if (!next) {
      next = { next: new Map(), ends: null };
      node.next.set(code, next);
    }
    node = next;
  }
  // Folding may give two phrases one path (米ゾ and 米ソ): one target is enough.
  const ends = (node.ends ??= []);
  if (!ends.some((end) => isSameTarget(end, target))) ends.push(target);
}

/** A target of `kind` for `entity`, every flag off and no core or context unless `fields` sets them. */
function makeTarget(entity: string, kind: TargetKind, fields: Partial<Target> = {}): Target {
  return {
    entity,
    kind,
    strict: false,
    trailingDot: false,
    coreEnd: 0,
    coreStart: 0,
    givenName: false,
    compound: false,
    surnameIfCapitalised: false,
    before: null,
    ...fields,
  };
}

function isSameTarget(a: Target, b: Target): boolean {
  return (
    a.entity === b.entity &&
    a.kind === b.kind &&
    a.strict === b.strict &&
    a.trailingDot === b.trailingDot &&
    a.coreStart === b.coreStart &&
    a.coreEnd === b.coreEnd &&
    a.givenName === b.givenName &&
    a.compound === b.compound &&
    a.surnameIfCapitalised === b.surnameIfCapitalised &&
    a.before === b.before
  );
}

/** The word trie and the kanji/kana character trie of a gazetteer, and how they were built. */
export function buildTries(gazetteer: Gazetteer): Tries & { log: BuildLog } {
  const tries = emptyTries();
  const { root, firstWordText } = tries;
  const log: BuildLog = { words: [], chars: [] };
  const nodeIndex = new Map<WordNode, number>();

  /** Child of `parent` for one alias word; words with the same spelling, rules and gap share it. */
  function child(parent: WordNode, word: AliasWord, forms: () => string[], formsKey: string): WordNode {
    parent.children ??= new Map();
    const key = `${word.gap}\u0000${word.caseMode}\u0000${word.text}\u0000${formsKey}`;
    let node = parent.children.get(key);
    if (!node) {
      node = {
        gap: word.gap,
        caseMode: word.caseMode,
        next: null,
        children: null,
        ends: null,
      };
      parent.children.set(key, node);
      const list = forms();
      linkWordNode(parent, node, list);
      nodeIndex.set(node, log.words.length);
      log.words.push({ node, parent: nodeIndex.get(parent) ?? -1, word: word.text, forms: list });
      if (parent === root) firstWordText.set(node, word.text);
    }
    return node;
  }

  type WordPlan = { word: AliasWord; forms: () => string[]; formsKey: string };

  function planWords(
    words: AliasWord[],
    rule: string | undefined,
    isAdjectiveStem: boolean,
    isExclusion: boolean,
  ): WordPlan[] {
    const { tags } = parseTags(rule);
    return words.map((word, index) => {
      const isLast = index === words.length - 1;
      let forms: () => string[];
      let formsKey: string;
      if (isAdjectiveStem && isLast) {
        forms = () => adjectiveForms(word.text);
        formsKey = 'adj';
      } else if (word.caseMode === ALL_CAPS) {
        forms = () => [word.text];
        formsKey = 'fixed';
      } else {
        // Exclusions inflect like any Polish phrase so "Ameryki Łacińskiej" is caught too.
        const wordTags = isExclusion ? { fixed: false, pl: true, de: true } : tags;
        forms = () => inflectWord(word.text, wordTags, isLast);
        formsKey = `${+wordTags.fixed}${+wordTags.pl}${+wordTags.de}${+isLast}`;
      }
      return { word, forms, formsKey };
    });
  }

  function addWordPath(plans: WordPlan[], target: Target): WordNode {
    let node = root;
    for (const plan of plans) node = child(node, plan.word, plan.forms, plan.formsKey);
    (node.ends ??= []).push(target);
    return node;
  }

  function addCharPath(text: string, target: Target): void {
    const path = [...foldText(text)]
      .filter((ch) => !(classOf(ch.charCodeAt(0)) & SPACE))
      .map((ch) => ch.charAt(0))
      .join('');
    if (!path) return;
    addCharPathTo(tries, path, target);
    log.chars.push({ path, target });
  }

  /** The words of a phrase from its core on; the core's first word starts a path, so no gap before it. */
  function coreOf(words: AliasWord[], coreStart: number): AliasWord[] {
    return words.slice(coreStart).map((word, i) => (i === 0 ? { ...word, gap: '' } : word));
  }

  /**
   * The words before a phrase's core, nearest first: their forms (inflected like an exclusion's
   * words when `inflect`), the gap after each and its case.
   */
  function contextsOf(words: AliasWord[], coreStart: number, inflect: boolean): Context[] {
    const contexts: Context[] = [];
    for (let i = coreStart - 1; i >= 0; i--) {
      const word = words[i]!;
      const forms =
        inflect && word.caseMode !== ALL_CAPS
          ? inflectWord(word.text, { fixed: false, pl: true, de: true }, false)
          : [word.text];
      contexts.push({ forms: new Set(forms), gap: words[i + 1]!.gap, caseMode: word.caseMode });
    }
    return contexts;
  }

  for (const entity of gazetteer.entities) {
    const rules = entity.rules ?? {};
    for (const alias of entity.aliases) {
      const { strict, givenName, lower } = parseTags(rules[alias]);
      if (isCjkText(alias)) {
        addCharPath(alias, makeTarget(entity.id, NAME));
        for (const given of entity.given ?? []) {
          if (isCjkText(given)) addCharPath(given + alias, makeTarget(entity.id, NAME));
        }
        continue;
      }
      const { words, trailingDot } = aliasWords(alias);
      if (!words.length) continue;
      const node = addWordPath(
        planWords(words, rules[alias], false, false),
        makeTarget(entity.id, NAME, { strict, trailingDot, givenName }),
      );
      // A one-word name tagged `lower` may also be all in lower case. The node stays the one other
      // paths through this word share (a phrase after it still needs its capitals).
      if (lower && words.length === 1 && node.caseMode === INITIAL) node.caseMode = INITIAL_OR_LOWER;
    }
    // "Given surname" is one mention; the matcher joins them, so no cross product is stored.
    // Targets are made by `makeTarget` only, never copied with a spread: a copy gets a map of its
    // own, and the search's loads of a target's fields (visit) were polymorphic.
    for (const given of entity.given ?? []) {
      if (isCjkText(given)) {
        for (const alias of entity.aliases)
          if (isCjkText(alias)) addCharPath(given + alias, makeTarget(entity.id, NAME));
        continue;
      }
      // Initials (V., В. О.) take the text's dot and are not inflected.
      const { words, trailingDot } = aliasWords(given);
      const isInitials = words.every((word) => [...word.text].length === 1);
      if (words.length)
        addWordPath(
          planWords(words, isInitials ? 'fixed' : 'pl de', false, false),
          makeTarget(entity.id, GIVEN, { trailingDot }),
        );
    }
    for (const adjective of entity.adjectives) {
      // A demonym only in its context (die [Polen], viele [Polen]: the people, not the country):
      // the words before the brackets must come first, the mention is the bracketed part.
      const inContext = bracketed(adjective);
      if (inContext) {
        const { words } = aliasWords(inContext.plain);
        if (inContext.wordsBefore === 0 || inContext.hasAfter || inContext.wordsTo < inContext.wordsBefore) continue;
        addWordPath(
          planWords(coreOf(words, inContext.wordsBefore), 'fixed', false, false),
          makeTarget(entity.id, ADJECTIVE, { before: contextsOf(words, inContext.wordsBefore, false) }),
        );
        continue;
      }
      const isStem = adjective.endsWith('*');
      const text = isStem ? adjective.slice(0, -1) : adjective;
      const { compound, lower, strict } = parseTags(rules[adjective]);
      // strict: not at a sentence's start (Polish "Fin", a Finn, against French "Fin de ...").
      // A Cyrillic demonym is written in lower case; capitalised in a sentence, it is a surname.
      const surnameIfCapitalised =
        !isStem && !compound && /^[\u0400-\u04ff]/.test(text) && caseModeOf(text) === ANY_CASE;
      const target: Target = makeTarget(entity.id, ADJECTIVE, { compound, strict, surnameIfCapitalised });
      if (isCjkText(text)) {
        addCharPath(text, target);
        continue;
      }
      const { words } = aliasWords(text);
      if (!words.length) continue;
      const node = addWordPath(planWords(words, isStem ? undefined : 'fixed', isStem, false), target);
      // A capitalised adjective or demonym tagged `lower` ("french", "francuzi"), as names above.
      if (lower && words.length === 1 && node.caseMode === INITIAL) node.caseMode = INITIAL_OR_LOWER;
    }
    // A short form that names the entity only in its context (トランプ[米]大統領): the whole phrase
    // is the path, the bracketed part the mention. A trailing "|": not before another kanji
    // (米[中]| is not 米中央), kept as the target's strict flag.
    for (const raw of entity.inContext ?? []) {
      const notBeforeKanji = raw.endsWith('|');
      const phrase = bracketed(notBeforeKanji ? raw.slice(0, -1) : raw);
      if (!phrase || !isCjkText(phrase.plain)) continue;
      addCharPath(
        phrase.plain,
        makeTarget(entity.id, NAME, { strict: notBeforeKanji, coreEnd: phrase.charsTo, coreStart: phrase.charsBefore }),
      );
    }
    for (const exclusion of entity.exclusions ?? []) {
      const phrase = bracketed(exclusion);
      if (!phrase) continue;
      const { plain } = phrase;
      if (isCjkText(plain)) {
        addCharPath(
          plain,
          makeTarget(entity.id, EXCLUSION, { coreEnd: phrase.charsTo, coreStart: phrase.charsBefore }),
        );
        continue;
      }
      const { words } = aliasWords(plain);
      if (!words.length || phrase.wordsTo < 0) continue;
      // Context only before the core ("Anatole [France]"): the core's path, with the context
      // checked backwards when it is hit; context after it ("[Kongo]-Fluss") is walked forwards.
      if (phrase.wordsBefore > 0 && !phrase.hasAfter) {
        const core = coreOf(words, phrase.wordsBefore);
        addWordPath(
          planWords(core, undefined, false, true),
          makeTarget(entity.id, EXCLUSION, {
            coreEnd: core.length - 1,
            before: contextsOf(words, phrase.wordsBefore, true),
          }),
        );
        continue;
      }
      addWordPath(
        planWords(words, undefined, false, true),
        makeTarget(entity.id, EXCLUSION, { coreEnd: phrase.wordsTo, coreStart: phrase.wordsBefore }),
      );
    }
  }

  // A name that may be written in lower case keeps its capital where a lower-case adjective has
  // the same form (polska: "polska gospodarka" is the adjective).
  root.next?.forEach((found) => {
    if (!Array.isArray(found) || !found.some((node) => node.caseMode === ANY_CASE)) return;
    for (const node of found) if (node.caseMode === INITIAL_OR_LOWER) node.caseMode = INITIAL;
  });
  // Common given names in all their forms, less the officials' own (Sébastien Lecornu is the
  // minister, Pierre Lecornu a namesake).
  // (Cyrillic names always inflect, Latin ones only in Polish: Jana, Annę.)
  const nameForms = (name: string, pl: boolean) => {
    const { words } = aliasWords(name);
    return words.length === 1 ? inflectWord(words[0]!.text, { fixed: false, pl, de: false }, true) : [];
  };
  for (const [lang, names] of Object.entries(gazetteer.givenNames ?? {}))
    for (const name of names) for (const form of nameForms(name, lang === 'pl')) tries.givenNames.add(form);
  for (const entity of gazetteer.entities)
    for (const name of entity.given ?? []) for (const form of nameForms(name, true)) tries.givenNames.delete(form);
  for (const entity of gazetteer.entities) if (entity.type === 'person') tries.persons.add(entity.id);
  const foldWord = (word: string) =>
    aliasWords(word)
      .words.map((w) => w.text)
      .join('');
  for (const cue of gazetteer.contextCues ?? [])
    addCue(tries, cue.entity, {
      alias: foldWord(cue.alias),
      otherNear: new Set(cue.otherNear.map(foldWord)),
      ownNear: new Set(cue.ownNear.map(foldWord)),
    });
  root.next?.forEach((found, word) => {
    tries.rootWords.push(word);
    tries.rootFound.push(found);
  });
  return { ...tries, log };
}

/** Hot-loop codes below LETTER_CODE; a letter's code is its folded UTF-16 unit. */
const UNSEEN = 0;
const INVISIBLE = 1;
/** A kanji or kana unit that starts some Japanese alias. */
const JA_START = 2;
/** Anything else that ends a word. */
const BREAK = 3;
/** Folded letters and digits are all at or above this (the lowest is "0", 0x30). */
const LETTER_CODE = 0x20;
/** Bits of the follower and preceder filters, indexed by a hash's top 19 bits (`h >>> 13`). */
const BLOOM_SIZE = 1 << 19;
/**
 * The scan's filter of first words: 2^20 bits in 32-bit words (128 KiB), indexed by a hash's top
 * 20 bits (`h >>> 12`): the word `h >>> 17`, the bit `h >>> 12` (a shift reads its low 5 bits).
 * It was a byte an entry for 2^19 entries (512 KiB, one load and compare a unit, no shift): that
 * is a random load a word end in a table the page's text keeps pushing out of the caches. The
 * bits, four times smaller with half the false alarms, cost two more operations a unit and timed
 * the 5 MB pass 4-7% faster in three A/B runs of fresh processes (the last within the noise).
 */
const SCAN_FILTER_WORDS = 1 << 15;
/**
 * The second filter of first words, checked only when the scan's filter lets a word through:
 * 2^20 bits in 32-bit words (128 KiB), indexed by the hash mixed once more (`recheckKey`), so its
 * bits are independent of the first's. With ~49,000 first words the first filter lets ~5% of a
 * news page's words through; this one stops most of those inside the loop, for no work on the
 * words the first stops.
 */
const RECHECK_WORDS = 1 << 15;
/**
 * The scan's table, one Int32Array: the code of each UTF-16 unit, then the two filters from
 * these offsets. One array, not three, because V8 checks an array's map and reloads its data
 * pointer at each use in the loop, and the loop had too few registers for three: it spilled and
 * reloaded them every unit (one table, with literal constants in the loop: 5-10% faster).
 */
const FILTER_AT = 0x10000;
const RECHECK_AT = FILTER_AT + SCAN_FILTER_WORDS;
const TABLE_INTS = RECHECK_AT + RECHECK_WORDS;

/** The hash as the second filter reads it: the word's index in its top 15 bits, its bit in the 5 below. */
function recheckKey(h: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
}

/** Whether the second filter holds word hash `h`; `addToRecheck` puts it there. */
function isInRecheck(table: Int32Array, h: number): boolean {
  const key = recheckKey(h);
  return (table[RECHECK_AT + (key >>> 17)]! & (1 << (key >>> 12))) !== 0;
}

function addToRecheck(table: Int32Array, h: number): void {
  const key = recheckKey(h);
  table[RECHECK_AT + (key >>> 17)]! |= 1 << (key >>> 12);
}

/** Whether the scan's filter holds word hash `h`. */
function isInFilter(table: Int32Array, h: number): boolean {
  return ((table[FILTER_AT + (h >>> 17)]! >>> (h >>> 12)) & 1) !== 0;
}

function addToFilter(table: Int32Array, h: number): void {
  table[FILTER_AT + (h >>> 17)]! |= 1 << (h >>> 12);
}
/** Why the hot loop stopped. */
const STOP_END = 0;
const STOP_WORD = 1;
const STOP_UNSEEN = 2;
const STOP_KANA = 3;

/** One single-word name or adjective: settled in place. */
const SLOT_SIMPLE = 0;
/** Only one-word paths (no following word, no given name, no exclusion): settled without a search. */
const SLOT_LEAVES = 1;
/** Paths go on (or a given name): search only when the next word can continue one. */
const SLOT_PEEK = 2;
/** An exclusion ends here: always the full search. */
const SLOT_FULL = 3;

/**
 * A first word's slot in the matcher's hash table: four Int32s (`SLOT_*_AT`), 16 bytes, so a hit
 * reads its key, entry, spelling's place and how to settle it from one cache line. The scan
 * streams the page's text through the caches between two hits, so each hit finds the matcher's
 * data cold: settling one through its node, the node's arrays and its target read several cold
 * objects in a row (0.4-1.3 µs a hit when replayed, most of the matcher's time beyond the scan;
 * see the decision record).
 */
const SLOT_INTS = 4;
const SLOT_KEY_AT = 0;
const SLOT_ENTRY_AT = 1;
/** Where the word's spelling ends in the pool (see `spelledBack`). */
const SLOT_POOL_END_AT = 2;
const SLOT_INFO_AT = 3;

// A slot's info: the entry's SLOT_* mode in bits 0-1, then these flags.
const INFO_MODE = 3;
/** Every path of the entry needs a capital initial (INITIAL or ALL_CAPS): "the", "new" in prose start none. */
const INFO_NEEDS_UPPER = 1 << 2;
/** Some path of the entry may be one word long (a target other than a given name's). */
const INFO_HAS_LEAF = 1 << 3;
/** Some path of the entry takes its first word with a capital initial (any case mode but ALL_CAPS). */
const INFO_TAKES_CAPITALISED = 1 << 4;
/** Some path of the entry takes its first word in any case (ANY_CASE). */
const INFO_TAKES_ANY_CASE = 1 << 5;
/** Some one-word path of the entry has words before it (die [Polen], Anatole [France]). */
const INFO_HAS_BEFORE = 1 << 6;
/** The entry's name is also an adjective of the same country (see `entryTie`). */
const INFO_TIE = 1 << 7;
/**
 * The entry's one-word paths without words before them all settle alike (one target, however
 * many nodes and case modes reach it): `entryPlain` holds them in a SLOT_SIMPLE info.
 */
const INFO_HAS_PLAIN = 1 << 8;
// For SLOT_SIMPLE (and `entryPlain`), the one node's case in bits 4-5 (instead of the flags
// above) and its target's flags and entity's index.
const INFO_CASE_SHIFT = 4;
const INFO_STRICT = 1 << 6;
const INFO_SURNAME_IF_CAPITALISED = 1 << 7;
const INFO_GIVEN_NAME = 1 << 8;
const INFO_COMPOUND = 1 << 9;
const INFO_TRAILING_DOT = 1 << 10;
const INFO_ADJECTIVE = 1 << 11;
const INFO_ENTITY_SHIFT = 12;

/** A target that one node with case `caseMode` reaches, as a SLOT_SIMPLE info. */
function simpleInfoOf(target: Target, caseMode: number, entityIndex: (entity: string) => number): number {
  return (
    SLOT_SIMPLE |
    (caseMode << INFO_CASE_SHIFT) |
    (target.strict ? INFO_STRICT : 0) |
    (target.surnameIfCapitalised ? INFO_SURNAME_IF_CAPITALISED : 0) |
    (target.givenName ? INFO_GIVEN_NAME : 0) |
    (target.compound ? INFO_COMPOUND : 0) |
    (target.trailingDot ? INFO_TRAILING_DOT : 0) |
    (target.kind === ADJECTIVE ? INFO_ADJECTIVE : 0) |
    (entityIndex(target.entity) << INFO_ENTITY_SHIFT)
  );
}

/** A slot's info for the first word that leads to `found` (see INFO_*); `entityIndex` numbers entities. */
function slotInfoOf(found: WordNode | WordNode[], entityIndex: (entity: string) => number): number {
  const mode = slotModeOf(found);
  if (mode === SLOT_SIMPLE) {
    const node = found as WordNode;
    return simpleInfoOf(node.ends![0]!, node.caseMode, entityIndex);
  }
  const nodes = Array.isArray(found) ? found : [found];
  let info = mode | INFO_NEEDS_UPPER;
  for (const node of nodes) {
    if (node.caseMode !== INITIAL && node.caseMode !== ALL_CAPS) info &= ~INFO_NEEDS_UPPER;
    if (node.caseMode !== ALL_CAPS) info |= INFO_TAKES_CAPITALISED;
    if (node.caseMode === ANY_CASE) info |= INFO_TAKES_ANY_CASE;
    for (const target of node.ends ?? []) {
      if (target.kind !== GIVEN) info |= INFO_HAS_LEAF;
      if (target.before) info |= INFO_HAS_BEFORE;
    }
  }
  return info;
}

// Whether a given name may start an entry's path (`entryTakesSurname`; 0: none): in any case, or
// only capitalised (the initial В. against the preposition "в").
const SURNAME_ANY_CASE = 1;
const SURNAME_IF_CAPITALISED = 2;

// The gaps a first word's next words stand after (`entryGaps`), as `gapMatches` pairs them with
// the text's: a space or hyphen, an apostrophe, a dot, or any other signature (then every gap may
// fit, and the gap filters nothing).
const GAP_SOFT = 1;
const GAP_APOS = 2;
const GAP_DOT = 4;
const GAP_OTHER = 8;

function gapKind(gap: string): number {
  return gap === ' ' || gap === '-' ? GAP_SOFT : gap === "'" ? GAP_APOS : gap === '.' ? GAP_DOT : GAP_OTHER;
}

/** The gap symbol a unit of class `k` stands for (see `gapSignature`): 1 hyphen, 2 apostrophe, 4 dot, 8 other. */
function gapSymbol(c: number, k: number): number {
  if (k & APOS) return 2;
  if (isHyphenUnit(c)) return 1;
  return c === 0x2e ? 4 : 8;
}

/** The GAP_* kind of a gap in the text, from its units' `gapSymbol`s and whether it holds a space. */
function textGapKind(symbols: number, hasSpace: boolean): number {
  if (symbols === 0) return hasSpace ? GAP_SOFT : GAP_OTHER;
  if (symbols === 1) return GAP_SOFT;
  if (symbols === 2) return GAP_APOS;
  return symbols === 4 ? GAP_DOT : GAP_OTHER;
}

/** How many words a case mode takes: each takes every word that a narrower one takes. */
const CASE_WIDTH: Record<number, number> = { [ALL_CAPS]: 0, [INITIAL]: 1, [INITIAL_OR_LOWER]: 2, [ANY_CASE]: 3 };

function isSameSettling(a: Target, b: Target): boolean {
  return (
    a.entity === b.entity &&
    a.kind === b.kind &&
    a.strict === b.strict &&
    a.surnameIfCapitalised === b.surnameIfCapitalised &&
    a.givenName === b.givenName &&
    a.compound === b.compound &&
    a.trailingDot === b.trailingDot
  );
}

/**
 * The one-word paths of `nodes` that have no words before them, as one SLOT_SIMPLE info when they
 * all settle alike (one name, reached through nodes of any case modes: the widest of those is the
 * case it takes), else 0.
 */
function plainInfoOf(nodes: readonly WordNode[], entityIndex: (entity: string) => number): number {
  let plain: Target | null = null;
  let caseMode = ALL_CAPS;
  for (const node of nodes) {
    for (const target of node.ends ?? []) {
      if (target.kind === GIVEN || target.before) continue;
      if (target.kind === EXCLUSION || (plain && !isSameSettling(plain, target))) return 0;
      plain = target;
      if (CASE_WIDTH[node.caseMode]! > CASE_WIDTH[caseMode]!) caseMode = node.caseMode;
    }
  }
  return plain ? simpleInfoOf(plain, caseMode, entityIndex) : 0;
}

function slotModeOf(found: WordNode | WordNode[]): number {
  if (!Array.isArray(found)) {
    const ends = found.ends;
    if (
      !found.next &&
      ends?.length === 1 &&
      (ends[0]!.kind === NAME || ends[0]!.kind === ADJECTIVE) &&
      !ends[0]!.before
    )
      return SLOT_SIMPLE;
    return nodeSlotMode(found, SLOT_LEAVES);
  }
  let mode = SLOT_LEAVES;
  for (let i = 0; i < found.length && mode !== SLOT_FULL; i++) mode = nodeSlotMode(found[i]!, mode);
  return mode;
}

function nodeSlotMode(node: WordNode, mode: number): number {
  if (node.next) mode = SLOT_PEEK;
  const ends = node.ends;
  if (ends)
    for (let i = 0; i < ends.length; i++) {
      const kind = ends[i]!.kind;
      // An exclusion checked backwards is settled like a one-word path.
      if (kind === EXCLUSION && !ends[i]!.before) return SLOT_FULL;
      if (kind === GIVEN) mode = SLOT_PEEK;
    }
  return mode;
}

// State the hot loop hands back when it stops (see `scanWords`); one matcher runs at a time.
/** The hash of the word being read; 0 between words. */
let carriedHash = 0;
let stoppedFor = STOP_END;

/**
 * The hot loop over text[from, length): runs until something needs attention and returns its
 * position, with `stoppedFor` saying what (a word whose hash passed the filter ended there, an
 * unseen unit, a kanji or kana that starts an alias, or the end) and the word's hash in
 * `carriedHash`. Per unit: one lookup of its code in `table` (the matcher's scan table, which
 * holds the filters too), one multiply of the word's hash (by 0 at a break, which resets it) and
 * one Bloom-filter load, combined with masks rather than branches, so word boundaries cost no
 * branch mispredictions (a loop with a branch per word end measured 2.5x the read floor, this one
 * ~2x then, ~1.6x with its stops since session 17). It calls nothing: V8 inlined the
 * rare paths into the loop when it did, and the loop ran at 4-6x the floor. It is one
 * module-level function for every matcher, so V8 optimises it once, not per matcher. (As a
 * closure over one matcher's table, which V8 compiles in as a constant, it ran 12% fewer
 * instructions a pass but no faster in fresh processes: see the decision record.)
 */
function scanWords(text: string, from: number, table: Int32Array, multiplier: number): number {
  // Literals, not the module's constants (V8 reloads and hole-checks those on every use in the
  // loop), nor locals holding them (registers the loop lacks; it spilled and reloaded them):
  // 1 = INVISIBLE, 2 = JA_START, 0x1f = LETTER_CODE - 1, 0x10000 = FILTER_AT, 0x18000 = RECHECK_AT
  // (every unit test reads through this loop: a literal out of step with its constant fails them).
  const mult = multiplier | 0;
  const length = text.length | 0;
  let h = carriedHash | 0;
  for (let i = from | 0; i < length; i++) {
    const code = table[text.charCodeAt(i)]!;
    if (code <= 2) {
      if (code === 1) continue;
      carriedHash = h;
      stoppedFor = code === 2 ? STOP_KANA : STOP_UNSEEN;
      return i;
    }
    // isLetter: -1 for a letter (code >= LETTER_CODE), else 0.
    const isLetter = (0x1f - code) >> 31;
    // At a break, the word before it; inside a word the probe reads bit 0, which no first word
    // sets (h is 0 there too after a break), so the random load is paid once a word.
    const probe = h & ~isLetter;
    if (((table[0x10000 + (probe >>> 17)]! >>> (probe >>> 12)) & 1) !== 0) {
      // The second filter (`isInRecheck` written out: the loop calls nothing). Most words the
      // first filter lets through end here, at a break, where the hash starts again from 0.
      const key = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
      if ((table[0x18000 + (key >>> 17)]! & (1 << (key >>> 12))) === 0) {
        h = 0;
        continue;
      }
      carriedHash = h;
      stoppedFor = STOP_WORD;
      return i;
    }
    h = Math.imul(h ^ code, mult & isLetter);
  }
  carriedHash = h;
  stoppedFor = STOP_END;
  return length;
}

/** Compiles a gazetteer into a matcher; cost is proportional to the number of alias forms. */
export function compileMatcher(gazetteer: Gazetteer): Matcher {
  return matcherFromTries(buildTries(gazetteer));
}

/** A matcher over built (or loaded, see lib/entity-matcher-tables.ts) tries. */
export function matcherFromTries(tries: Tries): Matcher {
  const { charRoot, cjkFirst, firstWordText } = tries;
  const tables = charTables();
  const { fold, cls } = tables;
  /**
   * `classOf` on the class table held here: a unit's class (classified on first sight). The
   * helpers that read words around a hit call it for every unit; through `classOf` each call
   * loaded the module's table object and its field first, a chain of loads V8 cannot keep out of
   * the loop (`classify` may run), and the 5 MB pass measured 7% slower (12 alternating pairs).
   */
  function kindOf(c: number): number {
    const k = cls[c]!;
    return k === UNKNOWN ? classify(c) : k;
  }

  // The scan's own table: one lookup per unit gives the folded letter (>= LETTER_CODE) or what
  // else the unit is (then the scan's filters, from FILTER_AT). Filled lazily from the shared
  // class tables (0 = not seen yet), so compiling costs one zeroed 512 KiB buffer and a page pays
  // only for the characters it contains.
  const scanTable = new Int32Array(TABLE_INTS);
  const scanCode = scanTable.subarray(0, 0x10000);
  function learn(c: number): number {
    const k = kindOf(c);
    let code = BREAK;
    if (k & LETTER) code = Math.max(fold[c]!, LETTER_CODE);
    else if (k & SKIP) code = INVISIBLE;
    else if (k & (CJK | KATA) && cjkFirst[fold[c] || c]) code = JA_START;
    scanCode[c] = code;
    return code;
  }

  // The first two units (folded) of every kanji/kana path, in a 64 Ki-entry filter: most kanji
  // and kana that start a path (日, ス) are followed by one that continues none, and are passed
  // over without walking the trie. Off if a path is one unit long.
  const cjkPairs = new Uint8Array(0x10000);
  let hasOneUnitPath = false;
  charRoot.next.forEach((node, first) => {
    if (node.ends) hasOneUnitPath = true;
    node.next.forEach((_, second) => {
      cjkPairs[cjkPairKey(first, second)] = 1;
    });
  });
  /** Whether some kanji/kana path may start with the units `c`, `next` (by the pair filter). */
  const mayStartPath = (c: number, next: number) => cjkPairs[cjkPairKey(fold[c] || c, fold[next] || next)] !== 0;

  // Open-addressing table of first-word hashes, each slot pointing at its entry (word, nodes,
  // how to settle it), so a hit is confirmed by comparing characters, not by building a string.
  // A one-hash Bloom filter of the same hashes (128 KiB of bits in the scan table) answers "no"
  // for ~95% of a news page's words with one load, a second one (as large, `isInRecheck`) for most
  // of the rest inside the scan, and the table for the few left before the word is read back.
  // Indexed loops and no iterators or destructuring below: this runs once per page, mostly in
  // V8's interpreter, where a for-of over a Map cost 3 µs an entry (see the decision record).
  const { rootWords, rootFound, givenNames, persons, cues } = tries;
  const count = rootWords.length;
  let size = 1024;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  /** The hash table's slots (see SLOT_INTS); a key of 0 is an empty slot. */
  const slots = new Int32Array(size * SLOT_INTS);
  const rootHashes = new Int32Array(count);
  const prime = firstFittingPrime(rootWords, rootHashes);
  /** Per first word (an entry): its spelling, nodes as found and as a list, and how it is settled (SLOT_*). */
  const firstWords: string[] = [];
  const entryNodes: Array<WordNode | WordNode[]> = [];
  // A word that leads to several nodes (loaded tables list it once per node) is one entry.
  for (let k = 0; k < count; k++) {
    const word = rootWords[k]!;
    const h = rootHashes[k]!;
    const key = h === 0 ? 1 : h;
    let slot = key & mask;
    let entry = -1;
    while (slots[slot * SLOT_INTS + SLOT_KEY_AT] !== 0) {
      const at = slot * SLOT_INTS;
      if (slots[at + SLOT_KEY_AT] === key && firstWords[slots[at + SLOT_ENTRY_AT]!] === word) {
        entry = slots[at + SLOT_ENTRY_AT]!;
        break;
      }
      slot = (slot + 1) & mask;
    }
    const found = rootFound[k]!;
    if (entry >= 0) {
      const existing = entryNodes[entry]!;
      const list = Array.isArray(existing) ? existing : [existing];
      if (Array.isArray(found)) for (let i = 0; i < found.length; i++) list.push(found[i]!);
      else list.push(found);
      entryNodes[entry] = list;
      continue;
    }
    slots[slot * SLOT_INTS + SLOT_KEY_AT] = key;
    slots[slot * SLOT_INTS + SLOT_ENTRY_AT] = firstWords.length;
    firstWords.push(word);
    entryNodes.push(found);
    addToFilter(scanTable, h);
    addToRecheck(scanTable, h);
  }
  const entries = firstWords.length;
  // The first words' letters in one flat buffer, each between two 0s (no letter's code), compared
  // with the text when a hash matches, from the last letter back (see `spelledBack`): the strings
  // themselves are often built by concatenation (inflected forms), and reading a rope's characters
  // cost more than the scan.
  const wordEnd = new Int32Array(entries);
  let poolSize = 1;
  for (let k = 0; k < entries; k++) {
    poolSize += firstWords[k]!.length;
    wordEnd[k] = poolSize++;
  }
  const wordPool = new Uint16Array(poolSize);
  for (let k = 0; k < entries; k++) {
    const word = firstWords[k]!;
    const length = word.length;
    const at = wordEnd[k]! - length;
    for (let j = 0; j < length; j++) wordPool[at + j] = unitAt(word, j);
  }
  /** The entities that SLOT_SIMPLE slots name, by the index their info holds. */
  const entityIds: string[] = [];
  const entityIndexes = new Map<string, number>();
  const entityIndex = (entity: string) => {
    let index = entityIndexes.get(entity);
    if (index === undefined) {
      index = entityIds.length;
      entityIds.push(entity);
      entityIndexes.set(entity, index);
    }
    return index;
  };
  const entryList: WordNode[][] = [];
  const entryInfo = new Int32Array(entries);
  for (let k = 0; k < entries; k++) {
    const found = entryNodes[k]!;
    entryInfo[k] = slotInfoOf(found, entityIndex);
    // A list only where the full rules may run (most first words are SLOT_SIMPLE).
    entryList.push(Array.isArray(found) ? found : (entryInfo[k]! & INFO_MODE) === SLOT_SIMPLE ? [] : [found]);
  }

  // A one-word name that is also an adjective or demonym of the same country (Czech, Polski,
  // Niemiec): which reading wins is decided from the words around it (see `readsAsAdjective`).
  // A lower-case adjective ties only with an inflected name (Polski, not the nominative Polska,
  // which starts many sentences as the subject).
  const entryTie = new Uint8Array(entries);
  const entryTieEntity: string[] = [];
  for (let k = 0; k < entries; k++) {
    let entity = '';
    const list = entryList[k]!;
    for (let a = 0; a < list.length; a++) {
      const nameNode = list[a]!;
      const names = nameNode.ends;
      if (!names || nameNode.caseMode === ANY_CASE) continue;
      for (let b = 0; b < names.length; b++) {
        const name = names[b]!;
        if (name.kind !== NAME) continue;
        for (let c = 0; c < list.length; c++) {
          const adjectiveNode = list[c]!;
          const adjectives = adjectiveNode.ends;
          if (!adjectives) continue;
          for (let d = 0; d < adjectives.length; d++) {
            const adjective = adjectives[d]!;
            // A demonym in its context (die [Polen]) decides by that context, not by a tie.
            if (adjective.kind !== ADJECTIVE || adjective.entity !== name.entity || adjective.before) continue;
            const isLowerCase = adjectiveNode.caseMode === ANY_CASE;
            if (isLowerCase && firstWordText.get(nameNode) === firstWords[k]) continue;
            entryTie[k] = isLowerCase ? TIE_SENTENCE : TIE_CAPITAL;
            entity = name.entity;
          }
        }
      }
    }
    entryTieEntity.push(entity);
  }

  // The words that can follow each first word in a path, as (entry, word hash) pairs in one
  // filter; after a given name, any first word can (the surname), if the given name's case fits
  // (В. Зеленський, but not the preposition "в"). When the word after a hit is not among them,
  // only one-word paths remain and no search is needed ("Japan the", "в Україні").
  // The peek reads the gap before that word first (`entryGaps`): the lower-case "в" of в'єтнам
  // stands far more often before a space, as a preposition.
  const followers = new Int32Array(BLOOM_SIZE >>> 5);
  const entryTakesSurname = new Uint8Array(entries);
  /** Per entry: the GAP_* kinds its next words stand after (a surname's are added where one may follow). */
  const entryGaps = new Uint8Array(entries);
  for (let k = 0; k < entries; k++) {
    const list = entryList[k]!;
    for (let a = 0; a < list.length; a++) {
      const node = list[a]!;
      const ends = node.ends;
      const takes = node.caseMode === INITIAL || node.caseMode === ALL_CAPS ? SURNAME_IF_CAPITALISED : SURNAME_ANY_CASE;
      for (let b = 0; ends && b < ends.length; b++)
        if (ends[b]!.kind === GIVEN && entryTakesSurname[k] !== SURNAME_ANY_CASE) entryTakesSurname[k] = takes;
      node.next?.forEach((found, form) => {
        const h = followerHash(k, hashString(form, prime));
        followers[h >>> 18]! |= 1 << ((h >>> 13) & 31);
        if (!Array.isArray(found)) entryGaps[k]! |= gapKind(found.gap);
        else for (let c = 0; c < found.length; c++) entryGaps[k]! |= gapKind(found[c]!.gap);
      });
    }
  }

  // The words right before the one-word paths that have words before them (die [Polen]), as
  // (entry, word hash) pairs in one filter: when the word before a hit is not among them, the
  // hit settles as its plain paths alone (see `plainInfoOf`).
  const precedes = new Int32Array(BLOOM_SIZE >>> 5);
  /** Per entry: its plain one-word paths as a SLOT_SIMPLE info (see INFO_HAS_PLAIN). */
  const entryPlain = new Int32Array(entries);
  for (let k = 0; k < entries; k++) {
    if ((entryInfo[k]! & INFO_MODE) === SLOT_SIMPLE) continue;
    const list = entryList[k]!;
    for (let a = 0; a < list.length; a++) {
      const ends = list[a]!.ends;
      for (let b = 0; ends && b < ends.length; b++)
        ends[b]!.before?.[0]!.forms.forEach((form) => {
          const h = precederHash(k, hashBackwards(form, prime));
          precedes[h >>> 18]! |= 1 << ((h >>> 13) & 31);
        });
    }
    entryPlain[k] = plainInfoOf(list, entityIndex);
    if (entryPlain[k]) entryInfo[k]! |= INFO_HAS_PLAIN;
    if (entryTie[k]) entryInfo[k]! |= INFO_TIE;
  }

  // Each target's nearest context word, as (context, word hash) pairs in one filter, the targets in
  // `settleOneWord`'s order from `entryTargetsAt` (a context's index in `targetContext`, -1 for
  // none; only first words with a context have a row): a word before a hit is often the context
  // of one of its first word's paths (the Gulf of [Mexico]) and not of the others, which then need
  // no `fitsContext` each.
  const contextFirst = new Int32Array(BLOOM_SIZE >>> 5);
  const entryTargetsAt = new Int32Array(entries);
  const targetContexts: number[] = [];
  const contextIndexes = new Map<Context, number>();
  const hasContext = (node: WordNode) => node.ends?.some((target) => target.before) ?? false;
  for (let k = 0; k < entries; k++) {
    const list = entryList[k]!;
    if (!list.some(hasContext)) continue;
    entryTargetsAt[k] = targetContexts.length;
    for (let a = 0; a < list.length; a++) {
      const ends = list[a]!.ends;
      for (let b = 0; ends && b < ends.length; b++) {
        const context = ends[b]!.before?.[0];
        if (!context) {
          targetContexts.push(-1);
          continue;
        }
        let index = contextIndexes.get(context);
        if (index === undefined) {
          index = contextIndexes.size;
          contextIndexes.set(context, index);
          const id = index;
          context.forms.forEach((form) => {
            const h = contextWordHash(id, hashBackwards(form, prime));
            contextFirst[h >>> 18]! |= 1 << ((h >>> 13) & 31);
          });
        }
        targetContexts.push(index);
      }
    }
  }
  const targetContext = Int32Array.from(targetContexts);
  for (let slot = 0; slot < size; slot++) {
    const at = slot * SLOT_INTS;
    if (slots[at + SLOT_KEY_AT] === 0) continue;
    const entry = slots[at + SLOT_ENTRY_AT]!;
    slots[at + SLOT_POOL_END_AT] = wordEnd[entry]!;
    slots[at + SLOT_INFO_AT] = entryInfo[entry]!;
  }

  /** The common given names' hashes, read backwards (see `isAfterGivenName`). */
  const givenNameHashes = new Set<number>();
  givenNames.forEach((name) => givenNameHashes.add(hashBackwards(name, prime)));

  /**
   * Where the word that ends at `end` starts (invisible units at its start left out), read back
   * no further than `from`, if its letters fold to the pool's word that ends at `poolEnd`; -1 if
   * not. One pass back over the word finds its start and compares it (its units already seen).
   */
  function spelledBack(text: string, from: number, end: number, poolEnd: number): number {
    let j = poolEnd;
    let i = end;
    for (; i > from; i--) {
      const code = scanCode[text.charCodeAt(i - 1)]!;
      if (code === INVISIBLE) continue;
      if (code < LETTER_CODE) break;
      // The 0 before the pool's word differs from every letter: a longer word fails here.
      if (code !== wordPool[--j]) return -1;
    }
    if (wordPool[j - 1] !== 0) return -1;
    while (scanCode[text.charCodeAt(i)] === INVISIBLE) i++;
    return i;
  }

  /** Where the word that `slotSpelling` last found starts. */
  let spelledStart = -1;

  /**
   * Where in `slots` the first word whose hash (`key`, from its `slot` on) and spelling match the
   * word that ends at `end` (read back no further than `from`) is, or -1; its start in `spelledStart`.
   */
  function slotSpelling(text: string, from: number, end: number, key: number, slot: number): number {
    for (;;) {
      const at = slot * SLOT_INTS;
      const value = slots[at + SLOT_KEY_AT]!;
      if (value === 0) return -1;
      if (value === key) {
        const start = spelledBack(text, from, end, slots[at + SLOT_POOL_END_AT]!);
        if (start >= 0) {
          spelledStart = start;
          return at;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The first slot holding `key` (a hash, 0 read as 1), or -1: no first word has that hash. */
  function slotOf(key: number): number {
    let slot = key & mask;
    for (;;) {
      const value = slots[slot * SLOT_INTS + SLOT_KEY_AT]!;
      if (value === key) return slot;
      if (value === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  function readToken(text: string, from: number, keyed = true): Token | null {
    let i = from;
    let visible = 0;
    while (i < text.length && visible <= MAX_GAP && i - from <= MAX_GAP_WITH_SPACE) {
      const k = kindOf(text.charCodeAt(i));
      if (k & LETTER) break;
      if (k & (CJK | KATA)) return null;
      if (!(k & SPACE)) visible++;
      i++;
    }
    if (i >= text.length || !(kindOf(text.charCodeAt(i)) & LETTER)) return null;
    // One space, the usual gap, without building its signature.
    const gap = i === from + 1 && text.charCodeAt(from) === 0x20 ? ' ' : gapSignature(text.slice(from, i));
    if (gap === '\n') return null;
    return wordAt(text, i, gap, keyed);
  }

  /** The word from `start`; its folded `key` only if `keyed` (a first word's entry is known already). */
  function wordAt(text: string, start: number, gap: string, keyed = true): Token {
    let i = start;
    let hasLower = false;
    let hash = 0;
    // Whether the text is its own key (folded already, nothing to skip): then the key is a slice.
    let isFolded = true;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = kindOf(c);
      if (k & LETTER) {
        hash = Math.imul(hash ^ fold[c]!, prime);
        if (fold[c] !== c) isFolded = false;
        if (k & LOWER) hasLower = true;
      } else if (k & SKIP) isFolded = false;
      else break;
    }
    let key = '';
    if (keyed && isFolded) key = text.slice(start, i);
    else if (keyed)
      for (let j = start; j < i; j++) {
        const c = text.charCodeAt(j);
        if (kindOf(c) & LETTER) key += String.fromCharCode(fold[c] ?? c);
      }
    let end = i;
    while (end > start && kindOf(text.charCodeAt(end - 1)) & SKIP) end--;
    return {
      start,
      end,
      key,
      hash,
      gap,
      isFirstUpper: (kindOf(text.charCodeAt(start)) & UPPER) !== 0,
      hasLower,
    };
  }

  function caseFitsAt(mode: number, text: string, start: number, end: number): boolean {
    if (mode === ANY_CASE) return true;
    if (!(kindOf(text.charCodeAt(start)) & UPPER))
      return mode === INITIAL_OR_LOWER && isLowerWordInProse(text, start, end);
    if (mode !== ALL_CAPS) return true;
    for (let i = start + 1; i < end; i++) if (kindOf(text.charCodeAt(i)) & LOWER) return false;
    return true;
  }

  function caseFits(mode: number, token: Token): boolean {
    if (mode === ANY_CASE) return true;
    if (!token.isFirstUpper) return mode === INITIAL_OR_LOWER;
    return mode !== ALL_CAPS || !token.hasLower;
  }

  /**
   * Whether a word in lower case stands in prose, not in an address: no capital inside it, and
   * its run of non-space characters holds no "/" or "@" and no ".xx" domain after it
   * (facebook.com/zelenskyy, world-europe-russia-123, ukraine.ua are not mentions; #russia is).
   */
  function isLowerWordInProse(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (kindOf(text.charCodeAt(i)) & UPPER) return false;
    let from = start;
    while (from > 0 && !(kindOf(text.charCodeAt(from - 1)) & SPACE)) from--;
    let to = end;
    while (to < text.length && !(kindOf(text.charCodeAt(to)) & SPACE)) to++;
    const run = text.slice(from, to);
    if (run.includes('/') || run.includes('@')) return false;
    return !/^\.[a-z]{2}/i.test(text.slice(end, to)) && !/(^|\.)www\./i.test(text.slice(from, start));
  }

  /** The run of letters ending at `end` (exclusive), folded. */
  function lettersBefore(text: string, end: number): string {
    let i = end;
    while (i > 0 && kindOf(text.charCodeAt(i - 1)) & (LETTER | SKIP)) i--;
    return foldText(text.slice(i, end));
  }

  /** An apostrophe glued to the word start is fine only after a French elision (l'Ukraine). */
  function startFits(text: string, start: number): boolean {
    if (start < 2) return true;
    if (!(kindOf(text.charCodeAt(start - 1)) & APOS)) return true;
    if (!(kindOf(text.charCodeAt(start - 2)) & LETTER)) return true;
    return ELISIONS.has(lettersBefore(text, start - 1));
  }

  /** Whether a hyphen and a letter follow `end`: the word is a compound's first part (Franco-German). */
  function isCompoundStart(text: string, end: number): boolean {
    const c = text.charCodeAt(end);
    return (c === 0x2d || c === 0x2010 || c === 0x2011) && (kindOf(text.charCodeAt(end + 1)) & LETTER) !== 0;
  }

  /** An apostrophe glued to the word end is fine only as an English possessive (Japan's). */
  function endFits(text: string, end: number): boolean {
    if (!(kindOf(text.charCodeAt(end)) & APOS)) return true;
    if (!(kindOf(text.charCodeAt(end + 1)) & LETTER)) return true;
    const after = wordAt(text, end + 1, '');
    return after.key === 's';
  }

  function isSentenceStart(text: string, start: number): boolean {
    let i = start - 1;
    while (i >= 0) {
      const ch = text.charAt(i);
      if (SENTENCE_END.has(ch)) return true;
      if (!(kindOf(ch.charCodeAt(0)) & SPACE) && !SENTENCE_LEAD.has(ch)) return false;
      i--;
    }
    return true;
  }

  /**
   * Whether text[start, end), a demonym written in lower case, is capitalised (not all capitals)
   * where a sentence does not start, or right after an initial: a surname (Антон Чехов, А.П.Чехов).
   */
  function readsAsSurname(text: string, start: number, end: number): boolean {
    if (!(kindOf(text.charCodeAt(start)) & UPPER) || isAllCapitals(text, start, end)) return false;
    if (isAfterInitial(text, start)) return true;
    return !isSentenceStart(text, start) && !OPENING_MARKS.has(text.charAt(start - 1));
  }

  /**
   * Whether a `strict` alias at text[start, end) is where its everyday word may be capitalised: at
   * a sentence's start, or in capitals ("ОТ ТОГО, ЧТО ..." is not Togo). An abbreviation (an alias
   * in capitals: ЦАР, ПАР) is in capitals anyway: it is the everyday word only among capitals, in
   * a headline ("ЛЕВ — ЦАР ЗОДІАКУ", "ДЕСЯТЬ ПАР ВЗУТТЯ"), not at a sentence's start.
   */
  function isStrictlyAmbiguous(text: string, start: number, end: number, caseMode: number): boolean {
    if (caseMode === ALL_CAPS) return isAmongCapitals(text, start, end);
    return isSentenceStart(text, start) || isAllCapitals(text, start, end);
  }

  /** Whether the 8 characters either side of text[start, end) hold capitals and no lower-case letter. */
  function isAmongCapitals(text: string, start: number, end: number): boolean {
    let capitals = 0;
    const count = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const k = kindOf(text.charCodeAt(i));
        if (k & LOWER) return false;
        if (k & UPPER) capitals++;
      }
      return true;
    };
    return count(Math.max(0, start - 8), start) && count(end, Math.min(text.length, end + 8)) && capitals >= 2;
  }

  /** Whether text[start, end) has two letters or more and none in lower case. */
  function isAllCapitals(text: string, start: number, end: number): boolean {
    let letters = 0;
    for (let i = start; i < end; i++) {
      const k = kindOf(text.charCodeAt(i));
      if (k & LOWER) return false;
      if (k & UPPER) letters++;
    }
    return letters >= 2;
  }

  /** Whether the word at `start` follows an initial (one capital and a dot: "А.П.Чехов", "А. Чехов"). */
  function isAfterInitial(text: string, start: number): boolean {
    let i = start - 1;
    while (i >= 0 && kindOf(text.charCodeAt(i)) & SPACE) i--;
    if (i < 1 || text.charCodeAt(i) !== 0x2e || !(kindOf(text.charCodeAt(i - 1)) & UPPER)) return false;
    return i < 2 || !(kindOf(text.charCodeAt(i - 2)) & LETTER);
  }

  /**
   * Whether a given name (Chad, Dominique) ending at `end` is followed by a surname: a capitalised
   * word that starts no alias (Chad Smith, Dominika Kowalska), one glued by an apostrophe to a
   * capital (Chad O’Carroll), or a particle and a capitalised word (Dominique de Villepin).
   */
  function isBeforeSurname(text: string, end: number): boolean {
    const next = readToken(text, end);
    if (!next || next.gap !== ' ') return false;
    if (!next.isFirstUpper) {
      if (!NAME_PARTICLES.has(next.key)) return false;
      const after = readToken(text, next.end);
      return after !== null && after.gap === ' ' && after.isFirstUpper && after.hasLower;
    }
    if (!next.hasLower) {
      // O’Carroll, D’Souza: one capital glued by an apostrophe to a capitalised word.
      if (next.end - next.start !== 1) return false;
      const after = readToken(text, next.end);
      return after !== null && after.gap === "'" && after.isFirstUpper && after.hasLower;
    }
    if (entryOfToken(text, next) >= 0) return false;
    // A third capitalised word in Latin script reads as a title-case headline ("Georgia Stun
    // Italy in Tbilisi"), not a person's name: Cyrillic names go on to a patronymic instead.
    const after = readToken(text, next.end);
    const isTitleCase =
      after !== null &&
      after.gap === ' ' &&
      after.isFirstUpper &&
      after.hasLower &&
      text.charCodeAt(after.start) < LATIN_END;
    return !isTitleCase;
  }

  /**
   * Whether a one-word name at text[start, end) that is also an adjective or demonym of the same
   * country (`tie`) reads as the adjective: only before a lower-case word of the same script (the
   * Czech ammunition initiative, Polski rząd, Jeden Niemiec z ...); a lower-case adjective (polski)
   * only at the start of a sentence, a capitalised one not after a Polish preposition that takes
   * the genitive (z Niemiec, do Czech) or a noun that a country's genitive follows (kanclerz Niemiec).
   * After a French plural determiner it is the demonym whatever follows (les Italiens, des Indiens).
   */
  function readsAsAdjective(text: string, start: number, end: number, tie: number): boolean {
    let i = start;
    while (i > 0 && kindOf(text.charCodeAt(i - 1)) & SPACE) i--;
    const before = lettersBefore(text, i);
    // A French plural demonym that is also a German genitive: les Italiens, des Indiens.
    if (i < start && FRENCH_PLURAL_DETERMINERS.has(before)) return true;
    const next = readToken(text, end);
    // A compound's first part before a hyphen is the adjective too (Polsko-litewska grupa).
    if (!next || (next.gap !== ' ' && next.gap !== '-') || !(kindOf(text.charCodeAt(next.start)) & LOWER)) return false;
    const isCyrillic = (c: number) => c >= 0x0400 && c < 0x0530;
    if (isCyrillic(text.charCodeAt(start)) !== isCyrillic(text.charCodeAt(next.start))) return false;
    if (tie === TIE_SENTENCE) return isSentenceStart(text, start);
    return !GENITIVE_PREPOSITIONS.has(before) && !GENITIVE_HEADS.has(before);
  }

  /** Turns the last mention into the adjective when it is `entry`'s tied name and reads as one. */
  function settleTie(text: string, entry: number, out: Mention[], count: number): void {
    const mention = out[out.length - 1];
    if (out.length === count || !mention || mention.kind !== 'name') return;
    if (mention.entity !== entryTieEntity[entry]) return;
    if (readsAsAdjective(text, mention.start, mention.end, entryTie[entry]!)) mention.kind = 'adjective';
  }

  type Best = { end: number; rank: number; target: Target; words: number };

  // State of one search. The helpers live here, not inside `longestFrom`, so no closure is made
  // per hit (tsx/esbuild wraps every inner function it creates, which costs more than the search).
  let searchText = '';
  let searchTokens: Array<Token | null> = [];
  let searchPerson: string | null = null;
  let searchFirst: Token | null = null;
  /** The entry of the search's first word and its index in `searchTokens`. */
  let searchEntry = -1;
  let searchBase = 0;
  /** Whether the word before the search's first word may be a context word (-1: not read yet). */
  let searchContextMay = -1;
  let best: Best | null = null;
  /** No path may end beyond this (the start of an excluded core ahead). */
  let searchLimit = Infinity;
  /** An exclusion's bracketed part ahead of the scan, [suppressFrom, suppressTo): no mention starts in it. */
  let suppressFrom = -1;
  let suppressTo = -1;

  function consider(end: number, rank: number, target: Target, words: number): void {
    if (end > searchLimit) return;
    if (!best || end > best.end || (end === best.end && rank > best.rank)) best = { end, rank, target, words };
  }

  function tokenAfter(depth: number): Token | null {
    const tokens = searchTokens;
    // Read without its key: the search finds a word's nodes by its hash (`nextByHash`, `entryOfToken`).
    if (tokens.length <= depth + 1) tokens.push(readToken(searchText, tokens[depth]!.end, false));
    return tokens[depth + 1] ?? null;
  }

  /**
   * A node's next word as `nextOf` compares it: its folded letters (`nextLetters` from `from` up to
   * `to`) and the node(s) it leads to.
   */
  type NextWord = { from: number; to: number; found: WordNode | WordNode[] };
  /** The letters of every next word that a search has compared so far, one after another. */
  let nextLetters = new Uint16Array(1024);
  let nextLettersUsed = 0;

  /**
   * Each node's next words by their hash, made on first use: a search looks its tokens up by the
   * hash read with them and compares letters, rather than building each word's folded string to
   * look it up (that string and its Map lookup were a third of a search's time). The letters are
   * copied from the forms: those are strings of every representation V8 has (one- and two-byte,
   * flat and concatenated), and reading them made each `length` and `charCodeAt` a megamorphic
   * property load (~30,000 a 5 MB pass).
   */
  const nextByHash = new Map<Map<string, WordNode | WordNode[]>, Map<number, NextWord[]>>();

  /** The node(s) that `token` (read by the search) leads to from `next`, a node's next words. */
  function nextOf(next: Map<string, WordNode | WordNode[]>, token: Token): WordNode | WordNode[] | undefined {
    let byHash = nextByHash.get(next);
    if (!byHash) {
      const made = new Map<number, NextWord[]>();
      next.forEach((found, form) => {
        const h = hashString(form, prime);
        const length = form.length;
        if (nextLettersUsed + length > nextLetters.length) {
          const grown = new Uint16Array(Math.max(2 * nextLetters.length, nextLettersUsed + length));
          grown.set(nextLetters);
          nextLetters = grown;
        }
        const from = nextLettersUsed;
        for (let k = 0; k < length; k++) nextLetters[nextLettersUsed++] = unitAt(form, k);
        const word = { from, to: nextLettersUsed, found };
        const list = made.get(h);
        if (list) list.push(word);
        else made.set(h, [word]);
      });
      nextByHash.set(next, made);
      byHash = made;
    }
    const list = byHash.get(token.hash);
    if (!list) return undefined;
    for (let k = 0; k < list.length; k++)
      if (foldsTo(searchText, token.start, token.end, list[k]!)) return list[k]!.found;
    return undefined;
  }

  /** Whether the letters of text[start, end) fold to `word` (invisible units skipped). */
  function foldsTo(text: string, start: number, end: number, word: NextWord): boolean {
    const letters = nextLetters;
    const to = word.to;
    let j = word.from;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!(kindOf(c) & LETTER)) continue;
      if (j === to || fold[c] !== letters[j++]) return false;
    }
    return j === to;
  }

  /** The entry of the first word that `token` is, or -1: by its hash, then its letters. */
  function entryOfToken(text: string, token: Token): number {
    // `slotSpelling` reads the scan's table: learn the units the scan has not reached yet.
    for (let i = token.start; i < token.end; i++)
      if (scanCode[text.charCodeAt(i)] === UNSEEN) learn(text.charCodeAt(i));
    const key = token.hash === 0 ? 1 : token.hash;
    const slot = slotOf(key);
    if (slot < 0) return -1;
    const at = slotSpelling(text, token.start, token.end, key, slot);
    return at < 0 ? -1 : slots[at + SLOT_ENTRY_AT]!;
  }

  function visit(node: WordNode, depth: number): void {
    const token = searchTokens[depth]!;
    const text = searchText;
    const ends = node.ends;
    for (let t = 0; ends !== null && t < ends.length; t++) {
      const target = ends[t]!;
      if (searchPerson !== null && (target.kind !== NAME || target.entity !== searchPerson)) continue;
      if (target.kind === GIVEN) {
        const surname = tokenAfter(depth);
        // After initials (V. O. Zelensky) the gap holds the last initial's dot.
        if (!surname || !(gapMatches(' ', surname.gap) || (target.trailingDot && surname.gap === '.'))) continue;
        // The surname's search runs inside this one: its state is put back after it.
        const savedPerson = searchPerson;
        const savedFirst = searchFirst;
        const savedBest = best;
        const savedEntry = searchEntry;
        const savedBase = searchBase;
        const savedContextMay = searchContextMay;
        const rest = longestFrom(text, searchTokens, depth + 1, target.entity);
        searchPerson = savedPerson;
        searchFirst = savedFirst;
        best = savedBest;
        searchEntry = savedEntry;
        searchBase = savedBase;
        searchContextMay = savedContextMay;
        if (rest) consider(rest.end, 1, rest.target, rest.words);
        continue;
      }
      if (target.givenName && isBeforeSurname(text, token.end)) continue;
      if (target.compound && !isCompoundStart(text, token.end)) continue;
      // A one-word path's context words first through the preceder filter (see `mayFollowContext`).
      if (
        target.before &&
        ((depth === searchBase && !contextMayFit()) || !fitsContext(text, searchFirst!.start, token.end, target))
      )
        continue;
      let end = token.end;
      if (target.trailingDot && text.charAt(end) === '.') end++;
      if (target.kind !== EXCLUSION && !endFits(text, token.end)) continue;
      if (target.strict && isStrictlyAmbiguous(text, searchFirst!.start, token.end, node.caseMode)) continue;
      if (target.surnameIfCapitalised && readsAsSurname(text, searchFirst!.start, token.end)) continue;
      consider(end, rankOf(target), target, depth + 1);
    }
    if (!node.next) return;
    const next = tokenAfter(depth);
    if (!next) return;
    const found = nextOf(node.next, next);
    if (!found) return;
    if (!Array.isArray(found)) {
      if (gapMatches(found.gap, next.gap) && caseFits(found.caseMode, next)) visit(found, depth + 1);
      return;
    }
    for (let c = 0; c < found.length; c++) {
      const child = found[c]!;
      if (gapMatches(child.gap, next.gap) && caseFits(child.caseMode, next)) visit(child, depth + 1);
    }
  }

  /** Whether the word before the search's first word may be the context of one of its one-word paths. */
  function contextMayFit(): boolean {
    if (searchContextMay < 0) searchContextMay = mayFollowContext(searchText, searchFirst!.start, searchEntry) ? 1 : 0;
    return searchContextMay === 1;
  }

  /**
   * The longest path starting at word `base` of `tokens` (read lazily). With `person` set, only
   * that person's names count (the part after a given name). `known`: the first word's entry, if
   * the caller has it already.
   */
  function longestFrom(
    text: string,
    tokens: Array<Token | null>,
    base: number,
    person: string | null,
    known = -1,
  ): Best | null {
    const first = tokens[base];
    if (!first) return null;
    searchText = text;
    searchTokens = tokens;
    searchPerson = person;
    searchFirst = first;
    best = null;
    const entry = known >= 0 ? known : entryOfToken(text, first);
    if (entry < 0) return null;
    searchEntry = entry;
    searchBase = base;
    searchContextMay = -1;
    const found = entryNodes[entry]!;
    if (!Array.isArray(found)) {
      if (caseFits(found.caseMode, first)) visit(found, base);
    } else for (let n = 0; n < found.length; n++) if (caseFits(found[n]!.caseMode, first)) visit(found[n]!, base);
    return best;
  }

  /**
   * Whether the word after `from` (as readToken would read it) might continue a path of first
   * word `entry`, written capitalised or not (`isCapitalised`): false when there is none or it is
   * not among the entry's followers. Reads char codes only, allocates nothing.
   */
  function nextWordMayFollow(text: string, from: number, entry: number, isCapitalised: boolean): boolean {
    const length = text.length;
    let i = from;
    let visible = 0;
    let symbols = 0;
    let hasSpace = false;
    for (; i < length && visible <= MAX_GAP && i - from <= MAX_GAP_WITH_SPACE; i++) {
      const c = text.charCodeAt(i);
      const k = kindOf(c);
      if (k & LETTER) break;
      if (k & (CJK | KATA)) return false;
      if (k & SPACE) hasSpace = true;
      else {
        visible++;
        if (!(k & SKIP)) symbols |= gapSymbol(c, k);
      }
    }
    if (i >= length || !(kindOf(text.charCodeAt(i)) & LETTER)) return false;
    const takesSurname = entryTakesSurname[entry]!;
    const surnameMayFollow = takesSurname === SURNAME_ANY_CASE || (takesSurname !== 0 && isCapitalised);
    // The gap's kind, as `gapSignature` and `gapMatches` read it: when no next word stands after
    // such a gap, nor a surname (after a space, or an initial's dot: В. Зеленський), none follows.
    const gaps = entryGaps[entry]! | (surnameMayFollow ? GAP_SOFT | GAP_DOT : 0);
    if (!(gaps & GAP_OTHER) && !(gaps & textGapKind(symbols, hasSpace))) return false;
    let h = 0;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      let code = scanCode[c]!;
      if (code === UNSEEN) code = learn(c);
      if (code >= LETTER_CODE) h = Math.imul(h ^ code, prime);
      else if (code !== INVISIBLE) break;
    }
    if (surnameMayFollow && inBloom(h)) return true;
    const pair = followerHash(entry, h);
    return (followers[pair >>> 18]! & (1 << ((pair >>> 13) & 31))) !== 0;
  }

  /** A context's forms as the hashes of words read backwards (made on first use; see `readWordBefore`). */
  const hashesOfContext = new Map<Context, Set<number>>();
  function contextHashes(context: Context): Set<number> {
    let hashes = hashesOfContext.get(context);
    if (!hashes) {
      hashes = new Set();
      for (const form of context.forms) hashes.add(hashBackwards(form, prime));
      hashesOfContext.set(context, hashes);
    }
    return hashes;
  }

  /**
   * Whether the path text[start, end) of `target` stands after the target's context words (nearest
   * first, each with its gap and case, read backwards as the forward search reads words); a
   * demonym in context is also not the first part of a compound ("die Polen-Politik": the article
   * is the compound's, and Polen the country).
   */
  function fitsContext(text: string, start: number, end: number, target: Target): boolean {
    if (target.kind === ADJECTIVE && isCompoundStart(text, end)) return false;
    const contexts = target.before!;
    let after = start;
    for (let c = 0; c < contexts.length; c++) {
      const context = contexts[c]!;
      readWordBefore(text, after);
      // The word's hash first: most hits have some other word before them.
      if (beforeStart < 0 || !contextHashes(context).has(beforeHash)) return false;
      const wordEnd = beforeEnd;
      const gap =
        wordEnd === after - 1 && text.charCodeAt(wordEnd) === 0x20 ? ' ' : gapSignature(text.slice(wordEnd, after));
      if (gap === '\n' || !gapMatches(context.gap, gap)) return false;
      let wordStart = beforeStart;
      while (wordStart < wordEnd && kindOf(text.charCodeAt(wordStart)) & SKIP) wordStart++;
      const word = wordAt(text, wordStart, gap);
      if (!context.forms.has(word.key) || !caseFits(context.caseMode, word)) return false;
      after = wordStart;
    }
    return true;
  }

  // The word before a position as `readWordBefore` last found it: a hit whose word ends several
  // paths with context (France: Anatole, Radio, Air, ...) reads it once.
  let beforeText = '';
  let beforeAt = -1;
  /** Its start, or -1 when no word stands close enough before; its end and its hash (`hashBackwards`). */
  let beforeStart = -1;
  let beforeEnd = -1;
  let beforeHash = 0;

  function readWordBefore(text: string, after: number): void {
    if (after === beforeAt && text === beforeText) return;
    beforeText = text;
    beforeAt = after;
    beforeStart = -1;
    let wordEnd = after;
    let visible = 0;
    while (wordEnd > 0 && after - wordEnd <= MAX_GAP_WITH_SPACE) {
      const k = kindOf(text.charCodeAt(wordEnd - 1));
      if (k & LETTER) break;
      if (k & (CJK | KATA)) return;
      if (!(k & SPACE) && ++visible > MAX_GAP) return;
      wordEnd--;
    }
    if (wordEnd === 0 || !(kindOf(text.charCodeAt(wordEnd - 1)) & LETTER)) return;
    // Back to the word's start, hashing its letters on the way (`hashBackwards`).
    let wordStart = wordEnd;
    let h = 0;
    for (; wordStart > 0; wordStart--) {
      const ch = text.charCodeAt(wordStart - 1);
      let code = scanCode[ch]!;
      if (code === UNSEEN) code = learn(ch);
      if (code >= LETTER_CODE) h = Math.imul(h ^ code, prime);
      else if (code !== INVISIBLE) break;
    }
    beforeStart = wordStart;
    beforeEnd = wordEnd;
    beforeHash = h;
  }

  /**
   * The one-word paths of `nodes` at text[start, end), as the full search would settle them when
   * no path can go on (same order, same ties); returns where scanning resumes.
   */
  function settleOneWord(
    text: string,
    start: number,
    end: number,
    nodes: WordNode[],
    entry: number,
    out: Mention[],
  ): number {
    /** Whether the word before may be a context word (-1: not read yet), and its hash. */
    let contextMay = -1;
    let hashBefore = 0;
    let wordEnd = end;
    while (wordEnd > start && scanCode[text.charCodeAt(wordEnd - 1)] === INVISIBLE) wordEnd--;
    let bestEnd = -1;
    let bestRank = -1;
    let bestTarget: Target | null = null;
    /** The next node's first target in `targetContext`. */
    let row = entryTargetsAt[entry]!;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      const ends = node.ends;
      const rowAt = row;
      if (ends) row += ends.length;
      if (!ends || !caseFitsAt(node.caseMode, text, start, end)) continue;
      for (let t = 0; t < ends.length; t++) {
        const target = ends[t]!;
        if (target.kind === GIVEN) continue;
        if (target.kind !== EXCLUSION && !endFits(text, wordEnd)) continue;
        if (target.strict && isStrictlyAmbiguous(text, start, wordEnd, node.caseMode)) continue;
        if (target.surnameIfCapitalised && readsAsSurname(text, start, wordEnd)) continue;
        if (target.givenName && isBeforeSurname(text, wordEnd)) continue;
        if (target.compound && !isCompoundStart(text, wordEnd)) continue;
        if (target.before) {
          if (contextMay < 0) {
            contextMay = mayFollowContext(text, start, entry) ? 1 : 0;
            hashBefore = beforeHash;
          }
          if (contextMay === 0) continue;
          const pair = contextWordHash(targetContext[rowAt + t]!, hashBefore);
          if ((contextFirst[pair >>> 18]! & (1 << ((pair >>> 13) & 31))) === 0) continue;
          if (!fitsContext(text, start, wordEnd, target)) continue;
        }
        const stop = target.trailingDot && text.charAt(wordEnd) === '.' ? wordEnd + 1 : wordEnd;
        const rank = rankOf(target);
        if (!bestTarget || stop > bestEnd || (stop === bestEnd && rank > bestRank)) {
          bestEnd = stop;
          bestRank = rank;
          bestTarget = target;
        }
      }
    }
    if (!bestTarget) return wordEnd;
    if (bestTarget.kind === EXCLUSION) return bestEnd;
    out.push({
      entity: bestTarget.entity,
      start,
      end: bestEnd,
      kind: bestTarget.kind === NAME ? 'name' : 'adjective',
    });
    return bestEnd;
  }

  /**
   * The one target of a SLOT_SIMPLE `info` at the word text[start, end) (`wordEnd`: less its
   * invisible units at the end), as settleOneWord would settle it; returns where scanning resumes.
   */
  function settleSimple(
    text: string,
    start: number,
    end: number,
    wordEnd: number,
    info: number,
    out: Mention[],
  ): number {
    const caseMode = (info >>> INFO_CASE_SHIFT) & 3;
    if (!caseFitsAt(caseMode, text, start, end) || !endFits(text, wordEnd)) return wordEnd;
    if (info & INFO_STRICT && isStrictlyAmbiguous(text, start, wordEnd, caseMode)) return wordEnd;
    if (info & INFO_SURNAME_IF_CAPITALISED && readsAsSurname(text, start, wordEnd)) return wordEnd;
    if (info & INFO_GIVEN_NAME && isBeforeSurname(text, wordEnd)) return wordEnd;
    if (info & INFO_COMPOUND && !isCompoundStart(text, wordEnd)) return wordEnd;
    const stop = info & INFO_TRAILING_DOT && text.charCodeAt(wordEnd) === 0x2e ? wordEnd + 1 : wordEnd;
    out.push({
      entity: entityIds[info >>> INFO_ENTITY_SHIFT]!,
      start,
      end: stop,
      kind: info & INFO_ADJECTIVE ? 'adjective' : 'name',
    });
    return stop;
  }

  /**
   * Whether the word before `start` is among the nearest words before some one-word path of
   * `entry` (die [Polen]): false when it is not, or when no word stands close enough before.
   */
  function mayFollowContext(text: string, start: number, entry: number): boolean {
    readWordBefore(text, start);
    if (beforeStart < 0) return false;
    const pair = precederHash(entry, beforeHash);
    return (precedes[pair >>> 18]! & (1 << ((pair >>> 13) & 31))) !== 0;
  }

  /**
   * Longest path from the word text[start, end) of first word `entry`, whose slot's info is `info`;
   * returns where scanning resumes.
   */
  function matchWords(text: string, start: number, end: number, entry: number, info: number, out: Mention[]): number {
    if (start < suppressTo && start >= suppressFrom) return suppressTo;
    if (!startFits(text, start)) return end;
    const mode = info & INFO_MODE;
    // Most hits are one single-word name with nothing after it: settle those from the slot's info,
    // without reading a node or a target.
    if (mode === SLOT_SIMPLE) return settleSimple(text, start, end, end, info, out);
    // Whether some path can start with this spelling's case, from the info where it tells (most
    // words): not "the", "new" in prose, whose paths all need a capital (The [Irish] Times, New Zealand).
    const isCapitalised = (kindOf(text.charCodeAt(start)) & UPPER) !== 0;
    if (isCapitalised ? !(info & INFO_TAKES_CAPITALISED) : !(info & INFO_TAKES_ANY_CASE)) {
      if (!isCapitalised && info & INFO_NEEDS_UPPER) return end;
      const nodes = entryList[entry]!;
      let fits = false;
      for (let n = 0; n < nodes.length && !fits; n++) fits = caseFitsAt(nodes[n]!.caseMode, text, start, end);
      if (!fits) return end;
    }
    const count = out.length;
    let settled = -1;
    let wordEnd = end;
    while (wordEnd > start && scanCode[text.charCodeAt(wordEnd - 1)] === INVISIBLE) wordEnd--;
    if (mode === SLOT_LEAVES || (mode === SLOT_PEEK && !nextWordMayFollow(text, wordEnd, entry, isCapitalised))) {
      // Only one-word paths remain. Without one there is nothing to settle (The [Irish] Times, New
      // Zealand); without the words before any of them, the plain ones settle from their info.
      if (!(info & INFO_HAS_LEAF)) settled = wordEnd;
      else if (info & INFO_HAS_PLAIN && !(info & INFO_HAS_BEFORE && mayFollowContext(text, start, entry)))
        settled = settleSimple(text, start, end, wordEnd, entryPlain[entry]!, out);
      else settled = settleOneWord(text, start, end, entryList[entry]!, entry, out);
    }
    if (settled >= 0) {
      if (info & INFO_TIE) settleTie(text, entry, out, count);
      return settled;
    }
    const first = wordAt(text, start, '', false);
    const tokens: Array<Token | null> = [first];
    searchLimit = start < suppressFrom ? suppressFrom : Infinity;
    const best = longestFrom(text, tokens, 0, null, entry);
    if (!best) return first.end;
    const { target } = best;
    if (target.kind === EXCLUSION) {
      const coreEnd = tokens[Math.min(target.coreEnd, best.words - 1)]!.end;
      if (target.coreStart === 0 || target.coreStart >= best.words) return coreEnd;
      // Only the bracketed part is not a mention ("l'État américain de [Géorgie]" keeps
      // américain): read this word again with paths capped before the core; the scan reads the rest.
      suppressFrom = tokens[target.coreStart]!.start;
      suppressTo = coreEnd;
      return matchWords(text, start, end, entry, info, out);
    }
    out.push({
      entity: target.entity,
      start: first.start,
      end: best.end,
      kind: target.kind === NAME ? 'name' : 'adjective',
    });
    if (info & INFO_TIE && best.words === 1) settleTie(text, entry, out, count);
    return best.end;
  }

  /** Where the `count`-th character of a kanji/kana path from `start` ends (as matchChars reads). */
  function charPathEnd(text: string, start: number, count: number): number {
    let i = start;
    for (let n = 0; n < count && i < text.length;) {
      const c = text.charCodeAt(i);
      const k = kindOf(c);
      i++;
      if (k & SKIP || (k & SPACE && n > 0)) continue;
      n++;
    }
    return i;
  }

  /**
   * A phrase in which short forms name countries (日米首脳, トランプ米大統領): one mention per
   * bracketed part of the phrases ending there, unless a kanji or a digit that is not part of a
   * mention comes right before (南米, 毎日米, 3日米国: the 3rd; but 在日米軍) or, for a phrase
   * marked so, a kanji right after (米中央). A longer name that starts at a short form is that name
   * (対中国 → 中国). A run's last short form may start a run of its own, so a list of any length is
   * read run by run (米英仏独: 米英仏, then 仏独; the G7's 日米英独仏伊加).
   */
  function settleContext(text: string, start: number, end: number, ends: Target[], out: Mention[]): number {
    const last = out.length > 0 ? out[out.length - 1]! : null;
    // 在日米軍: 日, then 米; 米英仏独: 仏 ends a run and starts the next.
    const after = last !== null && (last.end === start || last.start === start);
    const found = ends.filter((target) => target.kind === NAME && target.coreEnd > 0);
    if (start > 0 && !after && isKanjiOrDigit(text.charCodeAt(start - 1))) {
      // A unit of time may stand before a phrase that starts with its context word (来月訪米).
      const startsWithWord = found.every((target) => target.coreStart > 0);
      if (!startsWithWord || !TIME_UNITS.has(text.charAt(start - 1))) return start + 1;
    }
    if (end < text.length && found.some((t) => t.strict) && isKanji(text.charCodeAt(end))) return start + 1;
    found.sort((a, b) => a.coreStart - b.coreStart);
    // Scanning resumes after the last short form, not after the phrase: what follows it may be a
    // name of its own (米ウクライナ: 米, then ウクライナ).
    let resume = start + 1;
    for (const target of found) {
      const from = charPathEnd(text, start, target.coreStart);
      const to = charPathEnd(text, start, target.coreEnd);
      const longer = plainNameAt(text, from);
      if (longer && longer.end > to) {
        out.push({ entity: longer.target.entity, start: from, end: longer.end, kind: 'name' });
        return Math.max(resume, longer.end);
      }
      if (last !== null && last.start === from && last.end === to) continue; // read by the run before
      out.push({ entity: target.entity, start: from, end: to, kind: 'name' });
      // A run's last letter is read again only when a path goes on with what follows (仏独, not 仏の).
      const goesOn = found.length > 1 && to < text.length && mayStartPath(text.charCodeAt(from), text.charCodeAt(to));
      resume = goesOn ? from : Math.max(resume, to);
    }
    return resume;
  }

  /** Whether every target of a path of `count` characters is a short form followed by its context. */
  function isShortFormBefore(ends: Target[], count: number): boolean {
    for (const target of ends)
      if (target.kind !== NAME || target.coreEnd === 0 || target.coreEnd >= count) return false;
    return true;
  }

  /** The longest plain kanji/kana name (no context) from `start`, if any. */
  function plainNameAt(text: string, start: number): { end: number; target: Target } | null {
    let node: CharNode | undefined = charRoot;
    let best: { end: number; target: Target } | null = null;
    for (let i = start; i < text.length && node;) {
      const c = text.charCodeAt(i);
      if (kindOf(c) & SKIP) {
        i++;
        continue;
      }
      node = node.next.get(fold[c] || c);
      i++;
      if (!node?.ends) continue;
      for (const target of node.ends) if (target.kind === NAME && target.coreEnd === 0) best = { end: i, target };
    }
    return best;
  }

  /** Longest kanji/kana path from `start`; returns where scanning resumes. No allocation on a miss. */
  function matchChars(text: string, start: number, out: Mention[]): number {
    if (start < suppressTo && start >= suppressFrom) return suppressTo;
    const limit = start < suppressFrom ? suppressFrom : Infinity;
    const startsKatakana = (kindOf(text.charCodeAt(start)) & KATA) !== 0;
    if (startsKatakana && start > 0 && kindOf(text.charCodeAt(start - 1)) & KATA) return start + 1;
    if (!hasOneUnitPath && start + 1 < text.length) {
      const next = text.charCodeAt(start + 1);
      if (!(kindOf(next) & (SKIP | SPACE)) && !mayStartPath(text.charCodeAt(start), next)) return start + 1;
    }
    let node: CharNode | undefined = charRoot;
    let i = start;
    let count = 0;
    let bestEnd = -1;
    let bestRank = -1;
    let bestTarget: Target | null = null;
    let bestEnds: Target[] | null = null;
    let lineBreaks = 0;
    while (i < text.length && node) {
      const c = text.charCodeAt(i);
      const k = kindOf(c);
      // Spaces and one line break may fall inside a name (ウォロディミル\nゼレンスキー, 高市 早苗); a
      // blank line ends it.
      if (k & SKIP || (k & SPACE && count > 0)) {
        if (c === 10 && ++lineBreaks > 1) break;
        i++;
        continue;
      }
      lineBreaks = 0;
      node = node.next.get(fold[c] || c);
      if (!node) break;
      i++;
      count++;
      if (node.ends) {
        // A path that ends inside a katakana word ends nowhere (ドイツ in ドイツァー), unless its
        // katakana only follows a short form (米[グ]ーグル: the first letter of a foreign name).
        const lastIsKatakana = (k & KATA) !== 0;
        if (
          lastIsKatakana &&
          i < text.length &&
          kindOf(text.charCodeAt(i)) & KATA &&
          !isShortFormBefore(node.ends, count)
        )
          continue;
        if (i > limit) break;
        for (const target of node.ends) {
          const rank = rankOf(target);
          if (i > bestEnd || (i === bestEnd && rank > bestRank)) {
            bestEnd = i;
            bestRank = rank;
            bestTarget = target;
            bestEnds = node.ends;
          }
        }
      }
    }
    if (!bestTarget) return start + 1;
    if (bestTarget.kind === NAME && bestTarget.coreEnd > 0) return settleContext(text, start, bestEnd, bestEnds!, out);
    if (bestTarget.kind === EXCLUSION) {
      const coreEnd = bestTarget.coreEnd > 0 ? charPathEnd(text, start, bestTarget.coreEnd) : bestEnd;
      if (bestTarget.coreStart === 0) return coreEnd;
      // As for words: only the bracketed part is suppressed (ラテン[アメリカ]).
      suppressFrom = charPathEnd(text, start, bestTarget.coreStart);
      suppressTo = coreEnd;
      return matchChars(text, start, out);
    }
    out.push({
      entity: bestTarget.entity,
      start,
      end: bestEnd,
      kind: bestTarget.kind === NAME ? 'name' : 'adjective',
    });
    return bestEnd;
  }

  /**
   * A word ended at `end` and its hash passed the filter: finds where it starts (not before
   * `origin`, where this run of scanning began) while comparing it with the first word of that
   * hash, then matches from it; returns where to resume.
   */
  function wordEnded(text: string, origin: number, end: number, hash: number, out: Mention[]): number {
    // Most words that pass the Bloom filter have no entry: the table says so before the word is read.
    const key = hash === 0 ? 1 : hash;
    const slot = slotOf(key);
    if (slot < 0) return end;
    const at = slotSpelling(text, origin, end, key, slot);
    if (at < 0) return end;
    return matchWords(text, spelledStart, end, slots[at + SLOT_ENTRY_AT]!, slots[at + SLOT_INFO_AT]!, out);
  }

  function inBloom(h: number): boolean {
    return isInFilter(scanTable, h) && isInRecheck(scanTable, h);
  }

  /**
   * The mentions in `text` before the misreading pass; `length` is `text.length`, read by the
   * caller. V8 gives a function its feedback only after its first call has begun, so on a long
   * first call (a 5 MB text) what ran before the scan's loop had none: a property load there
   * (`text.length`) made the optimized code compiled during that call deoptimize at its first
   * instruction, and in 4 of 24 fresh processes V8 then ran every later pass in the loop's
   * on-stack-replacement code, 10-15% slower. Nothing before the loop needs feedback now.
   */
  function findMentions(text: string, length: number): Mention[] {
    const out: Mention[] = [];
    /** Where this run of scanning began: no word starts before it. */
    let origin = 0;
    carriedHash = 0;
    suppressFrom = suppressTo = -1;
    beforeAt = -1;
    let pos = 0;
    while (pos < length) {
      const i = scanWords(text, pos, scanTable, prime);
      if (stoppedFor === STOP_END) break;
      if (stoppedFor === STOP_UNSEEN) {
        learn(text.charCodeAt(i));
        pos = i; // read it again, now classified, with the word's hash carried
        continue;
      }
      // A word ended at i (before a break, or before a kanji or kana); a match may end beyond i.
      let restart = -1;
      // Before a kanji or kana there is mostly no word (its hash is 0).
      if (stoppedFor === STOP_WORD || (carriedHash !== 0 && inBloom(carriedHash))) {
        const end = wordEnded(text, origin, i, carriedHash, out);
        if (end > i) restart = end;
      }
      if (restart < 0 && stoppedFor === STOP_KANA) {
        const end = matchChars(text, i, out);
        if (end > i + 1) restart = end;
      }
      carriedHash = 0;
      if (restart < 0) pos = i + 1;
      else origin = pos = restart;
    }
    // The last word, if the text ends inside one.
    if (inBloom(carriedHash)) wordEnded(text, origin, length, carriedHash, out);
    // Not kept alive by the memo of `readWordBefore`.
    beforeText = '';
    return out;
  }

  /**
   * Drops the mentions that read as something else once the whole text is scanned: a name right
   * after a common given name (a namesake), a country alone in guillemets (a title), a name that a
   * context cue reads otherwise; on the way, each mention's end moves past the combining marks
   * after it (`endAfterMarks`), while its text is read anyway. Kept out of the scan's function:
   * added to it, V8 compiled the scan loop less well (52M more instructions a 5 MB pass).
   */
  function withoutMisreadings(text: string, out: readonly Mention[]): Mention[] {
    const kept: Mention[] = [];
    for (let k = 0; k < out.length; k++) {
      const mention = out[k]!;
      mention.end = endAfterMarks(text, mention.end);
      if (givenNames.size > 0 && isAfterGivenName(text, mention.start)) continue;
      // The guillemets first: most mentions stand in none, and need no lookup of their entity.
      if (fillsGuillemets(text, mention.start, mention.end) && !persons.has(mention.entity)) continue;
      if (cues.has(mention.entity) && readsAsOther(text, out, k)) continue;
      kept.push(mention);
    }
    return kept;
  }

  /** Whether two countries' mentions stand next to each other in a list (", ", " and ", " і " ...). */
  function isListedWith(text: string, first: Mention | undefined, second: Mention | undefined): boolean {
    if (!first || !second || persons.has(first.entity) || persons.has(second.entity)) return false;
    if (second.start - first.end > 8) return false;
    return LIST_GAP.test(text.slice(first.end, second.start));
  }

  /**
   * Whether a context cue reads out[k] as something else (see ContextCueSchema): a word of its
   * other reading within CUE_WINDOW units and none of its own, and not in a list of countries
   * ("Chad, Jordan, Georgia and Türkiye").
   */
  function readsAsOther(text: string, out: readonly Mention[], k: number): boolean {
    const mention = out[k]!;
    const list = cues.get(mention.entity);
    if (!list || isListedWith(text, out[k - 1], mention) || isListedWith(text, mention, out[k + 1])) return false;
    const key = wordAt(text, mention.start, '').key;
    for (const cue of list) {
      if (cue.alias !== key) continue;
      const near = nearHashes.get(cue)!;
      let isOther = false;
      const to = Math.min(text.length, mention.end + CUE_WINDOW);
      for (let i = Math.max(0, mention.start - CUE_WINDOW); i < to;) {
        if (!(kindOf(text.charCodeAt(i)) & LETTER)) {
          i++;
          continue;
        }
        // By the hash first: the window holds ~80 words, and few are near words of either kind.
        const word = wordAt(text, i, '', false);
        if (near.has(word.hash)) {
          const { key: nearKey } = wordAt(text, i, '');
          if (cue.ownNear.has(nearKey)) return false;
          if (cue.otherNear.has(nearKey)) isOther = true;
        }
        i = Math.max(word.end, i + 1);
      }
      return isOther;
    }
    return false;
  }

  /** The hashes of each context cue's near words, both kinds (see `readsAsOther`). */
  const nearHashes = new Map<FoldedCue, Set<number>>();
  cues.forEach((list) => {
    for (const cue of list)
      nearHashes.set(cue, new Set([...cue.ownNear, ...cue.otherNear].map((word) => hashString(word, prime))));
  });

  /**
   * Whether a common given name, capitalised, stands right before `start` with one space between
   * (Pierre Lecornu, Іваном Поляком, Dawn French): then the word at `start` is a surname.
   */
  function isAfterGivenName(text: string, start: number): boolean {
    const gap = start - 1;
    const code = text.charCodeAt(gap);
    if (gap < 1 || (code !== 0x20 && code !== 0xa0)) return false;
    // Back to the word's start, hashing its letters on the way (`hashBackwards`).
    let from = gap;
    let h = 0;
    for (; from > 0; from--) {
      const c = text.charCodeAt(from - 1);
      const k = kindOf(c);
      if (k & LETTER) h = Math.imul(h ^ fold[c]!, prime);
      else if (!(k & SKIP)) break;
    }
    if (from === gap || !(kindOf(text.charCodeAt(from)) & UPPER)) return false;
    // By the hash first: most capitalised words before a name are no given name, and their folded
    // string need not be built.
    if (!givenNameHashes.has(h)) return false;
    return givenNames.has(wordAt(text, from, '').key);
  }

  return { findMentions: (text: string) => withoutMisreadings(text, findMentions(text, text.length)) };
}

/** Whether text[start, end) stands alone between « and », maybe with a number after it («Россия 1»). */
export function fillsGuillemets(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpaceUnit(text.charCodeAt(i))) i--;
  if (i < 0 || text.charCodeAt(i) !== 0xab) return false;
  let j = end;
  while (j < text.length && isSpaceUnit(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 0x2d && isDigitUnit(text.charCodeAt(j + 1))) j++;
  while (j < text.length && isDigitUnit(text.charCodeAt(j))) j++;
  while (j < text.length && isSpaceUnit(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 0xbb;
}

const isSpaceUnit = (code: number) => code === 0x20 || code === 0xa0 || code === 0x202f;
const isDigitUnit = (code: number) => code >= 0x30 && code <= 0x39;

const COMBINING_MARK = /\p{M}/u;

/**
 * A mention's end moved past the combining marks right after it (an NFD "Panama\u0301", a kana
 * voicing mark, a stress mark on the last letter), so a mention never splits a letter from its
 * marks (a highlight would leave them out). Found by test/unit/find-mentions-property.test.ts.
 */
function endAfterMarks(text: string, end: number): number {
  // No combining mark is below U+0300, and every one is in the SKIP class (with a few invisible
  // units the RegExp tells apart): most ends (a space, a letter, a kanji after a kana path) stop
  // at the class, without the one-unit string the RegExp needs.
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c < 0x300 || !(classOf(c) & SKIP) || !COMBINING_MARK.test(text.charAt(end))) break;
  }
  return end;
}

/** The text between two alias words in a surface form, from the gap signature. */
function gapText(gap: string): string {
  return gap === '-' ? '-' : gap === ' ' ? ' ' : `${gap} `;
}

/**
 * Every surface form the matcher knows for names and adjectives (folded; words joined by their
 * gap), in gazetteer order: what a keyword highlighter would have to search for (benchmarks).
 */
export function surfaceForms(gazetteer: Gazetteer): string[] {
  const { root, charRoot } = buildTries(gazetteer);
  const out = new Set<string>();
  const isFound = (ends: Target[] | null) => ends?.some((t) => t.kind === NAME || t.kind === ADJECTIVE) ?? false;
  const walkWords = (node: WordNode, prefix: string) => {
    if (isFound(node.ends)) out.add(prefix);
    for (const [form, found] of node.next ?? [])
      for (const child of Array.isArray(found) ? found : [found])
        walkWords(child, prefix ? `${prefix}${gapText(child.gap)}${form}` : form);
  };
  const walkChars = (node: CharNode, prefix: string) => {
    if (isFound(node.ends)) out.add(prefix);
    for (const [code, child] of node.next) walkChars(child, prefix + String.fromCharCode(code));
  };
  walkWords(root, '');
  walkChars(charRoot, '');
  return [...out];
}
