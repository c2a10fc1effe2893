import { useEffect, useState } from 'preact/hooks';
import { ArticleForm } from '../../components/ArticleForm';
import { DraftAnalysis } from '../../components/DraftAnalysis';
import '../../components/user-articles.css';
import type { UiLang } from '../../lib/languages';
import type { DraftIssue } from '../../lib/user-article';
import { EMPTY_DRAFT, type ArticleDraft } from '../../lib/user-article-draft';
import type { UserArticle } from '../../lib/user-articles-file';
import { uiString } from '../../lib/ui-strings';
import { sendToBackground } from '../../utils/messaging';
import { loadDraft, removeDraft, saveUserArticle } from '../../utils/user-articles-store';
import { topicLabel } from './topic-label';
import { usePrepared } from './use-prepared';

export type AddArticleProps = {
  lang: UiLang;
  /** `?draft=ID` (what "Add this page" read), `?error=…` (why it could not), or nothing (typed in by hand). */
  locationSearch: string;
};

type Status =
  { kind: 'editing' } | { kind: 'saving' } | { kind: 'saved'; id: string } | { kind: 'failed'; error: string };

/** The preview: what Entente read from the page, to correct and save as the reader's own article. */
export function AddArticle({ lang, locationSearch }: AddArticleProps) {
  const params = new URLSearchParams(locationSearch);
  const draftId = params.get('draft');
  const readError = params.get('error');
  const [draft, setDraft] = useState<ArticleDraft | null>(draftId ? null : EMPTY_DRAFT);
  const [missing, setMissing] = useState(false);
  const [issues, setIssues] = useState<DraftIssue[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const { prepared, prepareNow } = usePrepared(draft);

  useEffect(() => {
    if (!draftId) return;
    void loadDraft(draftId).then((found) => {
      setMissing(!found);
      setDraft(found ?? EMPTY_DRAFT);
    });
  }, [draftId]);

  const onSave = async () => {
    if (!draft) return;
    setStatus({ kind: 'saving' });
    try {
      const result = await prepareNow(draft);
      setIssues(result.issues);
      if (!result.article) return setStatus({ kind: 'editing' });
      await saveUserArticle(result.article as UserArticle);
      if (draftId) await removeDraft(draftId);
      setStatus({ kind: 'saved', id: result.article.id });
    } catch (error) {
      setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <main class="user-page">
      <header>
        <h1>{uiString(lang, 'addTitle')}</h1>
        <p class="muted">{uiString(lang, 'addIntro')}</p>
      </header>
      {readError ? (
        <p class="status error" role="alert">
          {uiString(lang, 'addPageFailed', { error: readError })}
        </p>
      ) : null}
      {missing ? (
        <p class="status error" role="alert">
          {uiString(lang, 'draftMissing')}
        </p>
      ) : null}
      {status.kind === 'saved' ? (
        <div class="status" role="status" data-testid="saved">
          <p>{uiString(lang, 'saved')}</p>
          <p class="form-actions">
            <button
              type="button"
              class="primary-button"
              onClick={() => void sendToBackground({ type: 'openArticle', id: status.id })}
            >
              {uiString(lang, 'openInReader')}
            </button>
            <a href="/library.html">{uiString(lang, 'yourArticles')}</a>
          </p>
        </div>
      ) : null}
      {status.kind === 'failed' ? (
        <p class="status error" role="alert">
          {uiString(lang, 'saveFailed', { error: status.error })}
        </p>
      ) : null}
      {draft ? (
        <div class="user-page-layout">
          <ArticleForm
            lang={lang}
            draft={draft}
            issues={issues}
            submitLabel={uiString(lang, 'save')}
            busy={status.kind === 'saving'}
            onChange={(next) => {
              setDraft(next);
              setIssues([]);
              if (status.kind !== 'editing') setStatus({ kind: 'editing' });
            }}
            onSubmit={() => void onSave()}
          />
          <DraftAnalysis lang={lang} prepared={prepared} topicLabel={(id) => topicLabel(lang, id)} />
        </div>
      ) : (
        <p class="muted">{uiString(lang, 'addingPage')}</p>
      )}
    </main>
  );
}
