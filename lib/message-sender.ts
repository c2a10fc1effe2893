/** The part of a runtime message's sender that says which extension it came from. */
export type SenderIdentity = { id?: string | undefined } | null | undefined;

/**
 * Whether a runtime message comes from this extension itself (its pages or its content scripts):
 * never from another extension, and never from a web page (which would have no id).
 */
export function isOwnSender(sender: SenderIdentity, ownId: string): boolean {
  return ownId.length > 0 && typeof sender?.id === 'string' && sender.id === ownId;
}
