import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import corpusJson from '../../data/corpus.json';
import searchIndexJson from '../../data/search-index.json';
import topicsJson from '../../data/topics.json';
import { CorpusSchema } from '../../lib/article-schema';
import { findMentions, gazetteerEntities } from '../../lib/find-mentions';
import { detectLanguage } from '../../lib/detect-language';
import { findTopics } from '../../lib/find-topics';
import { createMessageHandler } from '../../lib/handle-message';
import { isOwnSender } from '../../lib/message-sender';
import { searchCorpus } from '../../lib/search-corpus';
import { openSearchIndex } from '../../lib/search-index';
import { TopicLexiconSchema } from '../../lib/topic-schema';
import type { ToContent } from '../../lib/content-messages';
import { registerSiteMenu } from './site-menu';
import { registerArticleMenus } from './article-menu';
import { serveUserArticles } from './user-corpus';

/** Composition root: loads the corpus, builds the ranking index, answers the content scripts and pages. */
export default defineBackground(() => {
  // The bundled corpus was validated at build time; parse again so a bad build fails loudly here.
  const corpus = CorpusSchema.parse(corpusJson);
  const lexicon = TopicLexiconSchema.parse(topicsJson);
  // Settings: "Turn Entente off or on for this site" in the context menu, and the UI language.
  const siteMenu = registerSiteMenu();
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
      return siteMenu.uiLang();
    },
    version: browser.runtime.getManifest().version,
    openArticle: async (id) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}`) });
    },
    openSearch: async (queryString) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/search.html${queryString}`) });
    },
    setBadge: async (tabId, text) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' });
      await browser.action.setBadgeText({ tabId, text });
    },
    topics: lexicon,
  });
  // The reader's own articles join the corpus; answers wait until they are loaded.
  const userArticlesLoaded = serveUserArticles(
    handle,
    corpus.articles,
    (query) => searchCorpus(index, query),
    searchDeps,
  );
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
    return userArticlesLoaded.then(() => handle(message, { tabId: sender.tab?.id, frameId: sender.frameId }));
  });
});
