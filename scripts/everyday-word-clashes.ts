/**
 * Lists the everyday words that the matcher takes for a country's or an official's name.
 *   npm run -s everyday-words -- WORDLIST...
 * A word list has one word per line; a hunspell suffix ("/ABC") is ignored, so the output of
 * `unmunch xx.dic xx.aff` serves as is (Debian's hunspell-ru, -uk, -pl, -de-de). Only words
 * spelled in lower case are checked. One line per clash: word, entity, where it was taken
 * (lower, sentence-start, mid-sentence). Errors: one line on stderr, exit 1.
 */
import { everydayClashes } from '../lib/everyday-clashes';
import { findMentions } from '../lib/find-mentions';
import { readUtf8 } from './read-utf8';

function wordsOf(path: string): Set<string> {
  const text = readUtf8(path);
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const word = line.split('/')[0]!.trim();
    if (word && !/\s/.test(word)) words.add(word.normalize('NFC'));
  }
  return words;
}

try {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: everyday-words WORDLIST...');
  for (const file of files) {
    const clashes = everydayClashes(wordsOf(file), findMentions);
    for (const { word, entity, place } of clashes) process.stdout.write(`${word}\t${entity}\t${place}\n`);
    process.stderr.write(`everyday-words: ${file}: ${clashes.length} clash(es)\n`);
  }
} catch (error) {
  process.stderr.write(`everyday-words: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
