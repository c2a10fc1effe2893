import { CITE_PHRASES } from './furniture-vocab';
import type { Mention } from './gazetteer-schema';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Phrases are matched in lower case or capitalised; names must keep their capitals, so the
// pattern is case-sensitive (with /i, \p{Lu} would match any letter).
const PHRASES = CITE_PHRASES.flatMap((phrase) => [phrase, phrase.charAt(0).toUpperCase() + phrase.slice(1)])
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

// A name after a citing phrase: a quoted name, or up to five capitalised words
// ("Kyodo News", "Панорама Українських Подій", "Интерфакс-Украина", "УНІАН").
const NAME = String.raw`(?:«[^»]{2,60}»|„[^“”]{2,60}[“”]|"[^"]{2,60}"|[\p{Lu}][\p{L}\p{N}&.-]*(?:[^\S\n]+[\p{Lu}][\p{L}\p{N}&.-]*){0,4})`;
const CITE = new RegExp(
  `(?<![\\p{L}])(?:${PHRASES})[^\\S\\n]+(?:(?:видання|издание|изданию|виданню|агентства?|агентству|агентство|der|die|dem|the|agency)[^\\S\\n]+)?(${NAME})`,
  'gu',
);

const isLatin = (name: string): boolean => /^[A-Za-z]/.test(name);

function isOutletLike(name: string): boolean {
  if (/^[«„"]/.test(name)) return true;
  const words = name.split(/\s+/u);
  // One plain capitalised Cyrillic word is more often a ministry or a person than an outlet;
  // accept it only as an acronym ("УНІАН") or a hyphenated name ("Интерфакс-Украина").
  if (words.length >= 2 || isLatin(name)) return true;
  return /^[\p{Lu}]{3,}$/u.test(name) || name.includes('-');
}

/**
 * Outlets a text quotes or cites ("в інтерв'ю Kyodo News", "пише Панорама Українських Подій"),
 * in order of first citation. Names that open with a gazetteer mention (a person, a country) are
 * not outlets and are skipped.
 */
export function findCites(text: string, mentions: readonly Mention[], exclude: readonly string[] = []): string[] {
  const cites: string[] = [];
  for (const match of text.matchAll(CITE)) {
    const raw = match[1];
    if (raw === undefined || match.index === undefined) continue;
    const name = raw
      .replace(/^[«„"]|[»“”"]$/gu, '')
      .replace(/[.,;:-]+$/u, '')
      .trim();
    const start = match.index + match[0].length - raw.length;
    // A name that opens with a person or country ("laut Umerow") is a source, not an outlet; a
    // country inside an outlet's name ("Панорама Українських Подій") is fine.
    const opensWithEntity = mentions.some(
      (mention) => mention.start === start || (mention.start <= start && mention.end > start),
    );
    if (!name || opensWithEntity || !isOutletLike(raw) || exclude.includes(name) || cites.includes(name)) continue;
    cites.push(name);
  }
  return cites;
}
