/**
 * The matcher's tries as data (data/matcher.json), so a page loads the matcher instead of
 * compiling it: `npm run gazetteer` writes the file from data/gazetteer.json with
 * `matcherTables`, and `loadMatcher` rebuilds the tries from it without inflecting or splitting a
 * single alias (see docs/decisions/0001-matcher-design.md). test/unit/matcher-tables.test.ts
 * fails when the file is not what the gazetteer and the current matcher code give.
 *
 * Layout (JSON, one row per line so diffs stay readable; numbers in base 36):
 * - `entities`: entity ids in gazetteer order; `types`: one letter per entity, `c` country, `p` person.
 * - `gaps`: the gap signatures between alias words; `endings`: the lists of inflection endings
 *   (`a|y|i`) that more than one word uses.
 * - `words`: the word trie's nodes in the order they were made (a parent before its children), each
 *   `parent,gap,flags,forms[,target...]`: parent row (empty for the root), gap index, the case the
 *   word needs (flags & 3; flags & 4: the first form is the alias word itself), the forms that lead
 *   to it (`prefix` alone, `prefix|ending|ending...`, or `prefix#n` for the n-th shared ending
 *   list), and its targets.
 * - `chars`: the kanji/kana paths in the order they were added, `path,target`.
 * - A target is ((((entity * 4 + kind) * 32 + flags) * 64 + coreEnd) * 64 + coreStart), flags
 *   1 strict, 2 trailing dot, 4 given name, 8 a compound's first part only, 16 a surname when
 *   capitalised inside a sentence; then `~` and the index in `contexts` of the words it must
 *   follow, if any.
 * - `contexts`: those words, nearest first, separated by U+0002; each `case U+0001 gap U+0001
 *   form|form...`.
 * - `givenNames`: the folded forms of the common given names (a namesake's first name).
 * - `cues`: the context cues, one row each, folded: `entity U+0001 alias U+0001 other|other...
 *   U+0001 own|own...`.
 */
import {
  addCharPathTo,
  addCue,
  buildTries,
  emptyTries,
  linkWordNode,
  matcherFromTries,
  type Context,
  type Matcher,
  type Target,
  type TargetKind,
  type Tries,
  type WordNode,
} from './entity-matcher';
import type { Entity, Gazetteer } from './gazetteer-schema';

export const MATCHER_TABLES_VERSION = 8;

export type MatcherTables = {
  version: number;
  entities: string[];
  types: string;
  gaps: string[];
  endings: string[];
  words: string[];
  chars: string[];
  contexts: string[];
  givenNames: string[];
  cues: string[];
};

const CASE_MASK = 3;
const BASE_FIRST = 4;
/** coreEnd and coreStart each get 6 bits. */
const CORE_LIMIT = 64;
/** Target flags take five bits (see above). */
const FLAG_LIMIT = 32;
const FIELD = '\u0001';
const NEXT_CONTEXT = '\u0002';

/** A target's context words as one `contexts` row (see the layout above), forms encoded as a word's. */
function contextRow(contexts: readonly Context[], encode: (context: Context) => string): string {
  return contexts.map((context) => [context.caseMode, context.gap, encode(context)].join(FIELD)).join(NEXT_CONTEXT);
}

function parseContextRow(row: string, index: number, endings: readonly string[][]): Context[] {
  return row.split(NEXT_CONTEXT).map((part) => {
    const [caseField, gap, encoded] = part.split(FIELD);
    const caseMode = Number(caseField);
    if (gap === undefined || !encoded || !(caseMode >= 0 && caseMode <= CASE_MASK))
      throw new Error(`data/matcher.json: bad contexts row ${index}`);
    const forms: string[] = [];
    decodeForms(encoded, endings, forms);
    return { caseMode, gap, forms: new Set(forms) };
  });
}

type ContextRows = { index: Map<Context[], number>; rows: string[] };

/** A target as its row field: the packed number in base 36, then `~` and its context row's index if it has one. */
function packTarget(target: Target, entityIndex: Map<string, number>, contexts: ContextRows): string {
  const entity = entityIndex.get(target.entity);
  if (entity === undefined) throw new Error(`matcher tables: unknown entity ${target.entity}`);
  if (target.coreEnd >= CORE_LIMIT || target.coreStart >= CORE_LIMIT)
    throw new Error(`matcher tables: exclusion of ${target.entity} is too long`);
  const flags =
    (target.strict ? 1 : 0) +
    (target.trailingDot ? 2 : 0) +
    (target.givenName ? 4 : 0) +
    (target.compound ? 8 : 0) +
    (target.surnameIfCapitalised ? 16 : 0);
  const packed = (
    (((entity * 4 + target.kind) * FLAG_LIMIT + flags) * CORE_LIMIT + target.coreEnd) * CORE_LIMIT +
    target.coreStart
  ).toString(36);
  if (!target.before) return packed;
  const index = contexts.index.get(target.before);
  if (index === undefined) throw new Error(`matcher tables: context of ${target.entity} not listed`);
  return `${packed}~${index.toString(36)}`;
}

function unpackTarget(field: string, entities: readonly string[], contexts: readonly Context[][]): Target {
  const tilde = field.indexOf('~');
  const packed = parseInt(tilde < 0 ? field : field.slice(0, tilde), 36);
  const before = tilde < 0 ? null : contexts[parseInt(field.slice(tilde + 1), 36)];
  const coreStart = packed % CORE_LIMIT;
  let rest = (packed - coreStart) / CORE_LIMIT;
  const coreEnd = rest % CORE_LIMIT;
  rest = (rest - coreEnd) / CORE_LIMIT;
  const flags = rest % FLAG_LIMIT;
  rest = (rest - flags) / FLAG_LIMIT;
  const kind = (rest % 4) as TargetKind;
  const entity = entities[(rest - kind) / 4];
  if (entity === undefined || before === undefined || !(packed >= 0))
    throw new Error(`data/matcher.json: bad target ${field}`);
  return {
    entity,
    kind,
    strict: (flags & 1) !== 0,
    trailingDot: (flags & 2) !== 0,
    givenName: (flags & 4) !== 0,
    compound: (flags & 8) !== 0,
    surnameIfCapitalised: (flags & 16) !== 0,
    coreEnd,
    coreStart,
    before,
  };
}

function commonPrefix(forms: readonly string[]): string {
  let prefix = forms[0]!;
  for (const form of forms) {
    let n = 0;
    while (n < prefix.length && n < form.length && prefix.charCodeAt(n) === form.charCodeAt(n)) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

/** Forms as `prefix`, or `prefix` and the endings after it. */
function splitForms(forms: readonly string[]): { prefix: string; endings: string | null } {
  if (forms.some((form) => !/^[^|#,]+$/.test(form))) throw new Error(`matcher tables: bad form in ${forms.join(', ')}`);
  if (forms.length === 1) return { prefix: forms[0]!, endings: null };
  const prefix = commonPrefix(forms);
  return { prefix, endings: forms.map((form) => form.slice(prefix.length)).join('|') };
}

/** Appends the forms `encoded` stands for to `out` (`endings`: the shared ending lists, split). */
function decodeForms(encoded: string, endings: readonly string[][], out: string[]): void {
  const shared = encoded.indexOf('#');
  if (shared >= 0) {
    const prefix = encoded.slice(0, shared);
    const list = endings[parseInt(encoded.slice(shared + 1), 36)];
    if (!list) throw new Error(`data/matcher.json: bad forms ${encoded}`);
    for (let i = 0; i < list.length; i++) out.push(prefix + list[i]!);
    return;
  }
  const bar = encoded.indexOf('|');
  if (bar < 0) {
    out.push(encoded);
    return;
  }
  const parts = encoded.split('|');
  const prefix = parts[0]!;
  for (let i = 1; i < parts.length; i++) out.push(prefix + parts[i]!);
}

/** The tables of a gazetteer's matcher (what `npm run gazetteer` writes to data/matcher.json). */
export function matcherTables(gazetteer: Gazetteer): MatcherTables {
  const { log, firstWordText, givenNames, cues } = buildTries(gazetteer);
  const entityIndex = new Map(gazetteer.entities.map((e, i) => [e.id, i]));
  const split = log.words.map(({ node, word, forms }) => {
    // The alias word first when it is one of the forms: ties between a name and an adjective need it.
    const baseFirst = firstWordText.has(node) && forms.includes(word);
    return { baseFirst, ...splitForms(baseFirst ? [word, ...forms.filter((form) => form !== word)] : forms) };
  });
  // Every target's context words, with their forms split as a word's are.
  const befores: Context[][] = [];
  for (const { node } of log.words)
    for (const target of node.ends ?? []) if (target.before) befores.push(target.before);
  for (const { target } of log.chars) if (target.before) befores.push(target.before);
  const uses = new Map<string, number>();
  const countUse = (list: string | null) => {
    if (list !== null) uses.set(list, (uses.get(list) ?? 0) + 1);
  };
  for (const { endings } of split) countUse(endings);
  const contextForms = new Map<Context, ReturnType<typeof splitForms>>();
  for (const before of befores)
    for (const context of before) {
      if (contextForms.has(context)) continue;
      const parts = splitForms([...context.forms]);
      contextForms.set(context, parts);
      countUse(parts.endings);
    }
  const endings = [...uses].filter(([, count]) => count > 1).map(([list]) => list);
  const endingIndex = new Map(endings.map((list, i) => [list, i]));
  const encode = ({ prefix, endings: own }: { prefix: string; endings: string | null }) => {
    const shared = own === null ? undefined : endingIndex.get(own);
    return own === null ? prefix : shared === undefined ? `${prefix}|${own}` : `${prefix}#${shared.toString(36)}`;
  };
  const contexts: ContextRows = { index: new Map(), rows: [] };
  const rowIndex = new Map<string, number>();
  for (const before of befores) {
    if (contexts.index.has(before)) continue;
    const row = contextRow(before, (context) => encode(contextForms.get(context)!));
    if (!rowIndex.has(row)) {
      rowIndex.set(row, contexts.rows.length);
      contexts.rows.push(row);
    }
    contexts.index.set(before, rowIndex.get(row)!);
  }
  const gaps = [...new Set(log.words.map(({ node }) => node.gap))];
  const words = log.words.map(({ node, parent }, i) => {
    const { baseFirst } = split[i]!;
    const forms = encode(split[i]!);
    return [
      parent < 0 ? '' : parent.toString(36),
      gaps.indexOf(node.gap).toString(36),
      (node.caseMode | (baseFirst ? BASE_FIRST : 0)).toString(36),
      forms,
      ...(node.ends ?? []).map((target) => packTarget(target, entityIndex, contexts)),
    ].join(',');
  });
  return {
    version: MATCHER_TABLES_VERSION,
    entities: gazetteer.entities.map((e) => e.id),
    types: gazetteer.entities.map((e) => (e.type === 'person' ? 'p' : 'c')).join(''),
    gaps,
    endings,
    words,
    chars: log.chars.map(({ path, target }) => {
      if (path.includes(',')) throw new Error(`matcher tables: bad kanji/kana path ${path}`);
      return `${path},${packTarget(target, entityIndex, contexts)}`;
    }),
    contexts: contexts.rows,
    givenNames: [...givenNames].sort(),
    cues: [...cues].flatMap(([entity, list]) =>
      list.map((cue) => [entity, cue.alias, [...cue.otherNear].join('|'), [...cue.ownNear].join('|')].join(FIELD)),
    ),
  };
}

/** The file text: JSON with one row per line. */
export function serializeMatcherTables(tables: MatcherTables): string {
  const rows = (list: string[]) => `[\n${list.map((row) => JSON.stringify(row)).join(',\n')}\n]`;
  return [
    `{"version":${tables.version}`,
    `"entities":${JSON.stringify(tables.entities)}`,
    `"types":${JSON.stringify(tables.types)}`,
    `"gaps":${JSON.stringify(tables.gaps)}`,
    `"endings":${rows(tables.endings)}`,
    `"words":${rows(tables.words)}`,
    `"chars":${rows(tables.chars)}`,
    `"contexts":${rows(tables.contexts)}`,
    `"givenNames":${JSON.stringify(tables.givenNames)}`,
    `"cues":${rows(tables.cues)}}\n`,
  ].join(',\n');
}

function badRow(list: string, index: number): Error {
  return new Error(`data/matcher.json: bad ${list} row ${index} (run npm run gazetteer)`);
}

/** The tries the tables describe; throws a clear error on a malformed or outdated file. */
export function triesFromTables(tables: MatcherTables): Tries {
  if (tables.version !== MATCHER_TABLES_VERSION)
    throw new Error(`data/matcher.json: version ${tables.version}, expected ${MATCHER_TABLES_VERSION}`);
  // Indexed loops only: this runs once per page, mostly in V8's interpreter.
  const { entities, gaps, words, chars } = tables;
  const endings: string[][] = [];
  for (let i = 0; i < tables.endings.length; i++) endings.push(tables.endings[i]!.split('|'));
  const contexts: Context[][] = [];
  for (let i = 0; i < tables.contexts.length; i++) contexts.push(parseContextRow(tables.contexts[i]!, i, endings));
  const tries = emptyTries();
  const { rootWords, rootFound, firstWordText } = tries;
  const nodes: WordNode[] = [];
  const forms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const fields = words[i]!.split(',');
    const parent = fields[0] ? parseInt(fields[0], 36) : -1;
    const gap = gaps[parseInt(fields[1]!, 36)];
    const flags = parseInt(fields[2]!, 36);
    const encoded = fields[3];
    if (!(parent < i) || gap === undefined || !(flags >= 0) || !encoded) throw badRow('words', i);
    let ends: Target[] | null = null;
    for (let k = 4; k < fields.length; k++) (ends ??= []).push(unpackTarget(fields[k]!, entities, contexts));
    const node: WordNode = { gap, caseMode: flags & CASE_MASK, next: null, children: null, ends };
    forms.length = 0;
    decodeForms(encoded, endings, forms);
    if (parent < 0) {
      // First words go to the matcher as lists; it joins a word that leads to several nodes.
      for (let k = 0; k < forms.length; k++) {
        rootWords.push(forms[k]!);
        rootFound.push(node);
      }
      if (flags & BASE_FIRST) firstWordText.set(node, forms[0]!);
    } else linkWordNode(nodes[parent]!, node, forms);
    nodes.push(node);
  }
  for (let i = 0; i < chars.length; i++) {
    const row = chars[i]!;
    const comma = row.indexOf(',');
    if (comma <= 0) throw badRow('chars', i);
    addCharPathTo(tries, row.slice(0, comma), unpackTarget(row.slice(comma + 1), entities, contexts));
  }
  for (let i = 0; i < tables.givenNames.length; i++) tries.givenNames.add(tables.givenNames[i]!);
  for (let i = 0; i < entities.length; i++) if (tables.types.charAt(i) === 'p') tries.persons.add(entities[i]!);
  for (let i = 0; i < tables.cues.length; i++) {
    const [entity, alias, other, own] = tables.cues[i]!.split(FIELD);
    if (!entity || !alias || !other || own === undefined || !entities.includes(entity)) throw badRow('cues', i);
    const words = (list: string) => new Set(list ? list.split('|') : []);
    addCue(tries, entity, { alias, otherNear: words(other), ownNear: words(own) });
  }
  return tries;
}

/** A matcher from precompiled tables: no inflection, no alias splitting. */
export function loadMatcher(tables: MatcherTables): Matcher {
  return matcherFromTries(triesFromTables(tables));
}

/** Entity id -> type, from the tables (so the content script needs no gazetteer for it). */
export function entityTypesOf(tables: MatcherTables): Map<string, Entity['type']> {
  return new Map(tables.entities.map((id, i) => [id, tables.types.charAt(i) === 'p' ? 'person' : 'country']));
}
