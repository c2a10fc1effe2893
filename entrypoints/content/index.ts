import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
// The ::highlight() rules: manifest CSS is in place before the page renders, so adding it costs
// no style recalculation of a big page later (an adopted sheet did: ~170 ms on 1 MB).
import './highlights.css';
import { findMentions, entityType } from '../../lib/find-mentions';
import type { Mention } from '../../lib/gazetteer-schema';
import { countPageEntities, ToContent, type ToContentReplies } from '../../lib/content-messages';
import { sendToBackground } from '../../utils/messaging';
import { createAnnotator, type PageMention } from './annotator';
import { CARD_HOST_TAG, createCardUi } from './card-ui';
import { createHighlighter, isHighlightApiAvailable, type HighlightKind } from './highlighter';
import { liveRange, trackHover } from './hover';
import { observePage } from './observe-page';
import { loadLiveSettings, pageHosts } from './settings';
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
    // The user's settings, watched: changes apply to this tab at once (./settings.ts).
    const live = await loadLiveSettings(pageHosts());
    const isOwnNode = (node: Node) => node instanceof Element && node.tagName.toLowerCase() === CARD_HOST_TAG;
    const kindOf = (mention: Mention): HighlightKind =>
      mention.kind === 'adjective' ? 'adjective' : entityType(mention.entity) === 'person' ? 'person' : 'country';

    // Our own DOM changes (only in the wrapping fallback) are taken off the observer's queue.
    let observer: MutationObserver | null = null;
    const useHighlightApi = isHighlightApiAvailable();
    const highlighter = useHighlightApi
      ? createHighlighter({ nameOf: live.highlightName })
      : createWrappingHighlighter(document, {
          asOwnChange: (change) => {
            change();
            observer?.takeRecords();
          },
        });
    let reportedCount = -1;
    const reportCount = () => {
      const count = annotator.mentions().length;
      if (count === reportedCount) return;
      const fresh = reportedCount === -1;
      reportedCount = count;
      void sendToBackground({ type: 'pageMentionCount', count, fresh });
    };
    const annotator = createAnnotator({
      root: document.body,
      findMentions: live.filterMentions(findMentions, kindOf),
      kindOf,
      highlighter,
      isOwnNode,
      onChange: () => reportCount(),
      paintNearViewportOnly: useHighlightApi,
    });

    let requestId = 0;
    /** Where focus was before a keyboard-opened card took it. */
    let focusBeforeCard: Element | null = null;
    const card = await createCardUi({
      ctx,
      lang: live.uiLang,
      onOpenArticle: (id) => void sendToBackground({ type: 'openArticle', id }),
      onMore: (entity) => void sendToBackground({ type: 'openSearch', entity }),
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
        limit: live.current().cardArticles,
      });
      if (id !== requestId) return;
      card.update(
        reply.ok ? { status: 'ready', ...reply.value } : { status: 'error', entityName, message: reply.error },
      );
    };

    const hover = trackHover({
      annotator,
      rangeAt: (target) => highlighter.rangeAt(target),
      dwellMs: () => live.current().hoverDelayMs,
      isActivated: live.isActivated,
      graceMs: 300,
      isInCard: (target) => target instanceof Node && card.contains(target),
      onOpen: (mention, range) => void openCard(mention, range),
      onClose: closeCard,
      onDwellStart: () => card.prepare(),
    });
    // Keyboard: the commands API steps through mentions; focus returns where it was on close.
    let stepIndex = -1;
    const stepMention = (direction: 'next' | 'previous') => {
      const ordered = mentionsInDocumentOrder(annotator.mentions());
      if (ordered.length === 0) return;
      stepIndex =
        direction === 'next' ? (stepIndex + 1) % ordered.length : (stepIndex - 1 + ordered.length) % ordered.length;
      const target = ordered[stepIndex]!;
      const range = liveRange(target.range);
      const rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > innerHeight) {
        scrollBy({ top: rect.top - innerHeight / 3, behavior: 'instant' });
      }
      if (!card.isOpen()) focusBeforeCard = document.activeElement;
      void openCard(target, range).then(() => card.focus());
    };
    const showMention = (entity: string): boolean => {
      const ordered = mentionsInDocumentOrder(annotator.mentions());
      const next = ordered.findIndex(
        (m, i) => i > stepIndex && m.mention.entity === entity && m.mention.kind === 'name',
      );
      const index = next !== -1 ? next : ordered.findIndex((m) => m.mention.entity === entity);
      if (index === -1) return false;
      stepIndex = index - 1;
      stepMention('next');
      return true;
    };
    const onRuntimeMessage = (message: unknown) => {
      const parsed = ToContent.safeParse(message);
      if (!parsed.success) return undefined;
      const request = parsed.data;
      switch (request.type) {
        case 'stepMention':
          stepMention(request.direction);
          return Promise.resolve({ shown: annotator.mentions().length > 0 });
        case 'showMention':
          return Promise.resolve({ shown: showMention(request.entity) });
        case 'pageSite':
          return Promise.resolve({ host: location.hostname });
        case 'pageMentions': {
          const mentions = annotator.mentions().map((m) => m.mention);
          const reply: ToContentReplies['pageMentions'] = {
            entities: countPageEntities(mentions, entityType),
            total: mentions.length,
            sample: pageSample(annotator.mentions()),
          };
          return Promise.resolve(reply);
        }
      }
    };
    // The polyfill sends the resolved value of a returned promise as the reply.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    browser.runtime.onMessage.addListener(onRuntimeMessage);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && card.isOpen()) closeCard();
    };
    document.addEventListener('keydown', onKeyDown, true);

    observer = observePage({
      root: document.body,
      isOwnNode: (node) => card.contains(node) || isOwnNode(node),
      onChange: (containers) => {
        if (live.isActive()) annotator.rescan(containers);
      },
    });
    // The page may clear CSS.highlights or its adopted style sheets at any time.
    const registryCheck = setInterval(() => highlighter.ensureRegistered(), 1000);

    ctx.onInvalidated(() => {
      live.dispose();
      clearInterval(registryCheck);
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      browser.runtime.onMessage.removeListener(onRuntimeMessage);
      observer?.disconnect();
      hover.dispose();
      document.removeEventListener('keydown', onKeyDown, true);
      annotator.dispose();
      highlighter.dispose();
    });
    // Starts the annotator now if Entente is on for this site, or when it is turned on.
    live.connect({ annotator, highlighter, root: document.body, closeCard, onLanguageChange: card.repaint });
  },
});

function mentionsInDocumentOrder(mentions: PageMention[]): PageMention[] {
  return mentions.sort((a, b) => {
    if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
    return a.range.startContainer.compareDocumentPosition(b.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
      ? -1
      : 1;
  });
}

/** The page's text around its mentions, for ranking articles against the page as a whole. */
function pageSample(mentions: PageMention[], maxLength = 4000): string {
  const seen = new Set<string>();
  let sample = '';
  for (const m of mentions) {
    const text = sentenceAround(m.block.text, m.mention.start, m.mention.end);
    if (seen.has(text)) continue;
    seen.add(text);
    sample += `${text}\n`;
    if (sample.length >= maxLength) break;
  }
  return sample.slice(0, maxLength);
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
