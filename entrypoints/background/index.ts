import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import corpusJson from '../../data/corpus.json';
import searchIndexJson from '../../data/search-index.json';
import topicsJson from '../../data/topics.json';
import { CorpusSchema } from '../../lib/article-schema';
import { entityType, findMentions, gazetteerEntities } from '../../lib/find-mentions';
import { detectLanguage } from '../../lib/detect-language';
import { findTopics } from '../../lib/find-topics';
import {
  asPageRequest,
  createMessageHandler,
  createPageHandler,
  type CorpusMessageHandler,
  type MessageHandler,
} from '../../lib/handle-message';
import type { UiLang } from '../../lib/languages';
import { isOwnSender } from '../../lib/message-sender';
import { searchCorpus } from '../../lib/search-corpus';
import { openSearchIndex } from '../../lib/search-index';
import { TopicLexiconSchema } from '../../lib/topic-schema';
import type { ToContent } from '../../lib/content-messages';
import { registerSiteMenu } from './site-menu';
import { registerArticleMenus } from './article-menu';
import { serveUserArticles } from './user-corpus';

/**
 * Composition root. Two sides: the page side (the matcher, which answers the content scripts'
 * page text at once, and the badge), which a cold worker must not make wait for the corpus; and
 * the corpus with its ranking index and the handler of every other message, built on the first
 * message that needs it (a card's request, already sent when the pointer starts to dwell).
 */
export default defineBackground(() => {
  // Settings: "Turn Entente off or on for this site" in the context menu, and the UI language.
  const siteMenu = registerSiteMenu();
  const page = createPageHandler({ findMentions, typeOf: entityType, setBadge });

  let corpusSide: { handle: CorpusMessageHandler; userArticlesLoaded: Promise<void> } | undefined;
  const corpus = () => (corpusSide ??= openCorpus(() => siteMenu.uiLang()));
  // The matcher is loaded as soon as the worker starts (woken by a page starting to load, below).
  setTimeout(() => findMentions(''), 0);
  const handle: MessageHandler = (message, sender) => corpus().handle(message, sender);
  // A tab that starts loading a page wakes a stopped worker (the browser stops it after ~30 s
  // without events): it starts, and loads the matcher above, while the page is fetched and parsed,
  // instead of when the page's first text arrives. No permission is needed for this event (the
  // tab's address is not in it), and nothing is done with it. Firefox can narrow it to changes of
  // the loading status; Chrome has no such filter.
  const wake = () => undefined;
  if (import.meta.env.FIREFOX) (browser.tabs.onUpdated as FilteredEvent).addListener(wake, { properties: ['status'] });
  else browser.tabs.onUpdated.addListener(wake);
  void registerArticleMenus(siteMenu.uiLang(), handle).then(siteMenu.createMenu);

  // Keyboard shortcuts step through the mentions of the active tab's top frame.
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = command === 'next-mention' ? 'next' : command === 'previous-mention' ? 'previous' : null;
    if (!direction || tab?.id === undefined) return;
    const message: ToContent = { type: 'stepMention', direction };
    // A tab without our content script (a browser page) has nobody to answer: that is fine.
    browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });

  // The polyfill sends the resolved value of a returned promise as the reply.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own extension's pages and content scripts; never another extension.
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const from = { tabId: sender.tab?.id, frameId: sender.frameId };
    // Page text and counts are answered at once: neither needs the corpus or the reader's articles.
    const pageRequest = asPageRequest(message);
    if (pageRequest) return page(pageRequest, from);
    const { handle: answer, userArticlesLoaded } = corpus();
    return userArticlesLoaded.then(() => answer(message, from));
  });
});

/** Firefox's tabs.onUpdated takes a filter (the polyfill's types do not say so). */
type FilteredEvent = { addListener(listener: () => void, filter: { properties: string[] }): void };

async function setBadge(tabId: number, text: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' });
  await browser.action.setBadgeText({ tabId, text });
}

/** The corpus, its ranking index, and the handler of every message but page matching. */
function openCorpus(uiLang: () => UiLang): { handle: CorpusMessageHandler; userArticlesLoaded: Promise<void> } {
  // The bundled corpus was validated at build time; parse again so a bad build fails loudly here.
  const corpus = CorpusSchema.parse(corpusJson);
  const lexicon = TopicLexiconSchema.parse(topicsJson);
  // The prebuilt index (npm run corpus) when it matches the corpus; otherwise built here.
  const searchDeps = { findMentions, entities: gazetteerEntities(), topics: lexicon };
  const { index } = openSearchIndex(corpus.articles, searchDeps, searchIndexJson);
  const handle = createMessageHandler({
    articles: corpus.articles,
    entities: gazetteerEntities(),
    findMentions,
    topicsOf: (text) => findTopics(text, detectLanguage(text), lexicon).map((t) => t.id),
    search: (query) => searchCorpus(index, query),
    // A getter: the language follows Settings without rebuilding the handler.
    get uiLang() {
      return uiLang();
    },
    version: browser.runtime.getManifest().version,
    openArticle: async (id) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}`) });
    },
    openSearch: async (queryString) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/search.html${queryString}`) });
    },
    setBadge,
    topics: lexicon,
  });
  // The reader's own articles join the corpus; answers wait until they are loaded.
  const userArticlesLoaded = serveUserArticles(
    handle,
    corpus.articles,
    (query) => searchCorpus(index, query),
    searchDeps,
  );
  return { handle, userArticlesLoaded };
}
