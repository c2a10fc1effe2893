import topicsJson from '../../data/topics.json';
import type { UiLang } from '../../lib/languages';
import { TopicLexiconSchema } from '../../lib/topic-schema';

let labels: Map<string, Record<UiLang, string>> | undefined;

/** A topic's label in the UI language (its id when the lexicon does not have it). */
export function topicLabel(lang: UiLang, id: string): string {
  labels ??= new Map(TopicLexiconSchema.parse(topicsJson).topics.map((t) => [t.id, t.label]));
  return labels.get(id)?.[lang] ?? id;
}
