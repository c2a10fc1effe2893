import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findMentions, entityType } from '../../lib/find-mentions';
import type { Mention } from '../../lib/gazetteer-schema';
import { ToContent } from '../../lib/content-messages';
import { uiLangFor } from '../../lib/ui-strings';
import { sendToBackground } from '../../utils/messaging';
import { createAnnotator, type PageMention } from './annotator';
import { CARD_HOST_TAG, createCardUi } from './card-ui';
import { createHighlighter, isHighlightApiAvailable, type HighlightKind } from './highlighter';
import { liveRange, trackHover } from './hover';
import { observePage } from './observe-page';
import { createWrappingHighlighter } from './wrapping-highlighter';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // srcdoc and about:blank frames inherit their parent's origin: annotate them too.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (!document.body) return;
    const lang = uiLangFor(browser.i18n.getUILanguage());
    const isOwnNode = (node: Node) => node instanceof Element && node.tagName.toLowerCase() === CARD_HOST_TAG;
    const kindOf = (mention: Mention): HighlightKind =>
      mention.kind === 'adjective' ? 'adjective' : entityType(mention.entity) === 'person' ? 'person' : 'country';

    // Our own DOM changes (only in the wrapping fallback) are taken off the observer's queue.
    let observer: MutationObserver | null = null;
    const highlighter = isHighlightApiAvailable()
      ? createHighlighter(document)
      : createWrappingHighlighter(document, {
          asOwnChange: (change) => {
            change();
            observer?.takeRecords();
          },
        });
    const annotator = createAnnotator({ root: document.body, findMentions, kindOf, highlighter, isOwnNode });

    let requestId = 0;
    /** Where focus was before a keyboard-opened card took it. */
    let focusBeforeCard: Element | null = null;
    const card = await createCardUi({
      ctx,
      lang,
      onOpenArticle: (id) => void sendToBackground({ type: 'openArticle', id }),
      onClose: () => closeCard(),
    });
    const closeCard = () => {
      requestId++;
      const hadFocus = card.hasFocus();
      card.hide();
      if (hadFocus && focusBeforeCard instanceof HTMLElement) focusBeforeCard.focus({ preventScroll: true });
      focusBeforeCard = null;
    };

    const openCard = async (mention: PageMention, range: Range) => {
      const id = ++requestId;
      const entityName = range.toString();
      card.show(range, { status: 'loading', entityName });
      const pageEntities = [...new Set(annotator.mentions().map((m) => m.mention.entity))];
      const reply = await sendToBackground({
        type: 'relatedArticles',
        entity: mention.mention.entity,
        context: sentenceAround(mention.block.text, mention.mention.start, mention.mention.end),
        pageEntities,
        limit: 3,
      });
      if (id !== requestId) return;
      card.update(
        reply.ok
          ? { status: 'ready', ...reply.value }
          : { status: 'error', entityName, message: reply.error },
      );
    };

    const hover = trackHover({
      annotator,
      rangeAt: (target) => highlighter.rangeAt(target),
      dwellMs: 150,
      graceMs: 300,
      isInCard: (target) => target instanceof Node && card.contains(target),
      onOpen: (mention, range) => void openCard(mention, range),
      onClose: closeCard,
    });
    // Keyboard: the commands API steps through mentions; focus returns where it was on close.
    let stepIndex = -1;
    const stepMention = (direction: 'next' | 'previous') => {
      const ordered = mentionsInDocumentOrder(annotator.mentions());
      if (ordered.length === 0) return;
      stepIndex = direction === 'next' ? (stepIndex + 1) % ordered.length : (stepIndex - 1 + ordered.length) % ordered.length;
      const target = ordered[stepIndex]!;
      const range = liveRange(target.range);
      const rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > innerHeight) {
        scrollBy({ top: rect.top - innerHeight / 3, behavior: 'instant' });
      }
      if (!card.isOpen()) focusBeforeCard = document.activeElement;
      void openCard(target, range).then(() => card.focus());
    };
    const onRuntimeMessage = (message: unknown) => {
      const parsed = ToContent.safeParse(message);
      if (parsed.success && parsed.data.type === 'stepMention') stepMention(parsed.data.direction);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onRuntimeMessage);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && card.isOpen()) closeCard();
    };
    document.addEventListener('keydown', onKeyDown, true);

    observer = observePage({
      root: document.body,
      isOwnNode: (node) => card.contains(node) || isOwnNode(node),
      onChange: (containers) => annotator.rescan(containers),
    });
    // The page may clear CSS.highlights or its adopted style sheets at any time.
    const registryCheck = setInterval(() => highlighter.ensureRegistered(), 1000);

    ctx.onInvalidated(() => {
      clearInterval(registryCheck);
      browser.runtime.onMessage.removeListener(onRuntimeMessage);
      observer?.disconnect();
      hover.dispose();
      document.removeEventListener('keydown', onKeyDown, true);
      annotator.dispose();
      highlighter.dispose();
    });
    await annotator.start();
  },
});

function mentionsInDocumentOrder(mentions: PageMention[]): PageMention[] {
  return mentions.sort((a, b) => {
    if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
    return a.range.startContainer.compareDocumentPosition(b.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** The sentence of `text` that holds [start, end), for ranking related articles. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.search(/[^.!?]*$/), start - 300, 0);
  const after = text.slice(end);
  const stop = after.search(/[.!?]/);
  const to = stop === -1 ? Math.min(text.length, end + 300) : Math.min(end + stop + 1, end + 300);
  return text.slice(from, to);
}
