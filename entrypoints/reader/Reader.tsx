import { useEffect, useState } from 'preact/hooks';
import type { UiLang } from '../../lib/languages';
import type { ReplyFor } from '../../lib/messages';
import { sendToBackground } from '../../utils/messaging';
import { ArticleView } from '../../components/ArticleView';
import { uiString } from '../../lib/ui-strings';

export type ReaderProps = { id: string; lang: UiLang };

/** The reader page: loads one article from the background and shows it. */
export function Reader({ id, lang }: ReaderProps) {
  const [reply, setReply] = useState<ReplyFor<'getArticle'> | null>(null);
  useEffect(() => {
    void sendToBackground({ type: 'getArticle', id }).then(setReply);
  }, [id]);
  useEffect(() => {
    if (reply?.ok && reply.value.article) document.title = `${reply.value.article.title} — Entente`;
  }, [reply]);
  if (!reply) return <main class="reader">{uiString(lang, 'loading')}</main>;
  if (!reply.ok || !reply.value.article) {
    return (
      <main class="reader">
        <p role="alert">{uiString(lang, 'notFound')}</p>
      </main>
    );
  }
  const { article, mentions, entities, alsoReported } = reply.value;
  return (
    <ArticleView article={article} lang={lang} mentions={mentions} entities={entities} alsoReported={alsoReported} />
  );
}
