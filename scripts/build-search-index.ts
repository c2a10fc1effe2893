/**
 * npm run search-index [-- --check]
 * Builds the corpus search index of data/corpus.json into data/search-index.json (loaded by the
 * background instead of indexing at start-up; see docs/decisions/0004-corpus-search.md). With
 * --check, writes nothing and fails when the file is not what the corpus gives.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusSchema } from '../lib/article-schema';
import { findMentions, gazetteerEntities } from '../lib/find-mentions';
import { buildSearchIndex, serializeSearchIndex } from '../lib/search-index';
import { TopicLexiconSchema } from '../lib/topic-schema';
import { readDataFile } from './read-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusFile = join(root, 'data', 'corpus.json');
const topicsFile = join(root, 'data', 'topics.json');
const indexFile = join(root, 'data', 'search-index.json');

function fail(message: string): never {
  console.error(`search-index: ${message}`);
  process.exit(1);
}

/** The index file's text for the committed corpus (also used by the freshness test). */
export function searchIndexJson(): string {
  let corpus: ReturnType<typeof CorpusSchema.parse>;
  let topics: ReturnType<typeof TopicLexiconSchema.parse>;
  try {
    corpus = readDataFile(corpusFile, 'data/corpus.json', CorpusSchema);
    topics = readDataFile(topicsFile, 'data/topics.json', TopicLexiconSchema);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const index = buildSearchIndex(corpus.articles, { findMentions, entities: gazetteerEntities(), topics });
  return `${serializeSearchIndex(index)}\n`;
}

/** Writes data/search-index.json, or with `isCheck` fails when it is not what the corpus gives. */
export function buildOrCheckSearchIndex(isCheck: boolean): void {
  const json = searchIndexJson();
  const target = relative(root, indexFile);
  if (isCheck) {
    const current = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : '';
    if (current !== json) fail(`${target} is out of date: run npm run corpus`);
    console.log(`${target} is up to date`);
    return;
  }
  writeFileSync(indexFile, json);
  console.log(`wrote ${target}: ${(json.length / 1024).toFixed(1)} kB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) fail(`unknown argument ${unknown[0]} (usage: npm run search-index [-- --check])`);
  buildOrCheckSearchIndex(args.includes('--check'));
}
