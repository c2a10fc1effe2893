import { z } from 'zod';
import { ARTICLE_LANGS } from './languages';

const byArticleLang = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(ARTICLE_LANGS.map((lang) => [lang, value])) as Record<(typeof ARTICLE_LANGS)[number], T>);

/**
 * A stem pattern: words separated by spaces, each matched against consecutive words of the text,
 * case-insensitively. "дрон" matches a word starting with "дрон"; "*abwehr" a word containing
 * "abwehr" (German compounds); "ппо$" exactly the word "ппо".
 */
export const TopicPatternSchema = z
  .string()
  .min(1)
  .regex(/^\*?[\p{Ll}\p{N}]+\$?( \*?[\p{Ll}\p{N}]+\$?)*$/u, 'lower-case stems separated by single spaces');

/** One topic of the multilingual topic lexicon (data/topics.json). */
export const TopicSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  label: byArticleLang(z.string().min(1)),
  /** Pattern hits needed before the topic is assigned to an article. */
  minHits: z.number().int().positive().default(1),
  patterns: byArticleLang(z.array(TopicPatternSchema).min(1)),
});
export type Topic = z.infer<typeof TopicSchema>;

export const TopicLexiconSchema = z
  .object({
    version: z.literal(1),
    topics: z.array(TopicSchema).min(1),
  })
  .refine((lexicon) => new Set(lexicon.topics.map((topic) => topic.id)).size === lexicon.topics.length, {
    message: 'topic ids must be unique',
  });
export type TopicLexicon = z.infer<typeof TopicLexiconSchema>;
