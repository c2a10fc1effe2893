import * as z from 'zod/mini';
import type { Mention } from './gazetteer-schema';
import { lazily } from './lazily';

/**
 * The mentions of a batch of page texts, as the background sends them to a content script: the
 * matcher runs in the background, once per browser, instead of being loaded in every frame of
 * every page (docs/decisions/0005-match-in-the-background.md). Compact, because a 5 MB page
 * holds ~27,000 mentions: the entities named once, then per text a flat list of numbers,
 * `start, end, code` per mention, where code = entity index * 2 + 1 for an adjective.
 * Written with zod/mini and built on first use: the content script checks every reply.
 */
export const mentionBatchSchema = lazily(() =>
  z.object({
    entities: z.array(z.string().check(z.minLength(1), z.maxLength(64))),
    /** One letter per entity: `p` a person, `c` a country. */
    types: z.string(),
    // Each text's list and each number are checked as decodeMentionBatch reads them (an array;
    // an integer within the text or the entity list): a zod check per text cost ~5 ms in one
    // task for the thousands of texts of a 1 MB page, per number more than the rest of decoding.
    found: z.custom<unknown[]>((value) => Array.isArray(value)),
  }),
);
export type MentionBatch = z.infer<ReturnType<typeof mentionBatchSchema>>;

export type EntityType = 'country' | 'person';

/**
 * Most texts one request may carry, and most UTF-16 units in all of them: 8 M units are at most
 * 24 MB of JSON, within Chrome's 64 MiB message limit.
 */
export const MAX_BATCH_TEXTS = 5_000;
export const MAX_BATCH_UNITS = 8_000_000;

/** Encodes what `findMentions` found in each text (`typeOf` gives each entity's type). */
export function encodeMentionBatch(
  perText: ReadonlyArray<readonly Mention[]>,
  typeOf: (id: string) => EntityType | undefined,
): MentionBatch {
  const index = new Map<string, number>();
  const entities: string[] = [];
  let types = '';
  const found = perText.map((mentions) => {
    const flat: number[] = [];
    for (const { entity, start, end, kind } of mentions) {
      let i = index.get(entity);
      if (i === undefined) {
        i = entities.length;
        index.set(entity, i);
        entities.push(entity);
        types += typeOf(entity) === 'person' ? 'p' : 'c';
      }
      flat.push(start, end, i * 2 + (kind === 'adjective' ? 1 : 0));
    }
    return flat;
  });
  return { entities, types, found };
}

export type DecodedBatch = {
  /** The mentions of each text, in the order the texts were sent. */
  mentions: Mention[][];
  /** The type of every entity named in the batch. */
  types: Map<string, EntityType>;
};

/**
 * Checks and decodes a reply for `texts` (the texts that were sent): throws a clear error when it
 * is not a batch, holds another number of texts, or a mention that does not fit its text.
 */
export function decodeMentionBatch(reply: unknown, texts: readonly string[]): DecodedBatch {
  const parsed = mentionBatchSchema().safeParse(reply);
  if (!parsed.success) throw new Error(`Mentions from the background: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const { entities, types: letters, found } = parsed.data;
  if (found.length !== texts.length)
    throw new Error(`Mentions from the background: ${found.length} texts answered, ${texts.length} sent`);
  if (letters.length !== entities.length || !/^[pc]*$/.test(letters))
    throw new Error('Mentions from the background: types do not match entities');
  const types = new Map<string, EntityType>();
  for (let i = 0; i < entities.length; i++) types.set(entities[i]!, letters.charAt(i) === 'p' ? 'person' : 'country');
  const mentions = found.map((item, t) => {
    const length = texts[t]!.length;
    if (!Array.isArray(item)) throw new Error(`Mentions from the background: text ${t} has no list of mentions`);
    const flat = item as unknown[];
    if (flat.length % 3 !== 0) throw new Error(`Mentions from the background: text ${t} has a partial mention`);
    const list: Mention[] = [];
    for (let k = 0; k < flat.length; k += 3) {
      const start = flat[k] as number;
      const end = flat[k + 1] as number;
      const code = flat[k + 2] as number;
      const entity =
        Number.isInteger(code) && code >= 0 && code < entities.length * 2 ? entities[code >> 1] : undefined;
      if (!Number.isInteger(start) || !Number.isInteger(end) || !(start >= 0 && start < end && end <= length))
        throw new Error(`Mentions from the background: [${start}, ${end}) does not fit text ${t} (${length} units)`);
      if (entity === undefined) throw new Error(`Mentions from the background: unknown entity code ${code}`);
      list.push({ entity, start, end, kind: code & 1 ? 'adjective' : 'name' });
    }
    return list;
  });
  return { mentions, types };
}
