import type { PageEntityCount } from '../lib/content-messages';
import type { UiLang } from '../lib/languages';
import type { ArticleHit, EntityInfo } from '../lib/messages';
import type { UnreadableReason } from '../lib/page-access';
import type { SearchResult } from '../lib/search-query';
import { settingsString } from '../lib/settings-strings';
import { uiString, type UiStringKey } from '../lib/ui-strings';
import './article-list.css';
import { ArticleRow } from './ArticleRow';
import { EntityRow, type RelatedState } from './EntityRow';
import { focusFirstResult, SearchResults } from './SearchResults';

export type PageEntity = EntityInfo & Pick<PageEntityCount, 'count' | 'adjectives'>;

export type PageState =
  | { status: 'loading' }
  | { status: 'unreadable'; reason: UnreadableReason }
  | { status: 'ready'; entities: PageEntity[]; related: ArticleHit[] };

export type PopupSearch = { text: string; result: SearchResult | null };

/** Whether Entente is on for the tab's site (Settings); null when the tab has no site. */
export type PopupSite = { host: string; offHere: boolean; offEverywhere: boolean };

export type PopupViewProps = {
  lang: UiLang;
  corpusSize: number | null;
  page: PageState;
  search: PopupSearch;
  onSearch: (text: string) => void;
  onAllResults: (text: string) => void;
  expanded: Readonly<Record<string, RelatedState>>;
  onToggleEntity: (id: string) => void;
  onShowEntity: (id: string) => void;
  onOpenArticle: (id: string) => void;
  site?: PopupSite | null;
  /** Turns Entente off (true) or back on (false) for the tab's site, or on everywhere. */
  onSetSiteOff?: (off: boolean) => void;
  onTurnOnEverywhere?: () => void;
  /** "Add this page to Entente": absent where no page can be read (browser pages, stores, PDF). */
  onAddPage?: () => void;
  /** Where adding the page stands: reading it, or why it failed. */
  addPage?:
    | { status: 'idle' }
    | { status: 'adding' }
    /** `noAccess`: the browser gave no access to the tab (the popup was not opened by the reader's click). */
    | { status: 'failed'; error: string; noAccess: boolean };
};

const REASONS: Record<UnreadableReason, UiStringKey> = {
  'browser-page': 'unreadableBrowserPage',
  store: 'unreadableStore',
  pdf: 'unreadablePdf',
  'local-file': 'unreadableLocalFile',
  'not-loaded': 'unreadableNotLoaded',
  unknown: 'unreadableUnknown',
};

/** The toolbar popup: the page's entities grouped and counted, and the articles related to it. */
export function PopupView(props: PopupViewProps) {
  const { lang, corpusSize, page, search, onSearch, onAllResults, onOpenArticle, site, onAddPage, addPage } = props;
  const isOff = site ? site.offHere || site.offEverywhere : false;
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Entente</h1>
        {corpusSize !== null ? (
          <p class="muted small" data-testid="corpus-size">
            {uiString(lang, 'corpusSize', { n: corpusSize })}
          </p>
        ) : null}
      </header>
      <input
        class="search-box"
        type="search"
        value={search.text}
        placeholder={uiString(lang, 'searchPlaceholder')}
        aria-label={uiString(lang, 'searchLabel')}
        onInput={(e) => onSearch(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            focusFirstResult(e.currentTarget);
          } else if (e.key === 'Enter' && search.text.trim()) {
            onAllResults(search.text);
          }
        }}
      />
      {search.text.trim() ? (
        <>
          {search.result ? (
            <SearchResults
              lang={lang}
              hits={search.result.hits}
              total={search.result.total}
              matched={search.result.matched}
              onOpen={onOpenArticle}
              onLeave={() => document.querySelector<HTMLElement>('.popup .search-box')?.focus()}
            />
          ) : null}
          <button type="button" class="all-results secondary-button" onClick={() => onAllResults(search.text)}>
            {uiString(lang, 'allResults')}
          </button>
        </>
      ) : (
        <>
          {site && isOff ? <SiteOff {...props} site={site} /> : null}
          {!isOff && page.status === 'loading' ? <p class="muted">{uiString(lang, 'readingPage')}</p> : null}
          {page.status === 'unreadable' ? (
            <p class="notice" role="status" data-testid="unreadable">
              {uiString(lang, REASONS[page.reason])}
            </p>
          ) : null}
          {!isOff && page.status === 'ready' ? <PageSections {...props} page={page} /> : null}
        </>
      )}
      {onAddPage ? (
        <div class="add-page">
          <button type="button" class="secondary-button" disabled={addPage?.status === 'adding'} onClick={onAddPage}>
            {uiString(lang, addPage?.status === 'adding' ? 'addingPage' : 'addThisPage')}
          </button>
          {addPage?.status === 'failed' ? (
            <p class="notice" role="alert">
              {addPage.noAccess
                ? uiString(lang, 'addPageNoAccess')
                : uiString(lang, 'addPageFailed', { error: addPage.error })}
            </p>
          ) : null}
        </div>
      ) : null}
      <footer class="popup-foot">
        <a href="/explore.html" target="_blank">
          {uiString(lang, 'explore')}
        </a>
        <a href="/library.html" target="_blank">
          {uiString(lang, 'yourArticles')}
        </a>
        <a href="/search.html" target="_blank">
          {uiString(lang, 'search')}
        </a>
        <a href="/options.html" target="_blank">
          {settingsString(lang, 'settings')}
        </a>
        {site && !isOff && props.onSetSiteOff ? (
          <button type="button" class="link-button site-toggle" onClick={() => props.onSetSiteOff?.(true)}>
            {settingsString(lang, 'turnOffSite')}
          </button>
        ) : null}
      </footer>
    </main>
  );
}

/** The tab's site is off: said plainly, with the way back on. */
function SiteOff({ lang, site, onSetSiteOff, onTurnOnEverywhere }: PopupViewProps & { site: PopupSite }) {
  return (
    <div class="notice site-off" role="status" data-testid="site-off">
      <p>
        {site.offEverywhere ? settingsString(lang, 'allOff') : settingsString(lang, 'siteOff', { site: site.host })}
      </p>
      {site.offHere ? (
        <button type="button" class="secondary-button site-toggle" onClick={() => onSetSiteOff?.(false)}>
          {settingsString(lang, 'turnOnSite')}
        </button>
      ) : null}
      {site.offEverywhere ? (
        <button type="button" class="secondary-button" onClick={() => onTurnOnEverywhere?.()}>
          {settingsString(lang, 'turnOnAll')}
        </button>
      ) : null}
    </div>
  );
}

function PageSections({
  lang,
  page,
  expanded,
  onToggleEntity,
  onShowEntity,
  onOpenArticle,
}: PopupViewProps & { page: Extract<PageState, { status: 'ready' }> }) {
  if (page.entities.length === 0) return <p class="muted">{uiString(lang, 'noMentions')}</p>;
  const groups = [
    { key: 'countries' as const, entities: page.entities.filter((e) => e.type === 'country') },
    { key: 'officials' as const, entities: page.entities.filter((e) => e.type === 'person') },
  ];
  return (
    <>
      <section aria-labelledby="on-page">
        <h2 id="on-page">{uiString(lang, 'onThisPage')}</h2>
        {groups
          .filter((g) => g.entities.length > 0)
          .map((group) => (
            <section key={group.key} aria-labelledby={`group-${group.key}`} class="group">
              <h3 id={`group-${group.key}`}>
                {uiString(lang, group.key)} <span class="muted">({group.entities.length})</span>
              </h3>
              <ul class="entities">
                {group.entities.map((entity) => (
                  <EntityRow
                    key={entity.id}
                    entity={entity}
                    count={entity.count + entity.adjectives}
                    lang={lang}
                    related={expanded[entity.id] ?? null}
                    onToggle={onToggleEntity}
                    onShow={onShowEntity}
                    onOpenArticle={onOpenArticle}
                  />
                ))}
              </ul>
            </section>
          ))}
      </section>
      <section aria-labelledby="related-page">
        <h2 id="related-page">{uiString(lang, 'relatedToPage')}</h2>
        {page.related.length === 0 ? <p class="muted">{uiString(lang, 'relatedNone')}</p> : null}
        <ul class="articles" data-testid="related-to-page">
          {page.related.map((hit) => (
            <ArticleRow key={hit.id} hit={hit} lang={lang} onOpen={onOpenArticle} />
          ))}
        </ul>
      </section>
    </>
  );
}
