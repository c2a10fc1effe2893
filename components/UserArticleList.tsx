import type { Article } from '../lib/article-schema';
import type { UiLang } from '../lib/languages';
import { isWebAddress } from '../lib/user-article-draft';
import { langLabel } from '../lib/card-strings';
import { uiString } from '../lib/ui-strings';
import './user-articles.css';

export type UserArticleListProps = {
  lang: UiLang;
  articles: readonly Article[];
  onOpen: (id: string) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
};

/**
 * The reader's own articles, newest added last: title (opens the reader), outlet, date,
 * language, address (a link only when it is http or https), and edit and delete buttons.
 */
export function UserArticleList({ lang, articles, onOpen, onEdit, onDelete }: UserArticleListProps) {
  return (
    <ul class="user-articles" data-testid="user-articles">
      {articles.map((article) => (
        <li key={article.id} class="user-article" data-id={article.id}>
          <div class="user-article-head">
            <button type="button" class="article-title" onClick={() => onOpen(article.id)}>
              {article.title}
            </button>
            <span class="own-badge">{uiString(lang, 'ownArticle')}</span>
          </div>
          <p class="article-meta">
            <span class="lang" title={langLabel(lang, article.lang)}>
              {article.lang.toUpperCase()}
            </span>
            {article.outlet ? <span>{article.outlet}</span> : null}
            {article.date ? <time dateTime={article.date}>{article.date.slice(0, 10)}</time> : null}
          </p>
          {article.source.file && isWebAddress(article.source.file) ? (
            <p class="article-address muted">
              <a href={article.source.file} target="_blank" rel="noreferrer noopener">
                {article.source.file}
              </a>
            </p>
          ) : null}
          <div class="row-actions">
            <button type="button" class="secondary-button" onClick={() => onEdit(article.id)}>
              {uiString(lang, 'edit')}
              <span class="visually-hidden">: {article.title}</span>
            </button>
            <button type="button" class="secondary-button danger" onClick={() => onDelete(article.id)}>
              {uiString(lang, 'delete')}
              <span class="visually-hidden">: {article.title}</span>
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
