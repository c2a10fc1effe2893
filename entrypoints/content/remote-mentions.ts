import type { Mention } from '../../lib/gazetteer-schema';
import { decodeMentionBatch, MAX_BATCH_TEXTS, MAX_BATCH_UNITS, type EntityType } from '../../lib/mention-batch';
import { sendToBackground } from '../../utils/messaging';

/** A reply that takes longer than this counts as a failure (the annotator asks once more). */
const REPLY_TIMEOUT_MS = 10_000;

/**
 * Page text is matched by the background's matcher: one per browser, loaded once, instead of one
 * loaded in every frame of every page (tens of ms of the page's main thread and ~4 MiB each).
 * Texts go in as few requests as the message limits allow (a single text longer than
 * MAX_BATCH_UNITS is not sent and gets no mentions); each reply is checked (lib/mention-batch.ts)
 * and the entity types it names are kept for styling and for the popup's counts.
 */
export function createRemoteFinder() {
  const types = new Map<string, EntityType>();
  let isCheckReady = false;

  async function ask(texts: string[]): Promise<Mention[][]> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The background did not answer in time.')), REPLY_TIMEOUT_MS);
    });
    try {
      const sent = sendToBackground({ type: 'findMentions', texts });
      if (!isCheckReady) {
        // The reply's check builds its schema on first use (a few ms): done while the first
        // request is out, so the first highlights do not wait for it.
        isCheckReady = true;
        setTimeout(() => decodeMentionBatch({ entities: [], types: '', found: [] }, []), 0);
      }
      const reply = await Promise.race([sent, timeout]);
      if (!reply.ok) throw new Error(reply.error);
      const decoded = decodeMentionBatch(reply.value, texts);
      for (const [id, type] of decoded.types) types.set(id, type);
      return decoded.mentions;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    /** The type of an entity named in a reply so far. */
    typeOf: (id: string): EntityType | undefined => types.get(id),
    findMentions: async (texts: string[]): Promise<Mention[][]> => {
      const found: Mention[][] = texts.map(() => []);
      let next = 0;
      while (next < texts.length) {
        const indices: number[] = [];
        let units = 0;
        for (; next < texts.length && indices.length < MAX_BATCH_TEXTS; next++) {
          const length = texts[next]!.length;
          if (length > MAX_BATCH_UNITS) continue;
          if (units + length > MAX_BATCH_UNITS) break;
          indices.push(next);
          units += length;
        }
        if (indices.length === 0) continue;
        const mentions = await ask(indices.map((i) => texts[i]!));
        indices.forEach((i, k) => (found[i] = mentions[k]!));
      }
      return found;
    },
  };
}
