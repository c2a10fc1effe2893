import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../lib/entity-matcher';
import {
  loadMatcher,
  matcherTables,
  serializeMatcherTables,
  triesFromTables,
  type MatcherTables,
} from '../../lib/entity-matcher-tables';
import { bundledGazetteer, entityType, findMentions, gazetteerEntities } from '../../lib/find-mentions';
import type { Gazetteer } from '../../lib/gazetteer-schema';
import { denseText, mentionParagraphs } from '../../scripts/bench-text';

const matcherFile = fileURLToPath(new URL('../../data/matcher.json', import.meta.url));
const fileTables = () => JSON.parse(readFileSync(matcherFile, 'utf8')) as MatcherTables;

describe('data/matcher.json (precompiled matcher tables)', () => {
  it('is what data/gazetteer.json and the current matcher code give (else run npm run gazetteer)', () => {
    const expected = serializeMatcherTables(matcherTables(bundledGazetteer()));
    const actual = readFileSync(matcherFile, 'utf8');
    // One line of difference is enough to say what is stale.
    if (actual !== expected) {
      const a = actual.split('\n');
      const e = expected.split('\n');
      const line = e.findIndex((row, i) => row !== a[i]);
      expect.fail(
        `data/matcher.json is stale at line ${line + 1}: has ${a[line]}, expected ${e[line]} (run npm run gazetteer)`,
      );
    }
  });

  it('loads a matcher that finds exactly what the compiled one finds', () => {
    const compiled = compileMatcher(bundledGazetteer());
    const loaded = loadMatcher(fileTables());
    const texts = [...mentionParagraphs().values()].flat();
    texts.push(denseText(150_000));
    for (const text of texts) expect(loaded.findMentions(text)).toEqual(compiled.findMentions(text));
    expect(findMentions(texts.join('\n'))).toEqual(compiled.findMentions(texts.join('\n')));
  }, 30_000);

  it('round-trips a gazetteer with every kind of path: given names, exclusions, kana, ties, compounds, contexts', () => {
    const gazetteer: Gazetteer = {
      version: 1,
      entities: [
        {
          ...bundledGazetteer().entities.find((e) => e.id === 'CZ')!,
        },
        {
          id: 'test-person',
          type: 'person',
          names: bundledGazetteer().entities[0]!.names,
          aliases: ['Testenko', 'テストコ', 'U.T.'],
          adjectives: ['тестовськ*', 'testo', 'viele [Testenko]', 'тестовці'],
          given: ['Ivan', 'イワン'],
          rules: { Testenko: 'pl de', 'U.T.': 'strict', testo: 'compound fixed' },
          exclusions: ['Anna [Testenko]', 'Sea of [Testenko]', 'ア[テストコ]村'],
        },
      ],
    };
    const compiled = compileMatcher(gazetteer);
    const loaded = loadMatcher(JSON.parse(serializeMatcherTables(matcherTables(gazetteer))) as MatcherTables);
    const text =
      'Ivan Testenko and Testenkiego met U.T. officials. Anna Testenko did not. イワンテストコ、アテストコ村。' +
      ' Czech ammunition, z Czech, тестовського, testo-czeski, not testo alone.' +
      ' The Sea of Testenko, viele Testenko, sea Testenko. Тестовці прийшли, пан Тестовці пішов.';
    expect(loaded.findMentions(text)).toEqual(compiled.findMentions(text));
    expect(loaded.findMentions(text).length).toBeGreaterThanOrEqual(6);
    // The words a path must follow survive the tables: no mention after "Sea of" or "Anna", the
    // people after "viele", the name elsewhere ("Ivan Testenko" is one mention, a full name).
    const testenko = loaded
      .findMentions(text)
      .filter((m) => text.slice(m.start, m.end) === 'Testenko')
      .map((m) => `${text.slice(Math.max(0, m.start - 6), m.start)}:${m.kind}`);
    expect(testenko).toEqual(['viele :adjective', ', sea :name']);
    // The compound flag survives the tables: testo only before a hyphen.
    const testo = loaded.findMentions(text).filter((m) => text.slice(m.start, m.end) === 'testo');
    expect(testo.map((m) => text.charAt(m.end))).toEqual(['-']);
    // So does the surname flag: a lower-case Cyrillic demonym, capitalised inside a sentence, is a surname.
    const testovtsi = loaded.findMentions(text).filter((m) => text.slice(m.start, m.end) === 'Тестовці');
    expect(testovtsi.map((m) => text.slice(m.start - 2, m.start))).toEqual(['. ']);
  });

  it('rejects a malformed or outdated file with a clear error', () => {
    const tables = fileTables();
    expect(() => triesFromTables({ ...tables, version: 1 })).toThrow(/version 1, expected/);
    expect(() => triesFromTables({ ...tables, words: ['x,0,1,japan'] })).toThrow(/bad words row 0/);
    expect(() => triesFromTables({ ...tables, words: ['5,0,1,japan'] })).toThrow(/bad words row 0/);
    expect(() => triesFromTables({ ...tables, words: [',0,1,japan,zzzzzzz'] })).toThrow(/bad target/);
    expect(() => triesFromTables({ ...tables, chars: ['日本'] })).toThrow(/bad chars row 0/);
    expect(() => triesFromTables({ ...tables, words: [',0,1,japan,1~zz'] })).toThrow(/bad target/);
    expect(() => triesFromTables({ ...tables, contexts: ['1'] })).toThrow(/bad contexts row 0/);
    expect(() => triesFromTables({ ...tables, contexts: ['x\u0001 \u0001of'] })).toThrow(/bad contexts row 0/);
  });

  it('gives every entity type without the gazetteer', () => {
    for (const entity of gazetteerEntities()) expect(entityType(entity.id)).toBe(entity.type);
    expect(entityType('nobody')).toBeUndefined();
  });
});
