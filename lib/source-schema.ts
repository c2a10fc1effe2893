import { z } from 'zod';

/**
 * A news source, hand-kept in data/sources.json: what the pages do not say about an outlet they
 * name (its web address, what kind of source it is). Extracted data never goes here.
 */
export const SourceSchema = z.object({
  /** The name as articles give it in `outlet` / `cites` ("Интерфакс-Украина", "Kyodo News"). */
  name: z.string().min(1),
  kind: z.enum(['news-agency', 'news-site', 'aggregator']),
  /** Home page; null when not known for certain. */
  url: z.url({ protocol: /^https$/ }).nullable(),
  /** Other spellings of the name (transliterations, other languages). */
  aliases: z.array(z.string().min(1)).default([]),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourcesSchema = z
  .object({
    version: z.literal(1),
    sources: z.array(SourceSchema),
  })
  .refine((file) => new Set(file.sources.map((source) => source.name)).size === file.sources.length, {
    message: 'source names must be unique',
  });
export type Sources = z.infer<typeof SourcesSchema>;
