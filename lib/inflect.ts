/**
 * Inflected forms of one alias word, in folded form (lower case, Latin diacritics removed, ё = е).
 * Rules go by the word's ending, so one table serves a whole script:
 *
 * - Cyrillic (Ukrainian and Russian together; a form one language lacks is harmless):
 *   -ський/-ский surnames decline as masculine adjectives (Зеленського, Зеленским) and never take
 *   feminine endings, so Зеленська/Зеленской are not the president; -ія/-ия (Японії, Японией);
 *   -я (Кореї); -а (України, Литвою, Литве; Америці with the Ukrainian к/ц change; feminine
 *   adjectives Південної); -ая (Южной); -ь (Ізраїлю, Беларуси); vowel + й (Китаю, Китаєм);
 *   plural -и/-ы (Штатів, Штатов); plural adjectives before a noun (Сполучених, Соединенных);
 *   neuter adjectives before a noun and nouns in -ство (Сполученого Королівства, Соединённому
 *   Королевству);
 *   consonant (Ірану, Умєровим, Будріса). Words ending in -о, -у, -ю, -е, -і stay as they are
 *   (Того, Перу, Лекорню, Такаіті), and so do those ending in a vowel and -а (Самоа, Никарагуа).
 * - Polish (tag `pl`): -ski (Zełenskiego), -ia/-ja (Japonii, Rosję), -a with locative stem changes
 *   (Litwie, Polsce, Kanadzie), plural -y (Chinach), -e adjectives (Zjednoczonych), -o (Kosowa),
 *   consonant (Iranu, Budrysa, Izraelem, Madagaskarze).
 * - German (tag `de`): genitive -s (Japans, Frankreichs, Selenskyjs).
 * - English possessives ('s) are handled by the matcher, not here; French and Japanese do not inflect.
 * Irregular forms (Niemczech, Білоруссю) are listed in data/gazetteer-extra.json.
 */

export type InflectionTags = { fixed: boolean; pl: boolean; de: boolean };

const CYR_CONSONANT = /[бвгґджзклмнпрстфхцчшщ]$/;
const LATIN_CONSONANT = /[bcdfghjklmnpqrstvwxz]$/;

function withEndings(out: Set<string>, stem: string, endings: readonly string[]): void {
  for (const ending of endings) out.add(stem + ending);
}

function cyrillicForms(word: string, isLast: boolean, out: Set<string>): void {
  const stem1 = word.slice(0, -1);
  const stem2 = word.slice(0, -2);
  if (/(ськ|цьк|зьк|ск|цк|зк)ий$/.test(word) || /[ыи]й$/.test(word)) {
    withEndings(out, stem2, ['ий', 'ый', 'ого', 'ому', 'им', 'ым', 'ім', 'ом']);
  } else if (word.endsWith('ая')) {
    withEndings(out, stem2, ['ая', 'ой', 'ую', 'ою', 'ей']);
  } else if (/[іи]я$/.test(word)) {
    withEndings(out, stem1, ['я', 'ї', 'ю', 'єю', 'и', 'ей', 'ею']);
  } else if (word.endsWith('я')) {
    withEndings(out, stem1, ['я', 'ї', 'і', 'ю', 'єю', 'ею', 'и', 'ей', 'е', 'є']);
  } else if (/[аеєиіїоуыэюя]а$/.test(word)) {
    // A vowel before the final -а (Самоа, Никарагуа, Антигуа, Папуа): borrowed and indeclinable.
    // Declined like Литва, Самоа gave "Самое", the Russian word in "Самое читаемое".
  } else if (word.endsWith('а')) {
    withEndings(out, stem1, ['а', 'и', 'ы', 'і', 'е', 'у', 'ою', 'ею', 'ой', 'ей', 'о', 'ої', 'ій']);
    const alternation: Record<string, string> = { к: 'ці', г: 'зі', х: 'сі' };
    const last = stem1.slice(-1);
    if (alternation[last]) out.add(stem1.slice(0, -1) + alternation[last]);
  } else if (word.endsWith('ь')) {
    withEndings(out, stem1, ['я', 'ю', 'ем', 'е', 'і', 'и', 'ью', 'ям']);
  } else if (/[аеиоуяюіїєэы]й$/.test(word)) {
    withEndings(out, stem1, ['я', 'ю', 'ем', 'е', 'ї', 'єм']);
  } else if (/(ые|ие)$/.test(word)) {
    withEndings(out, stem2, ['ых', 'ым', 'ыми', 'их', 'им', 'ими']);
  } else if (/(ое|ее)$/.test(word) && !isLast) {
    withEndings(out, stem2, ['ое', 'ее', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем']);
  } else if (word.endsWith('е') && !isLast) {
    withEndings(out, stem1, ['е', 'ого', 'ому', 'им', 'ім']);
  } else if (word.endsWith('ство')) {
    withEndings(out, stem1, ['о', 'а', 'у', 'ом', 'і', 'е']);
  } else if (word.endsWith('і') && !isLast) {
    withEndings(out, stem1, ['их', 'им', 'ими']);
  } else if (word.endsWith('ы')) {
    withEndings(out, stem1, ['ов', 'ам', 'ами', 'ах']);
  } else if (word.endsWith('и') && word.length > 4) {
    withEndings(out, stem1, ['ів', 'ам', 'ами', 'ах', 'ов']);
  } else if (CYR_CONSONANT.test(word)) {
    withEndings(out, word, ['а', 'у', 'ом', 'ові', 'е', 'і', 'ым', 'им', 'ем']);
  }
}

const POLISH_LOCATIVE: Array<[RegExp, string]> = [
  [/k$/, 'ce'],
  [/g$/, 'dze'],
  [/ch$/, 'sze'],
  [/st$/, 'scie'],
  [/d$/, 'dzie'],
  [/t$/, 'cie'],
  [/r$/, 'rze'],
  [/l$/, 'le'],
  [/s$/, 'sie'],
  [/z$/, 'zie'],
];

function polishLocative(stem: string, out: Set<string>): void {
  for (const [end, replacement] of POLISH_LOCATIVE) {
    const m = end.exec(stem);
    if (m) {
      out.add(stem.slice(0, m.index) + replacement);
      return;
    }
  }
}

function polishForms(word: string, out: Set<string>): void {
  const stem1 = word.slice(0, -1);
  if (/(sk|ck|dzk)i$/.test(word)) {
    withEndings(out, stem1, ['iego', 'iemu', 'im', 'ich']);
  } else if (/[ij]a$/.test(word)) {
    withEndings(out, stem1, ['i', 'e', 'o']);
  } else if (word.endsWith('a')) {
    withEndings(out, stem1, ['y', 'i', 'e', 'o', 'ie', 'ej', 'iej']);
    polishLocative(stem1, out);
  } else if (word.endsWith('y')) {
    withEndings(out, stem1, ['', 'ow', 'om', 'ami', 'ach']);
  } else if (word.endsWith('e')) {
    withEndings(out, stem1, ['ych', 'ym', 'ymi', 'ich', 'im', 'imi']);
  } else if (word.endsWith('o')) {
    withEndings(out, stem1, ['a', 'ie', 'em', 'u']);
  } else if (LATIN_CONSONANT.test(word)) {
    withEndings(out, word, ['u', 'a', 'owi', 'em', 'ie']);
    polishLocative(word, out);
  }
}

/** All forms of one folded alias word; `isLast` is false for words before the last of an alias. */
export function inflectWord(word: string, tags: InflectionTags, isLast: boolean): string[] {
  const out = new Set([word]);
  if (tags.fixed || word.length < 3) return [word];
  if (/[\u0400-\u04ff]$/.test(word)) cyrillicForms(word, isLast, out);
  else {
    if (tags.pl) polishForms(word, out);
    if (tags.de && isLast && !/[sxz]$/.test(word)) out.add(`${word}s`);
  }
  return [...out];
}

/** Endings an adjective stem ("українськ*", "ukrainisch*") takes, per script. */
const CYRILLIC_ADJECTIVE = [
  'ий',
  'ій',
  'ый',
  'ой',
  'ая',
  'яя',
  'а',
  'е',
  'ое',
  'ее',
  'є',
  'і',
  'ие',
  'ые',
  'ого',
  'его',
  'ої',
  'ей',
  'ому',
  'ему',
  'ім',
  'им',
  'ым',
  'ом',
  'ем',
  'ою',
  'ею',
  'ую',
  'юю',
  'у',
  'их',
  'ых',
  'ими',
  'ыми',
  // The combining form of a compound: польсько-українські, российско-китайский.
  'о',
];
const LATIN_ADJECTIVE = [
  '',
  'e',
  'er',
  'es',
  'en',
  'em',
  'i',
  'a',
  'ie',
  'iego',
  'iej',
  'iemu',
  'im',
  'ich',
  'imi',
  'y',
  'ego',
  'ej',
  'emu',
  'ym',
  'ych',
  'ymi',
  'ne',
  'nes',
  's',
  'n',
  'ns',
  // The combining form of a compound: polsko-ukraiński.
  'o',
];

/** Forms of a folded adjective stem. */
export function adjectiveForms(stem: string): string[] {
  const endings = /[\u0400-\u04ff]$/.test(stem) ? CYRILLIC_ADJECTIVE : LATIN_ADJECTIVE;
  const forms = endings.map((ending) => stem + ending);
  // Polish masculine personal plural: polscy, niemieccy, islandzcy (żołnierze).
  if (/[scz]k$/.test(stem)) forms.push(`${stem.slice(0, -1)}cy`);
  return forms;
}
