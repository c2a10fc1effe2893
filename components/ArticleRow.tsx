import type { UiLang } from '../lib/languages';
import type { ArticleHit } from '../lib/messages';
import { cardString, langLabel } from '../lib/card-strings';
import { Snippet } from './Snippet';

// Styled by article-list.css on extension pages (the views that show rows import it) and by the
// card's own sheet in its shadow root: a sheet imported here would also ship in the content
// script's manifest CSS, which applies to the page itself (scripts/check-bundle.ts checks it).

export type ArticleRowProps = {
  hit: ArticleHit;
  /** The UI language: the article's language and "Your article" are named in it. */
  lang: UiLang;
  onOpen: (id: string) => void;
};

/** One related article: title (a button that opens the reader), outlet, date, language, snippet. */
export function ArticleRow({ hit, lang, onOpen }: ArticleRowProps) {
  const meta = [hit.outlet, hit.date ? formatDate(hit.date) : null].filter(Boolean).join(' · ');
  return (
    <li class="article">
      <button type="button" class="article-title" onClick={() => onOpen(hit.id)}>
        {hit.title}
      </button>
      <div class="article-meta">
        <span class="lang" title={langLabel(lang, hit.lang)}>
          {hit.lang.toUpperCase()}
        </span>
        {meta ? <span>{meta}</span> : null}
        {hit.own ? (
          <span class="own" title={cardString(lang, 'ownArticle')}>
            ★<span class="visually-hidden"> {cardString(lang, 'ownArticle')}</span>
          </span>
        ) : null}
      </div>
      <Snippet text={hit.snippet} marks={hit.marks} />
    </li>
  );
}

function formatDate(iso: string): string {
  return iso.slice(0, 10);
}
