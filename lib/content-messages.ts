import * as z from 'zod/mini';

/**
 * Messages from the background to a tab's content script. Written with zod/mini: the content
 * script runs in every tab, and the full zod build would triple its size.
 */
export const ToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stepMention'), direction: z.enum(['next', 'previous']) }),
]);
export type ToContent = z.infer<typeof ToContent>;
