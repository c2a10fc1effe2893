import type { createCardUi } from './card-ui';

/**
 * How the content script gets the hover card's code. The card (Preact, floating-ui, the card's
 * components and strings: about a third of the code) is a content script of its own,
 * `hover-card.js`, in a manifest entry right after the content script's (wxt.config.ts): the
 * browser runs each entry in its own task, so the card's compile and set-up stay out of the
 * content script's first task, which is the longest task of a big page's load
 * (docs/decisions/0003). Both scripts run in the extension's isolated world and share its global
 * object, which the page cannot reach; this slot on it carries the card's factory across.
 */
export type CreateCardUi = typeof createCardUi;

/** The tag of our one shadow-root host, the only node Entente adds to a page. */
export const CARD_HOST_TAG = 'entente-card';

type Slot = { create?: CreateCardUi; waiting?: Array<(create: CreateCardUi) => void> };

const SLOT_KEY = Symbol.for('entente.cardUi');

function slot(): Slot {
  const global = globalThis as typeof globalThis & { [SLOT_KEY]?: Slot };
  return (global[SLOT_KEY] ??= {});
}

/** Called by hover-card.js when it runs: hands the factory to the content script. */
export function offerCardUi(create: CreateCardUi): void {
  const shared = slot();
  shared.create = create;
  for (const resolve of shared.waiting?.splice(0) ?? []) resolve(create);
}

/**
 * The card's factory: at once when hover-card.js has run (it runs right after the content
 * script's first task), or when it does.
 */
export function cardUiFactory(): Promise<CreateCardUi> {
  const shared = slot();
  if (shared.create) return Promise.resolve(shared.create);
  return new Promise((resolve) => (shared.waiting ??= []).push(resolve));
}
