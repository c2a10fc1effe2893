import type { Article } from '../lib/article-schema';
import type { UiLang } from '../lib/languages';
import { langLabel, uiString } from '../lib/ui-strings';
import './article-view.css';

export type ArticleViewProps = { article: Article; lang: UiLang };

/** One article in full: headline, outlet, date, language, clean paragraphs and where it came from. */
export function ArticleView({ article, lang }: ArticleViewProps) {
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
        </p>
        {article.paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </article>
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
