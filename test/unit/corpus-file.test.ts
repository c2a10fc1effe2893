import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../lib/article-text';
import { buildCorpus, serializeCorpus } from '../../lib/build-corpus';
import { findMentions } from '../../lib/find-mentions';
import { TopicLexiconSchema } from '../../lib/topic-schema';

// The committed corpus against the real mention matcher and the raw pages.
const root = join(import.meta.dirname, '..', '..');
const topics = TopicLexiconSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'topics.json'), 'utf8')));
const rawDir = join(root, 'data', 'raw');
const pages = readdirSync(rawDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(rawDir, file), 'utf8') }));
const corpus = buildCorpus(pages, { findMentions, topics });

describe('data/corpus.json', () => {
  it('is what npm run corpus builds from data/raw/, byte for byte', () => {
    const committed = readFileSync(join(root, 'data', 'corpus.json'), 'utf8');
    expect(committed, 'data/corpus.json is stale: run npm run corpus and commit it').toBe(serializeCorpus(corpus));
  });

  it('builds to the same bytes twice', () => {
    expect(serializeCorpus(buildCorpus(pages, { findMentions, topics }))).toBe(serializeCorpus(corpus));
  });

  it.each([
    ['000_8bba2edc8e1745ed.txt', ['zelensky', 'JP', 'UA']],
    ['001_6f2763f55a762b96.txt', ['zelensky', 'takaichi', 'JP', 'UA']],
    ['002_300b90e8cb3f63fb.txt', ['zelensky', 'takaichi', 'JP', 'UA']],
    ['003_de3edfbf80cf0686.txt', ['umerov', 'budrys', 'LT', 'UA']],
    ['004_6ee7ff44fdd4346d.txt', ['umerov', 'lecornu', 'FR', 'zelensky', 'UA']],
  ])('finds the entities of %s', (file, ids) => {
    const article = corpus.articles.find((candidate) => candidate.source.file === file);
    expect(article?.entities.map((entity) => entity.id)).toEqual(expect.arrayContaining(ids));
  });

  it('points each entity at its first mention in articleText', () => {
    for (const article of corpus.articles) {
      const mentions = findMentions(articleText(article));
      for (const entity of article.entities) {
        const own = mentions.filter((mention) => mention.entity === entity.id);
        expect(own).toHaveLength(entity.count);
        expect(Math.min(...own.map((mention) => mention.start))).toBe(entity.first);
      }
    }
  });

  it('keeps the Zelensky–Takaichi reports in one story and the rest apart', () => {
    const story = (file: string) => corpus.articles.find((article) => article.source.file === file)?.story;
    expect(story('001_6f2763f55a762b96.txt')).toBe(story('002_300b90e8cb3f63fb.txt'));
    expect(new Set(corpus.articles.map((article) => article.story)).size).toBe(4);
  });
});
