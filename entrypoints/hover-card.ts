import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerCardUi } from './content/card-handoff';
import { createCardUi } from './content/card-ui';

/**
 * The hover card's code, injected on every page the content script reads, right after it, in a
 * manifest entry of its own (wxt.config.ts adds it): the browser runs it in a task of its own, so
 * its compile stays out of the content script's first task. It only hands the card's factory to
 * the content script (./content/card-handoff.ts); the card is built there, with its context.
 */
export default defineUnlistedScript(() => offerCardUi(createCardUi));
