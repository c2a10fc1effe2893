import { browser } from 'wxt/browser';
import type { ReplyFor, ToBackgroundInput, ToBackgroundReplies } from '../lib/messages';

/** Sends a typed request to the background; a failure to deliver comes back as `{ ok: false }`. */
export async function sendToBackground<M extends ToBackgroundInput>(
  message: M,
): Promise<ReplyFor<M['type'] & keyof ToBackgroundReplies>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (reply === undefined || reply === null) return { ok: false, error: 'The background did not answer.' };
    // The background answers every message with a Reply built from the same types.
    return reply as ReplyFor<M['type'] & keyof ToBackgroundReplies>;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
