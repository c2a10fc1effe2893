import type { Article } from './article-schema';
import { articleText } from './article-text';
import { detectLanguage } from './detect-language';
import { findCites } from './find-cites';
import { findTopics } from './find-topics';
import type { Mention } from './gazetteer-schema';
import { parsePage } from './parse-page';
import type { TopicLexicon } from './topic-schema';

/** A raw page as read from data/raw/: its file name and text. */
export type RawPage = { file: string; text: string };

/** What extraction needs from outside: the mention matcher and the topic lexicon. */
export type ExtractDeps = {
  findMentions: (text: string) => Mention[];
  topics: TopicLexicon;
};

/** The stable article id of a raw file: its name without extension, slugged ("000_8bba.txt" -> "000-8bba"). */
export function articleIdFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
  return base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Entity summary of a list of mentions: count and first offset per entity, ordered by first mention. */
export function summarizeMentions(mentions: readonly Mention[]): Article['entities'] {
  const byId = new Map<string, { id: string; count: number; first: number }>();
  for (const mention of mentions) {
    const entry = byId.get(mention.entity);
    if (entry) {
      entry.count++;
      entry.first = Math.min(entry.first, mention.start);
    } else {
      byId.set(mention.entity, {
        id: mention.entity,
        count: 1,
        first: mention.start,
      });
    }
  }
  return [...byId.values()].sort((a, b) => a.first - b.first || (a.id < b.id ? -1 : 1));
}

/**
 * Extracts one article record from a raw page. The story key is provisional (the article's own
 * id); `buildCorpus` groups stories across the corpus.
 */
export function extractArticle(page: RawPage, deps: ExtractDeps): Article {
  const parsed = parsePage(page.text);
  const text = articleText(parsed);
  const lang = detectLanguage(text);
  const mentions = deps.findMentions(text);
  const id = articleIdFromFile(page.file);
  return {
    id,
    title: parsed.title,
    lang,
    date: parsed.date,
    outlet: parsed.outlet,
    cites: findCites(text, mentions, parsed.outlet ? [parsed.outlet] : []),
    lead: parsed.lead,
    paragraphs: parsed.paragraphs,
    entities: summarizeMentions(mentions),
    topics: findTopics(text, lang, deps.topics).map((topic) => topic.id),
    story: id,
    source: { file: page.file, removed: parsed.removed },
    own: false,
  };
}
