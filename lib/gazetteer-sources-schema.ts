import { z } from 'zod';
import { ContextCueSchema } from './gazetteer-schema';
import { GAZETTEER_LANGS, type GazetteerLang } from './languages';

const text = z.string().min(1);

/** Strings per gazetteer language, any subset of languages. */
const langLists = z
  .object(
    Object.fromEntries(GAZETTEER_LANGS.map((lang) => [lang, z.array(text).optional()])) as Record<
      GazetteerLang,
      z.ZodOptional<z.ZodArray<z.ZodString>>
    >,
  )
  .strict();
export type LangLists = z.infer<typeof langLists>;

const langRecord = z
  .object(Object.fromEntries(GAZETTEER_LANGS.map((lang) => [lang, text])) as Record<GazetteerLang, z.ZodString>)
  .strict();

/**
 * Matcher hints keyed by alias or adjective as written: space-separated tags.
 * `fixed` never inflect; `strict` a capitalised form that does not count at the start of a
 * sentence (Того, Малі); `given-name` a country name that is also a given name and is not the
 * country before a surname (Chad Smith, Dominique de Villepin); `pl` / `de` inflect a Latin-script
 * form with Polish / German rules; `lower` a name also found written in lower case (the builder
 * tags the names it finds safe, see lowerCaseWords); `compound` an adjective form found only as
 * the first part of a hyphenated compound (franco in franco-allemand, not General Franco).
 */
const rules = z.record(
  text,
  z
    .string()
    .regex(/^(fixed|strict|given-name|pl|de|lower|compound)( (fixed|strict|given-name|pl|de|lower|compound))*$/),
);

/** Phrases in which an alias does not name the entity; the alias is in [brackets]: "Anatole [France]". */
const exclusions = z.array(z.string().regex(/^[^[\]]*\[[^[\]]+\][^[\]]*$/));

/** Hand-kept additions to the Intl-derived country names (data/gazetteer-extra.json). */
export const CountryExtraSchema = z
  .object({
    /** Common forms beyond the Intl names: "США", "the UK", "Deutschland". */
    aliases: langLists.optional(),
    /** Adjectives and demonyms; a trailing "*" marks a stem that takes adjective endings. */
    adjectives: langLists.optional(),
    /** Intl-derived aliases that mislead more than they help ("Maurice" is a first name in French). */
    drop: z.array(text).optional(),
    rules: rules.optional(),
    exclusions: exclusions.optional(),
  })
  .strict();
export type CountryExtra = z.infer<typeof CountryExtraSchema>;

const kanji = z.string().regex(/^\p{Script=Han}$/u);
/** A short form: one kanji (米), or one katakana letter (ロ, Russia in 日ロ). */
const shortForm = z.string().regex(/^[\p{Script=Han}\p{Script=Katakana}]$/u);
const kanjiText = z.string().regex(/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u);
/** A word a short form stands before, digits allowed (英1部, the Premier League). */
const kanjiContext = z.string().regex(/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー0-9０-９]+$/u);

/**
 * One-kanji short forms of countries in Japanese news (米 = US in トランプ米大統領, 日米 = Japan and
 * the US), and one katakana letter (ロ = Russia in 日ロ, 対ロ). Alone each is also an everyday word (米 rice, 日 day, 中 middle, 朝 morning), so a short
 * form names its country only in the phrases built from this (lib/build-gazetteer.ts):
 * - a letter of `alone` before a word of `before` (米大統領), or after a word of `after` (対中);
 * - a run of two letters (日米, each its own mention), or three of `triple` (日米韓, 英独仏); the
 *   matcher lets a run's last letter start the next run, so a longer list is read run by run
 *   (米英仏独: 米英仏, then 仏独);
 *   a letter of `notFirst` never starts a run nor follows a word of `after` (朝日 is a newspaper,
 *   在朝 an old word for "at court"; 日朝 is Japan and North Korea);
 * - a run ending in a letter of `needsContext`, or one of `runsNeedContext` (日中 "daytime"),
 *   only before a word of `runBefore` (日中関係); one ending in a letter of `notBeforeKanji`
 *   not before another kanji unless that word follows (米中の, 米中関係, not 米中央銀行).
 * - a letter of `alone` before a character of `beforeChars` (ranges such as "a-z"): the first
 *   letter of a foreign name in Latin letters or katakana (米CNN, 英BBC, 米グーグル, 独ソ).
 * - a phrase of `phrases`, as written: one that a single letter takes (全米, 全豪 in tennis's
 *   全豪オープン; 欧米), where a word of `after` would make every letter take it (全日程 is not Japan).
 * Never right after another kanji or a digit (南米, 毎日米, 3日米国), unless the phrase starts
 * with a word of `after` and the kanji is a unit of time (来月訪米, 今年来日).
 */
const KanjiAbbreviationsSchema = z
  .object({
    letters: z.record(shortForm, z.string().regex(/^[A-Z]{2}$/)),
    alone: z.array(kanji),
    before: z.array(kanjiContext),
    after: z.array(kanjiText),
    notFirst: z.array(shortForm),
    triple: z.array(kanji),
    needsContext: z.array(shortForm),
    runsNeedContext: z.array(z.string().regex(/^[\p{Script=Han}\p{Script=Katakana}]{2}$/u)),
    notBeforeKanji: z.array(kanji),
    runBefore: z.array(kanjiText),
    beforeChars: z.array(z.string().regex(/^.(-.)?$/u)).optional(),
    phrases: z.array(z.string().regex(/^[^[\]|]*\[.\][^[\]|]*\|?$/u)).optional(),
  })
  .strict();
export type KanjiAbbreviations = z.infer<typeof KanjiAbbreviationsSchema>;

export const GazetteerExtraSchema = z
  .object({
    countries: z.record(z.string().regex(/^[A-Z]{2}$/), CountryExtraSchema),
    kanjiAbbreviations: KanjiAbbreviationsSchema.optional(),
    /**
     * Everyday words in some language that are also a name or one of its forms in lower case
     * (china, turkey, chile, malta, катар): such a name is never matched in lower case. The builder
     * tags the other one-word names of countries and officials `lower` (informal posts write
     * "russia", "zelensky", "германия"); names shorter than five letters never (mali, того, peru).
     */
    lowerCaseWords: z.array(text).optional(),
    /**
     * Common given names per language. One right before a surname or a country's name or demonym
     * makes that someone's name (Pierre Lecornu, Ельдар Умєров, Anna Polak, Maria Deutsch): never
     * words that are also common capitalised words or places (May, Will, Grace, Georgia, Jordan,
     * Роман, Вера).
     */
    givenNames: langLists.optional(),
    contextCues: z.array(ContextCueSchema).optional(),
  })
  .strict();
export type GazetteerExtra = z.infer<typeof GazetteerExtraSchema>;

/** One official (data/officials.json). Given names combine with surnames of the same script. */
export const OfficialSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    country: z.string().regex(/^[A-Z]{2}$/),
    names: langRecord,
    role: langRecord,
    /** Surnames in every spelling: each alone is an alias. */
    surnames: langLists,
    /** Given names: "given surname" is an alias for every pair in the same script. */
    given: langLists.optional(),
    /** Other full forms (with patronymic, Japanese full names without separator ...). */
    aliases: langLists.optional(),
    rules: rules.optional(),
    exclusions: exclusions.optional(),
  })
  .strict();
export type Official = z.infer<typeof OfficialSchema>;

export const OfficialsSchema = z
  .object({
    version: z.literal(1),
    officials: z.array(OfficialSchema).min(1),
  })
  .strict();
export type Officials = z.infer<typeof OfficialsSchema>;
