import type { UiLang } from '../lib/languages';
import type { ArticleHit } from '../lib/messages';
import { articleCount } from '../lib/explore-text';
import { uiString } from '../lib/ui-strings';
import './article-list.css';
import { ArticleRow } from './ArticleRow';

export type SearchResultsProps = {
  lang: UiLang;
  hits: ArticleHit[];
  total: number;
  matched: 'all' | 'some';
  onOpen: (id: string) => void;
  /** Arrow Up on the first result (or Escape) hands focus back, e.g. to the search box. */
  onLeave?: () => void;
};

/**
 * Search results: a count, then one row per article. Arrow keys move between result titles
 * (roving focus), Enter opens the focused one.
 */
export function SearchResults({ lang, hits, total, matched, onOpen, onLeave }: SearchResultsProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const titles = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.article-title')];
    const at = titles.indexOf(event.target as HTMLElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown' && at < titles.length - 1) {
      event.preventDefault();
      titles[at + 1]!.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at > 0) titles[at - 1]!.focus();
      else onLeave?.();
    } else if (event.key === 'Escape') {
      onLeave?.();
    }
  };
  return (
    <section class="results" aria-live="polite">
      <p class="result-count" data-testid="result-count">
        {hits.length === 0
          ? uiString(lang, 'noResults')
          : uiString(lang, matched === 'some' ? 'resultCountSome' : 'resultCount', {
              n: articleCount(lang, total),
            })}
      </p>
      <ul class="articles" onKeyDown={onKeyDown}>
        {hits.map((hit) => (
          <ArticleRow key={hit.id} hit={hit} lang={lang} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

/** Moves focus from a search box to the first result title below it (Arrow Down). */
export function focusFirstResult(from: HTMLElement | null): void {
  const scope = from?.closest('main') ?? document;
  scope.querySelector<HTMLElement>('.results .article-title')?.focus();
}
