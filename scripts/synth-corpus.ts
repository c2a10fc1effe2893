/**
 * npm run corpus:synth -- --articles 10000 --out FILE [--seed N]
 * Writes a synthetic corpus (same schema as data/corpus.json) for benchmarks at scale. Not
 * committed: write it outside data/ or to a git-ignored path.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusSchema } from '../lib/article-schema';
import { parseSynthArgs, synthCorpus } from '../lib/synth-corpus';
import { TopicLexiconSchema } from '../lib/topic-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): never {
  console.error(`corpus:synth: ${message}`);
  process.exit(1);
}

const args = parseSynthArgs(process.argv.slice(2));
if (!args.ok) fail(args.error);
const { articles, out, seed } = args.value;

const topics = TopicLexiconSchema.safeParse(JSON.parse(readFileSync(join(root, 'data', 'topics.json'), 'utf8')));
if (!topics.success) fail(`data/topics.json does not validate: ${topics.error.issues[0]?.message ?? ''}`);

const corpus = synthCorpus({ articles, seed, topics: topics.data });
const checked = CorpusSchema.safeParse(corpus);
if (!checked.success) {
  const issue = checked.error.issues[0];
  fail(`generated record fails the schema at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
}

const target = resolve(process.cwd(), out);
try {
  mkdirSync(dirname(target), { recursive: true });
  // Compact JSON: at 10,000 articles the indented form is a third larger for no reader.
  writeFileSync(target, `${JSON.stringify(corpus)}\n`);
} catch (error) {
  fail(`cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`);
}
const languages = new Map<string, number>();
for (const article of corpus.articles) languages.set(article.lang, (languages.get(article.lang) ?? 0) + 1);
const words = corpus.articles.reduce((sum, article) => sum + article.paragraphs.join(' ').split(' ').length, 0);
console.log(
  `wrote ${target}: ${articles} articles (seed ${seed}), ${[...languages].map(([lang, n]) => `${lang} ${n}`).join(', ')}, ` +
    `${Math.round(words / articles)} words per article on average`,
);
