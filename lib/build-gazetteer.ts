import { GazetteerSchema, type Entity, type Gazetteer } from './gazetteer-schema';
import type { GazetteerExtra, KanjiAbbreviations, LangLists, Officials } from './gazetteer-sources-schema';
import { inflectWord } from './inflect';
import { GAZETTEER_LANGS, type GazetteerLang } from './languages';
import { foldText } from './text-fold';

/** Display names of one region in every gazetteer language (from Intl.DisplayNames). */
export type RegionNames = Record<GazetteerLang, string>;

export type GazetteerInput = {
  /** ISO 3166-1 alpha-2 code -> names; the caller decides which codes are countries. */
  regions: Record<string, RegionNames>;
  extra: GazetteerExtra;
  officials: Officials;
};

const CYRILLIC = /[\u0400-\u04ff]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

type Script = 'latin' | 'cyrillic' | 'cjk';
function scriptOf(text: string): Script {
  if (CJK.test(text)) return 'cjk';
  if (CYRILLIC.test(text)) return 'cyrillic';
  return 'latin';
}

/** Latin-script languages whose inflection the matcher knows; Cyrillic forms always inflect. */
const INFLECTING_LATIN: Partial<Record<GazetteerLang, string>> = {
  pl: 'pl',
  de: 'de',
};

/**
 * Turns an Intl display name into the aliases a text would use: drops parenthesised glosses
 * ("Myanmar (Burma)"), a trailing ", SAR ..." part, expands Russian "о-ва" and English "&"/"St.".
 */
export function aliasesFromDisplayName(name: string, lang: GazetteerLang): string[] {
  let base = name.replace(/\s*[(（][^)）]*[)）]/g, '').trim();
  const comma = base.indexOf(', ');
  if (comma > 0) base = base.slice(0, comma);
  if (lang === 'ru') base = base.replace(/(^|\s)о-ва(\s|$)/g, '$1острова$2').replace(/(^|\s)о-в(\s|$)/g, '$1остров$2');
  // French writes the generic word in lower case (les îles Marshall); a lower-case word matches in any case.
  if (lang === 'fr') base = base.replace(/^Î(les?) /, 'î$1 ');
  const out = new Set([base]);
  if (base.includes(' & ')) out.add(base.replace(/ & /g, lang === 'en' ? ' and ' : ' und '));
  for (const alias of [...out]) {
    if (/(^|\s)St\. /.test(alias)) out.add(alias.replace(/(^|\s)St\. /g, '$1Saint '));
  }
  return [...out].filter((alias) => alias.length > 0);
}

const UMLAUT_SPELLINGS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** German text written without umlauts: ä, ö, ü as ae, oe, ue (Österreich -> Oesterreich). */
export function withoutUmlauts(text: string): string {
  return text.normalize('NFC').replace(/[äöüÄÖÜ]/g, (letter) => UMLAUT_SPELLINGS[letter] ?? letter);
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Collects aliases with the inflection tags their languages imply. */
class AliasSet {
  readonly tags = new Map<string, Set<string>>();

  add(alias: string, tags: Iterable<string>): void {
    const text = alias.normalize('NFC').trim();
    if (!text) return;
    const set = this.tags.get(text) ?? new Set<string>();
    for (const tag of tags) set.add(tag);
    this.tags.set(text, set);
  }

  addLang(alias: string, lang: GazetteerLang): void {
    const tag = scriptOf(alias) === 'latin' ? INFLECTING_LATIN[lang] : undefined;
    this.add(alias, tag ? [tag] : []);
    // German typed without umlauts (Oesterreich, Tuerkei, Daenemark) is the same word.
    if (lang === 'de') {
      const plain = withoutUmlauts(alias);
      if (plain !== alias) this.add(plain, tag ? [tag] : []);
    }
  }

  delete(alias: string): void {
    this.tags.delete(alias.normalize('NFC'));
  }

  list(): string[] {
    return [...this.tags.keys()].sort(byCodeUnit);
  }
}

function eachLang(lists: LangLists | undefined, fn: (text: string, lang: GazetteerLang) => void): void {
  if (!lists) return;
  for (const lang of GAZETTEER_LANGS) for (const text of lists[lang] ?? []) fn(text, lang);
}

function finishEntity(
  base: Pick<Entity, 'id' | 'type' | 'names'> & Partial<Pick<Entity, 'role' | 'country' | 'given'>>,
  aliases: AliasSet,
  adjectives: AliasSet,
  extraRules: Record<string, string> | undefined,
  exclusions: string[] | undefined,
): Entity {
  const rules = new Map<string, Set<string>>();
  for (const set of [aliases, adjectives]) {
    for (const [text, tags] of set.tags) if (tags.size) rules.set(text, new Set(tags));
  }
  for (const [text, value] of Object.entries(extraRules ?? {})) {
    const key = text.normalize('NFC');
    if (!aliases.tags.has(key) && !adjectives.tags.has(key)) continue; // a rule for a dropped alias
    const set = rules.get(key) ?? new Set<string>();
    for (const tag of value.split(' ')) set.add(tag);
    rules.set(key, set);
  }
  const entity: Entity = {
    ...base,
    aliases: aliases.list(),
    adjectives: adjectives.list(),
  };
  if (rules.size) {
    entity.rules = Object.fromEntries(
      [...rules.keys()].sort(byCodeUnit).map((key) => [key, [...(rules.get(key) ?? [])].sort(byCodeUnit).join(' ')]),
    );
  }
  if (exclusions?.length) entity.exclusions = [...new Set(exclusions.map((e) => e.normalize('NFC')))].sort(byCodeUnit);
  return entity;
}

/**
 * The phrases in which one-kanji short forms name their countries (see KanjiAbbreviations), per
 * country id: "[米]大統領", "対[中]", "[日]米" and "日[米]", "米[中]|" (a trailing "|": not before
 * another kanji).
 */
export function kanjiAbbreviationPhrases(spec: KanjiAbbreviations): Map<string, string[]> {
  const phrases = new Map<string, string[]>();
  const idOf = (letter: string) => {
    const id = spec.letters[letter];
    if (!id) throw new Error(`gazetteer-extra.json: kanjiAbbreviations: ${letter} is not in "letters"`);
    return id;
  };
  const add = (id: string, phrase: string) => {
    const list = phrases.get(id) ?? [];
    list.push(phrase);
    phrases.set(id, list);
  };
  const beforeChars = (spec.beforeChars ?? []).flatMap((range) => {
    const from = range.codePointAt(0)!;
    const to = range.length > 1 ? range.codePointAt(range.length - 1)! : from;
    return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
  });
  for (const letter of spec.alone) {
    for (const word of spec.before) add(idOf(letter), `[${letter}]${word}`);
    for (const char of beforeChars) add(idOf(letter), `[${letter}]${char}`);
  }
  for (const letter of Object.keys(spec.letters)) {
    if (spec.notFirst.includes(letter)) continue;
    for (const word of spec.after) add(idOf(letter), `${word}[${letter}]`);
  }
  for (const phrase of spec.phrases ?? [])
    add(idOf(phrase.slice(phrase.indexOf('[') + 1, phrase.indexOf(']'))), phrase);
  /** Every letter of a run is its own mention: one phrase per position. */
  const addRun = (run: string) => {
    const last = run.slice(-1);
    const needsContext = spec.needsContext.includes(last) || spec.runsNeedContext.includes(run);
    // A triple takes no context word: one ending where a pair would need one is not a run.
    const isPair = run.length === 2;
    if (needsContext && !isPair) return;
    const before = isPair ? spec.runBefore : [];
    const tails = needsContext ? before : spec.notBeforeKanji.includes(last) ? ['|', ...before] : [''];
    for (let at = 0; at < run.length; at++) {
      const id = idOf(run[at]!);
      for (const tail of tails) add(id, `${run.slice(0, at)}[${run[at]}]${run.slice(at + 1)}${tail}`);
    }
  };
  const letters = Object.keys(spec.letters);
  for (const first of letters) {
    if (spec.notFirst.includes(first)) continue;
    for (const second of letters) {
      if (second === first) continue;
      addRun(first + second);
      if (!spec.triple.includes(first) || !spec.triple.includes(second)) continue;
      for (const third of spec.triple) if (third !== first && third !== second) addRun(first + second + third);
    }
  }
  return phrases;
}

/** Builds the gazetteer from Intl names plus hand-kept data; same input, same output. */
export function buildGazetteer({ regions, extra, officials }: GazetteerInput): Gazetteer {
  const entities: Entity[] = [];
  for (const code of Object.keys(regions).sort(byCodeUnit)) {
    const names = regions[code];
    if (!names) continue;
    const more = extra.countries[code];
    const aliases = new AliasSet();
    const adjectives = new AliasSet();
    for (const lang of GAZETTEER_LANGS) {
      for (const alias of aliasesFromDisplayName(names[lang], lang)) aliases.addLang(alias, lang);
    }
    eachLang(more?.aliases, (text, lang) => aliases.addLang(text, lang));
    for (const text of more?.drop ?? []) aliases.delete(text);
    eachLang(more?.adjectives, (text, lang) => adjectives.addLang(text, lang));
    // Japanese demonyms and languages: the name and 人 or 語 (日本人, フランス語), one word with it.
    for (const alias of aliases.list()) {
      if (/^[\p{Script=Han}\p{Script=Katakana}ー・]+$/u.test(alias) && !alias.endsWith('人')) {
        adjectives.addLang(`${alias}人`, 'ja');
        adjectives.addLang(`${alias}語`, 'ja');
      }
    }
    entities.push(
      finishEntity({ id: code, type: 'country', names }, aliases, adjectives, more?.rules, more?.exclusions),
    );
  }
  for (const code of Object.keys(extra.countries)) {
    if (!regions[code]) throw new Error(`gazetteer-extra.json: ${code} is not a known country code`);
  }
  if (extra.kanjiAbbreviations) {
    for (const [id, phrases] of kanjiAbbreviationPhrases(extra.kanjiAbbreviations)) {
      const entity = entities.find((e) => e.id === id);
      if (!entity) throw new Error(`gazetteer-extra.json: kanjiAbbreviations: ${id} is not a known country code`);
      entity.inContext = [...new Set(phrases)].sort(byCodeUnit);
    }
  }

  for (const person of [...officials.officials].sort((a, b) => byCodeUnit(a.id, b.id))) {
    if (!regions[person.country]) throw new Error(`officials.json: ${person.id}: unknown country ${person.country}`);
    const aliases = new AliasSet();
    // Names of people decline in Polish and German text whatever language the spelling comes from.
    // Given names are kept apart: the matcher joins "given surname" itself, so no cross product here.
    const add = (text: string) => aliases.add(text, scriptOf(text) === 'latin' ? ['pl', 'de'] : []);
    eachLang(person.surnames, add);
    eachLang(person.aliases, add);
    const given = new AliasSet();
    eachLang(person.given, (text) => given.add(text, []));
    entities.push(
      finishEntity(
        {
          id: person.id,
          type: 'person',
          names: person.names,
          role: person.role,
          country: person.country,
          given: given.list(),
        },
        aliases,
        new AliasSet(),
        person.rules,
        person.exclusions,
      ),
    );
  }
  const denied = new Set((extra.lowerCaseWords ?? []).map(foldText));
  for (const entity of entities) tagLowerCaseNames(entity, denied);
  const givenNames: Record<string, string[]> = {};
  for (const lang of GAZETTEER_LANGS) {
    const names = extra.givenNames?.[lang];
    if (names?.length) givenNames[lang] = [...new Set(names.map((name) => name.normalize('NFC')))].sort(byCodeUnit);
  }
  const contextCues = (extra.contextCues ?? []).map((cue) => {
    const entity = entities.find((e) => e.id === cue.entity);
    if (!entity?.aliases.includes(cue.alias))
      throw new Error(`gazetteer-extra: a context cue names ${cue.entity} "${cue.alias}", which is no alias of it`);
    const nfc = (words: string[]) => words.map((word) => word.normalize('NFC'));
    return { ...cue, otherNear: nfc(cue.otherNear), ownNear: nfc(cue.ownNear) };
  });
  return GazetteerSchema.parse({ version: 1, entities, givenNames, ...(contextCues.length ? { contextCues } : {}) });
}

/** Fewest letters every form of a name needs to be found in lower case (mali, peru, того, chin are words). */
const LOWER_CASE_MIN_LETTERS = 5;
const ONE_CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/**
 * Tags `lower` the one-word names (of countries and officials) and capitalised adjectives and
 * demonyms (French, Italiener, Francuzi) that informal text may write in lower case and that are
 * safe so: each of their forms has five letters or more and none is an everyday word (`denied`,
 * folded). Names with a `strict` or `given-name` rule never.
 */
export function tagLowerCaseNames(entity: Entity, denied: ReadonlySet<string>): void {
  const rules: Record<string, string> = { ...entity.rules };
  let isChanged = false;
  for (const alias of [...entity.aliases, ...entity.adjectives]) {
    if (scriptOf(alias) === 'cjk' || !ONE_CAPITALISED_WORD.test(alias)) continue;
    const tags = new Set((rules[alias] ?? '').split(' ').filter(Boolean));
    if (tags.has('strict') || tags.has('given-name')) continue;
    const inflection = { fixed: tags.has('fixed'), pl: tags.has('pl'), de: tags.has('de') };
    const forms = inflectWord(foldText(alias), inflection, true);
    if (forms.some((form) => [...form].length < LOWER_CASE_MIN_LETTERS || denied.has(form))) continue;
    tags.add('lower');
    rules[alias] = [...tags].sort(byCodeUnit).join(' ');
    isChanged = true;
  }
  if (isChanged) entity.rules = Object.fromEntries(Object.entries(rules).sort(([a], [b]) => byCodeUnit(a, b)));
}

/** One entity per line: small diffs, compact enough to bundle. */
export function serializeGazetteer(gazetteer: Gazetteer): string {
  const lines = gazetteer.entities.map((entity) => {
    const { adjectives, ...rest } = entity;
    return JSON.stringify(adjectives.length ? entity : rest);
  });
  const given = gazetteer.givenNames ? `,\n"givenNames":${JSON.stringify(gazetteer.givenNames)}` : '';
  const cues = gazetteer.contextCues ? `,\n"contextCues":${JSON.stringify(gazetteer.contextCues)}` : '';
  return `{"version":${gazetteer.version},"entities":[\n${lines.join(',\n')}\n]${given}${cues}}\n`;
}
