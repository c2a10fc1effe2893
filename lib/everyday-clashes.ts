import type { Mention } from './gazetteer-schema';

/** Where an everyday word was taken for a name. */
export type ClashPlace = 'lower' | 'sentence-start' | 'mid-sentence';

export type Clash = { word: string; entity: string; place: ClashPlace };

/**
 * The everyday words (spelled in lower case in a dictionary) that `findMentions` takes for a
 * country or an official's name: as written, capitalised at a sentence's start, or capitalised
 * inside a sentence. Demonyms and adjectives are left out (японский is Japanese). Words are read
 * between neutral one-letter neighbours ("и", "a"), so no context rule of the gazetteer applies.
 */
export function everydayClashes(words: Iterable<string>, findMentions: (text: string) => Mention[]): Clash[] {
  const clashes: Clash[] = [];
  for (const word of words) {
    const first = word.charAt(0);
    if (!first || first === first.toUpperCase()) continue;
    const capitalised = first.toUpperCase() + word.slice(1);
    const tries: Array<[ClashPlace, string, number]> = [
      ['lower', `a ${word} a`, 2],
      ['sentence-start', `${capitalised} a`, 0],
      ['mid-sentence', `a ${capitalised} a`, 2],
    ];
    for (const [place, text, start] of tries) {
      const hit = findMentions(text).find((m) => m.start === start && m.end === start + word.length);
      if (hit?.kind === 'name') {
        clashes.push({ word, entity: hit.entity, place });
        break;
      }
    }
  }
  return clashes;
}
