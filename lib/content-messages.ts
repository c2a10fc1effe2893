import * as z from 'zod/mini';
import { lazily } from './lazily';

/**
 * Messages to a tab's content script, from the background (keyboard commands) and the popup.
 * Written with zod/mini: the content script runs in every tab, and the full zod build would
 * triple its size. Built on first use (./lazily.ts).
 */
export const toContentSchema = lazily(() =>
  z.discriminatedUnion('type', [
    /** Step to the next or previous mention and open its card. */
    z.object({ type: z.literal('stepMention'), direction: z.enum(['next', 'previous']) }),
    /** The entities found on the page, with counts. */
    z.object({ type: z.literal('pageMentions') }),
    /** Scroll to the next mention of an entity and open its card. */
    z.object({ type: z.literal('showMention'), entity: z.string().check(z.minLength(1), z.maxLength(64)) }),
    /** The page's host name, for the popup's "Turn off on this site" (tab URLs are hidden from it). */
    z.object({ type: z.literal('pageSite') }),
  ]),
);
export type ToContent = z.infer<ReturnType<typeof toContentSchema>>;

export type PageEntityCount = { id: string; type: 'country' | 'person'; count: number; adjectives: number };

/** Replies of the content script, checked by whoever asked (they cross a context boundary). */
export const toContentReplySchemas = lazily(() => {
  const entityCount: z.ZodMiniType<PageEntityCount> = z.object({
    id: z.string(),
    type: z.enum(['country', 'person']),
    count: z.number(),
    adjectives: z.number(),
  });
  return {
    stepMention: z.object({ shown: z.boolean() }),
    pageMentions: z.object({ entities: z.array(entityCount), total: z.number(), sample: z.string() }),
    showMention: z.object({ shown: z.boolean() }),
    pageSite: z.object({ host: z.string() }),
  };
});
type ReplySchemas = ReturnType<typeof toContentReplySchemas>;
export type ToContentReplies = { [K in keyof ReplySchemas]: z.infer<ReplySchemas[K]> };

/** Counts of mentions per entity, names and adjectives apart, most mentioned first. */
export function countPageEntities(
  mentions: ReadonlyArray<{ entity: string; kind: 'name' | 'adjective' }>,
  typeOf: (id: string) => 'country' | 'person' | undefined,
): PageEntityCount[] {
  const counts = new Map<string, PageEntityCount>();
  for (const { entity, kind } of mentions) {
    const type = typeOf(entity);
    if (!type) continue;
    let entry = counts.get(entity);
    if (!entry) counts.set(entity, (entry = { id: entity, type, count: 0, adjectives: 0 }));
    if (kind === 'adjective') entry.adjectives++;
    else entry.count++;
  }
  return [...counts.values()].sort(
    (a, b) => b.count + b.adjectives - (a.count + a.adjectives) || a.id.localeCompare(b.id),
  );
}
