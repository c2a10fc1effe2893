import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
// The ::highlight() rules: manifest CSS is in place before the page renders, so adding it costs
// no style recalculation of a big page later (an adopted sheet did: ~170 ms on 1 MB).
import './highlights.css';
import type { Mention } from '../../lib/gazetteer-schema';
import { countPageEntities, toContentSchema, type ToContentReplies } from '../../lib/content-messages';
import { sendToBackground } from '../../utils/messaging';
import { createAnnotator, type PageMention } from './annotator';
import type { HoverCardState } from '../../components/HoverCard';
import { CARD_HOST_TAG, cardUiFactory } from './card-handoff';
import { createHighlighter, isHighlightApiAvailable, type HighlightKind } from './highlighter';
import { liveRange, trackHover } from './hover';
import { safely, watchExtensionContext } from './lifecycle';
import { observePage } from './observe-page';
import { createRemoteFinder } from './remote-mentions';
import { loadLiveSettings, pageHosts } from './settings';
import { createWrappingHighlighter } from './wrapping-highlighter';

/** The longest that reading the page waits for a card that is about to open. */
const CARD_HOLD_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // srcdoc and about:blank frames inherit their parent's origin: annotate them too.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (!document.body) return;
    // An extension reload or update leaves this script behind in open tabs: tear down then.
    const lifecycle = watchExtensionContext(ctx);
    // The user's settings, watched: changes apply to this tab at once (./settings.ts).
    const live = await loadLiveSettings(pageHosts());
    const isOwnNode = (node: Node) => node instanceof Element && node.tagName.toLowerCase() === CARD_HOST_TAG;
    // The background matches the page's text (./remote-mentions.ts).
    const finder = createRemoteFinder();
    const entityType = finder.typeOf;
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
    /**
     * The entities named on the page, for ranking a card's articles: kept until the annotator's
     * mentions change (a hover asks twice, and a 5 MB page holds ~27,000 mentions).
     */
    let entitiesSeen: string[] | null = null;
    const entitiesOnPage = () => (entitiesSeen ??= [...new Set(annotator.mentions().map((m) => m.mention.entity))]);
    let reportedCount = -1;
    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    const sendCount = () => {
      reportTimer = undefined;
      const count = annotator.count();
      if (count === reportedCount) return;
      const fresh = reportedCount === -1;
      reportedCount = count;
      void sendToBackground({ type: 'pageMentionCount', count, fresh });
    };
    // The badge follows the count at most a few times a second, not after every work slice.
    const reportCount = () => {
      if (reportTimer === undefined) reportTimer = setTimeout(sendCount, reportedCount === -1 ? 0 : 250);
    };
    const annotator = createAnnotator({
      root: document.body,
      findMentions: live.filterMentions(finder.findMentions, kindOf),
      kindOf,
      highlighter,
      isOwnNode,
      onChange: () => {
        entitiesSeen = null;
        reportCount();
      },
      paintNearViewportOnly: useHighlightApi,
      onShadowRoot: (root) => observer?.observe(root, { childList: true, characterData: true, subtree: true }),
    });
    // The page is watched from before the first scan: a change made while the first texts are
    // being matched is read again, and every shadow root the scan finds is watched at once.
    let isInCard = (_node: Node) => false;
    observer = observePage({
      root: document.body,
      isOwnNode: (node) => isInCard(node) || isOwnNode(node),
      onChange: (containers) => {
        if (live.isActive()) annotator.rescan(containers);
      },
    });
    // Torn down here, not after the card is built: the extension may be reloaded meanwhile.
    ctx.onInvalidated(() => {
      live.dispose();
      observer?.disconnect();
      annotator.dispose();
      highlighter.dispose();
    });
    // Annotation starts (when Entente is on for this site) before anything else is awaited: the
    // card is only needed on hover, and is handed to the settings once it is built.
    const cardHooks = { close: () => {}, repaint: () => {} };
    live.connect({
      annotator,
      highlighter,
      root: document.body,
      closeCard: () => cardHooks.close(),
      onLanguageChange: () => cardHooks.repaint(),
    });

    let requestId = 0;
    /** Where focus was before a keyboard-opened card took it. */
    let focusBeforeCard: Element | null = null;
    // The card UI is built in a task of its own, after the script's first one ends; its code is
    // hover-card.js, which the browser runs in a task of its own right after this script's first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const createCardUi = await cardUiFactory();
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
    cardHooks.close = closeCard;
    cardHooks.repaint = card.repaint;

    // The card's articles are asked for when the pointer comes to rest on a name (the dwell
    // start), so the reply is usually there when the dwell ends; replies are kept per entity,
    // sentence and set of page entities, so hovering the same name again asks nothing.
    type Related = Awaited<ReturnType<typeof askRelated>>;
    const related = new Map<string, { reply: Promise<Related>; value?: Related }>();
    const askRelated = (entity: string, context: string, pageEntities: string[], limit: number) =>
      sendToBackground({ type: 'relatedArticles', entity, context, pageEntities, limit });
    const relatedFor = (mention: PageMention) => {
      const context = sentenceAround(mention.block.text, mention.mention.start, mention.mention.end);
      const pageEntities = entitiesOnPage();
      const limit = live.current().cardArticles;
      const key = `${mention.mention.entity}\n${pageEntities.length}\n${limit}\n${context}`;
      let entry = related.get(key);
      if (!entry) {
        const reply = askRelated(mention.mention.entity, context, pageEntities, limit);
        const created: { reply: Promise<Related>; value?: Related } = { reply };
        // An error (a worker that was stopped, an extension being reloaded) is not kept: ask again next time.
        const forget = () => related.delete(key);
        void reply.then((value) => (value.ok ? (created.value = value) : forget())).catch(forget);
        related.set(key, (entry = created));
        if (related.size > 100) related.delete(related.keys().next().value!);
      }
      return entry;
    };

    const openCard = async (mention: PageMention, range: Range) => {
      const id = ++requestId;
      const entityName = range.toString();
      const entry = relatedFor(mention);
      const stateOf = (reply: Related): HoverCardState =>
        reply.ok ? { status: 'ready', ...reply.value } : { status: 'error', entityName, message: reply.error };
      // A reply already there is shown at once; otherwise the card shell shows while it comes.
      if (entry.value) return card.show(range, stateOf(entry.value));
      card.show(range, { status: 'loading', entityName });
      const reply = await entry.reply;
      if (id !== requestId) return;
      if (!reply.ok && lifecycle.check()) return;
      card.update(stateOf(reply));
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
      onDwellStart: (mention) => {
        card.prepare();
        const { reply } = relatedFor(mention);
        // Reading the rest of the page waits until the card is up (the dwell, a little more, and
        // its reply; 1 s at most): its slices and their matching would delay the card.
        const dwell = new Promise((resolve) => setTimeout(resolve, live.current().hoverDelayMs + 100));
        const atMost = new Promise((resolve) => setTimeout(resolve, CARD_HOLD_MS));
        annotator.hold(Promise.race([Promise.all([dwell, reply]), atMost]));
      },
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
      const parsed = toContentSchema().safeParse(message);
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

    isInCard = (node) => card.contains(node);
    // The page may clear CSS.highlights or its adopted style sheets at any time.
    const registryCheck = setInterval(() => highlighter.ensureRegistered(), 1000);

    ctx.onInvalidated(() => {
      clearInterval(registryCheck);
      clearTimeout(reportTimer);
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      safely(() => browser.runtime.onMessage.removeListener(onRuntimeMessage));
      hover.dispose();
      document.removeEventListener('keydown', onKeyDown, true);
      safely(closeCard);
    });
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
