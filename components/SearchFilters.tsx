import { ARTICLE_LANGS } from '../lib/languages';
import type { UiLang } from '../lib/languages';
import type { SearchPageState } from '../lib/search-url';
import { langLabel } from '../lib/card-strings';
import { uiString } from '../lib/ui-strings';

export type FilterOption = { id: string; label: string; count?: number };

export type SearchFiltersProps = {
  lang: UiLang;
  state: SearchPageState;
  countries: FilterOption[];
  officials: FilterOption[];
  topics: FilterOption[];
  onChange: (next: SearchPageState) => void;
};

/** The search page's filters and sort order; every control is labelled. */
export function SearchFilters({ lang, state, countries, officials, topics, onChange }: SearchFiltersProps) {
  const single = (values: string[]) => values[0] ?? '';
  const select = (
    id: string,
    label: string,
    anyLabel: string,
    value: string,
    options: FilterOption[],
    apply: (value: string) => SearchPageState,
  ) => (
    <label class="filter" for={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(apply(e.currentTarget.value))}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.count !== undefined ? `${o.label} (${o.count})` : o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="filters">
      <legend>{uiString(lang, 'filters')}</legend>
      {select(
        'filter-country',
        uiString(lang, 'country'),
        uiString(lang, 'anyCountry'),
        single(state.countries),
        countries,
        (v) => ({ ...state, countries: v ? [v] : [] }),
      )}
      {select(
        'filter-official',
        uiString(lang, 'official'),
        uiString(lang, 'anyOfficial'),
        single(state.officials),
        officials,
        (v) => ({ ...state, officials: v ? [v] : [] }),
      )}
      {select(
        'filter-lang',
        uiString(lang, 'language'),
        uiString(lang, 'anyLanguage'),
        single(state.langs),
        ARTICLE_LANGS.map((l) => ({ id: l, label: langLabel(lang, l) })),
        (v) => ({ ...state, langs: v ? [v as (typeof ARTICLE_LANGS)[number]] : [] }),
      )}
      {select(
        'filter-topic',
        uiString(lang, 'topic'),
        uiString(lang, 'anyTopic'),
        single(state.topics),
        topics,
        (v) => ({ ...state, topics: v ? [v] : [] }),
      )}
      <label class="filter" for="filter-from">
        <span>{uiString(lang, 'fromDate')}</span>
        <input
          id="filter-from"
          type="date"
          value={state.from}
          onChange={(e) => onChange({ ...state, from: e.currentTarget.value })}
        />
      </label>
      <label class="filter" for="filter-to">
        <span>{uiString(lang, 'toDate')}</span>
        <input
          id="filter-to"
          type="date"
          value={state.to}
          onChange={(e) => onChange({ ...state, to: e.currentTarget.value })}
        />
      </label>
      <label class="filter" for="filter-sort">
        <span>{uiString(lang, 'sortBy')}</span>
        <select
          id="filter-sort"
          value={state.sort}
          onChange={(e) => onChange({ ...state, sort: e.currentTarget.value === 'date' ? 'date' : 'relevance' })}
        >
          <option value="relevance">{uiString(lang, 'sortRelevance')}</option>
          <option value="date">{uiString(lang, 'sortDate')}</option>
        </select>
      </label>
      <button
        type="button"
        class="clear secondary-button"
        onClick={() => onChange({ ...state, countries: [], officials: [], langs: [], topics: [], from: '', to: '' })}
      >
        {uiString(lang, 'clearFilters')}
      </button>
    </fieldset>
  );
}
