import { useEffect, useRef, useState } from 'preact/hooks';
import { ArticleForm } from '../../components/ArticleForm';
import { DraftAnalysis } from '../../components/DraftAnalysis';
import { UserArticleList } from '../../components/UserArticleList';
import '../../components/user-articles.css';
import { articleCount } from '../../lib/explore-text';
import type { UiLang } from '../../lib/languages';
import { draftFromArticle, type DraftIssue } from '../../lib/user-article';
import type { ArticleDraft } from '../../lib/user-article-draft';
import {
  exportFileName,
  MAX_IMPORT_CHARS,
  parseUserArticlesFile,
  serializeUserArticlesFile,
  type SettingsParser,
  tooLargeMessage,
  type UserArticle,
} from '../../lib/user-articles-file';
import { uiString } from '../../lib/ui-strings';
import { sendToBackground } from '../../utils/messaging';
import {
  deleteAllUserArticles,
  deleteUserArticle,
  importUserArticles,
  loadUserArticles,
  replaceUserArticle,
  watchUserArticles,
} from '../../utils/user-articles-store';
import { topicLabel } from '../add-article/topic-label';
import { usePrepared } from '../add-article/use-prepared';

/**
 * Settings travel in the export file when these are given (wired by the settings module):
 * `readSettings` gives what to export, `parseSettings` checks a file's settings (throws with a
 * message when unusable), `applySettings` stores them after the articles were imported.
 */
export type SettingsTransfer<S> = {
  readSettings: () => Promise<S>;
  parseSettings: SettingsParser<S>;
  applySettings: (settings: S) => Promise<void>;
};

export type LibraryProps = {
  lang: UiLang;
  settings?: SettingsTransfer<unknown>;
};

type Notice = { kind: 'ok' | 'error'; text: string; detail?: string };

/** "Your articles": list, edit, delete, export and import the reader's own articles. */
export function Library({ lang, settings }: LibraryProps) {
  const [articles, setArticles] = useState<UserArticle[] | null>(null);
  const [damaged, setDamaged] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<{ id: string; draft: ArticleDraft; issues: DraftIssue[] } | null>(null);
  const [includeSettings, setIncludeSettings] = useState(true);
  const fileInput = useRef<HTMLInputElement>(null);
  const { prepared, prepareNow } = usePrepared(editing?.draft ?? null);

  useEffect(() => {
    const show = ({ articles: list, damaged: bad }: { articles: UserArticle[]; damaged: number }) => {
      setArticles(list);
      setDamaged(bad);
    };
    void loadUserArticles().then(show);
    return watchUserArticles(show);
  }, []);

  const onExport = async () => {
    const now = new Date();
    const { articles: list } = await loadUserArticles();
    const exported = settings && includeSettings ? await settings.readSettings() : undefined;
    const text = serializeUserArticlesFile(list, now, exported);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(now);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNotice({ kind: 'ok', text: uiString(lang, 'exported', { n: list.length, file: link.download }) });
  };

  const onImport = async (file: File) => {
    const failed = (detail: string) =>
      setNotice({ kind: 'error', text: uiString(lang, 'importFailed', { file: file.name }), detail });
    // A huge file is refused before it is read into memory.
    if (file.size > MAX_IMPORT_CHARS) return failed(tooLargeMessage(file.size));
    const result = parseUserArticlesFile(await file.text(), settings?.parseSettings);
    if (!result.ok) return failed(result.error);
    try {
      await importUserArticles(result.articles);
      if (settings && result.settings !== undefined) await settings.applySettings(result.settings);
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
    setNotice({ kind: 'ok', text: uiString(lang, 'imported', { n: result.articles.length, file: file.name }) });
  };

  const onDelete = async (id: string) => {
    const article = articles?.find((a) => a.id === id);
    if (!article || !confirm(uiString(lang, 'deleteConfirm', { title: article.title }))) return;
    await deleteUserArticle(id);
    setNotice({ kind: 'ok', text: uiString(lang, 'deleted', { title: article.title }) });
  };

  const onDeleteAll = async () => {
    if (!articles?.length || !confirm(uiString(lang, 'deleteAllConfirm', { n: articles.length }))) return;
    await deleteAllUserArticles();
    setNotice({ kind: 'ok', text: uiString(lang, 'deletedAll') });
  };

  const onSaveEdit = async () => {
    if (!editing) return;
    try {
      const result = await prepareNow(editing.draft);
      if (!result.article) return setEditing({ ...editing, issues: result.issues });
      await replaceUserArticle(editing.id, result.article as UserArticle);
      setEditing(null);
    } catch (error) {
      setNotice({
        kind: 'error',
        text: uiString(lang, 'saveFailed', { error: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  return (
    <main class="user-page library">
      <header>
        <h1>{uiString(lang, 'yourArticles')}</h1>
        <p class="muted">{uiString(lang, 'libraryIntro')}</p>
      </header>
      <div class="library-actions">
        <button type="button" class="secondary-button" onClick={() => void onExport()}>
          {uiString(lang, 'exportAll')}
        </button>
        {settings ? (
          <label class="include-settings">
            <input
              type="checkbox"
              checked={includeSettings}
              onChange={(e) => setIncludeSettings(e.currentTarget.checked)}
            />{' '}
            {uiString(lang, 'includeSettings')}
          </label>
        ) : null}
        <button type="button" class="secondary-button" onClick={() => fileInput.current?.click()}>
          {uiString(lang, 'importFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void onImport(file);
          }}
        />
        <a class="secondary-button" href="/add-article.html">
          {uiString(lang, 'addByHand')}
        </a>
        <button type="button" class="secondary-button danger" onClick={() => void onDeleteAll()}>
          {uiString(lang, 'deleteAll')}
        </button>
      </div>
      {notice ? (
        <div
          class={`status${notice.kind === 'error' ? ' error' : ''}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <p>{notice.text}</p>
          {notice.detail ? <pre class="error-text">{notice.detail}</pre> : null}
        </div>
      ) : null}
      {damaged > 0 ? (
        <p class="status error" role="alert">
          {uiString(lang, 'damagedArticles', { n: damaged })}
        </p>
      ) : null}
      {editing ? (
        <section class="user-page-layout" aria-label={uiString(lang, 'edit')}>
          <ArticleForm
            lang={lang}
            draft={editing.draft}
            issues={editing.issues}
            submitLabel={uiString(lang, 'saveChanges')}
            onChange={(draft) => setEditing({ ...editing, draft, issues: [] })}
            onSubmit={() => void onSaveEdit()}
            onCancel={() => setEditing(null)}
          />
          <DraftAnalysis lang={lang} prepared={prepared} topicLabel={(id) => topicLabel(lang, id)} />
        </section>
      ) : null}
      {articles === null ? null : articles.length === 0 ? (
        <p class="muted" data-testid="library-empty">
          {uiString(lang, 'libraryEmpty')}
        </p>
      ) : (
        <>
          <p class="muted" data-testid="library-count">
            {articleCount(lang, articles.length)}
          </p>
          <UserArticleList
            lang={lang}
            articles={articles}
            onOpen={(id) => void sendToBackground({ type: 'openArticle', id })}
            onEdit={(id) => {
              const article = articles.find((a) => a.id === id);
              if (article) setEditing({ id, draft: draftFromArticle(article), issues: [] });
            }}
            onDelete={(id) => void onDelete(id)}
          />
        </>
      )}
    </main>
  );
}
