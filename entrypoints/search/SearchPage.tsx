import { useEffect, useRef, useState } from 'preact/hooks';
import { SearchFilters, type FilterOption } from '../../components/SearchFilters';
import { focusFirstResult, SearchResults } from '../../components/SearchResults';
import topicsJson from '../../data/topics.json';
import type { UiLang } from '../../lib/languages';
import type { EntityInfo } from '../../lib/messages';
import type { SearchResult } from '../../lib/search-query';
import { searchQueryFor, searchStateFromUrl, searchStateToUrl, type SearchPageState } from '../../lib/search-url';
import { TopicLexiconSchema } from '../../lib/topic-schema';
import { uiString } from '../../lib/ui-strings';
import { sendToBackground } from '../../utils/messaging';

const TOPICS = TopicLexiconSchema.parse(topicsJson);
const PAGE_SIZE = 50;

export type SearchPageProps = { lang: UiLang };

/** The full search page: the query and filters live in the URL. */
export function SearchPage({ lang }: SearchPageProps) {
  const [state, setState] = useState<SearchPageState>(() => searchStateFromUrl(location.search));
  const [result, setResult] = useState<SearchResult | null>(null);
  const [entities, setEntities] = useState<EntityInfo[]>([]);
  const [corpusFacets, setCorpusFacets] = useState<SearchResult['facets']>();
  const inputRef = useRef<HTMLInputElement>(null);
  const latestRef = useRef(0);

  // Filter menus list what the whole corpus holds, with names in the UI language.
  useEffect(() => {
    void sendToBackground({ type: 'searchCorpus', query: { text: '', limit: 1, facets: true } }).then(async (reply) => {
      if (!reply.ok || !reply.value.facets) return;
      setCorpusFacets(reply.value.facets);
      const ids = [...Object.keys(reply.value.facets.countries), ...Object.keys(reply.value.facets.officials)];
      const described = await sendToBackground({ type: 'describeEntities', ids });
      if (described.ok) setEntities(described.value.entities);
    });
  }, []);

  useEffect(() => {
    const url = `${location.pathname}${searchStateToUrl(state)}`;
    history.replaceState(null, '', url);
    const request = ++latestRef.current;
    void sendToBackground({ type: 'searchCorpus', query: searchQueryFor(state, PAGE_SIZE) }).then((reply) => {
      if (request === latestRef.current && reply.ok) setResult(reply.value);
    });
  }, [state]);

  const names = new Map(entities.map((e) => [e.id, e.name]));
  const options = (counts: Record<string, number> | undefined): FilterOption[] =>
    Object.entries(counts ?? {})
      .map(([id, count]) => ({ id, label: names.get(id) ?? id, count }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));
  const topicOptions = TOPICS.topics
    .filter((t) => corpusFacets?.topics[t.id])
    .map((t) => ({ id: t.id, label: t.label[lang], count: corpusFacets?.topics[t.id] }));

  return (
    <main class="search-page">
      <header>
        <h1>Entente · {uiString(lang, 'search')}</h1>
        <a href="/explore.html">{uiString(lang, 'explore')}</a>
      </header>
      <div class="search-layout">
        <div>
          <input
            ref={inputRef}
            class="search-box"
            type="search"
            value={state.text}
            placeholder={uiString(lang, 'searchPlaceholder')}
            aria-label={uiString(lang, 'searchLabel')}
            autoFocus
            onInput={(e) => setState({ ...state, text: e.currentTarget.value })}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                focusFirstResult(e.currentTarget);
              }
            }}
          />
          {result ? (
            <SearchResults
              lang={lang}
              hits={result.hits}
              total={result.total}
              matched={result.matched}
              onOpen={(id) => void sendToBackground({ type: 'openArticle', id })}
              onLeave={() => inputRef.current?.focus()}
            />
          ) : null}
        </div>
        <SearchFilters
          lang={lang}
          state={state}
          countries={options(corpusFacets?.countries)}
          officials={options(corpusFacets?.officials)}
          topics={topicOptions}
          onChange={setState}
        />
      </div>
    </main>
  );
}
