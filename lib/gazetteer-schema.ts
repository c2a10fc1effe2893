import { z } from 'zod';
import { GAZETTEER_LANGS } from './languages';

const langRecord = z.object(
  Object.fromEntries(GAZETTEER_LANGS.map((lang) => [lang, z.string().min(1)])) as Record<
    (typeof GAZETTEER_LANGS)[number],
    z.ZodString
  >,
);

/** A country (ISO 3166-1 alpha-2 id, upper case) or an official (lower-case surname id). */
export const EntitySchema = z.object({
  id: z.string().regex(/^([A-Z]{2}|[a-z][a-z0-9-]*)$/),
  type: z.enum(['country', 'person']),
  /** Display name in each gazetteer language (for the UI). */
  names: langRecord,
  /** For persons: the role, in each language ("Minister of Defence of Ukraine"). */
  role: langRecord.optional(),
  /** For persons: the country id they serve. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** Surface forms that name the entity; the matcher adds inflected forms. */
  aliases: z.array(z.string().min(1)).min(1),
  /**
   * Adjective / demonym stems or forms (reported as kind "adjective"); a trailing "*" marks a stem.
   * A demonym spelled like the country's name is given in its context, the demonym in brackets
   * after the words it follows ("die [Polen]": the Poles; "nach Polen" stays the country).
   * A Cyrillic demonym form given in lower case (чехов, литвин) is a surname where it is
   * capitalised inside a sentence or after an initial (Антон Чехов, А.П.Чехов).
   */
  adjectives: z.array(z.string().min(1)).default([]),
  /**
   * Matcher hints keyed by alias or adjective: space-separated tags `fixed` (no inflection),
   * `strict` (not at the start of a sentence, nor in capitals), `given-name` (not before a
   * surname: Chad Smith), `pl` / `de` (Latin-script inflection rules), `lower` (also found all in
   * lower case: russia),
   * `compound` (only as a hyphenated compound's first part: Franco-German).
   */
  rules: z.record(z.string().min(1), z.string().min(1)).optional(),
  /** For persons: given names; a given name right before an alias makes one mention ("Rustem Umerov"). */
  given: z.array(z.string().min(1)).optional(),
  /** Phrases where an alias does not name this entity, alias in brackets: "Anatole [France]". */
  exclusions: z.array(z.string().min(1)).optional(),
  /**
   * Kanji/kana phrases in which a short form names this entity, the mention in brackets and the
   * rest the context it needs: "[米]大統領", "日[米]"; a trailing "|": not before another kanji
   * (built from gazetteer-extra's kanjiAbbreviations).
   */
  inContext: z.array(z.string().regex(/^[^[\]|]*\[[^[\]|]+\][^[\]|]*\|?$/)).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/**
 * A one-word name that reads as something else near certain words: a mention of `entity` spelled
 * `alias` (any case) is not one when a word of `otherNear` stands within 300 characters of
 * it in the same text and no word of `ownNear` does, unless it stands in a list of countries
 * ("farmers in Georgia" near Atlanta or a senator is the U.S. state; near Tbilisi or Russia, or
 * in "Chad, Jordan, Georgia and Türkiye", it is the country). The matcher's CUE_WINDOW.
 */
export const ContextCueSchema = z
  .object({
    entity: EntitySchema.shape.id,
    alias: z.string().regex(/^[^\s]+$/),
    otherNear: z.array(z.string().regex(/^[^\s]+$/)).min(1),
    ownNear: z.array(z.string().regex(/^[^\s]+$/)),
  })
  .strict();
export type ContextCue = z.infer<typeof ContextCueSchema>;

export const GazetteerSchema = z.object({
  version: z.literal(1),
  entities: z.array(EntitySchema).min(1),
  /**
   * Common given names per language, as written (the matcher inflects the Cyrillic and Polish
   * ones): one right before a surname of an official or a country's name or demonym makes it
   * someone's name (Pierre Lecornu, Anna Polak, Dawn French), unless it is that official's own.
   */
  givenNames: z.record(z.string(), z.array(z.string().min(1))).optional(),
  contextCues: z.array(ContextCueSchema).optional(),
});
export type Gazetteer = z.infer<typeof GazetteerSchema>;

/** One mention found in a text: UTF-16 offsets into the given string. */
export type Mention = {
  entity: string;
  start: number;
  end: number;
  kind: 'name' | 'adjective';
};

/**
 * data/matcher.json: the matcher's tables precompiled from the gazetteer (written by
 * `npm run gazetteer`; layout in lib/entity-matcher-tables.ts, which checks rows as it loads them).
 */
export const MatcherTablesSchema = z
  .object({
    version: z.number().int(),
    entities: z.array(EntitySchema.shape.id),
    types: z.string().regex(/^[cp]*$/),
    gaps: z.array(z.string()),
    endings: z.array(z.string().regex(/^[^,#]*$/)),
    /** parent,gap,flags,forms[,target...] in base 36; a target may end in ~context. */
    words: z.array(z.string().regex(/^[0-9a-z]*,[0-9a-z]+,[0-9a-z]+,[^,]+(,[0-9a-z]+(~[0-9a-z]+)?)*$/)),
    /** path,target */
    chars: z.array(z.string().regex(/^[^,]+,[0-9a-z]+(~[0-9a-z]+)?$/)),
    /** The words a target must follow: case, gap and forms per word, nearest first. */
    contexts: z.array(z.string().min(1)),
    /** The folded forms of the gazetteer's common given names. */
    givenNames: z.array(z.string().min(1)),
    /** The context cues, folded: entity, alias, the other reading's words, the entity's own words. */
    cues: z.array(z.string().min(1)),
  })
  .refine((tables) => tables.types.length === tables.entities.length, 'one type per entity');
