import type { Article } from '../lib/article-schema';
import type { UiLang } from '../lib/languages';
import type { ArticleSummary, EntityInfo, ParagraphMention } from '../lib/messages';
import { EMPTY_SEARCH, searchStateToUrl } from '../lib/search-url';
import { langLabel } from '../lib/card-strings';
import { uiString } from '../lib/ui-strings';
import './article-view.css';
import { MarkedText } from './MarkedText';

export type ArticleViewProps = {
  article: Article;
  lang: UiLang;
  mentions: ParagraphMention[];
  entities: EntityInfo[];
  alsoReported: ArticleSummary[];
};

/** The search page on an entity's articles. */
export function entitySearchHref(entity: Pick<EntityInfo, 'id' | 'type'>): string {
  const key = entity.type === 'country' ? 'countries' : 'officials';
  return `/search.html${searchStateToUrl({ ...EMPTY_SEARCH, [key]: [entity.id], sort: 'date' })}`;
}

/**
 * One article in full: headline, outlet, date, language, clean paragraphs with their mentions
 * linked to each entity's other articles, the story's other reports, and where it came from.
 */
export function ArticleView({ article, lang, mentions, entities, alsoReported }: ArticleViewProps) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return (
    <main class="reader" lang={article.lang}>
      <article>
        <h1>{article.title}</h1>
        <p class="reader-meta">
          <span class="lang" title={langLabel(lang, article.lang)}>
            {article.lang.toUpperCase()}
          </span>
          {article.outlet ? <span>{article.outlet}</span> : null}
          {article.date ? <time dateTime={article.date}>{article.date.replace('T', ' ')}</time> : null}
          {article.own ? (
            <span class="own" lang={lang}>
              ★ {uiString(lang, 'ownArticle')}
            </span>
          ) : null}
        </p>
        {article.paragraphs.map((paragraph, i) => (
          <p key={i}>
            <MarkedText
              text={paragraph}
              mentions={mentions.filter((m) => m.paragraph === i)}
              entities={byId}
              hrefFor={entitySearchHref}
            />
          </p>
        ))}
      </article>
      <nav class="reader-links" lang={lang} aria-label={uiString(lang, 'relatedArticles')}>
        {alsoReported.length > 0 ? (
          <section>
            <h2>{uiString(lang, 'alsoReportedBy')}</h2>
            <ul data-testid="also-reported">
              {alsoReported.map((other) => (
                <li key={other.id}>
                  <a href={`/reader.html?id=${encodeURIComponent(other.id)}`}>{other.title}</a>
                  {other.outlet ? <span class="muted"> · {other.outlet}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p>
          <a class="search-this" href={`/search.html${searchStateToUrl({ ...EMPTY_SEARCH, text: article.title })}`}>
            {uiString(lang, 'searchForThis')}
          </a>
        </p>
      </nav>
      <footer class="reader-source" lang={lang}>
        {article.cites.length > 0 ? (
          <p>
            {uiString(lang, 'cites')}: {article.cites.join(', ')}
          </p>
        ) : null}
        <p>
          {uiString(lang, 'source')}: <code>{article.source.file}</code>
        </p>
        {article.source.removed.length > 0 ? (
          <details>
            <summary>
              {uiString(lang, 'removedFurniture')} ({article.source.removed.length})
            </summary>
            <ul>
              {article.source.removed.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </footer>
    </main>
  );
}
