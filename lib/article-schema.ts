import { z } from 'zod';
import { ARTICLE_LANGS } from './languages';

export const ArticleEntitySchema = z.object({
  /** Gazetteer entity id ("JP", "zelensky"). */
  id: z.string().min(1),
  count: z.number().int().positive(),
  /** UTF-16 offset of the first mention in the article's text (title + "\n" + paragraphs joined by "\n"). */
  first: z.number().int().nonnegative(),
});

/** One article of the corpus, extracted from a raw page (or added by the user). */
export const ArticleSchema = z.object({
  /** Stable id derived from the source (file name or URL), never from position. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  lang: z.enum(ARTICLE_LANGS),
  /** The article's own publication date, ISO yyyy-mm-dd (or full ISO datetime); null when the text gives none. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/)
    .nullable(),
  /** The outlet that published the page, when the page names it. */
  outlet: z.string().min(1).nullable(),
  /** Outlets the article quotes or cites ("Kyodo News"). */
  cites: z.array(z.string().min(1)),
  lead: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).min(1),
  entities: z.array(ArticleEntitySchema),
  /** Topic ids from data/topics.json. */
  topics: z.array(z.string().min(1)),
  /** Reports of the same event share a story key. */
  story: z.string().min(1),
  source: z.object({
    /** Raw file name in data/raw/, or the page URL for a user's article. */
    file: z.string().min(1),
    /** Lines removed as page furniture, in order. */
    removed: z.array(z.string()),
  }),
  /** True for articles the user added. */
  own: z.boolean().default(false),
});
export type Article = z.infer<typeof ArticleSchema>;

export const CorpusSchema = z.object({
  version: z.literal(1),
  articles: z.array(ArticleSchema),
});
export type Corpus = z.infer<typeof CorpusSchema>;
