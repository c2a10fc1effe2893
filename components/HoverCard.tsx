import type { UiLang } from '../lib/languages';
import type { ArticleHit, EntityInfo } from '../lib/messages';
import { cardString } from '../lib/card-strings';
import { ArticleRow } from './ArticleRow';

export type HoverCardState =
  | { status: 'loading'; entityName: string }
  | { status: 'error'; entityName: string; message: string }
  | { status: 'ready'; entity: EntityInfo; articles: ArticleHit[]; total: number };

export type HoverCardProps = {
  state: HoverCardState;
  lang: UiLang;
  onOpenArticle: (id: string) => void;
  /** Opens the full list of the entity's articles; without it the count is shown as text. */
  onMore?: (entityId: string) => void;
  onClose: () => void;
};

/** The card shown beside a mention: what the entity is and the cooperation articles about it. */
export function HoverCard({ state, lang, onOpenArticle, onMore, onClose }: HoverCardProps) {
  const name = state.status === 'ready' ? state.entity.name : state.entityName;
  const subtitle =
    state.status === 'ready'
      ? state.entity.type === 'person'
        ? state.entity.role
        : cardString(lang, 'country')
      : null;
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="entente-card-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header>
        <div>
          <h2 id="entente-card-title">{name}</h2>
          {subtitle ? <p class="role">{subtitle}</p> : null}
        </div>
        <button type="button" class="close" aria-label={cardString(lang, 'close')} onClick={onClose}>
          ×
        </button>
      </header>
      {state.status === 'loading' ? <p class="status">{cardString(lang, 'loading')}</p> : null}
      {state.status === 'error' ? <p class="status error">{cardString(lang, 'failed')}</p> : null}
      {state.status === 'ready' && state.articles.length === 0 ? (
        <p class="status">{cardString(lang, 'noRelated')}</p>
      ) : null}
      {state.status === 'ready' && state.articles.length > 0 ? (
        <section aria-label={cardString(lang, 'relatedArticles')}>
          <h3>{cardString(lang, 'relatedArticles')}</h3>
          <ul>
            {state.articles.map((hit) => (
              <ArticleRow key={hit.id} hit={hit} lang={lang} onOpen={onOpenArticle} />
            ))}
          </ul>
          {state.total > state.articles.length ? (
            onMore ? (
              <button type="button" class="more" onClick={() => onMore(state.entity.id)}>
                {cardString(lang, 'moreArticles', { n: state.total - state.articles.length })}
              </button>
            ) : (
              <p class="more">{cardString(lang, 'moreArticles', { n: state.total - state.articles.length })}</p>
            )
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
