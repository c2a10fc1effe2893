/**
 * npm run corpus [-- --check]
 * Extracts data/raw/*.txt into data/corpus.json (see docs/CORPUS.md). With --check, writes
 * nothing and fails when data/corpus.json is not what the raw pages give.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, serializeCorpus } from '../lib/build-corpus';
import type { ExtractDeps } from '../lib/extract-article';
import { findMentions } from '../lib/find-mentions';
import { TopicLexiconSchema } from '../lib/topic-schema';
import { buildOrCheckSearchIndex } from './build-search-index';
import { readDataFile } from './read-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = join(root, 'data', 'raw');
const topicsFile = join(root, 'data', 'topics.json');
const corpusFile = join(root, 'data', 'corpus.json');

function fail(message: string): never {
  console.error(`corpus: ${message}`);
  process.exit(1);
}

function readTopics(): ExtractDeps['topics'] {
  try {
    return readDataFile(topicsFile, relative(root, topicsFile), TopicLexiconSchema);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) fail(`unknown argument ${unknown[0]} (usage: npm run corpus [-- --check])`);
  const isCheck = args.includes('--check');

  const files = readdirSync(rawDir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  if (files.length === 0) fail(`no .txt pages in ${relative(root, rawDir)}`);
  const pages = files.map((file) => ({
    file,
    text: readFileSync(join(rawDir, file), 'utf8'),
  }));

  let json: string;
  try {
    json = serializeCorpus(buildCorpus(pages, { findMentions, topics: readTopics() }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  const target = relative(root, corpusFile);
  if (isCheck) {
    const current = existsSync(corpusFile) ? readFileSync(corpusFile, 'utf8') : '';
    if (current !== json) fail(`${target} is out of date: run npm run corpus`);
    console.log(`${target} is up to date (${files.length} articles)`);
  } else {
    writeFileSync(corpusFile, json);
    console.log(`wrote ${target}: ${files.length} articles`);
  }
  // The search index is built from the corpus: it is rebuilt (or checked) with it.
  buildOrCheckSearchIndex(isCheck);
}

main();
