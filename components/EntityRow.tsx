import type { UiLang } from '../lib/languages';
import type { ArticleHit, EntityInfo } from '../lib/messages';
import { uiString } from '../lib/ui-strings';
import { ArticleRow } from './ArticleRow';

export type RelatedState = { status: 'loading' } | { status: 'ready'; articles: ArticleHit[] } | { status: 'error' };

export type EntityRowProps = {
  entity: EntityInfo;
  count: number;
  lang: UiLang;
  related: RelatedState | null;
  onToggle: (id: string) => void;
  onShow: (id: string) => void;
  onOpenArticle: (id: string) => void;
};

/** One entity found on the page: its name and count; expands to its related articles. */
export function EntityRow({ entity, count, lang, related, onToggle, onShow, onOpenArticle }: EntityRowProps) {
  const isOpen = related !== null;
  const panelId = `related-${entity.id}`;
  return (
    <li class={`entity entity-${entity.type}`}>
      <div class="entity-head">
        <button
          type="button"
          class="entity-toggle"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => onToggle(entity.id)}
        >
          <span class="chevron" aria-hidden="true">
            {isOpen ? '▾' : '▸'}
          </span>
          <span class="entity-name">{entity.name}</span>
          <span class="count">{uiString(lang, 'mentionCount', { n: count })}</span>
        </button>
        <button type="button" class="show secondary-button" onClick={() => onShow(entity.id)}>
          {uiString(lang, 'showOnPage')}
        </button>
      </div>
      {isOpen ? (
        <div id={panelId} class="entity-related" aria-label={uiString(lang, 'articlesAbout', { name: entity.name })}>
          {entity.role ? <p class="role">{entity.role}</p> : null}
          {related.status === 'loading' ? <p class="muted">{uiString(lang, 'loading')}</p> : null}
          {related.status === 'error' ? <p class="error">{uiString(lang, 'failed')}</p> : null}
          {related.status === 'ready' && related.articles.length === 0 ? (
            <p class="muted">{uiString(lang, 'relatedNone')}</p>
          ) : null}
          {related.status === 'ready' && related.articles.length > 0 ? (
            <ul class="articles">
              {related.articles.map((hit) => (
                <ArticleRow key={hit.id} hit={hit} lang={lang} onOpen={onOpenArticle} />
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
