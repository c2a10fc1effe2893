/**
 * The bundled gazetteer and a matcher over it, both made on first use and then kept.
 * The content script and the corpus pipeline import this; tests and tools can compile their own
 * matcher with compileMatcher. The matcher is loaded from data/matcher.json, the tables that
 * `npm run gazetteer` precompiles from data/gazetteer.json (a few ms instead of compiling), and
 * `findMentions` and `entityType` use only that file, so the content script bundles no gazetteer.
 */
import gazetteerJson from '../data/gazetteer.json';
import matcherJson from '../data/matcher.json';
import type { Matcher } from './entity-matcher';
import { entityTypesOf, loadMatcher } from './entity-matcher-tables';
import type { Entity, Gazetteer, GazetteerSchema, Mention } from './gazetteer-schema';
import type { z } from 'zod';

let gazetteer: Gazetteer | undefined;
let matcher: Matcher | undefined;
let byId: Map<string, Entity> | undefined;
let types: Map<string, Entity['type']> | undefined;

/** The bundled gazetteer (data/gazetteer.json, checked by test/unit/data-files.test.ts). */
export function bundledGazetteer(): Gazetteer {
  if (!gazetteer) {
    // The file omits empty adjective lists to stay small; the schema's default fills them in.
    const raw = gazetteerJson as unknown as z.input<typeof GazetteerSchema>;
    gazetteer = {
      version: 1,
      entities: raw.entities.map((e) => ({
        ...e,
        adjectives: e.adjectives ?? [],
      })),
      givenNames: raw.givenNames,
      contextCues: raw.contextCues,
    };
  }
  return gazetteer;
}

/** Every entity of the bundled gazetteer. */
export function gazetteerEntities(): Entity[] {
  return bundledGazetteer().entities;
}

/** The entity with this id, if the gazetteer has it. */
export function entityById(id: string): Entity | undefined {
  byId ??= new Map(gazetteerEntities().map((e) => [e.id, e]));
  return byId.get(id);
}

/** 'country' or 'person' for a gazetteer id; undefined for an unknown id. */
export function entityType(id: string): Entity['type'] | undefined {
  types ??= entityTypesOf(matcherJson);
  return types.get(id);
}

/** Mentions of countries and officials in `text` (UTF-16 offsets), with the bundled gazetteer. */
export function findMentions(text: string): Mention[] {
  matcher ??= loadMatcher(matcherJson);
  return matcher.findMentions(text);
}
