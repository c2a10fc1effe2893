import type { ArticleLang } from './languages';
import type { TopicLexicon } from './topic-schema';

/** A topic found in a text, with the number of pattern hits that support it. */
export type TopicHit = { id: string; hits: number };

type Word = { text: string };
type WordMatcher = (word: string) => boolean;

function compileWord(stem: string): WordMatcher {
  const anywhere = stem.startsWith('*');
  const exact = stem.endsWith('$');
  const core = stem.replace(/^\*/u, '').replace(/\$$/u, '');
  if (exact) return (word) => word === core;
  if (anywhere) return (word) => word.includes(core);
  return (word) => word.startsWith(core);
}

/** Lower-cased words of a text; hyphens and apostrophes split compounds such as "дронах-перехоплювачах". */
export function topicWords(text: string): Word[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => ({
    text: word,
  }));
}

const compiled = new WeakMap<
  TopicLexicon,
  Array<{ id: string; minHits: number; byLang: Map<string, WordMatcher[][]> }>
>();

function compileLexicon(lexicon: TopicLexicon) {
  let topics = compiled.get(lexicon);
  if (!topics) {
    topics = lexicon.topics.map((topic) => ({
      id: topic.id,
      minHits: topic.minHits,
      byLang: new Map(
        Object.entries(topic.patterns).map(([lang, patterns]) => [
          lang,
          patterns.map((pattern) => pattern.split(' ').map(compileWord)),
        ]),
      ),
    }));
    compiled.set(lexicon, topics);
  }
  return topics;
}

/**
 * Finds the topics a text supports: each topic's patterns for the text's language (plus English,
 * which articles borrow: "deep strike") are counted once per word position, and a topic is kept
 * when its hits reach the topic's `minHits`. Sorted by hits, then lexicon order.
 */
export function findTopics(text: string, lang: ArticleLang, lexicon: TopicLexicon): TopicHit[] {
  const words = topicWords(text);
  const langs = lang === 'en' ? ['en'] : [lang, 'en'];
  const found: Array<TopicHit & { order: number }> = [];
  compileLexicon(lexicon).forEach((topic, order) => {
    const starts = new Set<number>();
    for (const language of langs) {
      for (const pattern of topic.byLang.get(language) ?? []) {
        for (let at = 0; at + pattern.length <= words.length; at++) {
          if (pattern.every((matches, offset) => matches(words[at + offset]?.text ?? ''))) starts.add(at);
        }
      }
    }
    if (starts.size >= topic.minHits) found.push({ id: topic.id, hits: starts.size, order });
  });
  return found.sort((a, b) => b.hits - a.hits || a.order - b.order).map(({ id, hits }) => ({ id, hits }));
}
