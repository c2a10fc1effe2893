import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import corpusJson from '../../data/corpus.json';
import { CorpusSchema } from '../../lib/article-schema';
import { findMentions, gazetteerEntities } from '../../lib/find-mentions';
import { createMessageHandler } from '../../lib/handle-message';
import { uiLangFor } from '../../lib/ui-strings';

/** Composition root: loads the corpus, builds the ranking index, answers the content scripts and pages. */
export default defineBackground(() => {
  // The bundled corpus was validated at build time; parse again so a bad build fails loudly here.
  const corpus = CorpusSchema.parse(corpusJson);
  const handle = createMessageHandler({
    articles: corpus.articles,
    entities: gazetteerEntities(),
    findMentions,
    uiLang: uiLangFor(browser.i18n.getUILanguage()),
    version: browser.runtime.getManifest().version,
    openArticle: async (id) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}`) });
    },
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own extension's pages and content scripts; never another extension.
    if (sender.id !== browser.runtime.id) return undefined;
    return handle(message);
  });
});
