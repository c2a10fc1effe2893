import type { Mention } from '../../lib/gazetteer-schema';
import { decodeMentionBatch, type EntityType } from '../../lib/mention-batch';
import { sendToBackground } from '../../utils/messaging';

/**
 * Page text is matched by the background's matcher: one per browser, loaded once, instead of one
 * loaded in every frame of every page (tens of ms of the page's main thread and ~4 MiB each).
 * The reply is checked (lib/mention-batch.ts) and the entity types it names are kept for styling
 * and for the popup's counts.
 */
export function createRemoteFinder() {
  const types = new Map<string, EntityType>();
  return {
    /** The type of an entity named in a reply so far. */
    typeOf: (id: string): EntityType | undefined => types.get(id),
    findMentions: async (texts: string[]): Promise<Mention[][]> => {
      const reply = await sendToBackground({ type: 'findMentions', texts });
      if (!reply.ok) throw new Error(reply.error);
      const decoded = decodeMentionBatch(reply.value, texts);
      for (const [id, type] of decoded.types) types.set(id, type);
      return decoded.mentions;
    },
  };
}
