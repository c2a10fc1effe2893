import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusSchema } from '../../lib/article-schema';
import { articleText } from '../../lib/article-text';
import { createRandom } from '../../lib/seeded-random';
import { parseSynthArgs, synthCorpus, SYNTH_ENTITY_NAMES } from '../../lib/synth-corpus';
import { TopicLexiconSchema } from '../../lib/topic-schema';

const topics = TopicLexiconSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'topics.json'), 'utf8')),
);
const corpus = synthCorpus({ articles: 200, seed: 7, topics });
const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

describe('synthetic corpus', () => {
  it('validates against the corpus schema', () => {
    expect(CorpusSchema.safeParse(corpus).success).toBe(true);
    expect(corpus.articles).toHaveLength(200);
  });

  it('is the same for the same seed and different for another', () => {
    expect(JSON.stringify(synthCorpus({ articles: 20, seed: 7, topics }))).toBe(
      JSON.stringify(synthCorpus({ articles: 20, seed: 7, topics })),
    );
    expect(JSON.stringify(synthCorpus({ articles: 20, seed: 8, topics }))).not.toBe(
      JSON.stringify(synthCorpus({ articles: 20, seed: 7, topics })),
    );
  });

  it('mixes all four languages', () => {
    expect(new Set(corpus.articles.map((article) => article.lang))).toEqual(new Set(['uk', 'ru', 'de', 'en']));
  });

  it('writes articles of 150 to 1,500 words', () => {
    const lengths = corpus.articles.map((article) => wordCount(article.paragraphs.join(' ')));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(150);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1500);
    expect(Math.max(...lengths)).toBeGreaterThan(800);
  });

  it('points every entity offset at a name in the article text', () => {
    for (const article of corpus.articles) {
      const text = articleText(article);
      for (const entity of article.entities) {
        const name = SYNTH_ENTITY_NAMES[entity.id]?.[article.lang] ?? '';
        expect(name).not.toBe('');
        expect(text.slice(entity.first, entity.first + name.length).toLowerCase()).toBe(name.toLowerCase());
      }
    }
  });

  it('varies entities, topics, dates, outlets and groups some reports into stories', () => {
    const ids = new Set(corpus.articles.flatMap((article) => article.entities.map((e) => e.id)));
    const topicIds = new Set(corpus.articles.flatMap((article) => article.topics));
    const stories = new Set(corpus.articles.map((article) => article.story));
    expect(ids.size).toBeGreaterThan(10);
    expect(topicIds.size).toBeGreaterThan(10);
    expect(stories.size).toBeLessThan(corpus.articles.length);
    expect(corpus.articles.some((article) => article.date === null)).toBe(true);
    expect(new Set(corpus.articles.map((article) => article.outlet)).size).toBeGreaterThan(5);
  });

  it('draws the same numbers from the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('parseSynthArgs', () => {
  it.each([
    [['--articles', '10000', '--out', 'big.json'], { articles: 10000, out: 'big.json', seed: 1 }],
    [['--articles=5', '--out=x.json', '--seed=9'], { articles: 5, out: 'x.json', seed: 9 }],
  ])('reads %j', (argv, value) => {
    expect(parseSynthArgs(argv)).toEqual({ ok: true, value });
  });

  it.each([
    [['--articles', '10'], /--out FILE is required/u],
    [['--out', 'x.json'], /--articles N is required/u],
    [['--articles', 'ten', '--out', 'x.json'], /--articles must be a whole number/u],
    [['--articles', '0', '--out', 'x.json'], /--articles must be a whole number/u],
    [['--articles', '--out', 'x.json'], /--articles needs a value/u],
    [['--articles', '3', '--out', 'x.json', '--verbose'], /unknown argument "--verbose"/u],
    [['--articles', '3', '--out', 'x.json', '--seed', '-1'], /--seed/u],
  ])('rejects %j with a clear message', (argv, message) => {
    const result = parseSynthArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
