import type { UiLang } from '../lib/languages';
import { ARTICLE_LANGS } from '../lib/languages';
import type { DraftIssue } from '../lib/user-article';
import type { ArticleDraft } from '../lib/user-article-draft';
import { langLabel } from '../lib/card-strings';
import { uiString } from '../lib/ui-strings';
import './user-articles.css';

export type ArticleFormProps = {
  lang: UiLang;
  draft: ArticleDraft;
  issues: readonly DraftIssue[];
  /** Label of the submit button. */
  submitLabel: string;
  busy?: boolean;
  onChange: (draft: ArticleDraft) => void;
  onSubmit: () => void;
  onCancel?: () => void;
};

/** The fields of one of the reader's articles, each with its problem (if any) said beside it. */
export function ArticleForm({
  lang,
  draft,
  issues,
  submitLabel,
  busy = false,
  onChange,
  onSubmit,
  onCancel,
}: ArticleFormProps) {
  const problem = (field: DraftIssue['field']) => issues.find((issue) => issue.field === field);
  const field = (name: DraftIssue['field'] | 'outlet' | 'lang') => ({
    id: `article-${name}`,
    'aria-invalid': problem(name as DraftIssue['field']) ? ('true' as const) : undefined,
    'aria-describedby': problem(name as DraftIssue['field']) ? `article-${name}-problem` : undefined,
  });
  const problemText = (name: DraftIssue['field']) => {
    const found = problem(name);
    return found ? (
      <p class="field-problem" id={`article-${name}-problem`}>
        {uiString(lang, found.problem)}
      </p>
    ) : null;
  };
  return (
    <form
      class="article-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label for="article-title">{uiString(lang, 'fieldTitle')}</label>
      <input
        {...field('title')}
        type="text"
        value={draft.title}
        onInput={(e) => onChange({ ...draft, title: e.currentTarget.value })}
      />
      {problemText('title')}
      <div class="form-row">
        <div>
          <label for="article-outlet">{uiString(lang, 'fieldOutlet')}</label>
          <input
            {...field('outlet')}
            type="text"
            value={draft.outlet}
            onInput={(e) => onChange({ ...draft, outlet: e.currentTarget.value })}
          />
        </div>
        <div>
          <label for="article-date">{uiString(lang, 'fieldDate')}</label>
          <input
            {...field('date')}
            type="date"
            value={draft.date}
            onInput={(e) => onChange({ ...draft, date: e.currentTarget.value })}
          />
          {problemText('date')}
        </div>
        <div>
          <label for="article-lang">{uiString(lang, 'fieldLanguage')}</label>
          <select
            {...field('lang')}
            value={draft.lang}
            onChange={(e) => onChange({ ...draft, lang: e.currentTarget.value as ArticleDraft['lang'] })}
          >
            <option value="auto">{uiString(lang, 'langAuto')}</option>
            {ARTICLE_LANGS.map((code) => (
              <option key={code} value={code}>
                {langLabel(lang, code)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label for="article-url">{uiString(lang, 'fieldUrl')}</label>
      <input
        {...field('url')}
        type="url"
        value={draft.url}
        onInput={(e) => onChange({ ...draft, url: e.currentTarget.value })}
      />
      {problemText('url')}
      <label for="article-text">{uiString(lang, 'fieldText')}</label>
      <textarea
        {...field('text')}
        rows={14}
        value={draft.text}
        onInput={(e) => onChange({ ...draft, text: e.currentTarget.value })}
      />
      {problemText('text')}
      <div class="form-actions">
        <button type="submit" class="primary-button" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" class="secondary-button" onClick={onCancel}>
            {uiString(lang, 'cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
