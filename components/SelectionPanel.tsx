import type { ArticleSummary } from '../lib/messages';
import type { UiLang } from '../lib/languages';
import { articleCount, formatPeriod } from '../lib/explore-text';
import { langLabel } from '../lib/card-strings';
import { uiString } from '../lib/ui-strings';
import './article-list.css';

export type PanelLink = { label: string; href: string };

export type SelectionPanelProps = {
  lang: UiLang;
  heading: string;
  articles: readonly ArticleSummary[];
  /** Topic and official links into the search page. */
  topics?: readonly PanelLink[];
  officials?: readonly PanelLink[];
  note?: string | null;
  /** The search page filtered on the selection, when it can express it. */
  searchHref?: string | null;
  limit?: number;
  onOpen: (id: string) => void;
};

/** The articles behind a chosen mark: titles that open the reader, with where to look further. */
export function SelectionPanel({
  lang,
  heading,
  articles,
  topics = [],
  officials = [],
  note = null,
  searchHref = null,
  limit = 60,
  onOpen,
}: SelectionPanelProps) {
  const shown = articles.slice(0, limit);
  return (
    <section class="selection" aria-labelledby="selection-heading" data-testid="selection">
      <h2 id="selection-heading" aria-live="polite">
        {heading}
      </h2>
      <p class="selection-count muted">{articleCount(lang, articles.length)}</p>
      {note ? <p class="selection-note">{note}</p> : null}
      {topics.length > 0 ? <LinkRow title={uiString(lang, 'exploreTopics')} links={topics} /> : null}
      {officials.length > 0 ? <LinkRow title={uiString(lang, 'exploreOfficials')} links={officials} /> : null}
      <ul class="selection-articles">
        {shown.map((article) => (
          <li key={article.id} class="selection-article">
            <button type="button" class="article-title" lang={article.lang} onClick={() => onOpen(article.id)}>
              {article.title}
            </button>
            <div class="article-meta">
              <span class="lang" title={langLabel(lang, article.lang)}>
                {article.lang.toUpperCase()}
              </span>
              {article.outlet ? <span>{article.outlet}</span> : null}
              {article.date ? <time dateTime={article.date}>{formatPeriod(lang, article.date, 'day')}</time> : null}
              {article.own ? <span class="own">★ {uiString(lang, 'ownArticle')}</span> : null}
            </div>
          </li>
        ))}
      </ul>
      {articles.length > shown.length ? (
        <p class="muted">{uiString(lang, 'exploreMore', { n: articles.length - shown.length })}</p>
      ) : null}
      {searchHref ? (
        <p>
          <a class="search-link" href={searchHref}>
            {uiString(lang, 'exploreSearchFor')} →
          </a>
        </p>
      ) : null}
    </section>
  );
}

function LinkRow({ title, links }: { title: string; links: readonly PanelLink[] }) {
  return (
    <div class="link-row">
      <span class="link-row-title muted">{title}</span>
      <ul class="chips">
        {links.map((link) => (
          <li key={link.href}>
            <a class="chip" href={link.href}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
